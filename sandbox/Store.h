#pragma once

#include "ApiKey.h"
#include "AuditEvent.h"
#include "Endpoint.h"
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

struct EventQuery
{
    std::optional<ResourceType> resourceType;
    QString resourceId;
    std::optional<qint64> beforeSequence; // the cursor: only events older than this one
    int limit = 50;
};

struct EventPage
{
    QList<AuditEvent> events;
    std::optional<qint64> nextSequence;
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
    static std::unique_ptr<Store> open(const QString& file, QString* error);
    ~Store();
    Q_DISABLE_COPY_MOVE(Store)

    // True when a statement failed since the last call: the service answers 500, not success.
    bool takeFailure();

    bool transaction();
    bool commit();

    QString meta(const QString& key) const;
    void setMeta(const QString& key, const QString& value);
    bool isEmpty() const;

    // API keys
    void insertKey(const ApiKey& key, const QByteArray& hash);
    std::optional<KeyAuth> keyByHash(const QByteArray& hash) const;
    std::optional<ApiKey> keyById(const QString& id) const; // revoked keys are gone
    QList<ApiKey> keys() const;
    QByteArray keyListJson() const; // {"apiKeys":[...]}, ready to send
    int keyCount() const;
    void updateKey(const ApiKey& key);
    void touchKey(const QString& id, const QDateTime& at);
    void revokeKey(const QString& id, const QDateTime& at);

    // Secrets
    void insertSecret(const Secret& secret, const QByteArray& blob);
    std::optional<Secret> secretById(const QString& id) const;
    bool secretNameTaken(const QString& name) const;
    QList<Secret> secrets() const;
    void updateSecret(const Secret& secret, const std::optional<QByteArray>& blob);
    void deleteSecret(const QString& id);
    std::optional<SecretBlob> secretBlobByName(const QString& name) const;

    // Templates and endpoints, stored as their JSON
    void insertTemplate(const Template& t);
    void updateTemplate(const Template& t);
    std::optional<Template> templateById(const QString& id) const;
    bool templateNameTaken(const QString& name, const QString& exceptId = {}) const;
    QList<Template> templates() const;
    void deleteTemplate(const QString& id);

    void insertEndpoint(const Endpoint& e);
    void updateEndpoint(const Endpoint& e);
    std::optional<Endpoint> endpointById(const QString& id) const;
    QList<Endpoint> endpoints() const;
    void deleteEndpoint(const QString& id);

    // Audit events, newest first; the id is assigned here.
    void appendEvent(AuditEvent* event);
    EventPage events(const EventQuery& query) const;

    // Invocation jobs
    void insertJob(const Job& job);
    void updateJob(const Job& job);
    std::optional<Job> job(const QString& endpointId, const QString& jobId) const;
    QList<Job> jobsInState(const QString& status) const;
    QHash<QString, int> jobCounts(const QString& endpointId) const; // status -> count
    int retriedJobs(const QString& endpointId) const;
    int purgeQueue(const QString& endpointId);
    void deleteJobsOf(const QString& endpointId);

private:
    explicit Store(QSqlDatabase db);
    bool createSchema(QString* error);
    QSqlDatabase m_db;
    mutable bool m_failed = false;
    mutable std::map<QString, std::unique_ptr<QSqlQuery>> m_statements; // prepared once, by SQL text
};

} // namespace podwarden::sandbox
