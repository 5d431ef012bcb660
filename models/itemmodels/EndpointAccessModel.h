#pragma once

#include "AccessPolicy.h"
#include "Endpoint.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QMap>

namespace podwarden {

// Every endpoint of the account with the access one API key has to it (None, Read or Read-Write),
// for the per-endpoint editor of the key dialog. Endpoints that the policy names but the account
// no longer lists (deleted, or not loaded yet) stay as rows of their own, named by id and marked
// as not found, so saving the key never drops a grant silently.
//
//     EndpointAccessModel model;
//     model.setEndpoints(snapshot.endpoints);
//     model.setLevels(key.policy.endpointLevels());
//     ...
//     AccessPolicy::restricted(api, model.levels());
class EndpointAccessModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Id, Access, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole, // the raw value: name, id, or the level as an int
        EndpointIdRole,          // the endpoint's id, on every column
        AccessLevelRole,         // the level as an int (static_cast<int>(AccessLevel)); editable
        NotFoundRole,            // true for a row the policy names but the endpoint list lacks
        SearchTextRole,          // name and id, for a filter box
    };

    explicit EndpointAccessModel(QObject* parent = nullptr);

    // Rows for `endpoints` plus those the current levels name and `endpoints` lacks; levels are kept.
    void setEndpoints(QList<Endpoint> endpoints);
    // Replaces every level: the ids in `levels` get theirs, every other row None.
    void setLevels(const QMap<QString, AccessLevel>& levels);
    // The levels above None, by endpoint id.
    QMap<QString, AccessLevel> levels() const;

    AccessLevel levelAt(int row) const;
    QString endpointIdAt(int row) const;
    bool isNotFound(int row) const;
    int rowOf(const QString& endpointId) const; // -1 when absent

    void setLevel(int row, AccessLevel level);
    // One change, one levelsChanged(): for "set all shown to".
    void setLevelOfRows(const QList<int>& rows, AccessLevel level);

    int grantedCount() const;             // rows above None
    int countAt(AccessLevel level) const; // rows at exactly `level`
    int notFoundCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void levelsChanged();

private:
    struct Row
    {
        QString id;
        QString name;
        QString details; // type and GPU pools, for the tooltip
        bool notFound = false;
        AccessLevel level = AccessLevel::None;
    };

    // Resets the model to `found` (rows of listed endpoints) and the not-found rows `levels` needs.
    void rebuild(QList<Row> found, const QMap<QString, AccessLevel>& levels);
    bool applyLevel(int row, AccessLevel level); // true when it changed

    QList<Row> m_rows;
    QHash<QString, int> m_rowOfId;
};

} // namespace podwarden
