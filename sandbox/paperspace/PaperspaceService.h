#pragma once

#include "AuthThrottle.h"
#include "Crypto.h"
#include "HttpTypes.h"
#include "PaperspaceStore.h"
#include "RateLimiter.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace podwarden::sandbox {

// podwarden-sandbox --provider paperspace: SERVICE.md section 8 under /v1/... (deployments, their
// history, project and team secrets by name) and each deployment's endpoint at
// /deployments/<id>/endpoint/..., which enforces the deployment's security and echoes the call.
//
// Decisions where the section is silent, [I] there:
// - Keys are the account's API keys (Store), so the admin key file works as in Runpod mode; a
//   missing or unknown key is 401 {"code":"unauthorized"}; a key without api Write that writes is
//   403 {"code":"forbidden"}.
// - The rate limit is Runpod mode's (--rate-limit, --rate-window, --rate-limit-hour and -day; the
//   same RateLimiter), per key, on the /v1 API only: a deployment's endpoint is called without a
//   key. Over it: 429 {"code":"too_many_requests", "details": {"window"}} with Retry-After. The
//   section names no RateLimit headers, so none are sent.
// - A protected deployment's token is fixed at each accepted upsert: the service keeps only
//   SHA-256(deployment id ":" base64("paperspace:" + value)), never the value. An upsert whose
//   basicAuthKey is not "secret:<name>", or names a secret that exists in neither the project nor
//   the team, is refused (400 invalid_spec): there would be no token to fix. An env reference to a
//   missing secret is accepted (the deployment runs without it, as the demo shows).
// - Deleting or replacing a secret never touches a deployed token; the next upsert fixes a new one.
// - Lists, history included, default to limit 20, orderBy dtCreated, order desc (history: newest
//   spec first); a cursor belongs to one list (a history's to one deployment) and one order.
//   DELETE /deployments/{id} answers {"id"}. A disabled deployment's endpoint answers 503
//   {"code":"deployment_disabled"} after the security check.
// - Error codes: invalid_request, invalid_parameter, invalid_spec, invalid_name, invalid_value,
//   already_exists, not_found, unauthorized, forbidden, method_not_allowed, deployment_disabled,
//   payload_too_large, internal.
class PaperspaceService final
{
public:
    static inline const QString kProjectId = QStringLiteral("pr_sandbox");
    static inline const QString kTeamId = QStringLiteral("te_sandbox");
    static constexpr int kDefaultLimit = 20;
    static constexpr int kMaxLimit = 120;
    static constexpr qsizetype kMaxBodyBytes = 4 * 1024 * 1024;

    PaperspaceService(Store& store, const SecretCipher& cipher, int authFailureLimit, int authFailureWindowSeconds);
    Q_DISABLE_COPY_MOVE(PaperspaceService)

    bool createSchema() { return m_store.createSchema(); }
    // The server's base URL (no /v1): each deployment's `endpoint` is <base>/deployments/<id>/endpoint.
    void setBase(const QString& base) { m_base = base; }
    // The quotas per key of the /v1 API (RateLimiter::windows); until set, there is no limit.
    void setRateLimit(QList<RateLimiter::Window> windows);

    // As SandboxService::admit: decided from the head alone (path, Authorization, length).
    std::optional<HttpResponse> admit(const HttpRequest& head, qint64* bodyLimit);
    HttpResponse handle(const HttpRequest& request);

    // Building blocks shared by the routes and the seeder.
    // Creates (no `deploymentId`) or updates a deployment from `config`; every accepted call makes
    // a new spec and fixes the endpoint's token. nullopt with `id` set, or the refusal to send.
    std::optional<HttpResponse> upsert(const QJsonObject& config, const QString& projectId,
                                       const std::optional<QString>& deploymentId, const QDateTime& now, QString* id);
    // Creates a secret, or replaces its value when the name exists in that scope.
    void putSecret(SecretScope scope, const QString& name, const QByteArray& value, const QDateTime& now);

    static HttpResponse error(int status, const QString& code, const QString& message,
                              const std::optional<QJsonObject>& details = {});

private:
    struct Call
    {
        const HttpRequest& request;
        QStringList segments; // the path after v1/
        QJsonObject body;
        QDateTime now;
    };
    using Handler = HttpResponse (PaperspaceService::*)(Call&);

    std::optional<HttpResponse> authenticate(const HttpRequest& request, qint64 nowMs, ApiKey* key);
    // Counts one request of the key; the 429 to send when it is over a quota.
    std::optional<HttpResponse> rateRefusal(const QString& keyId, qint64 nowMs);
    std::optional<HttpResponse> endpointRefusal(const HttpRequest& request) const;
    HttpResponse api(const HttpRequest& request, const QStringList& segments);
    Handler route(const QStringList& segments, HttpMethod method, bool* knownPath) const;
    HttpResponse endpointCall(const HttpRequest& request, const QStringList& segments);

    // The token fixed at an upsert: the digest of the header the endpoint will accept, empty when
    // public; nullopt with `refusal` set when the spec's basicAuthKey cannot be resolved.
    std::optional<QByteArray> fixToken(const DeploymentSpec& spec, const QString& projectId, const QString& id,
                                       HttpResponse* refusal) const;
    std::optional<QByteArray> resolveSecret(const QString& projectId, const QString& name) const;
    QJsonObject deploymentJson(const StoredDeployment& d) const;
    QSet<QString> attachedNames(SecretScope scope) const;
    std::optional<SecretScope> scopeOf(const Call& c, HttpResponse* refusal) const;

    HttpResponse listDeployments(Call& c);
    HttpResponse upsertDeployment(Call& c);
    HttpResponse getDeployment(Call& c);
    HttpResponse deleteDeployment(Call& c);
    HttpResponse deploymentHistory(Call& c);
    HttpResponse listSecrets(Call& c);
    HttpResponse createSecret(Call& c);
    HttpResponse getSecret(Call& c);
    HttpResponse updateSecret(Call& c);
    HttpResponse deleteSecret(Call& c);

    Store& m_accounts;
    PaperspaceStore m_store;
    SecretCipher m_cipher;
    AuthThrottle m_authThrottle;
    std::optional<RateLimiter> m_rateLimiter;
    QString m_base;
};

} // namespace podwarden::sandbox
