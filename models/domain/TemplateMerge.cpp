#include "TemplateMerge.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace podwarden {

namespace {

// The fields in the order the editor shows them; id and env are handled apart.
const QStringList& fieldOrder()
{
    static const QStringList order = {
        QStringLiteral("name"),     QStringLiteral("image"),        QStringLiteral("args"),
        QStringLiteral("disk"),     QStringLiteral("ports"),        QStringLiteral("mounts"),
        QStringLiteral("category"), QStringLiteral("serverless"),   QStringLiteral("public"),
        QStringLiteral("startSsh"), QStringLiteral("startJupyter"), QStringLiteral("allowedCudaVersions"),
        QStringLiteral("registry"),
    };
    return order;
}

// Env as the service sees it: one value per key, the last one winning.
QHash<QString, QString> envMap(const EnvList& env)
{
    QHash<QString, QString> map;
    for (const EnvVar& var : env)
        map.insert(var.key, var.value);
    return map;
}

std::optional<QString> lookup(const QHash<QString, QString>& map, const QString& key)
{
    const auto it = map.constFind(key);
    return it == map.constEnd() ? std::nullopt : std::optional<QString>(*it);
}

template <typename Change> auto resolved(const Change& change, const QHash<QString, MergeSide>& choices)
{
    // A choice decides any row; without one, a conflict keeps the draft's side and otherwise the
    // side that changed wins.
    if (const auto it = choices.constFind(change.id()); it != choices.constEnd())
        return *it == MergeSide::Mine ? change.mine : change.theirs;
    if (change.conflict())
        return change.mine;
    if (change.mineChanged())
        return change.mine;
    return change.theirs; // theirs changed, or neither did (then it is the base)
}

} // namespace

TemplateComparison TemplateComparison::compare(const Template& base, const Template& mine, const Template& theirs)
{
    TemplateComparison c;
    c.m_base = base;
    c.m_mine = mine;
    c.m_theirs = theirs;
    const QJsonObject b = base.toJson();
    const QJsonObject m = mine.toJson();
    const QJsonObject t = theirs.toJson();
    for (const QString& field : fieldOrder()) {
        FieldChange change{field, b.value(field), m.value(field), t.value(field)};
        if (change.mineChanged() || change.theirsChanged())
            c.m_fields.append(change);
    }

    const QHash<QString, QString> be = envMap(base.env);
    const QHash<QString, QString> me = envMap(mine.env);
    const QHash<QString, QString> te = envMap(theirs.env);
    QStringList keys;
    QSet<QString> seen;
    for (const EnvList* list : {&mine.env, &theirs.env, &base.env}) {
        for (const EnvVar& var : *list) {
            if (!seen.contains(var.key)) {
                seen.insert(var.key);
                keys.append(var.key);
            }
        }
    }
    for (const QString& key : keys) {
        EnvChange change{key, lookup(be, key), lookup(me, key), lookup(te, key)};
        if (change.mineChanged() || change.theirsChanged())
            c.m_env.append(change);
    }
    return c;
}

bool TemplateComparison::hasConflicts() const
{
    return std::any_of(m_fields.begin(), m_fields.end(), [](const FieldChange& f) { return f.conflict(); }) ||
           std::any_of(m_env.begin(), m_env.end(), [](const EnvChange& e) { return e.conflict(); });
}

QStringList TemplateComparison::conflictIds() const
{
    QStringList ids;
    for (const FieldChange& f : m_fields) {
        if (f.conflict())
            ids << f.id();
    }
    for (const EnvChange& e : m_env) {
        if (e.conflict())
            ids << e.id();
    }
    return ids;
}

Template TemplateComparison::merge(const QHash<QString, MergeSide>& choices) const
{
    QJsonObject json = m_mine.toJson();
    for (const FieldChange& change : m_fields)
        json.insert(change.field, resolved(change, choices));
    Decoded<Template> decoded = Template::fromJson(json);
    Template result = decoded ? decoded.value() : m_mine; // every value came from a valid template
    result.id = m_theirs.id.isEmpty() ? m_mine.id : m_theirs.id;

    // Env: the draft's order, then what only the service has, each key once.
    QHash<QString, std::optional<QString>> decided;
    for (const EnvChange& change : m_env)
        decided.insert(change.key, resolved(change, choices));
    const QHash<QString, QString> mineMap = envMap(m_mine.env);
    const QHash<QString, QString> theirsMap = envMap(m_theirs.env);
    result.env.clear();
    QSet<QString> placed;
    const auto place = [&](const EnvList& order, const QHash<QString, QString>& values) {
        for (const EnvVar& var : order) {
            if (placed.contains(var.key))
                continue;
            placed.insert(var.key);
            const std::optional<QString> value =
                decided.contains(var.key) ? decided.value(var.key) : lookup(values, var.key);
            if (value)
                result.env.append({var.key, *value});
        }
    };
    place(m_mine.env, mineMap);
    place(m_theirs.env, theirsMap);
    return result;
}

QString TemplateComparison::fieldLabel(const QString& field)
{
    if (field == QLatin1String("name"))
        return tr("Name");
    if (field == QLatin1String("image"))
        return tr("Container image");
    if (field == QLatin1String("args"))
        return tr("Start command");
    if (field == QLatin1String("disk"))
        return tr("Container disk (GB)");
    if (field == QLatin1String("ports"))
        return tr("Ports");
    if (field == QLatin1String("mounts"))
        return tr("Persistent volume");
    if (field == QLatin1String("category"))
        return tr("Category");
    if (field == QLatin1String("serverless"))
        return tr("Serverless");
    if (field == QLatin1String("public"))
        return tr("Public");
    if (field == QLatin1String("startSsh"))
        return tr("Start SSH");
    if (field == QLatin1String("startJupyter"))
        return tr("Start Jupyter");
    if (field == QLatin1String("allowedCudaVersions"))
        return tr("CUDA versions");
    if (field == QLatin1String("registry"))
        return tr("Registry credential");
    return field;
}

QString TemplateComparison::valueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return tr("(none)");
    case QJsonValue::Bool:
        return value.toBool() ? tr("Yes") : tr("No");
    case QJsonValue::Double:
        return QString::number(value.toInteger());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue& v : value.toArray())
            parts << valueText(v);
        return parts.isEmpty() ? tr("(none)") : parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object: {
        const QJsonObject o = value.toObject();
        if (o.isEmpty())
            return tr("(none)");
        // The persistent volume: "50 GB at /workspace".
        if (o.contains(QStringLiteral("persistent"))) {
            const QJsonObject volume = o.value(QStringLiteral("persistent")).toObject();
            return tr("%1 GB at %2")
                .arg(volume.value(QStringLiteral("size")).toInteger())
                .arg(volume.value(QStringLiteral("path")).toString());
        }
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    }
    return {};
}

} // namespace podwarden
