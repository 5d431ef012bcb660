#pragma once

#include "AccessPolicy.h"
#include "ApiKey.h"
#include "Endpoint.h"
#include "PaperspaceAccount.h"
#include "Pod.h"
#include "Secret.h"
#include "secrethandling/SecretBuffer.h"
#include "service/ServiceError.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

namespace podwarden {

class Session;
class ServiceReply;
struct CreatedApiKey;
template <typename T> class TypedReply;
class TemplatePush;
struct TemplateDraft;

// What one change did: the resource as the service now has it, or why it was refused, and one
// translated sentence saying so.
struct ChangeOutcome
{
    bool ok = false;
    QString message; // for the page: what happened, or what was refused and why
    ServiceError error;
    std::optional<ApiKey> key;
    std::optional<Secret> secret;
    std::optional<Endpoint> endpoint;
    std::optional<Pod> pod;
    std::optional<Deployment> deployment;
    std::optional<ScopedPaperspaceSecret> paperspaceSecret;
    // createKey only: the raw key, to be shown once. Shared so the outcome can travel in a signal;
    // the buffer wipes itself when the last holder lets go.
    std::shared_ptr<SecretBuffer> rawKey;
    // updateSecret only: the value took effect but the description was refused.
    bool valueOnly = false;
};

// One change under way. finished() comes exactly once, with the outcome, and the request deletes
// itself afterwards; a change asked for while disconnected finishes from the event loop with a
// refusal, so the caller can always connect first.
class ChangeRequest final : public QObject
{
    Q_OBJECT
public:
    explicit ChangeRequest(QObject* parent);
    bool isFinished() const { return m_finished; }

signals:
    void finished(const podwarden::ChangeOutcome& outcome);

private:
    friend class AccountChanges;
    void finish(const ChangeOutcome& outcome);
    bool m_finished = false;
};

// The only place that changes the account. Each call makes the request, applies the change to the
// session's one in-memory account (at once when it can be undone, such as a switch; otherwise
// when the service has answered), rolls it back with the service's sentence when refused, writes
// that change to the local store, and lets every screen know through Session::accountChanged.
// Pages and dialogs ask here and show what the outcome says; they hold no ServiceClient.
//
//   auto* request = session->changes()->setKeyEnabled(keyId, false);
//   connect(request, &ChangeRequest::finished, this, [this](const ChangeOutcome& o) {
//       if (!o.ok) showMessage(o.message, true);
//   });
class AccountChanges final : public QObject
{
    Q_OBJECT
public:
    explicit AccountChanges(Session* session);
    ~AccountChanges() override;

    ChangeRequest* setKeyEnabled(const QString& keyId, bool enabled);
    ChangeRequest* createKey(const QString& name, const AccessPolicy& policy,
                             const std::optional<QDateTime>& expiresAt = std::nullopt);
    // Sends only what is set (an expiry set to nullopt: never expires).
    ChangeRequest* updateKey(const QString& keyId, const std::optional<QString>& name,
                             const std::optional<AccessPolicy>& policy,
                             const std::optional<std::optional<QDateTime>>& expiresAt = std::nullopt);
    ChangeRequest* revokeKey(const QString& keyId);
    // Rolling (SERVICE.md 5.2): a successor named `newName` with exactly the key's access (a legacy
    // key's reach, as a scoped key), linked by rolledFrom; the old key keeps working until it is
    // disabled or revoked. The outcome carries the new key and its raw value, to be shown once.
    ChangeRequest* rollKey(const QString& keyId, const QString& newName);
    // The key's own level on one endpoint (None removes its grant of that endpoint); its other
    // access stays. The same privilege rule as any key change.
    ChangeRequest* setEndpointAccess(const QString& keyId, const QString& endpointId, AccessLevel level);

    // The value buffers are consumed.
    ChangeRequest* createSecret(const QString& name, SecretBuffer value, const QString& description);
    ChangeRequest* replaceSecretValue(const QString& secretId, SecretBuffer value);
    ChangeRequest* describeSecret(const QString& secretId, const QString& description);
    // Value and description in one PATCH; the outcome says which part took effect (valueOnly).
    ChangeRequest* updateSecret(const QString& secretId, SecretBuffer value, const QString& description);
    ChangeRequest* deleteSecret(const QString& secretId);

    ChangeRequest* deleteTemplate(const QString& templateId);

    // start, stop, restart or terminate a pod; the pod as the service answers replaces the known
    // one (terminate removes it).
    ChangeRequest* podAction(const QString& podId, PodAction action);
    // A configuration update that changes nothing but makes a new release: the service replaces
    // the endpoint's workers one by one, and each new worker reads the secrets' values as they are
    // now. Sends the endpoint's env back whole (PATCH replaces env whole).
    ChangeRequest* rollWorkers(const QString& endpointId);
    // A push of a template draft (create, or read then send whole; a conflict stops with the
    // comparison). The caller owns the push; Session::keepTemplate takes the pushed template.
    // Null when not connected.
    TemplatePush* startPush(const TemplateDraft& draft, QObject* parent);

    // ---- Paperspace (SERVICE.md section 8): secrets by scope and name, deployments by id.
    // The value buffers are consumed.
    ChangeRequest* createPaperspaceSecret(PaperspaceScope scope, const QString& name, SecretBuffer value);
    ChangeRequest* replacePaperspaceSecretValue(PaperspaceScope scope, const QString& name, SecretBuffer value);
    ChangeRequest* deletePaperspaceSecret(PaperspaceScope scope, const QString& name);
    // Redeploys the deployment's latest spec with basicAuthKey set to secret:<name> (protect), or
    // without it (nullopt: public). The deployment as the service then has it replaces the known one.
    ChangeRequest* setDeploymentProtection(const QString& deploymentId, const std::optional<QString>& secretName);
    // Generates nothing itself: creates the project secret `name` with `value` (consumed), then
    // protects the deployment with it. When the secret was created but the redeploy refused, the
    // outcome is not ok and carries paperspaceSecret (a second try uses the existing secret).
    ChangeRequest* protectWithNewSecret(const QString& deploymentId, const QString& name, SecretBuffer value);
    // An upsert of the same spec: the deployment takes its secrets' values (and token) as they are now.
    ChangeRequest* redeploy(const QString& deploymentId);

    // Calls still waiting for the service are dropped (their outcomes are not applied).
    void abandon();

signals:
    void pendingChanged(const QString& id, bool pending);

private:
    ChangeRequest* refuseOffline();
    ChangeRequest* refuse(const QString& message);
    template <typename Reply, typename Done> ChangeRequest* track(Reply* reply, const QString& pendingId, Done done);
    void setPending(const QString& id, bool pending);
    std::optional<ApiKey> keyById(const QString& id) const;
    // createKey's and rollKey's answer: the key added to the account, its raw value in `outcome`.
    ApiKey acceptCreatedKey(TypedReply<CreatedApiKey>* reply, ChangeOutcome& outcome);
    // Why the signed-in key may not change `target` (or give it `newPolicy`), or nothing.
    std::optional<QString> beyondOwnAccess(const ApiKey& target,
                                           const std::optional<AccessPolicy>& newPolicy = std::nullopt) const;
    std::optional<Secret> secretById(const QString& id) const;
    std::optional<Endpoint> endpointById(const QString& id) const;
    std::optional<Pod> podById(const QString& id) const;
    std::optional<Deployment> deploymentById(const QString& id) const;
    // Upserts `spec` as the deployment's new spec, then reads the deployment back; `say` words the
    // outcome (ok or not).
    ChangeRequest* upsertAndRead(const Deployment& before, const DeploymentSpec& spec,
                                 std::function<QString(const ChangeOutcome&)> say);
    QString scopeId(PaperspaceScope scope) const;

    Session* m_session;
    QSet<QString> m_pending;
    int m_generation = 0;
};

} // namespace podwarden

Q_DECLARE_METATYPE(podwarden::ChangeOutcome)
