#pragma once

#include "AccountSnapshot.h"
#include "account/Profile.h"
#include "service/ServiceClient.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace podwarden {

class AccountChanges;
class CredentialGraph;
class CredentialStore;
class TemplateDrafts;
class LocalStore;
class SavedCopy;

// One resource of the account that changed (created, changed, or removed): what
// Session::accountChanged says, so every screen, count and the offline copy follow.
struct AccountChange
{
    enum class Resource { ApiKey, Secret, Template, Endpoint, Pod, Deployment, PaperspaceSecret };
    Resource resource = Resource::ApiKey;
    QString id; // a Paperspace secret's: ScopedPaperspaceSecret::id()
    bool removed = false;
};

// One open account: the profile, its ServiceClient, the snapshot the screens show, and a state
// for the status bar. open() shows the cached snapshot at once, verifies the key with one cheap
// call (401 and 403 explained apart), then loads the account with parallel requests and caches
// it. Without a connection it stays Offline with the cache.
//
//   session->open(profile, std::move(key));  // or without a key: the keyring's
//   connect(session, &Session::snapshotChanged, this, [=] { model->setKeys(session->snapshot().apiKeys); });
class PaperspaceClient;

class Session final : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Offline,    // no connection: the cached snapshot, if any, is shown
        Connecting, // verifying the key or loading the account
        Online,     // connected to the profile's service
        Sandbox,    // connected to the local sandbox
        Error       // the service answered but refused (key, permission, TLS, malformed replies)
    };
    Q_ENUM(State)

    Session(LocalStore* store, CredentialStore* credentials, QObject* parent = nullptr);
    ~Session() override;

    // Opens `profile`: shows its cache, then connects with `key`, or with the keyring's key.
    void open(const Profile& profile, std::optional<SecretBuffer> key = std::nullopt);
    // Opens `profile` from its cache only, without touching the network.
    void openOffline(const Profile& profile);
    // The one place that changes the account (keys, secrets, templates): pages ask it.
    AccountChanges* changes() const { return m_changes; }
    // The one owner of the template drafts of this computer.
    TemplateDrafts* drafts() const { return m_drafts; }
    // A template pushed or its draft's service copy: applied to the account, saved to the local
    // store, announced through accountChanged.
    void keepTemplate(const Template& t);
    // The account's events, newest first (the secret history); null when not connected.
    TypedReply<AuditEventPage>* history(const EventQuery& query);
    // When a key last used each of its grants (a live read); null when not connected.
    TypedReply<KeyUsage>* keyUsage(const QString& keyId);
    // Live reads of an endpoint, not part of the account (null when not connected): its health on
    // the invocation base, its workers, the newest page of its releases with the rollout.
    TypedReply<EndpointHealth>* endpointHealth(const QString& endpointId);
    TypedReply<WorkerList>* endpointWorkers(const QString& endpointId);
    TypedReply<ReleasePage>* endpointReleases(const QString& endpointId);
    // One job on the endpoint with the signed-in key (POST /runsync), answered when it finishes or
    // the wait runs out; null when not connected.
    TypedReply<JobResult>* runJob(const QString& endpointId, const QJsonObject& input, int waitMs);
    // True when `key` is the key this session is signed in with (by its prefix).
    bool isSignedInWith(const ApiKey& key) const;
    // Reloads the account (when connected), or reconnects (when not).
    void refresh();
    void goOffline();

    // Items received so far while the account loads: a large account's lists arrive page by page.
    struct LoadProgress
    {
        qsizetype apiKeys = 0;
        qsizetype secrets = 0;
        qsizetype templates = 0;
        qsizetype endpoints = 0;
        qsizetype pods = 0;
        qsizetype deployments = 0;
        int pages = 0;
        qsizetype total() const { return apiKeys + secrets + templates + endpoints + pods + deployments; }
    };
    const LoadProgress& loadProgress() const { return m_progress; }
    bool isLoading() const { return m_pending > 0; }
    // Stops a load in progress (the first connect or a refresh). What was on screen stays; a
    // refresh of a connected session stays connected, a first load goes offline with the cache.
    void cancelLoad();
    // `limit` for the list pages; 0: the service's default (1000).
    void setListPageSize(int items);
    // False when the service answered 404 on the [ext] key-management routes (the real cloud
    // today): the keys and audit screens then say where to manage keys instead.
    bool offersKeyManagement() const { return m_keyManagement; }

    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Online || m_state == State::Sandbox; }
    bool isBusy() const { return m_pending > 0 || m_state == State::Connecting; }
    // The last failure as a translated sentence; empty when there is none.
    QString errorMessage() const { return m_errorMessage; }
    const std::optional<Profile>& profile() const { return m_profile; }
    const AccountSnapshot& snapshot() const { return m_snapshot; }
    // An account of many items (20,000 or more): its screens take it in steps, from the event loop.
    bool isLargeAccount() const;
    // Who can reach what and what reads which secret, over snapshot(): built on first use after
    // each change of the account and shared by every screen that asks, so they agree and the graph
    // of 100,000 keys is built once, not once a dialog.
    std::shared_ptr<const CredentialGraph> graph() const;
    bool snapshotFromCache() const { return m_fromCache; }
    // Whether the saved copy is still being read (the window is up; its rows arrive next).
    bool isReadingSavedCopy() const { return m_cacheTicket != 0; }
    // Waits until every change so far is in the saved copy (tests; quitting waits by itself).
    void flushSavedCopy();
    // While held, a read of the saved copy that is asked for waits, and starts on release: the
    // application's start holds it until the window's first frame, so that reading 100,000 rows
    // does not compete with that frame for the machine. isReadingSavedCopy() is true meanwhile.
    void holdSavedCopyReads();
    void releaseSavedCopyReads();
    // The client pages call; null until open(), and for a Paperspace profile.
    ServiceClient* client() const { return m_client.get(); }
    // A Paperspace profile's client (SERVICE.md section 8); null otherwise.
    PaperspaceClient* paperspace() const { return m_paperspace.get(); }
    bool isPaperspace() const { return m_profile && m_profile->isPaperspace(); }
    // The history of a deployment's specs, newest first (a live read); null when not connected.
    TypedReply<QList<DeploymentHistoryEntry>>* deploymentHistory(const QString& deploymentId);
    // One call of a deployment's endpoint with the Basic header made from `secretValue` (consumed):
    // whether the endpoint accepts that token now. Null when not connected or the deployment is unknown.
    TypedReply<NoContent>* tryDeploymentToken(const QString& deploymentId, SecretBuffer secretValue);
    // "Sandbox · updated 14:02 · 57 of 60 requests left this minute": for the status bar.
    QString statusText() const;
    static QString stateName(State state);

signals:
    void stateChanged(podwarden::Session::State state);
    void snapshotChanged();
    // The saved copy has been read (shown when nothing newer came meanwhile): tests wait for it.
    void savedCopyRead();
    // One resource changed (AccountChanges made the change); the snapshot already shows it.
    void accountChanged(const podwarden::AccountChange& change);
    void statusTextChanged();
    void loadProgressChanged();

private:
    friend class AccountChanges;
    // Applies `edit` to the account, writes the account to the local store, emits accountChanged.
    void applyChange(const AccountChange& change, const std::function<void(AccountSnapshot&)>& edit);
    void saveToStore(const AccountChange& change);
    void abandonCalls(); // replies of earlier calls are ignored from now on
    void connectWithKey(SecretBuffer key);
    void connectPaperspace(SecretBuffer key);
    void loadSnapshot();
    void loadPaperspace();
    // A whole account arrived: it replaces the shown one and the saved copy.
    void acceptLoaded(AccountSnapshot snapshot);
    bool hasKey() const;
    void dropClients();
    void failWith(const ServiceError& error, bool whileConnecting);
    void setState(State state, const QString& error = {});
    void showCache();
    bool showsSavedCopyOf(const Profile& profile) const;
    SavedCopy* savedCopy();
    void onSavedCopyLoaded(int ticket, const std::optional<AccountSnapshot>& snapshot);

    LocalStore* m_store;
    SavedCopy* m_savedCopy = nullptr; // the offline copy, read and written on its own thread
    int m_cacheTicket = 0;            // the load of the saved copy whose answer is still wanted
    bool m_holdReads = false;         // holdSavedCopyReads(): m_cacheTicket's read is not asked yet
    CredentialStore* m_credentials;
    AccountChanges* m_changes = nullptr;
    TemplateDrafts* m_drafts = nullptr;
    std::optional<Profile> m_profile;
    std::unique_ptr<ServiceClient> m_client;
    std::unique_ptr<PaperspaceClient> m_paperspace;
    AccountSnapshot m_snapshot;
    mutable std::shared_ptr<const CredentialGraph> m_graph; // of m_snapshot; reset when it changes
    bool m_fromCache = false;
    State m_state = State::Offline;
    QString m_errorMessage;
    int m_pending = 0;
    int m_pageSize = 0;
    bool m_keyVerified = false;
    bool m_keyManagement = true;
    LoadProgress m_progress;
    int m_generation = 0; // replies of an earlier open()/refresh() are ignored
};

} // namespace podwarden
