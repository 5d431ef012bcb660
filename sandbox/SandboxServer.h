#pragma once

#include <QObject>
#include <QSslConfiguration>
#include <optional>

class QTcpServer;
class QTcpSocket;

namespace podwarden::sandbox {

class SandboxService;

// The HTTP side of the sandbox: HTTP/1.1 on 127.0.0.1 only, one port for the management API and
// optionally a second one for invocation, plain or TLS. Each request is handed to SandboxService
// as an HttpRequest; its answer is written back as is.
//
// It reads requests itself rather than through QAbstractHttpServer, which (in Qt 6.4) reads a
// body whole, into memory, before anyone may look at the request. Here a request's head is read
// first (at most 64 KiB), the service decides from it alone whether the body may be read
// (SandboxService::admit: the client's failed-authentication count, the route's size limit, the
// key), and a refused body is never buffered: it is read and thrown away, or the connection ends.
// Every request on a kept-alive connection goes through the same steps.
class SandboxServer final : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(SandboxService* service, QObject* parent = nullptr);
    ~SandboxServer() override;

    bool start(quint16 port, std::optional<quint16> invokePort, const QString& tlsCert, const QString& tlsKey,
               QString* error);
    QString apiBase() const;
    QString invokeBase() const;

    SandboxService* service() const { return m_service; }
    quint16 apiPort() const { return m_apiPort; }
    quint16 invokePort() const { return m_invokePort; }

private:
    QTcpServer* listen(quint16 port, QString* error);
    void accept(QTcpServer* server);
    QString base(quint16 port) const;

    SandboxService* m_service;
    std::optional<QSslConfiguration> m_tls;
    quint16 m_apiPort = 0;
    quint16 m_invokePort = 0;
    int m_connections = 0;
};

} // namespace podwarden::sandbox
