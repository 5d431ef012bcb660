#pragma once

#include "AccessPolicy.h"
#include "ApiKey.h"
#include "AuditEvent.h"
#include "Build.h"
#include "Endpoint.h"
#include "EndpointHealth.h"
#include "KeyUsage.h"
#include "Pod.h"
#include "Release.h"
#include "Secret.h"
#include "ServiceReply.h"
#include "Template.h"
#include "Worker.h"
#include "secrethandling/SecretBuffer.h"

#include <QNetworkAccessManager>
#include <QObject>

#include <QSslConfiguration>
#include <functional>

#include <optional>

namespace podwarden {

// Where a ServiceClient talks to and whom it trusts.
struct ServiceConfig
{
    QUrl managementBase; // https://api.runpod.io
    QUrl invocationBase; // https://api.runpod.ai
    QString caFile;      // extra trusted CAs (PEM), on top of the system trust store
    RetryPolicy retry;
    int pageSize = 0; // `limit` sent on paged lists; 0: the service's default (1000)
};

// How large an answer each kind of call may be. Past it the call stops at once with
// ServiceError::Kind::ReplyTooLarge, so a broken or hostile service cannot fill the memory: a page
// of a list (100,000 keys in one page, the August shape, are about 45 MB), an events page, one
// object (a template with a long README, a key, a secret's metadata).
struct ReplyLimits
{
    static constexpr qint64 listPage = 64LL << 20;
    static constexpr qint64 eventsPage = 16LL << 20;
    static constexpr qint64 object = 4LL << 20;
};

// The answer to POST /v2/account/api-keys: the key's metadata and the raw key, shown once.
struct CreatedApiKey
{
    ApiKey key;
    SecretBuffer rawKey;
};

// The network layer: one typed call per route of SERVICE.md that the screens use, over one
// QNetworkAccessManager. Pages and the session call it; it never touches a widget. The account
// key is set once and sent only as `Authorization: Bearer`, only to the configured origins.
//
//   ServiceClient client(config);
//   client.setKey(std::move(key));
//   auto* reply = client.listTemplates();   // TypedReply<QList<Template>>*, emits finished() once
class ServiceClient final : public QObject
{
    Q_OBJECT
public:
    explicit ServiceClient(ServiceConfig config, QObject* parent = nullptr);
    ~ServiceClient() override;

    const ServiceConfig& config() const { return m_config; }
    // Empty, or a translated sentence when the CA file could not be read (calls still go out, and
    // fail the TLS check if the service needed that CA).
    QString configurationError() const { return m_configError; }
    // The system's trust store plus the CAs of `caFile` (PEM) when set; `error` gets the sentence
    // above when the file holds no certificate. Shared with PaperspaceClient.
    static QSslConfiguration sslConfiguration(const QString& caFile, QString* error);
    void setKey(SecretBuffer key);
    void setPageSize(int items) { m_config.pageSize = items; } // for the calls made from now on
    bool hasKey() const { return !m_key.isEmpty(); }
    // Whether the key begins with `prefix` (a key's listed prefix): which listed key this is.
    bool keyStartsWith(const QByteArray& prefix) const { return !prefix.isEmpty() && m_key.bytes().startsWith(prefix); }
    // The most recent rate-limit headroom any reply reported.
    const RateLimitInfo& rateLimit() const { return m_rateLimit; }
    // Cancels every call in flight (each emits finished() with Cancelled).
    void cancelAll();

    // Every list call follows the service's pages to the end (PagedListReply): pageLoaded()
    // reports progress, cancel() stops it.
    TypedReply<QList<Template>>* listTemplates();
    // Proves the key with the cheapest official read (one template); the service's answer says
    // whether the key is unknown, revoked or lacks access. Works on services without [ext] routes.
    TypedReply<NoContent>* checkKey();
    TypedReply<Template>* getTemplate(const QString& id);
    TypedReply<Template>* createTemplate(const TemplateInput& input);
    TypedReply<Template>* updateTemplate(const QString& id, const TemplateInput& changes);
    TypedReply<NoContent>* deleteTemplate(const QString& id);

    TypedReply<QList<Endpoint>>* listEndpoints();
    TypedReply<Endpoint>* getEndpoint(const QString& id);
    TypedReply<Endpoint>* createEndpoint(const EndpointInput& input);
    TypedReply<Endpoint>* updateEndpoint(const QString& id, const EndpointInput& changes);
    TypedReply<NoContent>* deleteEndpoint(const QString& id);
    TypedReply<EndpointHealth>* endpointHealth(const QString& endpointId); // invocation base
    // POST /v2/{id}/runsync?wait=ms on the invocation base: one job with `input`, answered when it
    // finishes or the wait runs out (then the status says IN_QUEUE or IN_PROGRESS).
    TypedReply<JobResult>* runSync(const QString& endpointId, const QJsonObject& input, int waitMs = 20000);
    // The endpoint's active workers and their counts by status.
    TypedReply<WorkerList>* listWorkers(const QString& endpointId);
    // The newest page of the endpoint's releases and where its rollout stands.
    TypedReply<ReleasePage>* listReleases(const QString& endpointId);
    // An endpoint's GitHub builds, newest first, every page; and one of them.
    TypedReply<QList<Build>>* listBuilds(const QString& endpointId);
    TypedReply<Build>* getBuild(const QString& endpointId, const QString& buildId);

    // Every pod, every page (newest first).
    TypedReply<QList<Pod>>* listPods();
    TypedReply<Pod>* getPod(const QString& id);
    // start, stop and restart answer the pod; terminate answers nothing (the pod is gone).
    TypedReply<std::optional<Pod>>* podAction(const QString& id, PodAction action);

    TypedReply<QList<Secret>>* listSecrets();
    TypedReply<Secret>* getSecret(const QString& id);
    // The value buffer is consumed: wiped once the request has been answered.
    TypedReply<Secret>* createSecret(const QString& name, SecretBuffer value, const QString& description = {});
    TypedReply<Secret>* replaceSecretValue(const QString& id, SecretBuffer value);
    TypedReply<Secret>* updateSecretDescription(const QString& id, const QString& description);
    // Both in one PATCH: the service applies the value first, not atomically with the description
    // (SecretUpdate reports which part took effect when it fails).
    TypedReply<Secret>* updateSecret(const QString& id, SecretBuffer value, const QString& description);
    TypedReply<NoContent>* deleteSecret(const QString& id);

    TypedReply<QList<ApiKey>>* listApiKeys();
    TypedReply<ApiKey>* getApiKey(const QString& id);
    // When the key last used each of its grants (SERVICE.md 5.2 usage).
    TypedReply<KeyUsage>* getApiKeyUsage(const QString& id);
    // `expiresAt` unset: never expires; `rolledFrom`: the key this one succeeds (SERVICE.md 5.2).
    TypedReply<CreatedApiKey>* createApiKey(const QString& name, const AccessPolicy& policy,
                                            const std::optional<QDateTime>& expiresAt = std::nullopt,
                                            const QString& rolledFrom = QString());
    TypedReply<ApiKey>* setApiKeyEnabled(const QString& id, bool enabled);
    // Sends only what is set.
    // `expiresAt`: not sent when unset; set to nullopt it sends null (never expires).
    TypedReply<ApiKey>* updateApiKey(const QString& id, const std::optional<QString>& name,
                                     const std::optional<AccessPolicy>& policy,
                                     const std::optional<std::optional<QDateTime>>& expiresAt = std::nullopt);
    TypedReply<NoContent>* revokeApiKey(const QString& id);

    TypedReply<AuditEventPage>* listEvents(const EventQuery& query = {});

signals:
    void rateLimitChanged(const podwarden::RateLimitInfo& info);

private:
    template <typename Item>
    // `fastPage`, when set, decodes a page from its bytes first; when it answers nullopt the page is
    // decoded through QJsonDocument and `decodeList`, which names any fault.
    TypedReply<QList<Item>>* sendPaged(QUrl url, Decoded<QList<Item>> (*decodeList)(const QJsonObject&),
                                       std::function<std::optional<ListPage<Item>>(QByteArray&)> fastPage = {});
    template <typename T>
    TypedReply<T>* send(const QByteArray& method, const QUrl& url, QByteArray body,
                        typename TypedReply<T>::Decoder decoder, bool expectBody = true,
                        qint64 maxReplyBytes = ReplyLimits::object);
    QUrl managementUrl(const QString& path, const QStringList& ids = {}) const;
    QUrl invocationUrl(const QString& endpointId, const QString& tail) const; // base + /v2/{id}/tail
    void startReply(ServiceReply* reply, const QByteArray& method, const QUrl& url, QByteArray body, bool expectBody,
                    qint64 maxReplyBytes);

    ServiceConfig m_config;
    QNetworkAccessManager m_nam;
    QSslConfiguration m_ssl;
    QString m_configError;
    SecretBuffer m_key;
    RateLimitInfo m_rateLimit;
};

} // namespace podwarden
