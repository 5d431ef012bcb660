// fetch_lists: the yardsticks of issue 16's "refresh" and "small refresh" rows, measured against a
// running podwarden-sandbox (or any service speaking the same contract).
//
//   fetch_lists --base URL --key-file FILE [--limit N] [--repeat R] [--save-keys FILE]
//       The four lists the app loads (keys, secrets, templates, endpoints) fetched in parallel, as
//       curl would fetch them: each list's pages one after another, following pagination.nextCursor,
//       the bytes kept and nothing decoded. Prints one line a run:
//         lists ms=1360.2 pages=126 bytes=46270000 keys=100000
//       --save-keys writes the key list's pages (its real payload), one page a line.
//
//   fetch_lists --base URL --key-file FILE --round-trips N [--path PATH]
//       N small GETs one after another on one kept-alive connection, then N on a new connection
//       each (Connection: close): the second is the clean round trip the first should match
//       (a Nagle stall adds ~40 ms to each reused one). Prints the medians:
//         roundtrips n=50 reused_ms=0.41 fresh_ms=0.55 reused_max_ms=0.9 fresh_max_ms=1.2
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

namespace {

struct ListSpec
{
    const char* path;
    const char* itemsKey;
};

const ListSpec kLists[] = {
    {"/v2/account/api-keys", "apiKeys"},
    {"/v2/account/secrets", "secrets"},
    {"/v2/templates", "templates"},
    {"/v2/serverless", "endpoints"},
};

// The pagination block of a list page, found without parsing the page: the object after the
// top-level "pagination" key (items never hold an unescaped `"pagination":{` with hasNextPage in
// it). A list without the block (the secrets) is whole: no next page.
QString nextCursor(const QByteArray& body)
{
    static const QByteArray key = QByteArrayLiteral("\"pagination\":{");
    for (qsizetype at = body.indexOf(key); at >= 0; at = body.indexOf(key, at + 1)) {
        const qsizetype open = at + key.size() - 1;
        const qsizetype close = body.indexOf('}', open);
        if (close < 0)
            break;
        const QJsonObject block = QJsonDocument::fromJson(body.mid(open, close - open + 1)).object();
        if (!block.contains(QStringLiteral("hasNextPage")))
            continue;
        return block.value(QStringLiteral("hasNextPage")).toBool()
                   ? block.value(QStringLiteral("nextCursor")).toString()
                   : QString();
    }
    return {};
}

class ListFetch final : public QObject
{
public:
    ListFetch(QNetworkAccessManager* nam, const QUrl& base, const QByteArray& key, int limit, const ListSpec& spec,
              QList<QByteArray>* keep, std::function<void()> done)
        : m_nam(nam)
        , m_base(base)
        , m_key(key)
        , m_limit(limit)
        , m_spec(spec)
        , m_keep(keep)
        , m_done(std::move(done))
    {}

    void start() { fetch(QString()); }
    int pages = 0;
    qint64 bytes = 0;
    QString error;

private:
    void fetch(const QString& cursor)
    {
        QUrl url = m_base;
        url.setPath(url.path() + QLatin1String(m_spec.path));
        QUrlQuery query;
        if (m_limit > 0)
            query.addQueryItem(QStringLiteral("limit"), QString::number(m_limit));
        if (!cursor.isEmpty())
            query.addQueryItem(QStringLiteral("cursor"), cursor);
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + m_key);
        QNetworkReply* reply = m_nam->get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = reply->readAll();
            if (reply->error() != QNetworkReply::NoError || status != 200) {
                error = QStringLiteral("%1: HTTP %2 %3")
                            .arg(QLatin1String(m_spec.path))
                            .arg(status)
                            .arg(reply->errorString());
                m_done();
                return;
            }
            ++pages;
            bytes += body.size();
            const QString next = nextCursor(body);
            if (m_keep)
                m_keep->append(body);
            if (next.isEmpty()) {
                m_done();
            } else {
                fetch(next);
            }
        });
    }

    QNetworkAccessManager* m_nam;
    QUrl m_base;
    QByteArray m_key;
    int m_limit;
    ListSpec m_spec;
    QList<QByteArray>* m_keep;
    std::function<void()> m_done;
};

int fetchLists(const QUrl& base, const QByteArray& key, int limit, int repeat, const QString& saveKeys)
{
    for (int run = 0; run < repeat; ++run) {
        QNetworkAccessManager nam; // new connections each run, as a new curl would open
        QList<QByteArray> keyPages;
        std::vector<std::unique_ptr<ListFetch>> fetches;
        int remaining = int(std::size(kLists));
        QEventLoop loop;
        QElapsedTimer timer;
        timer.start();
        for (const ListSpec& spec : kLists) {
            const bool keys = qstrcmp(spec.itemsKey, "apiKeys") == 0;
            fetches.push_back(std::make_unique<ListFetch>(
                &nam, base, key, limit, spec, keys && !saveKeys.isEmpty() ? &keyPages : nullptr, [&remaining, &loop] {
                    if (--remaining == 0)
                        loop.quit();
                }));
        }
        for (auto& f : fetches)
            f->start();
        loop.exec();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        int pages = 0;
        qint64 bytes = 0;
        for (auto& f : fetches) {
            if (!f->error.isEmpty()) {
                std::fprintf(stderr, "fetch_lists: %s\n", qPrintable(f->error));
                return 1;
            }
            pages += f->pages;
            bytes += f->bytes;
        }
        std::printf("lists ms=%.1f pages=%d bytes=%lld\n", ms, pages, static_cast<long long>(bytes));
        std::fflush(stdout);
        if (!saveKeys.isEmpty() && run == 0) {
            QFile out(saveKeys);
            if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                std::fprintf(stderr, "fetch_lists: cannot write %s\n", qPrintable(saveKeys));
                return 1;
            }
            for (const QByteArray& page : std::as_const(keyPages))
                out.write(page + '\n'); // compact JSON holds no raw newline
        }
    }
    return 0;
}

// One GET on `socket`, read to the end of its body; false on any failure.
bool roundTrip(QTcpSocket& socket, const QByteArray& request)
{
    socket.write(request);
    QByteArray in;
    qsizetype headEnd = -1;
    qint64 length = -1;
    while (true) {
        if (!socket.waitForReadyRead(10000))
            return false;
        in += socket.readAll();
        if (headEnd < 0) {
            headEnd = in.indexOf("\r\n\r\n");
            if (headEnd < 0)
                continue;
            const QByteArray head = in.left(headEnd).toLower();
            if (!head.startsWith("http/1.1 200"))
                return false;
            const qsizetype at = head.indexOf("\r\ncontent-length:");
            if (at < 0)
                return false;
            length = head.mid(at + 17, head.indexOf('\r', at + 2) - at - 17).trimmed().toLongLong();
        }
        if (in.size() >= headEnd + 4 + length)
            return true;
    }
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

int roundTrips(const QUrl& base, const QByteArray& key, int count, const QString& path)
{
    const QByteArray target = path.toLatin1();
    const QByteArray common = "GET " + target + " HTTP/1.1\r\nHost: " + base.host().toLatin1() + ':' +
                              QByteArray::number(base.port()) + "\r\nAuthorization: Bearer " + key + "\r\n";
    const auto open = [&](QTcpSocket& socket) {
        socket.connectToHost(base.host(), quint16(base.port()));
        socket.setSocketOption(QAbstractSocket::LowDelayOption, 1); // as QNetworkAccessManager does
        return socket.waitForConnected(10000);
    };
    QList<double> reused;
    QList<double> fresh;
    {
        QTcpSocket socket;
        if (!open(socket) || !roundTrip(socket, common + "\r\n")) { // the connection's first: not counted
            std::fprintf(stderr, "fetch_lists: GET %s failed\n", target.constData());
            return 1;
        }
        for (int i = 0; i < count; ++i) {
            QElapsedTimer timer;
            timer.start();
            if (!roundTrip(socket, common + "\r\n")) {
                std::fprintf(stderr, "fetch_lists: GET %s failed on a reused connection\n", target.constData());
                return 1;
            }
            reused.append(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    for (int i = 0; i < count; ++i) {
        QTcpSocket socket;
        QElapsedTimer timer;
        timer.start();
        if (!open(socket) || !roundTrip(socket, common + "Connection: close\r\n\r\n")) {
            std::fprintf(stderr, "fetch_lists: GET %s failed on a new connection\n", target.constData());
            return 1;
        }
        fresh.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("roundtrips n=%d reused_ms=%.3f fresh_ms=%.3f reused_max_ms=%.3f fresh_max_ms=%.3f\n", count,
                median(reused), median(fresh), *std::max_element(reused.cbegin(), reused.cend()),
                *std::max_element(fresh.cbegin(), fresh.cend()));
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption base(QStringLiteral("base"), QStringLiteral("The service's API base."),
                                  QStringLiteral("url"));
    const QCommandLineOption keyFile(QStringLiteral("key-file"), QStringLiteral("A file holding the API key."),
                                     QStringLiteral("file"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("Items a page (default: the service's)."),
                                   QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption repeat(QStringLiteral("repeat"), QStringLiteral("Runs (default 1)."), QStringLiteral("n"),
                                    QStringLiteral("1"));
    const QCommandLineOption saveKeys(QStringLiteral("save-keys"),
                                      QStringLiteral("Write the key list's pages here, one a line."),
                                      QStringLiteral("file"));
    const QCommandLineOption trips(QStringLiteral("round-trips"),
                                   QStringLiteral("Time N small GETs instead of the four lists."), QStringLiteral("n"));
    const QCommandLineOption path(QStringLiteral("path"), QStringLiteral("The small GET (with --round-trips)."),
                                  QStringLiteral("path"), QStringLiteral("/v2/templates?limit=1"));
    parser.addOptions({base, keyFile, limit, repeat, saveKeys, trips, path});
    parser.process(app);
    QFile file(parser.value(keyFile));
    if (!parser.isSet(base) || !file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "fetch_lists: --base URL and a readable --key-file FILE are required\n");
        return 2;
    }
    const QByteArray key = file.readAll().trimmed();
    const QUrl url(parser.value(base));
    if (parser.isSet(trips))
        return roundTrips(url, key, std::max(1, parser.value(trips).toInt()), parser.value(path));
    return fetchLists(url, key, parser.value(limit).toInt(), std::max(1, parser.value(repeat).toInt()),
                      parser.value(saveKeys));
}
