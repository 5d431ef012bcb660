#include "AccessPolicy.h"

#include "JsonReader.h"

#include <QSet>

#include <algorithm>

namespace podwarden {

namespace {

const QString kApiRead = QStringLiteral("api:Read");
const QString kApiWrite = QStringLiteral("api:Write");
const QString kServerlessRead = QStringLiteral("serverless:Read");
const QString kServerlessWrite = QStringLiteral("serverless:Write");

AccessLevel raise(AccessLevel a, AccessLevel b)
{
    return static_cast<int>(a) >= static_cast<int>(b) ? a : b;
}

// "runpod/serverless/*/<endpointId>/*" -> endpointId; "*" for every endpoint; empty if neither.
QString endpointOfResource(const QString& resource)
{
    static const QLatin1String head("runpod/serverless/*/");
    static const QLatin1String tail("/*");
    if (!resource.startsWith(head) || !resource.endsWith(tail) || resource.size() <= head.size() + tail.size())
        return {};
    const QString id = resource.mid(head.size(), resource.size() - head.size() - tail.size());
    return id.contains(QLatin1Char('/')) ? QString() : id;
}

QStringList actionsFor(AccessLevel level, const QString& read, const QString& write)
{
    switch (level) {
    case AccessLevel::None:
        return {};
    case AccessLevel::Read:
        return {read};
    case AccessLevel::ReadWrite:
        return {read, write};
    }
    return {};
}

// Applies a statement the console understands to `policy`; returns false, changing nothing,
// when any part of it falls outside the console's terms.
bool interpret(const PolicyStatement& st, AccessLevel* api, AccessLevel* all, QMap<QString, AccessLevel>* endpoints)
{
    if (st.effect != QLatin1String("Allow") || !st.extra.isEmpty() || st.actions.isEmpty() || st.resources.isEmpty())
        return false;
    bool apiActions = false;
    bool serverlessActions = false;
    AccessLevel apiGrant = AccessLevel::None;
    AccessLevel serverlessGrant = AccessLevel::None;
    for (const QString& action : st.actions) {
        if (action == kApiRead || action == kApiWrite) {
            apiActions = true;
            apiGrant = raise(apiGrant, action == kApiWrite ? AccessLevel::ReadWrite : AccessLevel::Read);
        } else if (action == kServerlessRead || action == kServerlessWrite) {
            serverlessActions = true;
            serverlessGrant =
                raise(serverlessGrant, action == kServerlessWrite ? AccessLevel::ReadWrite : AccessLevel::Read);
        } else {
            return false;
        }
    }
    // Every action must make sense on every resource, or the statement is not ours to simplify.
    QStringList endpointIds;
    bool apiResource = false;
    for (const QString& resource : st.resources) {
        if (resource == AccessPolicy::kApiResource) {
            apiResource = true;
            continue;
        }
        const QString id = endpointOfResource(resource);
        if (id.isEmpty())
            return false;
        endpointIds.append(id);
    }
    if ((apiActions && !endpointIds.isEmpty()) || (serverlessActions && apiResource))
        return false;
    if (apiActions) {
        *api = raise(*api, apiGrant);
        return true;
    }
    for (const QString& id : std::as_const(endpointIds)) {
        if (id == QLatin1String("*"))
            *all = raise(*all, serverlessGrant);
        else
            (*endpoints)[id] = raise(endpoints->value(id, AccessLevel::None), serverlessGrant);
    }
    return true;
}

} // namespace

QString toDisplayString(AccessLevel level)
{
    switch (level) {
    case AccessLevel::None:
        return AccessPolicy::tr("None");
    case AccessLevel::Read:
        return AccessPolicy::tr("Read");
    case AccessLevel::ReadWrite:
        return AccessPolicy::tr("Read-Write");
    }
    return {};
}

QJsonObject PolicyStatement::toJson() const
{
    QJsonObject out = extra;
    out.insert(QStringLiteral("Effect"), effect);
    out.insert(QStringLiteral("Actions"), toJsonArray(actions));
    out.insert(QStringLiteral("Resources"), toJsonArray(resources));
    return out;
}

QString AccessPolicy::endpointResource(const QString& endpointId)
{
    return QStringLiteral("runpod/serverless/*/") + endpointId + QStringLiteral("/*");
}

AccessPolicy AccessPolicy::all()
{
    AccessPolicy p;
    p.m_api = AccessLevel::ReadWrite;
    p.m_allEndpoints = AccessLevel::ReadWrite;
    return p;
}

AccessPolicy AccessPolicy::readOnly()
{
    AccessPolicy p;
    p.m_api = AccessLevel::Read;
    p.m_allEndpoints = AccessLevel::Read;
    return p;
}

AccessPolicy AccessPolicy::restricted(AccessLevel api, const QMap<QString, AccessLevel>& endpoints)
{
    AccessPolicy p;
    p.m_api = api;
    for (auto it = endpoints.constBegin(); it != endpoints.constEnd(); ++it)
        p.setEndpointLevel(it.key(), it.value());
    return p;
}

void AccessPolicy::setEndpointLevel(const QString& endpointId, AccessLevel level)
{
    if (level == AccessLevel::None)
        m_endpoints.remove(endpointId);
    else
        m_endpoints.insert(endpointId, level);
}

AccessPreset AccessPolicy::preset() const
{
    if (m_endpoints.isEmpty() && m_custom.isEmpty()) {
        if (m_api == AccessLevel::ReadWrite && m_allEndpoints == AccessLevel::ReadWrite)
            return AccessPreset::All;
        if (m_api == AccessLevel::Read && m_allEndpoints == AccessLevel::Read)
            return AccessPreset::ReadOnly;
    }
    return AccessPreset::Restricted;
}

AccessLevel AccessPolicy::endpointLevel(const QString& endpointId) const
{
    return raise(m_allEndpoints, m_endpoints.value(endpointId, AccessLevel::None));
}

int AccessPolicy::grantedEndpointCount() const
{
    return static_cast<int>(m_endpoints.size());
}

bool AccessPolicy::isWithin(const AccessPolicy& holder) const
{
    // A holder with API and every endpoint read-write holds everything, statements it does not
    // understand included (issue 15: otherwise even the owner's All key could not grant or re-enable
    // a key with a custom statement). Any other holder must hold custom statements verbatim.
    if (holder.m_api == AccessLevel::ReadWrite && holder.m_allEndpoints == AccessLevel::ReadWrite)
        return true;
    if (static_cast<int>(m_api) > static_cast<int>(holder.m_api))
        return false;
    if (static_cast<int>(m_allEndpoints) > static_cast<int>(holder.m_allEndpoints))
        return false;
    for (auto it = m_endpoints.constBegin(); it != m_endpoints.constEnd(); ++it) {
        if (static_cast<int>(it.value()) > static_cast<int>(holder.endpointLevel(it.key())))
            return false;
    }
    return std::all_of(m_custom.cbegin(), m_custom.cend(),
                       [&holder](const PolicyStatement& st) { return holder.m_custom.contains(st); });
}

QString AccessPolicy::presetName() const
{
    switch (preset()) {
    case AccessPreset::All:
        return tr("All");
    case AccessPreset::ReadOnly:
        return tr("Read Only");
    case AccessPreset::Restricted:
        break;
    }
    return tr("Restricted");
}

QString AccessPolicy::summary() const
{
    const AccessPreset p = preset();
    if (p != AccessPreset::Restricted)
        return presetName();
    QStringList parts;
    if (m_api == AccessLevel::Read)
        parts << tr("API read");
    else if (m_api == AccessLevel::ReadWrite)
        parts << tr("API read/write");
    if (m_allEndpoints == AccessLevel::Read)
        parts << tr("all endpoints read");
    else if (m_allEndpoints == AccessLevel::ReadWrite)
        parts << tr("all endpoints read/write");
    if (!m_endpoints.isEmpty())
        parts << tr("%n endpoint(s)", nullptr, grantedEndpointCount());
    if (!m_custom.isEmpty())
        parts << tr("%n custom statement(s)", nullptr, static_cast<int>(m_custom.size()));
    if (parts.isEmpty())
        return tr("No access");
    return parts.join(QStringLiteral(" · "));
}

Decoded<AccessPolicy> AccessPolicy::fromDocuments(const QJsonArray& policies, const QString& path)
{
    DecodeError error;
    AccessPolicy policy;
    for (qsizetype d = 0; d < policies.size(); ++d) {
        const QString docPath = path + QLatin1Char('[') + QString::number(d) + QLatin1Char(']');
        if (!policies.at(d).isObject())
            return DecodeError{DecodeError::Kind::WrongType, docPath, QStringLiteral("an object")};
        JsonReader doc(policies.at(d).toObject(), docPath, &error);
        const QString version = doc.string(QStringLiteral("Version"));
        const QJsonArray statements = doc.array(QStringLiteral("Statement"));
        if (doc.failed())
            return error;
        for (qsizetype s = 0; s < statements.size(); ++s) {
            const QString stPath =
                doc.pathOf(QStringLiteral("Statement")) + QLatin1Char('[') + QString::number(s) + QLatin1Char(']');
            if (!statements.at(s).isObject())
                return DecodeError{DecodeError::Kind::WrongType, stPath, QStringLiteral("an object")};
            QJsonObject raw = statements.at(s).toObject();
            JsonReader r(raw, stPath, &error);
            PolicyStatement st;
            st.version = version;
            st.effect = r.string(QStringLiteral("Effect"));
            st.actions = r.stringList(QStringLiteral("Actions"));
            st.resources = r.stringList(QStringLiteral("Resources"));
            if (r.failed())
                return error;
            raw.remove(QStringLiteral("Effect"));
            raw.remove(QStringLiteral("Actions"));
            raw.remove(QStringLiteral("Resources"));
            st.extra = raw;
            policy.addStatement(st);
        }
    }
    policy.finishStatements();
    return policy;
}

void AccessPolicy::addStatement(const PolicyStatement& st)
{
    if (st.version != kVersion || !interpret(st, &m_api, &m_allEndpoints, &m_endpoints))
        m_custom.append(st);
}

void AccessPolicy::finishStatements()
{
    // Per-endpoint levels already covered by the all-endpoints level add nothing.
    for (auto it = m_endpoints.begin(); it != m_endpoints.end();) {
        if (static_cast<int>(it.value()) <= static_cast<int>(m_allEndpoints))
            it = m_endpoints.erase(it);
        else
            ++it;
    }
}

QJsonArray AccessPolicy::toDocuments() const
{
    QJsonArray statements;
    auto add = [&statements](const QStringList& actions, const QStringList& resources) {
        if (actions.isEmpty() || resources.isEmpty())
            return;
        PolicyStatement st;
        st.actions = actions;
        st.resources = resources;
        statements.append(st.toJson());
    };
    add(actionsFor(m_api, kApiRead, kApiWrite), {kApiResource});
    add(actionsFor(m_allEndpoints, kServerlessRead, kServerlessWrite), {kAllEndpointsResource});
    for (AccessLevel level : {AccessLevel::Read, AccessLevel::ReadWrite}) {
        if (static_cast<int>(level) <= static_cast<int>(m_allEndpoints))
            continue;
        QStringList resources;
        for (auto it = m_endpoints.constBegin(); it != m_endpoints.constEnd(); ++it) {
            if (it.value() == level)
                resources << endpointResource(it.key());
        }
        add(actionsFor(level, kServerlessRead, kServerlessWrite), resources);
    }

    // Custom statements go back in documents of their own version, in their original order.
    QList<QPair<QString, QJsonArray>> documents{{kVersion, statements}};
    for (const PolicyStatement& st : m_custom) {
        auto it = std::find_if(documents.begin(), documents.end(),
                               [&st](const QPair<QString, QJsonArray>& doc) { return doc.first == st.version; });
        if (it == documents.end()) {
            documents.append({st.version, QJsonArray()});
            it = documents.end() - 1;
        }
        it->second.append(st.toJson());
    }
    QJsonArray out;
    for (const auto& [version, docStatements] : std::as_const(documents)) {
        if (docStatements.isEmpty())
            continue;
        out.append(QJsonObject{{QStringLiteral("Version"), version}, {QStringLiteral("Statement"), docStatements}});
    }
    return out;
}

} // namespace podwarden
