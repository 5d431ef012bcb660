#pragma once

#include "AuditEvent.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace podwarden {

// The account's events as loaded so far, newest first, a page appended at a time: when, what was
// done, to which kind of resource and which one, by whom (the person, and the key used), and the
// change's details in a line. DisplayRole is text; ToolTipRole the exact time or the whole sentence.
// An event never holds a secret value or a raw key, so neither does this model.
class AuditEventTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Action, ResourceKind, Resource, Actor, Details, ColumnCount };
    enum Role { SortRole = Qt::UserRole };

    explicit AuditEventTableModel(QObject* parent = nullptr);

    void clear();
    // Adds a page below the events already shown (an event already shown is not added twice).
    void append(const QList<AuditEvent>& events);
    const AuditEvent& eventAt(int row) const { return m_events.at(row); }
    const QList<AuditEvent>& events() const { return m_events; }
    void setNow(const QDateTime& now);

    static QString resourceKindText(ResourceType type);
    // "name: old → new" and the like, from the event's changes; empty when there are none.
    static QString detailsText(const AuditEvent& event);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditEvent> m_events;
    QSet<QString> m_ids;
    QDateTime m_now;
};

} // namespace podwarden
