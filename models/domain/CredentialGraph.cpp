#include "CredentialGraph.h"

#include "SecretReference.h"

#include <algorithm>
#include <numeric>
#include <utility>
#include <vector>

namespace podwarden {

namespace {

// Every reference contains this, so a value without it needs no parse: at 10,000 endpoints and
// 5,000 templates most env values are plain, and the index is built in one pass over all of them.
const QLatin1String kReferenceMarker("RUNPOD_SECRET_");

struct EnvRef
{
    QString envKey;
    QString secretName;
};

// The references of one env, in env order; a (variable, secret) pair counts once, since a boot
// that resolves a name for a variable does not need it twice.
QList<EnvRef> referencesIn(const EnvList& env)
{
    QList<EnvRef> refs;
    for (const EnvVar& var : env) {
        if (!var.value.contains(kReferenceMarker))
            continue;
        for (const SecretReference& ref : SecretReference::parseAll(var.value)) {
            const bool seen = std::any_of(refs.cbegin(), refs.cend(), [&](const EnvRef& r) {
                return r.envKey == var.key && r.secretName == ref.name;
            });
            if (!seen)
                refs.append(EnvRef{var.key, ref.name});
        }
    }
    return refs;
}

int rank(AccessLevel level)
{
    return static_cast<int>(level);
}

// IAM-style wildcards: '*' any run of characters, '?' one. Case-insensitive, so that a pattern
// the console cannot read is taken as matching whenever it might.
bool globMatches(QStringView pattern, QStringView text)
{
    qsizetype p = 0;
    qsizetype t = 0;
    qsizetype star = -1;
    qsizetype resume = 0;
    while (t < text.size()) {
        if (p < pattern.size() && pattern[p] == QLatin1Char('*')) {
            star = p++;
            resume = t;
        } else if (p < pattern.size() &&
                   (pattern[p] == QLatin1Char('?') || pattern[p].toCaseFolded() == text[t].toCaseFolded())) {
            ++p;
            ++t;
        } else if (star >= 0) {
            p = star + 1;
            t = ++resume;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

struct CustomReach
{
    bool applies = false;  // some custom statement may concern this endpoint's invocation routes
    bool mayGrant = false; // ... and one of those is an Allow
};

// What the statements AccessPolicy could not read might do on `endpointResource`. The sandbox
// ignores them all; the cloud's reading of them is unknown, so a statement counts when any of its
// actions may name a serverless action and any of its resources may match the endpoint's.
CustomReach customReach(const QList<PolicyStatement>& statements, const QString& endpointResource)
{
    static const QString kRead = QStringLiteral("serverless:Read");
    static const QString kWrite = QStringLiteral("serverless:Write");
    CustomReach out;
    for (const PolicyStatement& st : statements) {
        const bool serverless = std::any_of(st.actions.cbegin(), st.actions.cend(), [](const QString& action) {
            return globMatches(action, kRead) || globMatches(action, kWrite);
        });
        if (!serverless)
            continue;
        const bool resource = std::any_of(st.resources.cbegin(), st.resources.cend(),
                                          [&](const QString& r) { return globMatches(r, endpointResource); });
        if (!resource)
            continue;
        out.applies = true;
        if (st.effect.compare(QLatin1String("Allow"), Qt::CaseInsensitive) == 0)
            out.mayGrant = true;
    }
    return out;
}

ReachVia viaOf(const AccessPolicy& policy, const QString& endpointId)
{
    if (policy.apiLevel() == AccessLevel::ReadWrite && policy.allEndpointsLevel() == AccessLevel::ReadWrite)
        return ReachVia::FullAccess;
    const AccessLevel own = policy.endpointLevels().value(endpointId, AccessLevel::None);
    // A tie goes to the all-endpoints grant: removing the endpoint's own grant would change nothing.
    return rank(own) > rank(policy.allEndpointsLevel()) ? ReachVia::EndpointGrant : ReachVia::AllEndpoints;
}

bool byNameThenId(const SecretUser& a, const SecretUser& b)
{
    const int c = QString::compare(a.name, b.name, Qt::CaseInsensitive);
    return c != 0 ? c < 0 : a.id < b.id;
}

bool isUp(PodStatus status)
{
    // A starting pod has already resolved its env; an exited, failed or terminated one holds nothing.
    return status == PodStatus::Running || status == PodStatus::Starting;
}

// `startedAt` at or before `updatedAt`: it booted with the value before the change (see
// OldValueHolder::sameInstant for the equal case).
bool bootedBefore(const std::optional<QDateTime>& startedAt, const QDateTime& updatedAt)
{
    return startedAt && startedAt->isValid() && *startedAt <= updatedAt;
}

bool oldestFirst(const OldValueHolder& a, const OldValueHolder& b)
{
    if (a.startedAt != b.startedAt)
        return a.startedAt < b.startedAt;
    if (a.kind != b.kind)
        return a.kind == OldValueHolder::Kind::Pod;
    if (a.secretName != b.secretName)
        return a.secretName < b.secretName;
    if (a.endpointId != b.endpointId)
        return a.endpointId < b.endpointId;
    return a.id < b.id;
}

OldValueHolder holder(OldValueHolder::Kind kind, const QString& id, const QString& name, const QString& endpointId,
                      const Secret& secret, const QDateTime& startedAt, const QDateTime& now)
{
    OldValueHolder h;
    h.kind = kind;
    h.id = id;
    h.name = name;
    h.endpointId = endpointId;
    h.secretName = secret.name;
    h.startedAt = startedAt;
    h.valueUpdatedAt = secret.valueLastUpdatedAt;
    h.sameInstant = startedAt == secret.valueLastUpdatedAt;
    h.staleSeconds = std::max<qint64>(0, secret.valueLastUpdatedAt.secsTo(now));
    return h;
}

void appendOnce(QList<int>& list, int index)
{
    if (list.isEmpty() || list.constLast() != index)
        list.append(index);
}

} // namespace

struct CredentialGraph::Index
{
    QHash<QString, int> secretByName; // exact names, as a boot resolves them
    QHash<QString, int> templateById;
    QHash<QString, int> endpointById;
    QList<QList<EnvRef>> templateRefs; // by row
    QList<QList<EnvRef>> endpointRefs;
    // Rows whose own env references a secret, by its name; each row once, ascending.
    QHash<QString, QList<int>> templatesBySecret;
    QHash<QString, QList<int>> endpointsBySecret;
    QHash<QString, QList<int>> podsBySecret;
    // Rows built from a template, by its id.
    QHash<QString, QList<int>> endpointsByTemplate;
    QHash<QString, QList<int>> podsByTemplate;
};

bool EndpointSecretNeeds::allResolve() const
{
    return !unknownTemplateId &&
           std::all_of(needs.cbegin(), needs.cend(), [](const SecretNeed& n) { return n.resolves; });
}

CredentialGraph::CredentialGraph(AccountSnapshot snapshot)
    : m_snapshot(std::move(snapshot))
{}

CredentialGraph::~CredentialGraph() = default;

void CredentialGraph::prepare() const
{
    index();
    keyOrder();
}

const CredentialGraph::Index& CredentialGraph::index() const
{
    if (m_index)
        return *m_index;
    auto ix = std::make_unique<Index>();
    const AccountSnapshot& s = m_snapshot;
    // The first of two rows with one id or name wins, everywhere alike.
    ix->secretByName.reserve(s.secrets.size());
    for (int i = 0; i < s.secrets.size(); ++i) {
        if (!ix->secretByName.contains(s.secrets.at(i).name))
            ix->secretByName.insert(s.secrets.at(i).name, i);
    }

    ix->templateById.reserve(s.templates.size());
    ix->templateRefs.reserve(s.templates.size());
    for (int i = 0; i < s.templates.size(); ++i) {
        const Template& t = s.templates.at(i);
        if (!ix->templateById.contains(t.id))
            ix->templateById.insert(t.id, i);
        ix->templateRefs.append(referencesIn(t.env));
        for (const EnvRef& ref : ix->templateRefs.constLast())
            appendOnce(ix->templatesBySecret[ref.secretName], i);
    }

    ix->endpointById.reserve(s.endpoints.size());
    ix->endpointRefs.reserve(s.endpoints.size());
    for (int i = 0; i < s.endpoints.size(); ++i) {
        const Endpoint& e = s.endpoints.at(i);
        if (!ix->endpointById.contains(e.id))
            ix->endpointById.insert(e.id, i);
        ix->endpointRefs.append(e.container.env ? referencesIn(*e.container.env) : QList<EnvRef>());
        for (const EnvRef& ref : ix->endpointRefs.constLast())
            appendOnce(ix->endpointsBySecret[ref.secretName], i);
        if (e.templateId)
            ix->endpointsByTemplate[*e.templateId].append(i);
    }

    for (int i = 0; i < s.pods.size(); ++i) {
        const Pod& p = s.pods.at(i);
        for (const EnvRef& ref : referencesIn(p.env))
            appendOnce(ix->podsBySecret[ref.secretName], i);
        if (p.templateId)
            ix->podsByTemplate[*p.templateId].append(i);
    }
    m_index = std::move(ix);
    return *m_index;
}

const QList<int>& CredentialGraph::keyOrder() const
{
    if (m_keyOrder)
        return *m_keyOrder;
    // Folded once, so the sort compares plain strings: the same order as a case-insensitive
    // compare, without folding two names at every one of a 100,000-key sort's comparisons.
    const QList<ApiKey>& keys = m_snapshot.apiKeys;
    QList<QString> folded;
    folded.reserve(keys.size());
    for (const ApiKey& k : keys)
        folded.append(k.name.toCaseFolded());
    QList<int> order(keys.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const int c = folded.at(a).compare(folded.at(b));
        return c != 0 ? c < 0 : keys.at(a).id < keys.at(b).id;
    });
    m_keyOrder = std::move(order);
    return *m_keyOrder;
}

QList<KeyReach> CredentialGraph::reach(const QString& endpointId) const
{
    const QString resource = AccessPolicy::endpointResource(endpointId);
    const QList<ApiKey>& keys = m_snapshot.apiKeys;
    // Two passes: the levels first, so that the answer is allocated once, then the rows, in name
    // order within each level (ReadWrite, Read, custom statement only): the answer comes out sorted.
    enum Bucket : quint8 { ReadWrite, Read, Custom, Out };
    struct Found
    {
        Bucket bucket = Out;
        bool customApplies = false;
    };
    std::vector<Found> found(static_cast<size_t>(keys.size()));
    qsizetype count[Out] = {0, 0, 0};
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const AccessPolicy& policy = keys.at(i).policy;
        // The very function the service's permission check calls (SandboxService::allowed).
        const AccessLevel level = policy.endpointLevel(endpointId);
        const CustomReach custom =
            policy.hasCustom() ? customReach(policy.customStatements(), resource) : CustomReach{};
        Found& f = found[static_cast<size_t>(i)];
        f.customApplies = custom.applies;
        if (level == AccessLevel::ReadWrite)
            f.bucket = ReadWrite;
        else if (level == AccessLevel::Read)
            f.bucket = Read;
        else if (custom.mayGrant)
            f.bucket = Custom;
        if (f.bucket != Out)
            ++count[f.bucket];
    }
    QList<KeyReach> out(count[ReadWrite] + count[Read] + count[Custom]);
    qsizetype next[Out] = {0, count[ReadWrite], count[ReadWrite] + count[Read]};
    for (int i : keyOrder()) {
        const Found f = found[static_cast<size_t>(i)];
        if (f.bucket == Out)
            continue;
        const ApiKey& key = keys.at(i);
        KeyReach& r = out[next[f.bucket]++];
        r.keyIndex = i;
        r.keyId = key.id;
        r.keyName = key.name;
        r.enabled = key.enabled;
        r.legacy = key.legacy;
        r.lastUsedAt = key.lastUsedAt;
        r.level = f.bucket == ReadWrite ? AccessLevel::ReadWrite
                  : f.bucket == Read    ? AccessLevel::Read
                                        : AccessLevel::None;
        r.via = f.bucket == Custom ? ReachVia::CustomStatement : viaOf(key.policy, endpointId);
        r.customStatementApplies = f.customApplies;
    }
    return out;
}

EndpointSecretNeeds CredentialGraph::secretsNeededBy(const QString& endpointId) const
{
    const Index& ix = index();
    EndpointSecretNeeds out;
    const int row = ix.endpointById.value(endpointId, -1);
    if (row < 0)
        return out;
    for (const EnvRef& ref : ix.endpointRefs.at(row)) {
        SecretNeed need;
        need.secretName = ref.secretName;
        need.envKey = ref.envKey;
        need.source = SecretSource::EndpointEnv;
        need.secretIndex = ix.secretByName.value(ref.secretName, -1);
        need.resolves = need.secretIndex >= 0;
        out.needs.append(need);
    }
    if (const std::optional<QString>& templateId = m_snapshot.endpoints.at(row).templateId) {
        if (ix.templateById.contains(*templateId))
            out.needs += secretsNeededByTemplate(*templateId);
        else
            out.unknownTemplateId = *templateId;
    }
    return out;
}

QList<SecretNeed> CredentialGraph::secretsNeededByTemplate(const QString& templateId) const
{
    const Index& ix = index();
    QList<SecretNeed> out;
    const int row = ix.templateById.value(templateId, -1);
    if (row < 0)
        return out;
    for (const EnvRef& ref : ix.templateRefs.at(row)) {
        SecretNeed need;
        need.secretName = ref.secretName;
        need.envKey = ref.envKey;
        need.source = SecretSource::TemplateEnv;
        need.templateId = templateId;
        need.secretIndex = ix.secretByName.value(ref.secretName, -1);
        need.resolves = need.secretIndex >= 0;
        out.append(need);
    }
    return out;
}

SecretUsers CredentialGraph::usersOf(const QString& secretName) const
{
    const Index& ix = index();
    const AccountSnapshot& s = m_snapshot;
    SecretUsers out;
    QHash<int, SecretUser> endpoints;
    QHash<int, SecretUser> pods;
    const auto endpointUser = [&](int row) -> SecretUser& {
        SecretUser& u = endpoints[row];
        u.index = row;
        u.id = s.endpoints.at(row).id;
        u.name = s.endpoints.at(row).name;
        return u;
    };
    const auto podUser = [&](int row) -> SecretUser& {
        SecretUser& u = pods[row];
        u.index = row;
        u.id = s.pods.at(row).id;
        u.name = s.pods.at(row).name;
        return u;
    };

    for (int row : ix.endpointsBySecret.value(secretName))
        endpointUser(row).direct = true;
    for (int row : ix.podsBySecret.value(secretName))
        podUser(row).direct = true;
    for (int row : ix.templatesBySecret.value(secretName)) {
        const Template& t = s.templates.at(row);
        // Only the row its id leads to: a second template with the same id is not what they were built from.
        if (ix.templateById.value(t.id) != row)
            continue;
        out.templates.append(SecretUser{row, t.id, t.name, true, {}, {}});
        for (int e : ix.endpointsByTemplate.value(t.id)) {
            SecretUser& u = endpointUser(e);
            u.throughTemplateId = t.id;
            u.throughTemplateName = t.name;
        }
        for (int p : ix.podsByTemplate.value(t.id)) {
            SecretUser& u = podUser(p);
            u.throughTemplateId = t.id;
            u.throughTemplateName = t.name;
        }
    }
    out.endpoints = endpoints.values();
    out.pods = pods.values();
    std::sort(out.templates.begin(), out.templates.end(), byNameThenId);
    std::sort(out.endpoints.begin(), out.endpoints.end(), byNameThenId);
    std::sort(out.pods.begin(), out.pods.end(), byNameThenId);
    return out;
}

QList<OldValueHolder> CredentialGraph::stillOnOldValue(const QString& secretName,
                                                       const QHash<QString, WorkerList>& workersByEndpoint,
                                                       const QDateTime& now) const
{
    const Index& ix = index();
    QList<OldValueHolder> out;
    const int secretRow = ix.secretByName.value(secretName, -1);
    if (secretRow < 0)
        return out;
    const Secret& secret = m_snapshot.secrets.at(secretRow);
    if (!secret.valueLastUpdatedAt.isValid())
        return out;
    const SecretUsers users = usersOf(secretName);
    for (const SecretUser& u : users.pods) {
        const Pod& pod = m_snapshot.pods.at(u.index);
        if (isUp(pod.status) && bootedBefore(pod.startedAt, secret.valueLastUpdatedAt))
            out.append(holder(OldValueHolder::Kind::Pod, pod.id, pod.name, {}, secret, *pod.startedAt, now));
    }
    for (const SecretUser& u : users.endpoints) {
        const auto workers = workersByEndpoint.constFind(u.id);
        if (workers == workersByEndpoint.constEnd())
            continue;
        for (const Worker& w : workers->workers) {
            if (bootedBefore(w.startedAt, secret.valueLastUpdatedAt))
                out.append(holder(OldValueHolder::Kind::Worker, w.id, {}, u.id, secret, *w.startedAt, now));
        }
    }
    std::sort(out.begin(), out.end(), oldestFirst);
    return out;
}

QList<OldValueHolder> CredentialGraph::workersOnOldValue(const QString& endpointId, const WorkerList& workers,
                                                         const QDateTime& now) const
{
    QList<OldValueHolder> out;
    QList<int> secretRows;
    for (const SecretNeed& need : secretsNeededBy(endpointId).needs) {
        if (need.resolves && !secretRows.contains(need.secretIndex))
            secretRows.append(need.secretIndex);
    }
    for (int row : std::as_const(secretRows)) {
        const Secret& secret = m_snapshot.secrets.at(row);
        if (!secret.valueLastUpdatedAt.isValid())
            continue;
        for (const Worker& w : workers.workers) {
            if (bootedBefore(w.startedAt, secret.valueLastUpdatedAt))
                out.append(holder(OldValueHolder::Kind::Worker, w.id, {}, endpointId, secret, *w.startedAt, now));
        }
    }
    std::sort(out.begin(), out.end(), oldestFirst);
    return out;
}

} // namespace podwarden
