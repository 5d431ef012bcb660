#pragma once

#include "Paperspace.h"
#include "ServiceReply.h"
#include "secrethandling/SecretBuffer.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QSslConfiguration>

#include <optional>

namespace podwarden {

// Where a PaperspaceClient talks to and whom it trusts.
struct PaperspaceConfig
{
    QUrl base = QUrl(QStringLiteral("https://api.paperspace.com")); // the client appends /v1/...
    QString caFile; // extra trusted CAs (PEM), on top of the system trust store
    RetryPolicy retry;
    int pageSize = 0; // `limit` sent on lists, 1 to 120; 0: 120 (the most a page may hold)
};

// The network layer of the second provider (SERVICE.md section 8): one typed call per route, over
// one QNetworkAccessManager, on ServiceReply's machinery (retries of idempotent calls, timeouts,
// size limits, same-origin redirects only, TLS). Errors are ServiceErrors of the same kinds as
// Runpod's, from Paperspace's {"code","message"} body; lists follow `nextPage` with `after=` until
// `hasMore` is false and finish once with every item. The key is sent only as
// `Authorization: Bearer`, only to the configured origin; no key or secret value is ever in a URL.
//
//   PaperspaceClient client(config);
//   client.setKey(std::move(key));
//   auto* reply = client.listDeployments();   // TypedReply<QList<Deployment>>*, emits finished() once
class PaperspaceClient final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxPageSize = 120;

    explicit PaperspaceClient(PaperspaceConfig config, QObject* parent = nullptr);
    ~PaperspaceClient() override;

    const PaperspaceConfig& config() const { return m_config; }
    // Empty, or a translated sentence when the CA file could not be read.
    QString configurationError() const { return m_configError; }
    void setKey(SecretBuffer key);
    bool hasKey() const { return !m_key.isEmpty(); }
    // Cancels every call in flight (each emits finished() with Cancelled).
    void cancelAll();

    // One cheap call that proves the key can read the project: the first page (one item) of its
    // secrets. 401: the key is refused; 403/404: the key cannot see that project.
    TypedReply<NoContent>* checkKey(const QString& projectId);

    // Every deployment, every page, oldest first.
    TypedReply<QList<Deployment>>* listDeployments();
    TypedReply<Deployment>* getDeployment(const QString& id);
    // Every spec the deployment was deployed with (one per accepted upsert), newest first.
    TypedReply<QList<DeploymentHistoryEntry>>* deploymentHistory(const QString& id);
    // Creates a deployment (no id) or redeploys one with `spec`; answers the deployment id.
    TypedReply<QString>* upsertDeployment(const DeploymentSpec& spec, const QString& projectId,
                                          const std::optional<QString>& deploymentId = std::nullopt);
    TypedReply<NoContent>* deleteDeployment(const QString& id);

    // A project's or team's secrets (never their values), every page, oldest first.
    TypedReply<QList<PaperspaceSecret>>* listSecrets(PaperspaceScope scope, const QString& scopeId);
    TypedReply<PaperspaceSecret>* getSecret(PaperspaceScope scope, const QString& scopeId, const QString& name);
    // The value buffer is consumed: wiped at once, its copy in the request body when the call ends.
    TypedReply<PaperspaceSecret>* createSecret(PaperspaceScope scope, const QString& scopeId, const QString& name,
                                               SecretBuffer value);
    TypedReply<PaperspaceSecret>* updateSecretValue(PaperspaceScope scope, const QString& scopeId, const QString& name,
                                                    SecretBuffer value);
    TypedReply<NoContent>* deleteSecret(PaperspaceScope scope, const QString& scopeId, const QString& name);

    // One GET on a deployment's endpoint (its own URL) carrying `authorization` as the whole
    // Authorization header value ("Basic ..."), to see whether the endpoint accepts it: ok, or an
    // error (Unauthorized for 401). The buffer is consumed; nothing of it is kept.
    TypedReply<NoContent>* callEndpoint(const QUrl& endpoint, SecretBuffer authorization);

private:
    template <typename Item> TypedReply<QList<Item>>* sendPaged(QUrl url, bool listQuery);
    template <typename T>
    TypedReply<T>* send(const QByteArray& method, const QUrl& url, QByteArray body,
                        typename TypedReply<T>::Decoder decoder, bool expectBody = true);
    void startReply(ServiceReply* reply, const QByteArray& method, const QUrl& url, QByteArray body, bool expectBody,
                    qint64 maxReplyBytes, const SecretBuffer* authorization = nullptr);
    QUrl apiUrl(const QString& path, const QStringList& segments = {}) const; // base + /v1 + path
    QUrl secretsUrl(PaperspaceScope scope, const QString& scopeId, const QString& name = {}) const;

    PaperspaceConfig m_config;
    QNetworkAccessManager m_nam;
    QSslConfiguration m_ssl;
    QString m_configError;
    SecretBuffer m_key;
};

} // namespace podwarden
