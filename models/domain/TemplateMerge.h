#pragma once

#include "Template.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>

#include <optional>

namespace podwarden {

enum class MergeSide { Mine, Theirs };

// One template field (by its wire name: "name", "image", "disk", "ports", "mounts", ...) as it
// was when the draft began (base), as the draft has it (mine) and as the service has it now
// (theirs).
struct FieldChange
{
    QString field;
    QJsonValue base;
    QJsonValue mine;
    QJsonValue theirs;

    bool mineChanged() const { return mine != base; }
    bool theirsChanged() const { return theirs != base; }
    bool conflict() const { return mineChanged() && theirsChanged() && mine != theirs; }
    QString id() const { return QStringLiteral("field:") + field; }
};

// One environment variable, by key; nullopt where the variable is absent.
struct EnvChange
{
    QString key;
    std::optional<QString> base;
    std::optional<QString> mine;
    std::optional<QString> theirs;

    bool mineChanged() const { return mine != base; }
    bool theirsChanged() const { return theirs != base; }
    bool conflict() const { return mineChanged() && theirsChanged() && mine != theirs; }
    QString id() const { return QStringLiteral("env:") + key; }
};

// The three-way comparison behind a push whose template changed on the service meanwhile: every
// field and every env variable that differs anywhere, with the ones both sides changed
// differently marked as conflicts. merge() takes each side's own changes and, for a conflict,
// the side the user chose (the draft's when nothing was chosen), so nothing changes silently.
class TemplateComparison final
{
    Q_DECLARE_TR_FUNCTIONS(TemplateComparison)
public:
    static TemplateComparison compare(const Template& base, const Template& mine, const Template& theirs);

    const QList<FieldChange>& fields() const { return m_fields; }
    const QList<EnvChange>& env() const { return m_env; }
    bool hasConflicts() const;
    QStringList conflictIds() const; // "field:image", "env:HF_TOKEN"
    bool isEmpty() const { return m_fields.isEmpty() && m_env.isEmpty(); }

    // `choices` maps a row's id (FieldChange::id(), EnvChange::id()) to the side to keep; rows
    // without a choice take the side that changed, and a conflict the draft's.
    Template merge(const QHash<QString, MergeSide>& choices = {}) const;

    static QString fieldLabel(const QString& field); // translated: "Container image"
    static QString valueText(const QJsonValue& value);

private:
    Template m_base;
    Template m_mine;
    Template m_theirs;
    QList<FieldChange> m_fields;
    QList<EnvChange> m_env;
};

} // namespace podwarden
