#pragma once

#include "CredentialGraph.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace podwarden {

// "Who can reach it": the keys that can call one endpoint (CredentialGraph::reach), with the
// level, how they got it, their last use and whether they are enabled. The reverse of the key
// dialog's endpoint matrix. DisplayRole is text, SortRole the raw value.
class ReachTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Key, Access, How, LastUsed, State, ColumnCount };
    enum Role { SortRole = Qt::UserRole, KeyIdRole, SearchTextRole };

    explicit ReachTableModel(QObject* parent = nullptr);

    void setReach(QList<KeyReach> reach);
    const QList<KeyReach>& reach() const { return m_reach; }
    const KeyReach& reachAt(int row) const { return m_reach.at(row); }
    void setNow(const QDateTime& now);

    static QString viaText(ReachVia via);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<KeyReach> m_reach;
    QDateTime m_now;
};

} // namespace podwarden
