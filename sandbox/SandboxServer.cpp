#include "SandboxServer.h"

#include "SandboxService.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcHttp, "podwarden.sandbox.http", QtInfoMsg)

namespace podwarden::sandbox {

SandboxServer::SandboxServer(SandboxService* service, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_service(service)
{}

static QByteArray readFile(const QString& path, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return {};
    }
    return f.readAll();
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
        sslSetup(config);
        m_tls = true;
    }
    // Loopback only: QAbstractHttpServer::listen() would otherwise bind every interface.
    m_apiPort = listen(QHostAddress::LocalHost, port);
    if (m_apiPort == 0) {
        *error = QStringLiteral("cannot listen on 127.0.0.1:%1").arg(port);
        return false;
    }
    m_invokePort = m_apiPort;
    if (invokePort) {
        m_invokePort = listen(QHostAddress::LocalHost, *invokePort);
        if (m_invokePort == 0) {
            *error = QStringLiteral("cannot listen on 127.0.0.1:%1").arg(*invokePort);
            return false;
        }
    }
    return true;
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

static HttpMethod toMethod(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return HttpMethod::Get;
    case QHttpServerRequest::Method::Post:
        return HttpMethod::Post;
    case QHttpServerRequest::Method::Patch:
        return HttpMethod::Patch;
    case QHttpServerRequest::Method::Delete:
        return HttpMethod::Delete;
    default:
        return HttpMethod::Other;
    }
}

static void writeResponse(QTcpSocket* socket, const HttpResponse& response)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                      (response.status < 300 ? QByteArray(response.status == 201   ? "Created"
                                                          : response.status == 204 ? "No Content"
                                                                                   : "OK")
                                             : reasonPhrase(response.status).toLatin1()) +
                      "\r\n";
    for (const auto& h : response.headers)
        head += h.first + ": " + h.second + "\r\n";
    if (response.status != 204) {
        head += "Content-Type: " + response.contentType + "\r\n";
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    }
    head += "\r\n";
    socket->write(head);
    if (response.status != 204)
        socket->write(response.body);
}

bool SandboxServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    HttpRequest r;
    r.method = toMethod(request.method());
    r.path = request.url().path(QUrl::FullyDecoded);
    r.query = request.query();
    // Qt 6.4's server has read the whole body by now; the size limit is still decided from the
    // declared length, before anything else looks at the request.
    r.body = request.body();
    for (const auto& header : request.headers()) {
        if (header.first.compare("authorization", Qt::CaseInsensitive) == 0)
            r.authorization = header.second;
        if (header.first.compare("content-length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qint64 length = header.second.trimmed().toLongLong(&ok);
            if (ok)
                r.contentLength = length;
        }
    }
    const quint16 local = socket->localPort();
    r.onManagementPort = local == m_apiPort;
    r.onInvocationPort = local == m_invokePort;

    // Most answers come at once; status-sync may answer later, when the socket may be gone.
    const QString path = request.url().path();
    m_service->handle(r, [socket = QPointer<QTcpSocket>(socket), path](const HttpResponse& response) {
        // Never the Authorization header, never a body: method, path and status are enough.
        qCInfo(lcHttp).noquote() << path << response.status;
        if (socket)
            writeResponse(socket, response);
    });
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest&, QTcpSocket*)
{
    // handleRequest answers every request, unknown routes included.
}

} // namespace podwarden::sandbox
