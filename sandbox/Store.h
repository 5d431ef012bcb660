#pragma once

#include "ApiKey.h"
#include "AuditEvent.h"
#include "Build.h"
#include "Endpoint.h"
#include "KeyUsage.h"
#include "PageCursor.h"
#include "Pod.h"
#include "Release.h"
#include "Secret.h"
#include "Template.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <map>
#include <memory>
#include <optional>

namespace podwarden::sandbox {

// An API key as the service sees it when authenticating a request.
struct KeyAuth
{
    ApiKey key;
    bool revoked = false;
};

// One page of a list, in the list's order; `last` is where the next page resumes.
template <typename T> struct StorePage
{
    QList<T> items;
    bool hasMore = false;
    std::optional<ListPosition> last;
};

// GET /v2/account/events: every filter that is set must match. Newest first (time, then the order
// of recording); a page position is (time, sequence number).
struct EventQuery
{
    std::optional<ResourceType> resourceType;
    QString resourceId;
    QStringList actions;           // exact names; empty: every action
    QStringList actorIds;          // an actor's key id or user; empty: anyone
    std::optional<qint64> startMs; // inclusive
    std::optional<qint64> endMs;   // exclusive
    QString search;                // case-insensitive, over actor, key name, resource type, id, name and action
    PageRequest page;
};

// An endpoint that a template is bound to (created from it): what keeps the template from deletion.
struct EndpointRef
{
    QString id;
    QString name;
};

struct Job
{
    QString id;
    QString endpointId;
    QString status; // IN_QUEUE, IN_PROGRESS, COMPLETED, FAILED, CANCELLED
    QJsonObject input;
    QJsonObject output; // {"output": ...} or {"error": ...}
    QDateTime submittedAt;
    std::optional<QDateTime> startedAt;
    std::optional<QDateTime> completedAt;
    int retries = 0;
};

// A worker of a serverless endpoint as stored; its status is worked out when it is read.
struct WorkerRow
{
    QString id;
    QString endpointId;
    qint64 version = 1; // the endpoint configuration version it runs
    QDateTime startedAt;
    QString image;
    qint64 gpuCount = 0;
    std::optional<QString> gpuTypeId;
    std::optional<QString> dataCenterId;
};

// An endpoint's configuration version and its rolling update: while `startedAt` is set, the
// workers on older versions are replaced one by one, a step after another from that time;
// `done` of them have been. Unset: no update in progress (stale workers stay until the next one).
struct RolloutState
{
    qint64 version = 1;
    std::optional<QDateTime> startedAt;
    int done = 0;
};

// A pod as the sandbox keeps it: what Podwarden models (`pod`), the rest of the wire form the
// September document requires (`wire`, without the fields worked out when it is served), and
// what the sandbox needs to serve it (its hourly rate while running, its machine's address).
struct StoredPod
{
    Pod pod;
    QJsonObject wire;
    double hourlyRate = 0;
    QString publicIp;
    int sshPort = 0; // the public port of 22/tcp; 0: none

    static Decoded<StoredPod> fromJson(const QJsonObject& json);
    QJsonObject toJson() const; // as stored
};

struct SecretBlob
{
    QString id;
    QByteArray blob;
};

// The sandbox's SQLite database. Templates and endpoints are kept as their wire JSON (decoded
// through the shared codecs on the way out); key hashes, never keys; secret values only as
// AES-GCM blobs. Every method runs on the one thread that owns the service.
class Store final
{
public:
    ~Store();
    Q_DISABLE_COPY_MOVE(Store)

    // Opens `file`, creating it (owner-only) when it does not exist. Refuses, with `error` saying
    // what to do, a file that is empty (0 bytes) or not a regular file, and a database that fails
    // SQLite's quick_check.
    static std::unique_ptr<Store> open(const QString& file, QString* error);

    // True when a statement failed since the last call: the service answers 500, not success.
    bool takeFailure();

    // Nested: only the outermost transaction() begins and only its commit() commits, so that a
    // request, or a whole seed, is written at once or not at all. rollback() ends them all.
    bool transaction();
    bool commit();
    void rollback();

    // SQLite's quick_check: empty when the database is sound, else what is wrong.
    QString quickCheck() const;

    // The meta key that holds SecretCipher::checkValue() of the account's secrets.key.
    static inline const QString kKeyCheckMeta = QStringLiteral("secrets_key_check");

    QString meta(const QString& key) const;
    void setMeta(const QString& key, const QString& value);
    bool isEmpty() const;

    // API keys
    void insertKey(const ApiKey& key, const QByteArray& hash);
    std::optional<KeyAuth> keyByHash(const QByteArray& hash) const;
    std::optional<ApiKey> keyById(const QString& id) const; // revoked keys are gone
    QList<ApiKey> keys() const;
    // One page of the key list as a JSON array, ready to send: created first, then by id.
    QByteArray keyPageJson(const PageRequest& page, bool* hasMore, std::optional<ListPosition>* last) const;
    int keyCount() const;
    void updateKey(const ApiKey& key);
    void touchKey(const QString& id, const QDateTime& at);
    void revokeKey(const QString& id, const QDateTime& at);
    // A use of a grant by a request it allowed: the management API's (`endpointId` empty) or an
    // endpoint's, its read or write part. The later time wins.
    void recordUse(const QString& keyId, const QString& endpointId, bool write, const QDateTime& at);
    KeyUsage usageOf(const QString& keyId) const;

    // Secrets
    void insertSecret(const Secret& secret, const QByteArray& blob);
    std::optional<Secret> secretById(const QString& id) const;
    bool secretNameTaken(const QString& name) const;
    QList<Secret> secrets() const;
    QList<Secret> secretsNamed(const QString& name) const; // the name compared case-insensitively
    void updateSecret(const Secret& secret, const std::optional<QByteArray>& blob);
    void deleteSecret(const QString& id);
    std::optional<SecretBlob> secretBlobByName(const QString& name) const;
    std::optional<qint64> secretBlobSize(const QString& name) const; // bytes of the encrypted value
    std::optional<SecretBlob> anySecretBlob() const;                 // one secret, to check a key on

    // Templates and endpoints, stored as their JSON. Templates list oldest first, endpoints newest
    // first (as the contract says), each by creation time, then id.
    void insertTemplate(const Template& t, const QDateTime& createdAt);
    void updateTemplate(const Template& t);
    std::optional<Template> templateById(const QString& id) const;
    bool templateNameTaken(const QString& name, const QString& exceptId = {}) const;
    StorePage<Template> templates(const PageRequest& page) const;
    void deleteTemplate(const QString& id);

    // `templateId`: the template the endpoint was created from, which stays bound to it.
    void insertEndpoint(const Endpoint& e, const QString& templateId = {});
    void updateEndpoint(const Endpoint& e);
    std::optional<Endpoint> endpointById(const QString& id) const;
    StorePage<Endpoint> endpoints(const PageRequest& page) const;
    QList<EndpointRef> endpointsBoundTo(const QString& templateId) const; // by name, then id
    void bindEndpointToTemplate(const QString& endpointId, const QString& templateId);
    // Deletes its builds, workers and releases too.
    void deleteEndpoint(const QString& id);
    RolloutState rollout(const QString& endpointId) const;
    void setRollout(const QString& endpointId, const RolloutState& state);

    // Workers of an endpoint, oldest first (by start, then id).
    void insertWorker(const WorkerRow& worker);
    QList<WorkerRow> workersOf(const QString& endpointId) const;
    void deleteWorker(const QString& id);

    // Releases of an endpoint, newest first by version; workerCount is stored as 0 (the service
    // counts the workers when it answers).
    void insertRelease(const QString& endpointId, const Release& release);
    StorePage<Release> releases(const QString& endpointId, const PageRequest& page) const;

    // Pods, newest first by creation time, then id.
    void insertPod(const StoredPod& pod);
    void updatePod(const StoredPod& pod);
    std::optional<StoredPod> podById(const QString& id) const;
    StorePage<StoredPod> pods(const PageRequest& page) const;
    void deletePod(const QString& id);

    // GitHub builds of an endpoint, newest first.
    void insertBuild(const QString& endpointId, const Build& build, const QDateTime& createdAt);
    StorePage<Build> builds(const QString& endpointId, const PageRequest& page) const;
    std::optional<Build> build(const QString& endpointId, const QString& buildId) const;

    // Audit events; the id is assigned here.
    void appendEvent(AuditEvent* event);
    StorePage<AuditEvent> events(const EventQuery& query) const;

    // Invocation jobs
    void insertJob(const Job& job);
    void updateJob(const Job& job);
    std::optional<Job> job(const QString& endpointId, const QString& jobId) const;
    QList<Job> jobsInState(const QString& status) const;
    QHash<QString, int> jobCounts(const QString& endpointId) const; // status -> count
    int retriedJobs(const QString& endpointId) const;
    int purgeQueue(const QString& endpointId);
    void deleteJobsOf(const QString& endpointId);

    // The SQL of the lists' pages, first and later ones, as they run (for the test that checks with
    // EXPLAIN QUERY PLAN that each finds its first row through an index and needs no sort).
    static QStringList pageQueries();

    // For PaperspaceStore (--provider paperspace), which keeps its tables in this database so that
    // its writes share this store's transactions and its failures fail the request the same way.
    QSqlDatabase database() const { return m_db; }
    void markFailed() const { m_failed = true; }

private:
    explicit Store(QSqlDatabase db);
    static bool createFile(const QString& file, QString* error);
    bool createSchema(QString* error);
    bool addMissingColumns(QString* error);
    QSqlDatabase m_db;
    mutable bool m_failed = false;
    int m_transactionDepth = 0;
    mutable std::map<QString, std::unique_ptr<QSqlQuery>> m_statements; // prepared once, by SQL text
};

} // namespace podwarden::sandbox
