#include "AccountChanges.h"

#include "account/Session.h"
#include "log/LogCategories.h"
#include "service/PaperspaceClient.h"
#include "service/SecretUpdate.h"
#include "service/ServiceClient.h"
#include "service/TemplatePush.h"

#include <QTimer>

namespace podwarden {

using Resource = AccountChange::Resource;

ChangeRequest::ChangeRequest(QObject* parent)
    : QObject(parent)
{}

void ChangeRequest::finish(const ChangeOutcome& outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(outcome);
    deleteLater();
}

AccountChanges::AccountChanges(Session* session)
    : QObject(session)
    , m_session(session)
{}

AccountChanges::~AccountChanges() = default;

void AccountChanges::abandon()
{
    ++m_generation;
    const QSet<QString> pending = m_pending;
    m_pending.clear();
    for (const QString& id : pending)
        emit pendingChanged(id, false);
}

void AccountChanges::setPending(const QString& id, bool pending)
{
    if (id.isEmpty() || m_pending.contains(id) == pending)
        return;
    if (pending)
        m_pending.insert(id);
    else
        m_pending.remove(id);
    emit pendingChanged(id, pending);
}

ChangeRequest* AccountChanges::refuse(const QString& message)
{
    auto* request = new ChangeRequest(this);
    ChangeOutcome outcome;
    outcome.message = message;
    outcome.error = ServiceError::make(ServiceError::Kind::Network);
    QTimer::singleShot(0, request, [request, outcome] { request->finish(outcome); });
    return request;
}

std::optional<QString> AccountChanges::beyondOwnAccess(const ApiKey& target,
                                                       const std::optional<AccessPolicy>& newPolicy) const
{
    // The service's rule (SERVICE.md 5.2), said before anything is sent: a key may change or revoke
    // only keys whose access is within its own, and grant only what it holds. The key Podwarden is
    // signed in with is found by its prefix; when it is not in the list, the service decides.
    for (const ApiKey& own : m_session->snapshot().apiKeys) {
        if (!m_session->isSignedInWith(own))
            continue;
        if (!target.policy.isWithin(own.policy))
            return tr("Podwarden is signed in with key %1, whose access does not include all of %2's. A key can "
                      "change or revoke only keys whose access is within its own, so %2 was left as it is. To "
                      "change it, sign in with a key that holds at least its access (an All key holds everything).")
                .arg(own.name, target.name);
        if (newPolicy && !newPolicy->isWithin(own.policy))
            return tr("Podwarden is signed in with key %1, which cannot grant more than it holds itself, so %2 was "
                      "left as it is. Grant less, or sign in with a key that holds this access.")
                .arg(own.name, target.name);
        return std::nullopt;
    }
    return std::nullopt;
}

ChangeRequest* AccountChanges::refuseOffline()
{
    return refuse(tr("You are not connected, so nothing was changed. Connect from the Overview (F5) and try "
                     "again."));
}

namespace {

// The item of `items` with this id, as the account has it now.
template <typename T> std::optional<T> findById(const QList<T>& items, const QString& id)
{
    for (const T& item : items) {
        if (item.id == id)
            return item;
    }
    return std::nullopt;
}

} // namespace

std::optional<ApiKey> AccountChanges::keyById(const QString& id) const
{
    return findById(m_session->snapshot().apiKeys, id);
}

std::optional<Secret> AccountChanges::secretById(const QString& id) const
{
    return findById(m_session->snapshot().secrets, id);
}

std::optional<Endpoint> AccountChanges::endpointById(const QString& id) const
{
    return findById(m_session->snapshot().endpoints, id);
}

std::optional<Pod> AccountChanges::podById(const QString& id) const
{
    return findById(m_session->snapshot().pods, id);
}

// Waits for `reply`, then runs `done(reply, outcome)` to fill the outcome and apply the change,
// unless the session moved on (another account, offline) meanwhile.
template <typename Reply, typename Done>
ChangeRequest* AccountChanges::track(Reply* reply, const QString& pendingId, Done done)
{
    auto* request = new ChangeRequest(this);
    setPending(pendingId, true);
    const int generation = m_generation;
    connect(reply, &ServiceReply::finished, this, [this, reply, request, pendingId, generation, done] {
        ChangeOutcome outcome;
        outcome.ok = reply->ok();
        if (!outcome.ok)
            outcome.error = reply->error();
        if (generation == m_generation) {
            setPending(pendingId, false);
            done(reply, outcome);
        } else if (outcome.ok) {
            outcome.message = tr("The change was made, but Podwarden had moved on to another account meanwhile. "
                                 "Refresh (F5) to see it.");
        } else {
            outcome.message = outcome.error.message();
        }
        request->finish(outcome);
    });
    return request;
}

// ---- Keys

ChangeRequest* AccountChanges::setKeyEnabled(const QString& keyId, bool enabled)
{
    const std::optional<ApiKey> before = keyById(keyId);
    if (!m_session->isConnected() || !m_session->client())
        return refuseOffline();
    if (!before)
        return refuse(tr("That key is no longer in the account. Refresh (F5) to see the account as it is now."));
    if (const std::optional<QString> beyond = beyondOwnAccess(*before))
        return refuse(*beyond);
    // Shown at once, undone if refused.
    ApiKey optimistic = *before;
    optimistic.enabled = enabled;
    m_session->applyChange({Resource::ApiKey, keyId}, [&optimistic](AccountSnapshot& s) {
        for (ApiKey& k : s.apiKeys) {
            if (k.id == optimistic.id)
                k = optimistic;
        }
    });
    auto* reply = m_session->client()->setApiKeyEnabled(keyId, enabled);
    const ApiKey original = *before;
    return track(reply, keyId, [this, original, enabled](TypedReply<ApiKey>* r, ChangeOutcome& outcome) {
        const ApiKey key = outcome.ok ? r->value() : original;
        m_session->applyChange({Resource::ApiKey, key.id}, [&key](AccountSnapshot& s) {
            for (ApiKey& k : s.apiKeys) {
                if (k.id == key.id)
                    k = key;
            }
        });
        if (outcome.ok) {
            outcome.key = key;
            outcome.message =
                enabled ? tr("Key %1 is enabled.").arg(key.name) : tr("Key %1 is disabled.").arg(key.name);
        } else {
            outcome.message = (enabled ? tr("Key %1 was not enabled: %2") : tr("Key %1 was not disabled: %2"))
                                  .arg(original.name, outcome.error.message());
        }
    });
}

ApiKey AccountChanges::acceptCreatedKey(TypedReply<CreatedApiKey>* reply, ChangeOutcome& outcome)
{
    // A new key joins the account; its raw value travels in the outcome, to be shown once.
    CreatedApiKey created = reply->takeValue();
    const ApiKey key = created.key;
    m_session->applyChange({Resource::ApiKey, key.id}, [&key](AccountSnapshot& s) { s.apiKeys.append(key); });
    outcome.key = key;
    outcome.rawKey = std::make_shared<SecretBuffer>(std::move(created.rawKey));
    return key;
}

ChangeRequest* AccountChanges::createKey(const QString& name, const AccessPolicy& policy,
                                         const std::optional<QDateTime>& expiresAt)
{
    if (!m_session->isConnected() || !m_session->client())
        return refuseOffline();
    auto* reply = m_session->client()->createApiKey(name, policy, expiresAt);
    return track(reply, QString(), [this, name](TypedReply<CreatedApiKey>* r, ChangeOutcome& outcome) {
        if (!outcome.ok) {
            outcome.message = tr("Key %1 was not created: %2").arg(name, outcome.error.message());
            return;
        }
        const ApiKey key = acceptCreatedKey(r, outcome);
        outcome.message = tr("Key %1 was created.").arg(key.name);
    });
}

ChangeRequest* AccountChanges::updateKey(const QString& keyId, const std::optional<QString>& name,
                                         const std::optional<AccessPolicy>& policy,
                                         const std::optional<std::optional<QDateTime>>& expiresAt)
{
    const std::optional<ApiKey> before = keyById(keyId);
    if (!m_session->isConnected() || !m_session->client())
        return refuseOffline();
    if (const std::optional<QString> beyond = before ? beyondOwnAccess(*before, policy) : std::nullopt)
        return refuse(*beyond);
    const QString oldName = before ? before->name : keyId;
    auto* reply = m_session->client()->updateApiKey(keyId, name, policy, expiresAt);
    return track(reply, keyId, [this, oldName](TypedReply<ApiKey>* r, ChangeOutcome& outcome) {
        if (!outcome.ok) {
            outcome.message = tr("Key %1 was not changed: %2").arg(oldName, outcome.error.message());
            return;
        }
        const ApiKey key = r->value();
        m_session->applyChange({Resource::ApiKey, key.id}, [&key](AccountSnapshot& s) {
            for (ApiKey& k : s.apiKeys) {
                if (k.id == key.id)
                    k = key;
            }
        });
        outcome.key = key;
        outcome.message = tr("Key %1 was saved.").arg(key.name);
    });
}

ChangeRequest* AccountChanges::rollKey(const QString& keyId, const QString& newName)
{
    const std::optional<ApiKey> before = keyById(keyId);
    if (!m_session->isConnected() || !m_session->client())
        return refuseOffline();
    if (!before)
        return refuse(tr("The key is no longer in the account: it was revoked since. Refresh to see the account as "
                         "it is now."));
    if (const std::optional<QString> beyond = beyondOwnAccess(*before))
        return refuse(*beyond);
    auto* reply = m_session->client()->createApiKey(newName, before->policy, std::nullopt, keyId);
    const QString oldName = before->name;
    return track(reply, QString(), [this, oldName](TypedReply<CreatedApiKey>* r, ChangeOutcome& outcome) {
        if (!outcome.ok) {
            outcome.message = tr("Key %1 was not rolled: %2").arg(oldName, outcome.error.message());
            return;
        }
        const ApiKey key = acceptCreatedKey(r, outcome);
        outcome.message = tr("Key %1 was rolled to %2. Both work until you finish the roll.").arg(oldName, key.name);
    });
}

ChangeRequest* AccountChanges::revokeKey(const QString& keyId)
{
    const std::optional<ApiKey> before = keyById(keyId);
    if (!m_session->isConnected() || !m_session->client())
        return refuseOffline();
    if (const std::optional<QString> beyond = before ? beyondOwnAccess(*before) : std::nullopt)
        return refuse(*beyond);
    const QString name = before ? before->name : keyId;
    auto* reply = m_session->client()->revokeApiKey(keyId);
    return track(reply, keyId, [this, keyId, name](TypedReply<NoContent>*, ChangeOutcome& outcome) {
        const auto drop = [this, &keyId] {
            m_session->applyChange({Resource::ApiKey, keyId, true}, [&keyId](AccountSnapshot& s) {
                s.apiKeys.erase(std::remove_if(s.apiKeys.begin(), s.apiKeys.end(),
                                               [&keyId](const ApiKey& k) { return k.id == keyId; }),
                                s.apiKeys.end());
            });
        };
        if (!outcome.ok && outcome.error.kind == ServiceError::Kind::NotFound) {
            // Revoked elsewhere meanwhile: not this request's doing, and said so, but the list
            // follows the service at once instead of keeping a key that is gone.
            drop();
            outcome.message = tr("Key %1 was not revoked here: it had been revoked elsewhere already, and is gone "
                                 "from the list.")
                                  .arg(name);
            return;
        }
        if (!outcome.ok) {
            outcome.message = tr("Key %1 was not revoked: %2").arg(name, outcome.error.message());
            return;
        }
        drop();
        outcome.message = tr("Key %1 was revoked.").arg(name);
    });
}

ChangeRequest* AccountChanges::setEndpointAccess(const QString& keyId, const QString& endpointId, AccessLevel level)
{
    const std::optional<ApiKey> before = keyById(keyId);
    if (!m_session->isConnected() || !m_session->client())
        return refuseOffline();
    if (!before)
        return refuse(tr("That key is no longer in the account. Refresh (F5) to see the account as it is now."));
    AccessPolicy policy = before->policy;
    policy.setEndpointLevel(endpointId, level);
    if (const std::optional<QString> beyond = beyondOwnAccess(*before, policy))
        return refuse(*beyond);
    const std::optional<Endpoint> endpoint = endpointById(endpointId);
    const QString endpointName = endpoint ? endpoint->name : endpointId;
    const QString keyName = before->name;
    auto* reply = m_session->client()->updateApiKey(keyId, std::nullopt, policy);
    return track(reply, keyId, [this, keyName, endpointName, level](TypedReply<ApiKey>* r, ChangeOutcome& outcome) {
        if (!outcome.ok) {
            outcome.message = tr("The access of key %1 to %2 was not changed: %3")
                                  .arg(keyName, endpointName, outcome.error.message());
            return;
        }
        const ApiKey key = r->value();
        m_session->applyChange({Resource::ApiKey, key.id}, [&key](AccountSnapshot& s) {
            for (ApiKey& k : s.apiKeys) {
                if (k.id == key.id)
                    k = key;
            }
        });
        outcome.key = key;
        outcome.message =
            level == AccessLevel::None
                ? tr("Key %1 no longer has its own grant of %2.").arg(key.name, endpointName)
                : tr("Key %1 now has %2 access to %3.").arg(key.name, toDisplayString(level), endpointName);
    });
}

// ---- Secrets

namespace {

void upsertSecret(AccountSnapshot& s, const Secret& secret)
{
    for (Secret& known : s.secrets) {
        if (known.id == secret.id) {
            known = secret;
            return;
        }
    }
    s.secrets.append(secret);
}

} // namespace

ChangeRequest* AccountChanges::createSecret(const QString& name, SecretBuffer value, const QString& description)
{
    if (!m_session->isConnected() || !m_session->client()) {
        value.wipe();
        return refuseOffline();
    }
    auto* reply = m_session->client()->createSecret(name, std::move(value), description);
    return track(reply, QString(), [this, name](TypedReply<Secret>* r, ChangeOutcome& outcome) {
        if (!outcome.ok) {
            outcome.message = tr("Secret %1 was not created: %2").arg(name, outcome.error.message());
            return;
        }
        const Secret secret = r->value();
        m_session->applyChange({Resource::Secret, secret.id},
                               [&secret](AccountSnapshot& s) { upsertSecret(s, secret); });
        outcome.secret = secret;
        outcome.message = tr("Secret %1 was created. Templates can use it as %2.")
                              .arg(secret.name, QStringLiteral("{{ RUNPOD_SECRET_%1 }}").arg(secret.name));
    });
}

ChangeRequest* AccountChanges::replaceSecretValue(const QString& secretId, SecretBuffer value)
{
    const std::optional<Secret> before = secretById(secretId);
    if (!m_session->isConnected() || !m_session->client()) {
        value.wipe();
        return refuseOffline();
    }
    const QString name = before ? before->name : secretId;
    auto* reply = m_session->client()->replaceSecretValue(secretId, std::move(value));
    return track(reply, secretId, [this, name](TypedReply<Secret>* r, ChangeOutcome& outcome) {
        if (!outcome.ok) {
            outcome.message = tr("The value of %1 was not replaced: %2").arg(name, outcome.error.message());
            return;
        }
        const Secret secret = r->value();
        m_session->applyChange({Resource::Secret, secret.id},
                               [&secret](AccountSnapshot& s) { upsertSecret(s, secret); });
        outcome.secret = secret;
        outcome.message = tr("The value of %1 was replaced. Pods booted from now on use the new value; running pods "
                             "keep the old one until they restart.")
                              .arg(name);
    });
}

ChangeRequest* AccountChanges::describeSecret(const QString& secretId, const QString& description)
{
    const std::optional<Secret> before = secretById(secretId);
    if (!m_session->isConnected() || !m_session->client())
        return refuseOffline();
    const QString name = before ? before->name : secretId;
    auto* reply = m_session->client()->updateSecretDescription(secretId, description);
    return track(reply, secretId, [this, name](TypedReply<Secret>* r, ChangeOutcome& outcome) {
        if (!outcome.ok) {
            outcome.message = tr("The description of %1 was not saved: %2").arg(name, outcome.error.message());
            return;
        }
        const Secret secret = r->value();
        m_session->applyChange({Resource::Secret, secret.id},
                               [&secret](AccountSnapshot& s) { upsertSecret(s, secret); });
        outcome.secret = secret;
        outcome.message = tr("The description of %1 was saved.").arg(name);
    });
}

ChangeRequest* AccountChanges::updateSecret(const QString& secretId, SecretBuffer value, const QString& description)
{
    const std::optional<Secret> before = secretById(secretId);
    if (!m_session->isConnected() || !m_session->client() || !before) {
        value.wipe();
        return before ? refuseOffline()
                      : refuse(tr("That secret is no longer in the account. Refresh (F5) to see the account as it "
                                  "is now."));
    }
    auto* request = new ChangeRequest(this);
    auto* update = new SecretUpdate(m_session->client(), *before, std::move(value), description, this);
    setPending(secretId, true);
    const int generation = m_generation;
    connect(update, &SecretUpdate::finished, this, [this, update, request, secretId, generation] {
        update->deleteLater();
        ChangeOutcome outcome;
        outcome.ok = update->outcome() == SecretUpdate::Outcome::Updated;
        outcome.valueOnly = update->outcome() == SecretUpdate::Outcome::ValueOnly;
        outcome.error = update->error();
        outcome.message = update->message();
        outcome.secret = update->secret();
        if (generation == m_generation) {
            setPending(secretId, false);
            // What the service has now, whichever part took effect.
            if (const std::optional<Secret>& now = update->secret()) {
                const Secret secret = *now;
                m_session->applyChange({Resource::Secret, secret.id},
                                       [&secret](AccountSnapshot& s) { upsertSecret(s, secret); });
            }
        }
        request->finish(outcome);
    });
    update->start();
    return request;
}

ChangeRequest* AccountChanges::deleteSecret(const QString& secretId)
{
    const std::optional<Secret> before = secretById(secretId);
    if (!m_session->isConnected() || !m_session->client())
        return refuseOffline();
    const QString name = before ? before->name : secretId;
    auto* reply = m_session->client()->deleteSecret(secretId);
    return track(reply, secretId, [this, secretId, name](TypedReply<NoContent>*, ChangeOutcome& outcome) {
        if (!outcome.ok) {
            outcome.message = tr("Secret %1 was not deleted: %2").arg(name, outcome.error.message());
            return;
        }
        m_session->applyChange({Resource::Secret, secretId, true}, [&secretId](AccountSnapshot& s) {
            s.secrets.erase(std::remove_if(s.secrets.begin(), s.secrets.end(),
                                           [&secretId](const Secret& k) { return k.id == secretId; }),
                            s.secrets.end());
        });
        outcome.message = tr("Secret %1 was deleted.").arg(name);
    });
}

// ---- Templates

TemplatePush* AccountChanges::startPush(const TemplateDraft& draft, QObject* parent)
{
    if (!m_session->isConnected() || !m_session->client())
        return nullptr;
    return new TemplatePush(m_session->client(), draft, parent);
}

ChangeRequest* AccountChanges::deleteTemplate(const QString& templateId)
{
    if (!m_session->isConnected() || !m_session->client())
        return refuseOffline();
    QString name = templateId;
    for (const Template& t : m_session->snapshot().templates) {
        if (t.id == templateId)
            name = t.name;
    }
    auto* reply = m_session->client()->deleteTemplate(templateId);
    return track(reply, templateId, [this, templateId, name](TypedReply<NoContent>*, ChangeOutcome& outcome) {
        if (!outcome.ok) {
            outcome.message = tr("%1 was not deleted: %2").arg(name, outcome.error.message());
            return;
        }
        m_session->applyChange({Resource::Template, templateId, true}, [&templateId](AccountSnapshot& s) {
            s.templates.erase(std::remove_if(s.templates.begin(), s.templates.end(),
                                             [&templateId](const Template& t) { return t.id == templateId; }),
                              s.templates.end());
        });
        outcome.message = tr("%1 was deleted.").arg(name);
    });
}

// ---- Pods and endpoints

ChangeRequest* AccountChanges::podAction(const QString& podId, PodAction action)
{
    const std::optional<Pod> before = podById(podId);
    if (!m_session->isConnected() || !m_session->client())
        return refuseOffline();
    const QString name = before ? before->name : podId;
    auto* reply = m_session->client()->podAction(podId, action);
    return track(reply, podId, [this, podId, name, action](TypedReply<std::optional<Pod>>* r, ChangeOutcome& outcome) {
        if (!outcome.ok) {
            outcome.message = (action == PodAction::Restart ? tr("Pod %1 was not restarted: %2")
                               : action == PodAction::Start ? tr("Pod %1 was not started: %2")
                               : action == PodAction::Stop  ? tr("Pod %1 was not stopped: %2")
                                                            : tr("Pod %1 was not terminated: %2"))
                                  .arg(name, outcome.error.message());
            return;
        }
        const std::optional<Pod> pod = r->value();
        m_session->applyChange({Resource::Pod, podId, !pod}, [&pod, &podId](AccountSnapshot& s) {
            for (qsizetype i = 0; i < s.pods.size(); ++i) {
                if (s.pods.at(i).id != podId)
                    continue;
                if (pod)
                    s.pods[i] = *pod;
                else
                    s.pods.removeAt(i);
                return;
            }
            if (pod)
                s.pods.append(*pod);
        });
        outcome.pod = pod;
        outcome.message = (action == PodAction::Restart ? tr("Pod %1 was restarted.")
                           : action == PodAction::Start ? tr("Pod %1 was started.")
                           : action == PodAction::Stop  ? tr("Pod %1 was stopped.")
                                                        : tr("Pod %1 was terminated."))
                              .arg(name);
    });
}

ChangeRequest* AccountChanges::rollWorkers(const QString& endpointId)
{
    const std::optional<Endpoint> before = endpointById(endpointId);
    if (!m_session->isConnected() || !m_session->client())
        return refuseOffline();
    if (!before)
        return refuse(tr("That endpoint is no longer in the account. Refresh (F5) to see the account as it is now."));
    EndpointInput input;
    input.container.env = before->container.env.value_or(EnvList());
    const QString name = before->name;
    auto* reply = m_session->client()->updateEndpoint(endpointId, input);
    return track(reply, endpointId, [this, name](TypedReply<Endpoint>* r, ChangeOutcome& outcome) {
        if (!outcome.ok) {
            outcome.message = tr("The workers of %1 were not rolled: %2").arg(name, outcome.error.message());
            return;
        }
        Endpoint endpoint = r->value();
        m_session->applyChange({Resource::Endpoint, endpoint.id}, [&endpoint](AccountSnapshot& s) {
            for (Endpoint& e : s.endpoints) {
                if (e.id == endpoint.id) {
                    // A service that keeps no template link answers without one; the link we knew stays.
                    if (!endpoint.templateId)
                        endpoint.templateId = e.templateId;
                    e = endpoint;
                }
            }
        });
        outcome.endpoint = endpoint;
        outcome.message = tr("%1 has a new release: its workers are replaced one by one, and each new worker reads "
                             "the secrets as they are now.")
                              .arg(name);
    });
}

// ---- Paperspace

std::optional<Deployment> AccountChanges::deploymentById(const QString& id) const
{
    return findById(m_session->snapshot().deployments, id);
}

QString AccountChanges::scopeId(PaperspaceScope scope) const
{
    if (!m_session->profile())
        return {};
    return scope == PaperspaceScope::Project ? m_session->profile()->projectId : m_session->profile()->teamId;
}

namespace {

void upsertPaperspaceSecret(AccountSnapshot& s, const ScopedPaperspaceSecret& secret)
{
    for (ScopedPaperspaceSecret& known : s.paperspaceSecrets) {
        if (known.scope == secret.scope && known.secret.name == secret.secret.name) {
            // PATCH and POST answers carry no hasDeploymentAttached: the known one stays.
            const std::optional<bool> attached = known.secret.hasDeploymentAttached;
            known = secret;
            if (!known.secret.hasDeploymentAttached)
                known.secret.hasDeploymentAttached = attached;
            return;
        }
    }
    s.paperspaceSecrets.append(secret);
}

QString scopeName(PaperspaceScope scope)
{
    return scope == PaperspaceScope::Team ? AccountChanges::tr("team") : AccountChanges::tr("project");
}

} // namespace

ChangeRequest* AccountChanges::createPaperspaceSecret(PaperspaceScope scope, const QString& name, SecretBuffer value)
{
    if (!m_session->isConnected() || !m_session->paperspace()) {
        value.wipe();
        return refuseOffline();
    }
    const QString owner = scopeId(scope);
    if (owner.isEmpty()) {
        value.wipe();
        return refuse(tr("This profile names no team, so there are no team secrets to add to. Add the team ID in "
                         "File ▸ Profiles."));
    }
    auto* reply = m_session->paperspace()->createSecret(scope, owner, name, std::move(value));
    const QString rowId = ScopedPaperspaceSecret::rowId(scope, name);
    return track(reply, rowId, [this, scope, name](TypedReply<PaperspaceSecret>* r, ChangeOutcome& outcome) {
        if (!outcome.ok) {
            outcome.message = tr("Secret %1 was not created: %2").arg(name, outcome.error.message());
            return;
        }
        ScopedPaperspaceSecret secret{scope, r->value()};
        secret.secret.hasDeploymentAttached = false;
        m_session->applyChange({Resource::PaperspaceSecret, secret.id()},
                               [&secret](AccountSnapshot& s) { upsertPaperspaceSecret(s, secret); });
        outcome.paperspaceSecret = secret;
        outcome.message = tr("Secret %1 was created in the %2's secrets.").arg(name, scopeName(scope));
    });
}

ChangeRequest* AccountChanges::replacePaperspaceSecretValue(PaperspaceScope scope, const QString& name,
                                                            SecretBuffer value)
{
    if (!m_session->isConnected() || !m_session->paperspace()) {
        value.wipe();
        return refuseOffline();
    }
    auto* reply = m_session->paperspace()->updateSecretValue(scope, scopeId(scope), name, std::move(value));
    const QString rowId = ScopedPaperspaceSecret::rowId(scope, name);
    return track(reply, rowId, [this, scope, name](TypedReply<PaperspaceSecret>* r, ChangeOutcome& outcome) {
        if (!outcome.ok) {
            outcome.message = tr("The value of %1 was not replaced: %2").arg(name, outcome.error.message());
            return;
        }
        const ScopedPaperspaceSecret secret{scope, r->value()};
        m_session->applyChange({Resource::PaperspaceSecret, secret.id()},
                               [&secret](AccountSnapshot& s) { upsertPaperspaceSecret(s, secret); });
        outcome.paperspaceSecret = secret;
        outcome.message = tr("The value of %1 was replaced. Deployments take it at their next deploy; until then "
                             "they keep the old value.")
                              .arg(name);
    });
}

ChangeRequest* AccountChanges::deletePaperspaceSecret(PaperspaceScope scope, const QString& name)
{
    if (!m_session->isConnected() || !m_session->paperspace())
        return refuseOffline();
    auto* reply = m_session->paperspace()->deleteSecret(scope, scopeId(scope), name);
    const QString rowId = ScopedPaperspaceSecret::rowId(scope, name);
    return track(reply, rowId, [this, scope, name, rowId](TypedReply<NoContent>*, ChangeOutcome& outcome) {
        if (!outcome.ok) {
            outcome.message = tr("Secret %1 was not deleted: %2").arg(name, outcome.error.message());
            return;
        }
        m_session->applyChange({Resource::PaperspaceSecret, rowId, true}, [&rowId](AccountSnapshot& s) {
            s.paperspaceSecrets.erase(
                std::remove_if(s.paperspaceSecrets.begin(), s.paperspaceSecrets.end(),
                               [&rowId](const ScopedPaperspaceSecret& k) { return k.id() == rowId; }),
                s.paperspaceSecrets.end());
        });
        outcome.message = tr("Secret %1 was deleted from the %2's secrets.").arg(name, scopeName(scope));
    });
}

ChangeRequest* AccountChanges::upsertAndRead(const Deployment& before, const DeploymentSpec& spec,
                                             std::function<QString(const ChangeOutcome&)> say)
{
    auto* request = new ChangeRequest(this);
    const QString id = before.id;
    setPending(id, true);
    const int generation = m_generation;
    const auto finish = [this, request, id, generation, say](ChangeOutcome outcome) {
        if (generation == m_generation)
            setPending(id, false);
        outcome.message = say(outcome);
        if (outcome.ok && !outcome.deployment) {
            // Deployed, but the deployment could not be read back: the screen shows the old spec.
            outcome.message += QLatin1Char(' ') + tr("Refresh (F5) to see it as it is now.");
        }
        request->finish(outcome);
    };
    PaperspaceClient* client = m_session->paperspace();
    auto* upsert = client->upsertDeployment(spec, before.projectId, id);
    connect(upsert, &ServiceReply::finished, this, [this, upsert, client, id, generation, finish] {
        ChangeOutcome outcome;
        if (!upsert->ok() || generation != m_generation) {
            outcome.ok = upsert->ok();
            outcome.error = upsert->error();
            finish(outcome);
            return;
        }
        // The upsert answers only the id: the new spec (its time, its id) comes from the deployment.
        auto* read = client->getDeployment(id);
        connect(read, &ServiceReply::finished, this, [this, read, generation, finish] {
            ChangeOutcome outcome;
            outcome.ok = read->ok();
            if (!outcome.ok) {
                // The redeploy happened; only the reading back failed. Say so rather than "not done".
                outcome.ok = true;
                finish(outcome);
                return;
            }
            if (generation == m_generation) {
                const Deployment deployment = read->value();
                m_session->applyChange({Resource::Deployment, deployment.id}, [&deployment](AccountSnapshot& s) {
                    for (Deployment& d : s.deployments) {
                        if (d.id == deployment.id)
                            d = deployment;
                    }
                });
                outcome.deployment = deployment;
            }
            finish(outcome);
        });
    });
    return request;
}

ChangeRequest* AccountChanges::setDeploymentProtection(const QString& deploymentId,
                                                       const std::optional<QString>& secretName)
{
    const std::optional<Deployment> before = deploymentById(deploymentId);
    if (!m_session->isConnected() || !m_session->paperspace())
        return refuseOffline();
    if (!before)
        return refuse(tr("That deployment is no longer in the account. Refresh (F5) to see the account as it is now."));
    DeploymentSpec spec = before->latestSpec.data;
    if (secretName)
        spec.basicAuthKey = PaperspaceSecrets::reference(*secretName);
    else
        spec.basicAuthKey.reset();
    const QString name = before->name;
    const std::optional<QString> secret = secretName;
    return upsertAndRead(*before, spec, [name, secret](const ChangeOutcome& o) {
        if (!o.ok)
            return secret ? tr("%1 was not protected: %2").arg(name, o.error.message())
                          : tr("%1 was not made public: %2").arg(name, o.error.message());
        if (secret)
            return tr("%1 is redeployed and protected: its endpoint now wants the Basic token made from the value of "
                      "%2. Calls without it get 401.")
                .arg(name, *secret);
        return tr("%1 is redeployed and public: anyone who knows its endpoint URL can call it.").arg(name);
    });
}

ChangeRequest* AccountChanges::protectWithNewSecret(const QString& deploymentId, const QString& name,
                                                    SecretBuffer value)
{
    if (!deploymentById(deploymentId)) {
        value.wipe();
        if (!m_session->isConnected() || !m_session->paperspace())
            return refuseOffline();
        return refuse(tr("That deployment is no longer in the account. Refresh (F5) to see the account as it is now."));
    }
    ChangeRequest* create = createPaperspaceSecret(PaperspaceScope::Project, name, std::move(value));
    auto* both = new ChangeRequest(this);
    connect(create, &ChangeRequest::finished, this, [this, deploymentId, name, both](const ChangeOutcome& created) {
        if (!created.ok) {
            both->finish(created);
            return;
        }
        ChangeRequest* protect = setDeploymentProtection(deploymentId, name);
        connect(protect, &ChangeRequest::finished, this, [both, name, created](ChangeOutcome outcome) {
            if (!outcome.ok) {
                outcome.paperspaceSecret = created.paperspaceSecret;
                outcome.message = tr("The project secret %1 was created, but: %2").arg(name, outcome.message);
            }
            both->finish(outcome);
        });
    });
    return both;
}

ChangeRequest* AccountChanges::redeploy(const QString& deploymentId)
{
    const std::optional<Deployment> before = deploymentById(deploymentId);
    if (!m_session->isConnected() || !m_session->paperspace())
        return refuseOffline();
    if (!before)
        return refuse(tr("That deployment is no longer in the account. Refresh (F5) to see the account as it is now."));
    const QString name = before->name;
    const bool isProtected = before->isProtected();
    return upsertAndRead(*before, before->latestSpec.data, [name, isProtected](const ChangeOutcome& o) {
        if (!o.ok)
            return tr("%1 was not redeployed: %2").arg(name, o.error.message());
        return isProtected ? tr("%1 is redeployed: its endpoint now accepts the token of the secret's current value "
                                "and refuses the old one.")
                                 .arg(name)
                           : tr("%1 is redeployed with its secrets' current values.").arg(name);
    });
}

} // namespace podwarden
