#include "SandboxProcess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <csignal>

namespace podwarden::test {

SandboxProcess::SandboxProcess() = default;

SandboxProcess::~SandboxProcess()
{
    if (isRunning())
        stop();
}

QString SandboxProcess::executable()
{
    const QByteArray fromEnv = qgetenv("PODWARDEN_SANDBOX");
    return fromEnv.isEmpty() ? QStringLiteral(PODWARDEN_SANDBOX_EXE) : QString::fromLocal8Bit(fromEnv);
}

bool SandboxProcess::start(const QStringList& extraArgs)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_output.clear();
    m_readyLine.clear();
    QStringList args{QStringLiteral("--data"),           dataDir(),     QStringLiteral("--port"), QStringLiteral("0"),
                     QStringLiteral("--admin-key-file"), adminKeyFile()};
    args += extraArgs;
    m_process->start(executable(), args);
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(executable(), m_process->errorString());
        return false;
    }
    QByteArray stdoutBuffer;
    // Seeding a large account takes seconds, and many times that under a sanitizer on a busy
    // machine: the wait ends sooner when the process prints its line or dies.
    const QDeadlineTimer deadline(180000);
    while (!deadline.hasExpired()) {
        m_process->waitForReadyRead(100);
        const QByteArray chunk = m_process->readAllStandardOutput();
        stdoutBuffer += chunk;
        m_output += chunk + m_process->readAllStandardError();
        const qsizetype nl = stdoutBuffer.indexOf('\n');
        if (nl >= 0) {
            m_readyLine = stdoutBuffer.left(nl);
            break;
        }
        if (m_process->state() == QProcess::NotRunning)
            break;
    }
    const QJsonObject ready = QJsonDocument::fromJson(m_readyLine).object();
    if (ready.value(QStringLiteral("event")).toString() != QLatin1String("ready")) {
        m_error = QStringLiteral("no ready line; output: ") + QString::fromUtf8(m_output);
        return false;
    }
    m_apiBase = QUrl(ready.value(QStringLiteral("apiBase")).toString());
    m_invokeBase = QUrl(ready.value(QStringLiteral("invokeBase")).toString());
    QFile keyFile(adminKeyFile());
    if (keyFile.open(QIODevice::ReadOnly))
        m_adminKey = keyFile.readAll().trimmed();
    return true;
}

int SandboxProcess::stop()
{
    if (!m_process)
        return -1;
    if (m_process->state() != QProcess::NotRunning) {
        ::kill(static_cast<pid_t>(m_process->processId()), SIGTERM);
        if (!m_process->waitForFinished(15000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
            output();
            return -1;
        }
    }
    output();
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

bool SandboxProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 SandboxProcess::processId() const
{
    return isRunning() ? m_process->processId() : 0;
}

QByteArray SandboxProcess::output()
{
    if (m_process)
        m_output += m_process->readAllStandardOutput() + m_process->readAllStandardError();
    return m_output;
}

int SandboxProcess::runToCompletion(const QStringList& args, QByteArray* output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(executable(), args);
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    *output = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QByteArray HttpResult::header(const QByteArray& name) const
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

HttpClient::HttpClient()
{
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpResult HttpClient::send(const QByteArray& method, const QUrl& url, const QByteArray& key, const QByteArray& body,
                            const QByteArray& contentType)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(30000);
    if (!key.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + key);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (m_ssl)
        request.setSslConfiguration(*m_ssl);
    QNetworkReply* reply = m_nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (result.status == 0)
        result.networkError = reply->errorString();
    reply->deleteLater();
    return result;
}

QStringList PagedList::ids() const
{
    QStringList out;
    for (const QJsonValue& item : items)
        out.append(item.toObject().value(QStringLiteral("id")).toString());
    return out;
}

PagedList readAllPages(HttpClient& http, const QUrl& base, const QString& path, const QByteArray& key,
                       const QString& listKey, int limit)
{
    PagedList out;
    const QString separator = path.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?");
    const QString first = limit > 0 ? path + separator + QStringLiteral("limit=") + QString::number(limit) : path;
    QString cursor;
    QStringList cursorsSeen;
    for (;;) {
        const QString pagePath =
            cursor.isEmpty() ? first
                             : first + (first.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?")) +
                                   QStringLiteral("cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
        const HttpResult r = http.get(url(base, pagePath), key);
        ++out.pages;
        const QString where = QStringLiteral("page %1 of %2: ").arg(out.pages).arg(path);
        if (r.status != 200) {
            out.error = where + QStringLiteral("status %1 %2").arg(r.status).arg(QString::fromUtf8(r.body.left(300)));
            return out;
        }
        const QJsonObject body = r.json();
        const QJsonArray items = body.value(listKey).toArray();
        const QJsonObject pagination = body.value(QStringLiteral("pagination")).toObject();
        const QJsonValue next = pagination.value(QStringLiteral("nextCursor"));
        const bool more = pagination.value(QStringLiteral("hasNextPage")).toBool();
        if (!body.value(listKey).isArray() || !pagination.value(QStringLiteral("hasNextPage")).isBool() ||
            !(next.isNull() || next.isString())) {
            out.error = where + QStringLiteral("no list or pagination block: ") + QString::fromUtf8(r.body.left(300));
            return out;
        }
        if (more != next.isString() || (more && next.toString().isEmpty())) {
            out.error = where + QStringLiteral("hasNextPage and nextCursor disagree");
            return out;
        }
        if (limit > 0 && (items.size() > limit || (more && items.size() != limit))) {
            out.error = where + QStringLiteral("%1 items with limit %2").arg(items.size()).arg(limit);
            return out;
        }
        for (const QJsonValue& item : items)
            out.items.append(item);
        if (!more)
            return out;
        cursor = next.toString();
        if (cursorsSeen.contains(cursor)) {
            out.error = where + QStringLiteral("a cursor given before");
            return out;
        }
        cursorsSeen.append(cursor);
    }
}

QUrl url(const QUrl& base, const QString& path)
{
    QUrl u = base;
    const int q = path.indexOf(QLatin1Char('?'));
    u.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        u.setQuery(path.mid(q + 1));
    return u;
}

} // namespace podwarden::test
