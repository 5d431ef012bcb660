#pragma once

#include "DecodeError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace podwarden {

enum class AccessLevel { None, Read, ReadWrite };
enum class AccessPreset { All, ReadOnly, Restricted };

// One statement of an IAM-style policy document, as on the wire (SERVICE.md 5.2).
struct PolicyStatement
{
    QString effect = QStringLiteral("Allow");
    QStringList actions;
    QStringList resources;
    QJsonObject extra; // keys other than Effect/Actions/Resources (a Condition, say), kept verbatim
    QString version;   // the Version of the document it came from

    QJsonObject toJson() const;
    bool operator==(const PolicyStatement& o) const
    {
        return effect == o.effect && actions == o.actions && resources == o.resources && extra == o.extra &&
               version == o.version;
    }
};

// What an API key may do, in the console's terms: an API level, a level for every endpoint
// (present and future), and per-endpoint levels. Statements that do not fit those terms are
// kept untouched in customStatements, shown as custom and written back as they came.
class AccessPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(AccessPolicy)
public:
    static inline const QString kVersion = QStringLiteral("2024-09-01");
    static inline const QString kApiResource = QStringLiteral("runpod/api/*");
    static inline const QString kAllEndpointsResource = QStringLiteral("runpod/serverless/*/*/*");
    static QString endpointResource(const QString& endpointId);

    static AccessPolicy all();
    static AccessPolicy readOnly();
    static AccessPolicy restricted(AccessLevel api, const QMap<QString, AccessLevel>& endpoints = {});

    AccessPreset preset() const;
    AccessLevel apiLevel() const { return m_api; }
    AccessLevel allEndpointsLevel() const { return m_allEndpoints; }
    const QMap<QString, AccessLevel>& endpointLevels() const { return m_endpoints; }
    const QList<PolicyStatement>& customStatements() const { return m_custom; }

    void setAllEndpointsLevel(AccessLevel level) { m_allEndpoints = level; }
    void setEndpointLevel(const QString& endpointId, AccessLevel level);
    void setCustomStatements(const QList<PolicyStatement>& statements) { m_custom = statements; }

    // The effective level on one endpoint: the better of the all-endpoints and its own level.
    AccessLevel endpointLevel(const QString& endpointId) const;
    bool canWriteApi() const { return m_api == AccessLevel::ReadWrite; }
    bool hasCustom() const { return !m_custom.isEmpty(); }
    int grantedEndpointCount() const; // endpoints with an explicit level above None
    // True when this policy grants nothing that `holder` does not also grant (custom statements
    // must be held verbatim). The privilege rule: a key never grants more than its creator holds.
    bool isWithin(const AccessPolicy& holder) const;

    QString presetName() const;
    QString summary() const; // "All", "Read Only", "API read · 3 endpoints"

    static Decoded<AccessPolicy> fromDocuments(const QJsonArray& policies,
                                               const QString& path = QStringLiteral("policies"));
    // Building a policy statement by statement, as fromDocuments() does (for a decoder that reads
    // the documents itself): each statement is taken in the console's terms when it fits them
    // (its document's Version is kVersion), or kept as custom; finishStatements() then drops the
    // endpoint levels the all-endpoints level already gives.
    void addStatement(const PolicyStatement& statement);
    void finishStatements();
    QJsonArray toDocuments() const;

    bool operator==(const AccessPolicy& o) const
    {
        return m_api == o.m_api && m_allEndpoints == o.m_allEndpoints && m_endpoints == o.m_endpoints &&
               m_custom == o.m_custom;
    }
    bool operator!=(const AccessPolicy& o) const { return !(*this == o); }

private:
    AccessLevel m_api = AccessLevel::None;
    AccessLevel m_allEndpoints = AccessLevel::None;
    QMap<QString, AccessLevel> m_endpoints; // only levels above None are stored
    QList<PolicyStatement> m_custom;
};

QString toDisplayString(AccessLevel level);

} // namespace podwarden
