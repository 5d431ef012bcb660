#pragma once

#include "Secret.h"
#include "Template.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

namespace podwarden {

// The secrets of an account as a table, with the templates that reference each one ("used by",
// from the templates' env values `{{ RUNPOD_SECRET_name }}`). DisplayRole is text, SortRole the raw
// value, ToolTipRole the exact time or the full list. There is no value anywhere: the service
// never returns one.
class SecretTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Description, Created, ValueUpdated, UsedBy, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole,
        SecretIdRole,
        SearchTextRole, // name and description, lower case
        UsedByRole      // QStringList of template names
    };

    explicit SecretTableModel(QObject* parent = nullptr);

    void setAccount(QList<Secret> secrets, const QList<Template>& templates);
    // Templates changed (pushed, deleted): "used by" is worked out again.
    void setTemplates(const QList<Template>& templates);
    const QList<Secret>& secrets() const { return m_secrets; }
    const Secret& secretAt(int row) const { return m_secrets.at(row); }
    int rowOf(const QString& secretId) const; // -1 when absent
    // Names of the templates whose env references `secretName`, sorted.
    QStringList templatesUsing(const QString& secretName) const { return m_usedBy.value(secretName); }
    void upsertSecret(const Secret& secret);
    void removeSecret(const QString& secretId);
    void setNow(const QDateTime& now);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reindex();
    void rebuildUsedBy(const QList<Template>& templates);

    QList<Secret> m_secrets;
    QHash<QString, int> m_rowOfId;
    QHash<QString, QStringList> m_usedBy; // secret name -> template names
    QDateTime m_now;
};

} // namespace podwarden
