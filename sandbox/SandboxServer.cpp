#include "SandboxServer.h"

#include "SandboxService.h"

#include <QFile>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <limits>

Q_LOGGING_CATEGORY(lcHttp, "podwarden.sandbox.http", QtInfoMsg)

namespace podwarden::sandbox {

namespace {

constexpr qsizetype kMaxHeadBytes = 64 * 1024;    // the request line and the headers
constexpr qint64 kSocketBufferBytes = 256 * 1024; // what a socket reads ahead of the connection
constexpr int kHeadTimeoutMs = 30'000;            // a request's head, once begun, arrives within this
constexpr int kBodyTimeoutMs = 60'000;            // a body may pause this long between its bytes
constexpr int kIdleTimeoutMs = 120'000;           // a kept-alive connection with nothing to do
constexpr int kDrainTimeoutMs = 30'000;           // a refused body is read and dropped this long at most
constexpr int kMaxConnections = 256;

struct Header
{
    QByteArray name; // lower case
    QByteArray value;
};

struct Head
{
    QByteArray method;
    QByteArray target;
    bool http10 = false;
    QList<Header> headers;

    QList<QByteArray> values(const char* name) const
    {
        QList<QByteArray> out;
        for (const Header& h : headers) {
            if (h.name == name)
                out.append(h.value);
        }
        return out;
    }
    QByteArray value(const char* name) const { return values(name).value(0); }
    bool hasToken(const char* name, const char* token) const
    {
        for (const QByteArray& v : values(name)) {
            for (const QByteArray& t : v.split(',')) {
                if (t.trimmed().compare(token, Qt::CaseInsensitive) == 0)
                    return true;
            }
        }
        return false;
    }
};

bool isToken(const QByteArray& text)
{
    static const QByteArray extra = QByteArrayLiteral("!#$%&'*+-.^_`|~");
    if (text.isEmpty())
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || extra.contains(c);
    });
}

// Parses a request's head (its lines without the empty line that ends it); returns what is wrong
// with it, or an empty string.
QString parseHead(const QByteArray& text, Head* head)
{
    QList<QByteArray> lines = text.split('\n');
    for (QByteArray& line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    const QList<QByteArray> requestLine = lines.constFirst().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine.at(0)) || !requestLine.at(1).startsWith('/'))
        return QStringLiteral("malformed request line");
    if (requestLine.at(2) != "HTTP/1.1" && requestLine.at(2) != "HTTP/1.0")
        return QStringLiteral("only HTTP/1.1 and HTTP/1.0 are served");
    head->method = requestLine.at(0);
    head->target = requestLine.at(1);
    head->http10 = requestLine.at(2) == "HTTP/1.0";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (line.startsWith(' ') || line.startsWith('\t'))
            return QStringLiteral("folded header lines are not accepted");
        if (colon <= 0 || !isToken(line.left(colon)))
            return QStringLiteral("malformed header line");
        head->headers.append({line.left(colon).toLower(), line.mid(colon + 1).trimmed()});
    }
    return {};
}

// The declared body length: 0 without Content-Length, nullopt when it cannot be read (several
// that differ, or not a number). A length too long to count is the largest there is.
std::optional<qint64> declaredLength(const Head& head)
{
    const QList<QByteArray> values = head.values("content-length");
    if (values.isEmpty())
        return 0;
    const QByteArray first = values.constFirst();
    if (first.isEmpty() || !std::all_of(first.cbegin(), first.cend(), [](char c) { return c >= '0' && c <= '9'; }) ||
        !std::all_of(values.cbegin(), values.cend(), [&](const QByteArray& v) { return v == first; }))
        return std::nullopt;
    if (first.size() > 18)
        return std::numeric_limits<qint64>::max();
    return first.toLongLong();
}

QByteArray statusLine(int status)
{
    const QByteArray reason = status == 201   ? QByteArray("Created")
                              : status == 204 ? QByteArray("No Content")
                              : status < 300  ? QByteArray("OK")
                                              : reasonPhrase(status).toLatin1();
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
}

// The answer on the wire; to a HEAD request without its body.
QByteArray serialize(const HttpResponse& response, bool close, bool head)
{
    QByteArray out = statusLine(response.status);
    for (const auto& h : response.headers)
        out += h.first + ": " + h.second + "\r\n";
    if (response.status != 204) {
        out += "Content-Type: " + response.contentType + "\r\n";
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    }
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (response.status != 204 && !head)
        out += response.body;
    return out;
}

HttpMethod toMethod(const QByteArray& method)
{
    return methodFromString(QString::fromLatin1(method));
}

} // namespace

// One client connection: reads a request's head, asks the service whether its body may be read,
// reads it (or throws it away), hands the request over and writes the answer; then the next
// request, one at a time.
class HttpConnection final : public QObject
{
public:
    HttpConnection(SandboxServer* server, QTcpSocket* socket)
        : QObject(server)
        , m_server(server)
        , m_socket(socket)
    {
        m_socket->setParent(this);
        m_socket->setReadBufferSize(kSocketBufferBytes);
        m_peer = m_socket->peerAddress().toString();
        m_local = m_socket->localPort();
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &HttpConnection::timedOut);
        connect(m_socket, &QIODevice::readyRead, this, &HttpConnection::process);
        connect(m_socket, &QAbstractSocket::disconnected, this, &QObject::deleteLater);
        connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
            if (error != QAbstractSocket::RemoteHostClosedError && m_state != State::Closing)
                close(true);
        });
        m_timer.start(kIdleTimeoutMs);
        process();
    }

private:
    enum class State { Head, Body, Handling, Draining, Closing };

    void process()
    {
        if (m_processing)
            return;
        m_processing = true;
        for (bool progress = true; progress;)
            progress = step();
        m_processing = false;
    }

    // One step of the current state; false when it must wait for more input or an answer.
    bool step()
    {
        switch (m_state) {
        case State::Head:
            return readHead();
        case State::Body:
            return readBody();
        case State::Draining:
            drain();
            return false;
        case State::Handling:
        case State::Closing:
            return false;
        }
        return false;
    }

    bool readHead()
    {
        qsizetype end = -1;
        qsizetype endLength = 0;
        for (;;) {
            // Empty lines before a request (some clients end a body with one) are ignored.
            while (m_input.startsWith("\r\n") || m_input.startsWith('\n'))
                m_input.remove(0, m_input.startsWith('\n') ? 1 : 2);
            if (!m_input.isEmpty() && !m_headStarted) {
                m_headStarted = true;
                m_timer.start(kHeadTimeoutMs); // from its first byte, not from each byte
            }
            const qsizetype crlf = m_input.indexOf("\r\n\r\n");
            const qsizetype lf = m_input.indexOf("\n\n");
            if (crlf >= 0 && (lf < 0 || crlf < lf)) {
                end = crlf;
                endLength = 4;
            } else if (lf >= 0) {
                end = lf;
                endLength = 2;
            }
            if (end >= 0 || m_input.size() > kMaxHeadBytes)
                break;
            const QByteArray more = m_socket->read(kMaxHeadBytes + 4 - m_input.size());
            if (more.isEmpty())
                break;
            m_input += more;
        }
        if (end < 0 || end > kMaxHeadBytes) {
            if (m_input.size() > kMaxHeadBytes)
                refuse(HttpResponse::problem(
                    431, QStringLiteral("the request line and headers exceed %1 bytes").arg(kMaxHeadBytes)));
            return false;
        }
        m_headStarted = false;
        Head head;
        const QString malformed = parseHead(m_input.left(end), &head);
        m_input.remove(0, end + endLength);
        if (!malformed.isEmpty()) {
            refuse(HttpResponse::problem(400, malformed));
            return false;
        }
        return begin(head);
    }

    // A complete head: decide whether the body may be read.
    bool begin(const Head& head)
    {
        m_keepAlive = head.http10 ? head.hasToken("connection", "keep-alive") : !head.hasToken("connection", "close");
        const auto length = declaredLength(head);
        if (!length) {
            refuse(HttpResponse::problem(400, QStringLiteral("malformed Content-Length")));
            return false;
        }
        if (!head.values("transfer-encoding").isEmpty()) {
            refuse(HttpResponse::problem(411, QStringLiteral("send the request body with a Content-Length; "
                                                             "Transfer-Encoding is not accepted")));
            return false;
        }
        const QUrl url = QUrl::fromEncoded(head.target);
        if (!url.isValid()) {
            refuse(HttpResponse::problem(400, QStringLiteral("malformed request target")));
            return false;
        }
        m_request = HttpRequest();
        m_request.method = toMethod(head.method);
        m_request.path = url.path(QUrl::FullyDecoded);
        m_request.query = QUrlQuery(url.query());
        m_request.authorization = head.value("authorization");
        m_request.methodText = head.method;
        m_request.contentType = head.value("content-type");
        m_request.userAgent = head.value("user-agent");
        m_request.contentLength = head.values("content-length").isEmpty() ? -1 : *length;
        m_request.onManagementPort = m_local == m_server->apiPort();
        m_request.onInvocationPort = m_local == m_server->invokePort();
        m_request.peer = m_peer;
        m_head = head.method == "HEAD";
        m_logPath = url.path();
        m_remaining = *length;

        qint64 limit = 0;
        if (const auto refusal = m_server->service()->admit(m_request, &limit)) {
            qCInfo(lcHttp).noquote() << m_logPath << refusal->status << "(body not read)";
            refuse(*refusal);
            return false;
        }
        if (m_remaining > 0 && head.value("expect").compare("100-continue", Qt::CaseInsensitive) == 0)
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        // Admitted: the declared length is within the route's limit and the key is known.
        m_body.clear();
        m_body.reserve(static_cast<qsizetype>(m_remaining));
        m_state = State::Body;
        m_timer.start(kBodyTimeoutMs);
        return true;
    }

    bool readBody()
    {
        if (m_remaining > 0 && !m_input.isEmpty()) {
            const QByteArray part = m_input.left(static_cast<qsizetype>(std::min<qint64>(m_remaining, m_input.size())));
            m_input.remove(0, part.size());
            m_body += part;
            m_remaining -= part.size();
        }
        while (m_remaining > 0) {
            const QByteArray part = m_socket->read(std::min<qint64>(m_remaining, kSocketBufferBytes));
            if (part.isEmpty())
                return false; // more later
            m_body += part;
            m_remaining -= part.size();
            m_timer.start(kBodyTimeoutMs);
        }
        m_request.body = std::move(m_body);
        m_body = QByteArray();
        return dispatch();
    }

    bool dispatch()
    {
        m_state = State::Handling;
        m_timer.stop();
        const quint64 serial = ++m_serial;
        const QString path = m_logPath;
        // Most answers come at once; status-sync may answer later, when the connection may be gone.
        m_server->service()->handle(
            m_request, [self = QPointer<HttpConnection>(this), serial, path](const HttpResponse& response) {
                // Never the Authorization header, never a body: method, path and status are enough.
                qCInfo(lcHttp).noquote() << path << response.status;
                if (self && self->m_serial == serial && self->m_state == State::Handling)
                    self->answer(response);
            });
        m_request = HttpRequest();
        return m_state != State::Handling;
    }

    void answer(const HttpResponse& response)
    {
        m_socket->write(serialize(response, !m_keepAlive, m_head));
        if (!m_keepAlive) {
            close(false);
            return;
        }
        m_state = State::Head;
        m_head = false;
        m_timer.start(kIdleTimeoutMs);
        if (!m_processing)
            QTimer::singleShot(0, this, &HttpConnection::process); // requests that came meanwhile
    }

    // Answers at once, without reading the rest of the request; the connection ends when the
    // client closes it, or after a while. Until then whatever the client still sends is read and
    // thrown away (a close with unread data would reset the connection, and the client might
    // lose the answer); nothing of it is kept.
    void refuse(const HttpResponse& response)
    {
        m_keepAlive = false;
        m_input.clear();
        m_body = QByteArray();
        m_request = HttpRequest();
        m_socket->write(serialize(response, true, m_head));
        m_socket->flush();
        m_state = State::Draining;
        m_timer.start(kDrainTimeoutMs);
        drain();
    }

    void drain()
    {
        char scratch[16384];
        while (m_socket->read(scratch, sizeof scratch) > 0) {
        }
    }

    void timedOut()
    {
        // Draining, idle, or a head or body that stopped coming: the connection ends.
        close(true);
    }

    void close(bool abort)
    {
        m_state = State::Closing;
        m_timer.stop();
        if (abort)
            m_socket->abort();
        else
            m_socket->disconnectFromHost(); // after what is still to be written
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            deleteLater();
    }

    SandboxServer* m_server;
    QTcpSocket* m_socket;
    QString m_peer;
    quint16 m_local = 0;
    QTimer m_timer;
    State m_state = State::Head;
    bool m_processing = false;
    bool m_headStarted = false;
    bool m_head = false; // the request is a HEAD: answers go without their body
    bool m_keepAlive = true;
    QByteArray m_input; // read but not yet consumed: a head, or what followed it
    QByteArray m_body;
    qint64 m_remaining = 0;
    HttpRequest m_request;
    QString m_logPath;
    quint64 m_serial = 0;
};

SandboxServer::SandboxServer(SandboxService* service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{}

SandboxServer::~SandboxServer() = default;

static QByteArray readFile(const QString& path, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return {};
    }
    return f.read(1024 * 1024); // a PEM file is small
}

bool SandboxServer::start(quint16 port, std::optional<quint16> invokePort, const QString& tlsCert,
                          const QString& tlsKey, QString* error)
{
    if (!tlsCert.isEmpty()) {
        const QByteArray certPem = readFile(tlsCert, error);
        const QByteArray keyPem = certPem.isEmpty() ? QByteArray() : readFile(tlsKey, error);
        if (certPem.isEmpty() || keyPem.isEmpty())
            return false;
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certPem, QSsl::Pem);
        QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (chain.isEmpty() || key.isNull()) {
            *error = QStringLiteral("%1 and %2 must hold a PEM certificate and its private key").arg(tlsCert, tlsKey);
            return false;
        }
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificateChain(chain); // intermediates included
        config.setPrivateKey(key);
        m_tls = config;
    }
    QTcpServer* api = listen(port, error);
    if (!api)
        return false;
    m_apiPort = api->serverPort();
    m_invokePort = m_apiPort;
    if (invokePort) {
        QTcpServer* invoke = listen(*invokePort, error);
        if (!invoke)
            return false;
        m_invokePort = invoke->serverPort();
    }
    return true;
}

QTcpServer* SandboxServer::listen(quint16 port, QString* error)
{
    QTcpServer* server = nullptr;
    if (m_tls) {
        auto* ssl = new QSslServer(this);
        ssl->setSslConfiguration(*m_tls);
        server = ssl;
    } else {
        server = new QTcpServer(this);
    }
    // Loopback only.
    if (!server->listen(QHostAddress::LocalHost, port)) {
        *error = QStringLiteral("cannot listen on 127.0.0.1:%1: %2").arg(port).arg(server->errorString());
        delete server;
        return nullptr;
    }
    connect(server, &QTcpServer::pendingConnectionAvailable, this, [this, server] { accept(server); });
    return server;
}

void SandboxServer::accept(QTcpServer* server)
{
    while (QTcpSocket* socket = server->nextPendingConnection()) {
        if (m_connections >= kMaxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        // Every answer goes out in one write (serialize()), but one larger than a segment still ends in
        // a short one, which Nagle's algorithm would hold until the client's (delayed) ACK of the rest:
        // up to 40 ms on a kept-alive connection. Sent at once instead (issue 16).
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        auto* connection = new HttpConnection(this, socket);
        ++m_connections;
        connect(connection, &QObject::destroyed, this, [this] { --m_connections; });
    }
}

QString SandboxServer::base(quint16 port) const
{
    return (m_tls ? QStringLiteral("https://127.0.0.1:") : QStringLiteral("http://127.0.0.1:")) + QString::number(port);
}

QString SandboxServer::apiBase() const
{
    return base(m_apiPort);
}
QString SandboxServer::invokeBase() const
{
    return base(m_invokePort);
}

} // namespace podwarden::sandbox
