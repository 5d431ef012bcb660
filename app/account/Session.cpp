#include "Session.h"

#include "CredentialGraph.h"

#include "Clock.h"
#include "account/AccountChanges.h"
#include "account/CredentialStore.h"
#include "account/TemplateDrafts.h"
#include "log/LogCategories.h"
#include "service/PaperspaceClient.h"
#include "store/LocalStore.h"
#include "store/SavedCopy.h"

#include <QLocale>

namespace podwarden {

namespace {
// How many of the newest events come with each load of the account (the Audit screen offline).
constexpr int kRecentEvents = 200;
} // namespace

Session::Session(LocalStore* store, CredentialStore* credentials, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_credentials(credentials)
    , m_changes(new AccountChanges(this))
    , m_drafts(new TemplateDrafts(this, store))
{}

SavedCopy* Session::savedCopy()
{
    // Made at first use: the store may be opened after the session is made.
    if (!m_savedCopy && m_store && m_store->isOpen()) {
        m_savedCopy = new SavedCopy(m_store->path(), this);
        connect(m_savedCopy, &SavedCopy::loaded, this, &Session::onSavedCopyLoaded);
    }
    return m_savedCopy;
}

Session::~Session()
{
    // The client cancels its calls as it goes; their handlers must not run on a half-destroyed session.
    abandonCalls();
    dropClients();
}

void Session::dropClients()
{
    m_client.reset();
    m_paperspace.reset();
}

bool Session::hasKey() const
{
    return (m_client && m_client->hasKey()) || (m_paperspace && m_paperspace->hasKey());
}

void Session::abandonCalls()
{
    ++m_generation;
    if (m_changes)
        m_changes->abandon();
    m_pending = 0;
    m_keyVerified = false;
    m_progress = {};
}

void Session::setListPageSize(int items)
{
    m_pageSize = items;
    if (m_client)
        m_client->setPageSize(items);
}

void Session::cancelLoad()
{
    if (m_state != State::Connecting && m_pending == 0)
        return;
    const bool wasVerified = m_keyVerified && !m_fromCache && !m_snapshot.isEmpty();
    ++m_generation; // the replies' handlers see a newer generation and do nothing
    m_pending = 0;
    m_progress = {};
    if (m_client)
        m_client->cancelAll();
    if (m_paperspace)
        m_paperspace->cancelAll();
    qCInfo(lcAccount) << "loading cancelled";
    emit loadProgressChanged();
    if (wasVerified) {
        setState(m_profile->isSandbox() ? State::Sandbox : State::Online,
                 tr("The refresh was cancelled; the account is shown as it was before. Press F5 to load it again."));
        return;
    }
    // The client (and the key in it) stays, so F5 loads again without asking for the key.
    QString message = tr("Loading the account was cancelled.");
    if (!m_snapshot.isEmpty()) {
        message +=
            QLatin1Char(' ') + tr("Showing the copy from %1.")
                                   .arg(QLocale().toString(m_snapshot.fetchedAt.toLocalTime(), QLocale::ShortFormat));
    }
    setState(State::Offline, message + QLatin1Char(' ') + tr("Press F5 to connect again."));
}

void Session::showCache()
{
    // The window shows at once; the saved rows are read on the copy's thread and arrive in
    // onSavedCopyLoaded.
    m_snapshot = {};
    m_graph.reset();
    m_fromCache = false;
    m_cacheTicket = 0;
    if (m_profile && savedCopy()) {
        static int tickets = 0;
        m_cacheTicket = ++tickets;
        if (!m_holdReads)
            m_savedCopy->load(m_profile->id, m_cacheTicket);
    }
    emit snapshotChanged();
}

void Session::holdSavedCopyReads()
{
    m_holdReads = true;
}

void Session::releaseSavedCopyReads()
{
    if (!m_holdReads)
        return;
    m_holdReads = false;
    // The read asked for while held, unless the account came from the service meanwhile (which
    // clears the ticket) or no profile was opened.
    if (m_cacheTicket != 0 && m_profile && savedCopy())
        m_savedCopy->load(m_profile->id, m_cacheTicket);
}

void Session::onSavedCopyLoaded(int ticket, const std::optional<AccountSnapshot>& snapshot)
{
    if (ticket != m_cacheTicket)
        return; // another profile was opened meanwhile
    m_cacheTicket = 0;
    // The account from the service may have come first: then it is newer than the copy.
    if (snapshot && m_snapshot.isEmpty()) {
        m_snapshot = *snapshot;
        m_graph.reset();
        m_fromCache = true;
        qCInfo(lcAccount).noquote() << "showing the saved copy of" << m_snapshot.fetchedAt.toString(Qt::ISODate);
        emit snapshotChanged();
        if (!m_errorMessage.isEmpty() && !isConnected() && m_state != State::Connecting) {
            // The failure was told before the copy arrived: say that it is shown.
            setState(m_state,
                     m_errorMessage + QLatin1Char(' ') +
                         tr("Showing the copy from %1.")
                             .arg(QLocale().toString(m_snapshot.fetchedAt.toLocalTime(), QLocale::ShortFormat)));
        } else {
            emit statusTextChanged();
        }
    }
    emit savedCopyRead();
}

void Session::flushSavedCopy()
{
    if (m_savedCopy)
        m_savedCopy->flush();
}

void Session::openOffline(const Profile& profile)
{
    abandonCalls();
    dropClients();
    const bool keepCopy = showsSavedCopyOf(profile);
    m_profile = profile;
    if (!keepCopy)
        showCache();
    setState(State::Offline);
}

bool Session::showsSavedCopyOf(const Profile& profile) const
{
    // The same profile's saved copy, on screen or being read (the sandbox's shows while the
    // sandbox starts, then the profile is opened again to connect): kept, not read again.
    return m_profile && m_profile->id == profile.id && (m_fromCache || m_cacheTicket != 0);
}

void Session::open(const Profile& profile, std::optional<SecretBuffer> key)
{
    abandonCalls();
    dropClients();
    const bool keepCopy = showsSavedCopyOf(profile);
    m_profile = profile;
    if (!keepCopy)
        showCache();
    if (const QString problem = profile.validate(); !problem.isEmpty()) {
        setState(State::Error, problem);
        return;
    }
    setState(State::Connecting);
    if (key) {
        connectWithKey(std::move(*key));
        return;
    }
    if (!m_credentials) {
        setState(State::Error, tr("No account key is available for %1.").arg(profile.name));
        return;
    }
    const int generation = m_generation;
    m_credentials->readKey(profile.id, this, [this, generation](CredentialResult result) {
        if (generation != m_generation)
            return;
        if (result.key && !result.key->isEmpty()) {
            connectWithKey(std::move(*result.key));
            return;
        }
        QString message = result.message;
        if (message.isEmpty())
            message = tr("No account key is stored for %1. Choose “Connect an account…” and paste your key.")
                          .arg(m_profile->name);
        setState(State::Offline, message);
    });
}

void Session::connectWithKey(SecretBuffer key)
{
    if (m_profile->isPaperspace()) {
        connectPaperspace(std::move(key));
        return;
    }
    ServiceConfig config;
    config.managementBase = m_profile->managementBase;
    config.invocationBase = m_profile->invocationBase;
    config.caFile = m_profile->caFile;
    config.pageSize = m_pageSize;
    m_client = std::make_unique<ServiceClient>(config);
    m_client->setKey(std::move(key));
    connect(m_client.get(), &ServiceClient::rateLimitChanged, this, &Session::statusTextChanged);

    // One cheap call proves the key before the account is loaded: one template (an official
    // route, so it works on services that offer no [ext] routes).
    auto* reply = m_client->checkKey();
    const int generation = m_generation;
    connect(reply, &ServiceReply::finished, this, [this, reply, generation] {
        if (generation != m_generation)
            return;
        if (!reply->ok()) {
            failWith(reply->error(), true);
            return;
        }
        qCInfo(lcAccount) << "the key was accepted";
        m_keyVerified = true;
        loadSnapshot();
    });
}

void Session::connectPaperspace(SecretBuffer key)
{
    PaperspaceConfig config;
    config.base = m_profile->managementBase;
    config.caFile = m_profile->caFile;
    config.pageSize = m_pageSize > 0 ? std::min(m_pageSize, PaperspaceClient::kMaxPageSize) : 0;
    m_paperspace = std::make_unique<PaperspaceClient>(config);
    m_paperspace->setKey(std::move(key));
    if (const QString problem = m_paperspace->configurationError(); !problem.isEmpty()) {
        setState(State::Error, problem);
        return;
    }
    // The first page of the project's secrets proves the key and that it sees the project.
    auto* reply = m_paperspace->checkKey(m_profile->projectId);
    const int generation = m_generation;
    connect(reply, &ServiceReply::finished, this, [this, reply, generation] {
        if (generation != m_generation)
            return;
        if (!reply->ok()) {
            failWith(reply->error(), true);
            return;
        }
        qCInfo(lcAccount) << "the Paperspace key was accepted";
        m_keyVerified = true;
        loadPaperspace();
    });
}

// Deployments and the project's secrets (and the team's, when the profile names a team), in
// parallel; the account changes only when every list arrived whole.
void Session::loadPaperspace()
{
    struct Partial
    {
        AccountSnapshot snapshot;
        QList<ScopedPaperspaceSecret> teamSecrets;
        std::optional<ServiceError> error;
        int remaining = 0;
    };
    auto partial = std::make_shared<Partial>();
    const int generation = m_generation;
    const QString teamId = m_profile->teamId;
    partial->remaining = teamId.isEmpty() ? 2 : 3;
    m_pending = partial->remaining;
    m_progress = {};
    emit loadProgressChanged();

    const auto onDone = [this, partial, generation](ServiceReply* reply, auto store) {
        connect(reply, &ServiceReply::finished, this, [this, partial, generation, reply, store] {
            if (generation != m_generation)
                return;
            if (reply->ok()) {
                store(*partial);
                m_progress.deployments = partial->snapshot.deployments.size();
                m_progress.secrets = partial->snapshot.paperspaceSecrets.size() + partial->teamSecrets.size();
                ++m_progress.pages;
                emit loadProgressChanged();
            } else if (!partial->error || reply->error().kind != ServiceError::Kind::Cancelled) {
                partial->error = partial->error ? partial->error : reply->error();
            }
            m_pending = std::max(0, m_pending - 1);
            if (--partial->remaining > 0)
                return;
            if (partial->error) {
                failWith(*partial->error, false);
                return;
            }
            AccountSnapshot snapshot = std::move(partial->snapshot);
            snapshot.paperspaceSecrets += partial->teamSecrets; // the project's first, then the team's
            acceptLoaded(std::move(snapshot));
        });
    };
    auto* deployments = m_paperspace->listDeployments();
    onDone(deployments, [deployments](Partial& p) { p.snapshot.deployments = deployments->takeValue(); });
    const auto scoped = [](QList<PaperspaceSecret> secrets, PaperspaceScope scope) {
        QList<ScopedPaperspaceSecret> list;
        list.reserve(secrets.size());
        for (PaperspaceSecret& s : secrets)
            list.append({scope, std::move(s)});
        return list;
    };
    auto* project = m_paperspace->listSecrets(PaperspaceScope::Project, m_profile->projectId);
    onDone(project, [project, scoped](Partial& p) {
        p.snapshot.paperspaceSecrets = scoped(project->takeValue(), PaperspaceScope::Project);
    });
    if (!teamId.isEmpty()) {
        auto* team = m_paperspace->listSecrets(PaperspaceScope::Team, teamId);
        onDone(team, [team, scoped](Partial& p) { p.teamSecrets = scoped(team->takeValue(), PaperspaceScope::Team); });
    }
}

bool Session::isLargeAccount() const
{
    const AccountSnapshot& s = m_snapshot;
    return s.apiKeys.size() + s.secrets.size() + s.templates.size() + s.endpoints.size() + s.pods.size() +
               s.deployments.size() + s.paperspaceSecrets.size() >=
           20000;
}

void Session::acceptLoaded(AccountSnapshot snapshot)
{
    snapshot.fetchedAt = Clock::current().now();
    m_progress = {};
    emit loadProgressChanged();
    m_snapshot = std::move(snapshot);
    m_graph.reset();
    m_fromCache = false;
    m_cacheTicket = 0; // a saved copy still being read is older than this
    if (savedCopy())
        m_savedCopy->saveAll(m_profile->id, m_snapshot);
    qCInfo(lcAccount) << "loaded" << m_snapshot.apiKeys.size() << "keys," << m_snapshot.secrets.size() << "secrets,"
                      << m_snapshot.templates.size() << "templates," << m_snapshot.endpoints.size() << "endpoints,"
                      << m_snapshot.pods.size() << "pods," << m_snapshot.deployments.size() << "deployments,"
                      << m_snapshot.paperspaceSecrets.size() << "Paperspace secrets";
    emit snapshotChanged();
    setState(m_profile->isSandbox() ? State::Sandbox : State::Online);
}

void Session::applyChange(const AccountChange& change, const std::function<void(AccountSnapshot&)>& edit)
{
    edit(m_snapshot);
    m_graph.reset();
    saveToStore(change);
    emit accountChanged(change);
}

void Session::saveToStore(const AccountChange& change)
{
    // The offline copy is never older than the screen: the one row of this change is written (or
    // removed), on the copy's thread.
    if (!m_profile || m_snapshot.isEmpty() || !savedCopy())
        return;
    const auto rowOf = [&change](const auto& list) -> std::optional<QJsonObject> {
        for (const auto& item : list) {
            if (LocalStore::rowId(item) == change.id)
                return item.toJson();
        }
        return std::nullopt; // gone from the account: the row goes too
    };
    using R = AccountChange::Resource;
    switch (change.resource) {
    case R::ApiKey:
        m_savedCopy->saveRow(m_profile->id, LocalStore::Table::ApiKeys, change.id, rowOf(m_snapshot.apiKeys));
        break;
    case R::Secret:
        m_savedCopy->saveRow(m_profile->id, LocalStore::Table::Secrets, change.id, rowOf(m_snapshot.secrets));
        break;
    case R::Template:
        m_savedCopy->saveRow(m_profile->id, LocalStore::Table::Templates, change.id, rowOf(m_snapshot.templates));
        break;
    case R::Endpoint:
        m_savedCopy->saveRow(m_profile->id, LocalStore::Table::Endpoints, change.id, rowOf(m_snapshot.endpoints));
        break;
    case R::Pod:
        m_savedCopy->saveRow(m_profile->id, LocalStore::Table::Pods, change.id, rowOf(m_snapshot.pods));
        break;
    case R::Deployment:
        m_savedCopy->saveRow(m_profile->id, LocalStore::Table::Deployments, change.id, rowOf(m_snapshot.deployments));
        break;
    case R::PaperspaceSecret:
        m_savedCopy->saveRow(m_profile->id, LocalStore::Table::PaperspaceSecrets, change.id,
                             rowOf(m_snapshot.paperspaceSecrets));
        break;
    }
}

void Session::keepTemplate(const Template& t)
{
    applyChange({AccountChange::Resource::Template, t.id}, [&t](AccountSnapshot& s) {
        for (Template& known : s.templates) {
            if (known.id == t.id) {
                known = t;
                return;
            }
        }
        s.templates.append(t);
    });
}

TypedReply<AuditEventPage>* Session::history(const EventQuery& query)
{
    if (!isConnected() || !m_client)
        return nullptr;
    return m_client->listEvents(query);
}

TypedReply<KeyUsage>* Session::keyUsage(const QString& keyId)
{
    if (!isConnected() || !m_client)
        return nullptr;
    return m_client->getApiKeyUsage(keyId);
}

TypedReply<QList<DeploymentHistoryEntry>>* Session::deploymentHistory(const QString& deploymentId)
{
    return isConnected() && m_paperspace ? m_paperspace->deploymentHistory(deploymentId) : nullptr;
}

TypedReply<NoContent>* Session::tryDeploymentToken(const QString& deploymentId, SecretBuffer secretValue)
{
    if (!isConnected() || !m_paperspace)
        return nullptr;
    for (const Deployment& d : m_snapshot.deployments) {
        if (d.id != deploymentId)
            continue;
        QByteArray header = PaperspaceSecrets::basicAuthorization(secretValue.bytes());
        secretValue.wipe();
        return m_paperspace->callEndpoint(QUrl(d.endpoint), SecretBuffer::takeFrom(header));
    }
    return nullptr;
}

TypedReply<EndpointHealth>* Session::endpointHealth(const QString& endpointId)
{
    return isConnected() && m_client ? m_client->endpointHealth(endpointId) : nullptr;
}

TypedReply<WorkerList>* Session::endpointWorkers(const QString& endpointId)
{
    return isConnected() && m_client ? m_client->listWorkers(endpointId) : nullptr;
}

TypedReply<ReleasePage>* Session::endpointReleases(const QString& endpointId)
{
    return isConnected() && m_client ? m_client->listReleases(endpointId) : nullptr;
}

TypedReply<JobResult>* Session::runJob(const QString& endpointId, const QJsonObject& input, int waitMs)
{
    return isConnected() && m_client ? m_client->runSync(endpointId, input, waitMs) : nullptr;
}

std::shared_ptr<const CredentialGraph> Session::graph() const
{
    if (!m_graph)
        m_graph = std::make_shared<const CredentialGraph>(m_snapshot);
    return m_graph;
}

bool Session::isSignedInWith(const ApiKey& key) const
{
    return m_client && !key.prefix.isEmpty() && m_client->keyStartsWith(key.prefix.toLatin1());
}

void Session::refresh()
{
    if (!m_profile)
        return;
    if (!hasKey()) {
        open(*m_profile);
        return;
    }
    // Already on its way (verifying the key or loading): one load at a time.
    if (m_pending > 0 || m_state == State::Connecting)
        return;
    setState(State::Connecting);
    if (m_paperspace)
        loadPaperspace();
    else
        loadSnapshot();
}

void Session::goOffline()
{
    abandonCalls();
    dropClients();
    setState(State::Offline);
}

// Six parallel requests; the snapshot changes only when the lists all succeeded (the newest page of
// the history comes along when the service has one, and is not missed when it has none).
void Session::loadSnapshot()
{
    struct Partial
    {
        AccountSnapshot snapshot;
        std::optional<ServiceError> error;
        bool keyManagement = true;
        int remaining = 6;
    };
    auto partial = std::make_shared<Partial>();
    const int generation = m_generation;
    m_pending = 6;
    m_progress = {};
    emit loadProgressChanged();

    const auto onDone = [this, partial, generation](ServiceReply* reply, auto store, qsizetype LoadProgress::*count) {
        connect(reply, &ServiceReply::pageLoaded, this, [this, generation, count](int, qsizetype items) {
            if (generation != m_generation || !count)
                return;
            m_progress.*count = items;
            ++m_progress.pages;
            emit loadProgressChanged();
        });
        connect(reply, &ServiceReply::finished, this, [this, partial, generation, reply, store, count] {
            if (generation != m_generation)
                return;
            // The real cloud serves no key routes (our [ext]): the rest of the account still works.
            const bool keysNotOffered =
                count == &LoadProgress::apiKeys && !reply->ok() && reply->error().kind == ServiceError::Kind::NotFound;
            if (keysNotOffered)
                qCInfo(lcAccount) << "the service offers no key management routes";
            if (count == &LoadProgress::apiKeys)
                partial->keyManagement = !keysNotOffered;
            // A service that serves no pods (an older sandbox, say) has an account without them.
            const bool podsNotOffered =
                count == &LoadProgress::pods && !reply->ok() && reply->error().kind == ServiceError::Kind::NotFound;
            // keysNotOffered leaves the key list empty, and the keys screen says why.
            if (reply->ok())
                store(partial->snapshot);
            else if (!keysNotOffered && !podsNotOffered && count != nullptr &&
                     (!partial->error || reply->error().kind != ServiceError::Kind::Cancelled))
                partial->error = partial->error ? partial->error : reply->error();
            m_pending = std::max(0, m_pending - 1);
            if (--partial->remaining > 0)
                return;
            if (partial->error) {
                failWith(*partial->error, false);
                return;
            }
            m_keyManagement = partial->keyManagement;
            acceptLoaded(std::move(partial->snapshot));
        });
    };
    auto* keys = m_client->listApiKeys();
    onDone(
        keys, [keys](AccountSnapshot& s) { s.apiKeys = keys->takeValue(); }, &LoadProgress::apiKeys);
    auto* secrets = m_client->listSecrets();
    onDone(
        secrets, [secrets](AccountSnapshot& s) { s.secrets = secrets->takeValue(); }, &LoadProgress::secrets);
    auto* templates = m_client->listTemplates();
    onDone(
        templates, [templates](AccountSnapshot& s) { s.templates = templates->takeValue(); }, &LoadProgress::templates);
    auto* endpoints = m_client->listEndpoints();
    onDone(
        endpoints, [endpoints](AccountSnapshot& s) { s.endpoints = endpoints->takeValue(); }, &LoadProgress::endpoints);
    auto* pods = m_client->listPods();
    onDone(
        pods, [pods](AccountSnapshot& s) { s.pods = pods->takeValue(); }, &LoadProgress::pods);
    EventQuery newest;
    newest.limit = kRecentEvents;
    auto* events = m_client->listEvents(newest);
    onDone(
        events, [events](AccountSnapshot& s) { s.recentEvents = events->takeValue().events; },
        static_cast<qsizetype LoadProgress::*>(nullptr));
}

void Session::failWith(const ServiceError& error, bool whileConnecting)
{
    using K = ServiceError::Kind;
    QString message = error.message();
    if (whileConnecting && m_profile->isPaperspace() && (error.kind == K::Forbidden || error.kind == K::NotFound)) {
        message =
            tr("The Paperspace key is valid, but it cannot see project %1 (%2). Check the project ID in "
               "File ▸ Profiles, and that the key belongs to the team that owns the project.")
                .arg(m_profile->projectId, error.serviceDetail().isEmpty() ? error.message() : error.serviceDetail());
    } else if (whileConnecting && error.kind == K::Unauthorized) {
        message = tr("%1 refused the account key (%2). Check that you pasted the whole key and that it has not "
                     "been disabled or revoked.")
                      .arg(m_profile->name, error.serviceDetail().isEmpty() ? tr("HTTP 401") : error.serviceDetail());
    } else if (whileConnecting && error.kind == K::Forbidden) {
        message = tr("The account key is valid, but it cannot read the account (%1). Podwarden needs a key with API "
                     "read access: one with All or Read Only access, or Restricted with API Read.")
                      .arg(error.serviceDetail().isEmpty() ? tr("HTTP 403") : error.serviceDetail());
    }
    if (m_fromCache && m_snapshot.fetchedAt.isValid()) {
        message +=
            QLatin1Char(' ') + tr("Showing the copy from %1.")
                                   .arg(QLocale().toString(m_snapshot.fetchedAt.toLocalTime(), QLocale::ShortFormat));
    }
    qCInfo(lcAccount).noquote() << "session failed:" << toWireString(error.kind);
    const bool unreachable = error.kind == K::Network || error.kind == K::Timeout;
    setState(unreachable ? State::Offline : State::Error, message);
}

void Session::setState(State state, const QString& error)
{
    const bool changed = state != m_state;
    m_state = state;
    m_errorMessage = error;
    if (changed) {
        qCInfo(lcAccount).noquote() << "state" << stateName(state);
        emit stateChanged(state);
    }
    // Also when only the profile or the snapshot behind the same state changed.
    emit statusTextChanged();
}

QString Session::stateName(State state)
{
    switch (state) {
    case State::Offline:
        return tr("Offline");
    case State::Connecting:
        return tr("Connecting…");
    case State::Online:
        return tr("Online");
    case State::Sandbox:
        return tr("Sandbox");
    case State::Error:
        return tr("Not connected");
    }
    return {};
}

QString Session::statusText() const
{
    QStringList parts;
    parts << stateName(m_state);
    if (m_profile && !m_profile->isSandbox())
        parts << m_profile->name;
    if (m_snapshot.fetchedAt.isValid()) {
        const QString time = QLocale().toString(m_snapshot.fetchedAt.toLocalTime().time(), QLocale::ShortFormat);
        parts << (m_fromCache ? tr("cached copy of %1")
                                    .arg(QLocale().toString(m_snapshot.fetchedAt.toLocalTime(), QLocale::ShortFormat))
                              : tr("updated %1").arg(time));
    }
    if (m_client && isConnected()) {
        const RateLimitInfo& limit = m_client->rateLimit();
        if (limit.isValid() && limit.quota) {
            const int quota = *limit.quota;
            const QString left = QLocale().toString(*limit.remaining);
            if (limit.policy == QLatin1String("minute"))
                parts << tr("%1 of %n request(s) left this minute", nullptr, quota).arg(left);
            else if (limit.policy == QLatin1String("hour"))
                parts << tr("%1 of %n request(s) left this hour", nullptr, quota).arg(left);
            else if (limit.policy == QLatin1String("day"))
                parts << tr("%1 of %n request(s) left today", nullptr, quota).arg(left);
            else
                parts << tr("%1 of %n request(s) left in this window", nullptr, quota).arg(left);
        }
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace podwarden
