#pragma once

#include "AccessPolicy.h"
#include "AccountSnapshot.h"
#include "Worker.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace podwarden {

// How a key comes to reach an endpoint's invocation routes (SERVICE.md 6).
enum class ReachVia {
    FullAccess,    // API Read-Write and every endpoint Read-Write: the All preset (legacy keys too)
    AllEndpoints,  // a grant on every endpoint (runpod/serverless/*/*/*), present and future
    EndpointGrant, // a grant naming this endpoint (better than any all-endpoints grant the key has)
    // Only a statement the console cannot read (AccessPolicy::customStatements) may reach it: the
    // sandbox ignores such statements, the cloud may not, so the console cannot tell whether or how.
    CustomStatement,
};

// One key that can call an endpoint, as "who can reach it" lists it.
struct KeyReach
{
    int keyIndex = -1; // its row in snapshot().apiKeys
    QString keyId;
    QString keyName;
    bool enabled = true; // a disabled key is listed, with the level it gets back when enabled
    bool legacy = false;
    std::optional<QDateTime> lastUsedAt;
    // What the statements the console reads allow here: exactly what the service authorizes (a
    // disabled key aside, which gets 401). None only with ReachVia::CustomStatement.
    AccessLevel level = AccessLevel::None;
    ReachVia via = ReachVia::EndpointGrant;
    // A statement the console cannot read names this endpoint, or a pattern that may match it: on
    // the cloud the key may be able to do more here than `level` says (or less, for a statement
    // that is not an Allow). `level` never counts such statements, as the sandbox does not.
    bool customStatementApplies = false;

    bool canCallNow() const { return enabled && level != AccessLevel::None; }
    bool operator==(const KeyReach& o) const
    {
        return keyIndex == o.keyIndex && keyId == o.keyId && keyName == o.keyName && enabled == o.enabled &&
               legacy == o.legacy && lastUsedAt == o.lastUsedAt && level == o.level && via == o.via &&
               customStatementApplies == o.customStatementApplies;
    }
};

// Where an env reference sits.
enum class SecretSource { EndpointEnv, TemplateEnv };

// One `{{ RUNPOD_SECRET_<name> }}` reference that a resource needs at boot.
struct SecretNeed
{
    QString secretName;
    QString envKey; // the variable whose value holds the reference
    SecretSource source = SecretSource::EndpointEnv;
    QString templateId;    // with TemplateEnv: the template whose env holds it
    bool resolves = false; // a secret of exactly that name exists (boots compare names exactly)
    int secretIndex = -1;  // its row in snapshot().secrets when it resolves

    bool operator==(const SecretNeed& o) const
    {
        return secretName == o.secretName && envKey == o.envKey && source == o.source && templateId == o.templateId &&
               resolves == o.resolves && secretIndex == o.secretIndex;
    }
};

// What an endpoint needs: the references in its own env, then those in its template's env.
struct EndpointSecretNeeds
{
    QList<SecretNeed> needs;
    // The endpoint names a template the snapshot lacks (deleted, or not loaded): its env may need
    // secrets that `needs` cannot list.
    std::optional<QString> unknownTemplateId;

    // Every need resolves and none can be unknown (false with an unknownTemplateId).
    bool allResolve() const;
};

// A template, endpoint or pod whose boot reads a secret.
struct SecretUser
{
    int index = -1; // its row in snapshot().templates, .endpoints or .pods
    QString id;
    QString name;
    bool direct = false; // its own env references the secret (always true for a template)
    // Built from a template (in the snapshot) whose env references the secret; empty otherwise.
    QString throughTemplateId;
    QString throughTemplateName;

    bool operator==(const SecretUser& o) const
    {
        return index == o.index && id == o.id && name == o.name && direct == o.direct &&
               throughTemplateId == o.throughTemplateId && throughTemplateName == o.throughTemplateName;
    }
};

// Everything that breaks, or boots differently, when a secret is deleted or its value changes.
// Endpoints and pods whose template the snapshot lacks are found only by their own env.
struct SecretUsers
{
    QList<SecretUser> templates;
    QList<SecretUser> endpoints;
    QList<SecretUser> pods;

    bool isEmpty() const { return templates.isEmpty() && endpoints.isEmpty() && pods.isEmpty(); }
};

// A pod or worker that booted before a secret's value last changed, and so still holds the old
// value (SERVICE.md 5.1: a new value takes effect when a pod or worker that references it boots).
struct OldValueHolder
{
    enum class Kind { Pod, Worker };
    Kind kind = Kind::Pod;
    QString id;         // the pod's or the worker's id
    QString name;       // the pod's name; empty for a worker
    QString endpointId; // the worker's endpoint; empty for a pod
    QString secretName;
    QDateTime startedAt;
    QDateTime valueUpdatedAt;
    // Started in the same instant as the change: on the wire times have whole seconds, so it may
    // have read either value. Counted, since a rotated credential is exactly what must not linger;
    // a screen may say "may still be running the old value".
    bool sameInstant = false;
    qint64 staleSeconds = 0; // from the change to `now`: "still running the old value for 3 days"

    bool operator==(const OldValueHolder& o) const
    {
        return kind == o.kind && id == o.id && name == o.name && endpointId == o.endpointId &&
               secretName == o.secretName && startedAt == o.startedAt && valueUpdatedAt == o.valueUpdatedAt &&
               sameInstant == o.sameInstant && staleSeconds == o.staleSeconds;
    }
};

// The account's credentials as a graph: keys -> endpoints (who can call what), and secrets ->
// templates -> endpoints and pods (what reads which secret at boot). Every screen that asks "who
// can reach this" or "what breaks if" asks one of these, so the answers cannot disagree.
//
//     CredentialGraph graph(session->snapshot());
//     for (const KeyReach& k : graph.reach(endpoint.id))            // ReadWrite first, then by name
//         ...;                                                       // k.keyName, k.level, k.via
//     const SecretUsers users = graph.usersOf(secret.name);         // the delete dialog's list
//     const auto old = graph.stillOnOldValue(secret.name, workersByEndpoint, Clock::current().now());
//
// Reach agrees with what the service authorizes (the sandbox's SandboxService::allowed): a key
// may call an endpoint's Read routes when AccessPolicy::endpointLevel(id) is Read or better, its
// Write routes when it is Read-Write; custom statements grant nothing there. Disabled keys are
// listed, marked (enabled false, canCallNow() false): they answer 401 today and get their level
// back when enabled. Revoked keys are not in a snapshot (the service lists them no more). Legacy
// keys are read like any other, by their policies (full serverless access, by the contract).
// API access alone (api:Read or api:Write) reaches no invocation route.
//
// The graph keeps its own copy of the snapshot (QList copies are shared, so cheap) and answers
// from it; rebuild it when the snapshot changes. The secret-reference index is built once, on the
// first secret question, and the keys' name order on the first reach(); prepare() builds both.
// reach() then scans the keys once, in that order. Not safe to ask from two threads at once
// until prepare() has run.
class CredentialGraph final
{
public:
    explicit CredentialGraph(AccountSnapshot snapshot);
    ~CredentialGraph();
    Q_DISABLE_COPY_MOVE(CredentialGraph)

    const AccountSnapshot& snapshot() const { return m_snapshot; }

    // Builds the secret-reference index and the key order now, e.g. on a worker thread before
    // handing the graph on.
    void prepare() const;

    // Every key that can call `endpointId`'s invocation routes, or might through a custom statement:
    // Read-Write first, then Read, then CustomStatement; each by name (case-insensitive), then id.
    // The endpoint need not be in the snapshot (all-endpoints grants reach any id).
    QList<KeyReach> reach(const QString& endpointId) const;

    // The secret references in the endpoint's env (in env order), then in its template's env when
    // the template is in the snapshot. A variable that names one secret twice counts once.
    EndpointSecretNeeds secretsNeededBy(const QString& endpointId) const;
    // The references in a template's env (source TemplateEnv), in env order; empty for an unknown
    // id. The template editor flags unsaved rows with Validation::env(env, knownSecrets) instead.
    QList<SecretNeed> secretsNeededByTemplate(const QString& templateId) const;

    // The templates, endpoints and pods whose boot reads `secretName` (exact name; the secret need
    // not exist), each list by name (case-insensitive), then id.
    SecretUsers usersOf(const QString& secretName) const;

    // The running pods (Running or Starting) and the workers of the endpoints in usersOf() that
    // started at or before the secret's value last changed; oldest start first. A pod or worker
    // with no start time is not counted; neither is anything when the secret is unknown or has no
    // valueLastUpdatedAt. `workersByEndpoint`: the active workers, by endpoint id, as fetched;
    // endpoints missing from it have none counted. `now` only sets staleSeconds.
    QList<OldValueHolder> stillOnOldValue(const QString& secretName,
                                          const QHash<QString, WorkerList>& workersByEndpoint,
                                          const QDateTime& now) const;
    // The endpoint screen's rollout: the endpoint's `workers` started at or before the last change of
    // a secret it needs (secretsNeededBy, resolving ones), one holder per worker and secret.
    QList<OldValueHolder> workersOnOldValue(const QString& endpointId, const WorkerList& workers,
                                            const QDateTime& now) const;

private:
    struct Index;
    const Index& index() const;
    const QList<int>& keyOrder() const; // key rows by name (case-insensitive), then id

    AccountSnapshot m_snapshot;
    mutable std::unique_ptr<Index> m_index;
    mutable std::optional<QList<int>> m_keyOrder;
};

} // namespace podwarden
