#pragma once

#include <QAbstractHttpServer>
#include <optional>

namespace podwarden::sandbox {

class SandboxService;

// The HTTP side of the sandbox: QAbstractHttpServer bound to 127.0.0.1 only, one port for the
// management API and optionally a second one for invocation, plain or TLS. Each request is
// handed to SandboxService as an HttpRequest; its answer is written back as is.
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit SandboxServer(SandboxService* service, QObject* parent = nullptr);

    bool start(quint16 port, std::optional<quint16> invokePort, const QString& tlsCert, const QString& tlsKey,
               QString* error);
    QString apiBase() const;
    QString invokeBase() const;

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    QString base(quint16 port) const;
    SandboxService* m_service;
    quint16 m_apiPort = 0;
    quint16 m_invokePort = 0;
    bool m_tls = false;
};

} // namespace podwarden::sandbox
