#include "LoopbackHttpServer.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpSocket>

namespace podwarden::test {

namespace {
QHash<QTcpSocket*, QByteArray>& buffers()
{
    static QHash<QTcpSocket*, QByteArray> b;
    return b;
}
} // namespace

LoopbackHttpServer::LoopbackHttpServer(QObject* parent)
    : QObject(parent)
{}

LoopbackHttpServer::~LoopbackHttpServer() = default;

bool LoopbackHttpServer::listen()
{
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket* socket = m_server->nextPendingConnection())
            onConnection(socket);
    });
    return m_server->listen(QHostAddress::LocalHost, 0);
}

bool LoopbackHttpServer::listenTls(const QString& certFile, const QString& keyFile)
{
    QFile keyIn(keyFile);
    if (!keyIn.open(QIODevice::ReadOnly))
        return false;
    const QSslKey key(&keyIn, QSsl::Rsa, QSsl::Pem);
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certFile);
    if (key.isNull() || chain.isEmpty())
        return false;
    auto* server = new QSslServer(this);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    server->setSslConfiguration(config);
    // QSslServer hands a connection over only once its handshake succeeded: count them here.
    connect(server, &QSslServer::startedEncryptionHandshake, this, [this](QSslSocket* socket) {
        ++m_connections;
        connect(socket, &QSslSocket::encrypted, this, [this] { ++m_encrypted; });
    });
    connect(server, &QTcpServer::pendingConnectionAvailable, this, [this, server] {
        while (QTcpSocket* socket = server->nextPendingConnection())
            onConnection(socket);
    });
    m_server = server;
    m_tls = true;
    return server->listen(QHostAddress::LocalHost, 0);
}

QUrl LoopbackHttpServer::base() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server ? m_server->serverPort() : 0);
    return url;
}

void LoopbackHttpServer::enqueue(const Answer& answer)
{
    m_answers.append(answer);
}

void LoopbackHttpServer::answerFor(const QByteArray& target, const Answer& answer)
{
    m_byTarget.insert(target, answer);
}

LoopbackHttpServer::Answer LoopbackHttpServer::json(int status, const QByteArray& body,
                                                    QList<QPair<QByteArray, QByteArray>> headers)
{
    Answer a;
    a.status = status;
    a.body = body;
    a.headers = std::move(headers);
    return a;
}

void LoopbackHttpServer::onConnection(QTcpSocket* socket)
{
    if (!m_tls)
        ++m_connections;
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
    connect(socket, &QTcpSocket::disconnected, socket, [socket] {
        buffers().remove(socket);
        socket->deleteLater();
    });
    if (socket->bytesAvailable() > 0)
        onReadable(socket);
}

void LoopbackHttpServer::onReadable(QTcpSocket* socket)
{
    const QByteArray chunk = socket->readAll();
    m_received += chunk;
    QByteArray& buffer = buffers()[socket];
    buffer += chunk;
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return;
    qsizetype length = 0;
    for (const QByteArray& line : buffer.left(headEnd).split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (buffer.size() < headEnd + 4 + length)
        return;
    m_requests.append(buffer.left(headEnd + 4 + length));
    buffer.remove(0, headEnd + 4 + length);

    const QList<QByteArray> requestLine = m_requests.last().left(m_requests.last().indexOf("\r\n")).split(' ');
    const QByteArray target = requestLine.size() == 3 ? requestLine.at(1) : QByteArray();
    Answer answer;
    if (m_byTarget.contains(target)) {
        answer = m_byTarget.value(target);
    } else {
        const qsizetype index = std::min<qsizetype>(m_queueTaken++, m_answers.size() - 1);
        answer = index >= 0 ? m_answers.at(index) : json(500, "{}");
    }
    if (answer.neverAnswer)
        return;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(answer.status) + " X\r\n";
    bool hasType = false;
    for (const auto& [name, value] : answer.headers) {
        hasType = hasType || name.toLower() == "content-type";
        out += name + ": " + value + "\r\n";
    }
    if (!hasType && (!answer.body.isEmpty() || answer.streamBytes > 0))
        out += "Content-Type: application/json\r\n";
    if (answer.streamBytes > 0) {
        if (answer.declareLength)
            out += "Content-Length: " + QByteArray::number(answer.streamBytes) + "\r\n";
        out += "Connection: close\r\n\r\n[";
        socket->write(out);
        auto left = std::make_shared<qint64>(answer.streamBytes - 1);
        const auto feed = [this, socket, left] {
            // Keep about 1 MiB queued: the client's pace, not ours, decides how much is sent.
            while (*left > 0 && socket->bytesToWrite() < (1 << 20) &&
                   socket->state() == QAbstractSocket::ConnectedState) {
                const qint64 n = std::min<qint64>(*left, 256 * 1024);
                socket->write(QByteArray(n, ' '));
                *left -= n;
                m_streamed += n;
            }
            if (*left == 0 && socket->bytesToWrite() == 0)
                socket->disconnectFromHost();
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, feed);
        feed();
        return;
    }
    out += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\nConnection: close\r\n\r\n";
    out += answer.body;
    socket->write(out);
    socket->disconnectFromHost();
}

bool makeSelfSignedCertificate(const QString& directory, QString* certFile, QString* keyFile)
{
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        return false;
    *certFile = directory + QStringLiteral("/cert.pem");
    *keyFile = directory + QStringLiteral("/key.pem");
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"), *keyFile,
                   QStringLiteral("-out"), *certFile});
    return openssl.waitForFinished(60000) && openssl.exitStatus() == QProcess::NormalExit && openssl.exitCode() == 0;
}

} // namespace podwarden::test
