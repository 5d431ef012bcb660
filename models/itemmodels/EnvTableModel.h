#pragma once

#include "EnvVar.h"
#include "Validation.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPersistentModelIndex>
#include <QSet>
#include <QString>

#include <optional>

namespace podwarden {

// The env table of the template editor: an ordered list of KEY=value rows, duplicates and all,
// edited in place. Every change runs the contract's env rules again (Validation::env) so each row
// carries its problems (ToolTipRole, ProblemRole, ProblemCodesRole on both columns) and the value
// column the spans of its `{{ RUNPOD_SECRET_name }}` references (ReferencesRole) for highlighting.
// Problems of the whole list (more than 50 variables) have no row; issues() holds them. A key set
// twice is flagged on both rows (issuesAt(), the roles); issues() is Validation::env()'s list as
// it is, which names only the repeat.
class EnvTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Key, Value, ColumnCount };
    enum Role {
        ProblemRole = Qt::UserRole, // QStringList: the messages of the row's problems
        ProblemCodesRole,           // QVariantList of int (ValidationIssue::Code), same order
        ReferencesRole              // Value column: QVariantList of QVariantMap {name, start, length, nameStart, known}
    };

    explicit EnvTableModel(QObject* parent = nullptr);

    // Replaces the whole list (a model reset); emits envChanged() when it differs from the old one.
    void setEnv(EnvList env);
    const EnvList& env() const { return m_env; }
    // The secret names of the account; std::nullopt when unknown, and then no reference is flagged.
    void setKnownSecrets(std::optional<QSet<QString>> names);
    const std::optional<QSet<QString>>& knownSecrets() const { return m_knownSecrets; }

    // Every problem of the list, the row-less ones (TooMany) included.
    const QList<ValidationIssue>& issues() const { return m_issues; }
    bool hasErrors() const { return !m_issues.isEmpty(); }
    QList<ValidationIssue> issuesAt(int row) const;

    // An empty row at `at` (appended when `at` is out of range); returns its row. Until something
    // is typed into it, it is new: an edit of it cancelled with Escape (the view calls revert())
    // takes it out again, instead of leaving an empty, invalid row.
    int addRow(int at = -1);
    // The new row of addRow(), or -1.
    int newRow() const { return m_newRow.isValid() ? m_newRow.row() : -1; }
    // Moves one row so that it ends up at row `to`; false when either is out of range.
    bool moveRowTo(int from, int to);
    // Pasted `KEY=value` lines inserted at `at` (appended when out of range): split at the first
    // '=', the key trimmed, the value kept as it is but for a trailing '\r'; blank lines and
    // '#' comments skipped, an `export ` prefix dropped, a line without '=' a key with an empty
    // value. Returns the number of rows added.
    int pasteLines(const QString& text, int at = -1);
    // The rows pasteLines() would add, without adding them.
    static EnvList parseLines(const QString& text);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool insertRows(int row, int count, const QModelIndex& parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;
    bool moveRows(const QModelIndex& sourceParent, int sourceRow, int count, const QModelIndex& destinationParent,
                  int destinationChild) override;
    // A view calls this when an editor closes with Escape. (submit() is no signal of anything:
    // QItemSelectionModel calls it whenever the current row changes.)
    void revert() override;

signals:
    // The list changed: an edit, a row added, removed or moved, a paste, or setEnv() with a
    // different list. Not emitted by setKnownSecrets().
    void envChanged();
    // The problems were worked out again (after every change and after setKnownSecrets()).
    void issuesChanged();

private:
    void revalidate();     // recomputes the issues, no signals
    void notifyIssues();   // dataChanged for the problem roles of every row, then issuesChanged()
    void contentChanged(); // notifyIssues(), then envChanged()
    QVariant references(const QString& value) const;

    EnvList m_env;
    std::optional<QSet<QString>> m_knownSecrets;
    QList<ValidationIssue> m_issues;
    QList<QList<ValidationIssue>> m_rowIssues; // one entry per row
    QPersistentModelIndex m_newRow;            // addRow()'s row while nothing is in it
};

} // namespace podwarden
