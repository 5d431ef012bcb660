#pragma once

#include "Template.h"
#include "TemplateMerge.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace podwarden {

// Shown when a pushed draft meets a template that changed on the service since the draft began:
// every field and env variable that differs anywhere, side by side (original, draft, service),
// conflicts marked, and a per-row choice. The user keeps the draft whole, takes the service's
// copy whole, or pushes the merge of the rows' choices; nothing is overwritten without a choice
// on screen. The dialog sends nothing itself: the caller acts on resolution() and result().
//
//     TemplateConflictDialog dialog(comparison, draft, current, this);
//     if (dialog.exec() == QDialog::Accepted && dialog.resolution() != Resolution::TakeTheirs)
//         push(dialog.result());
class TemplateConflictDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Resolution { None, KeepMine, TakeTheirs, Merge };
    enum Column { WhatColumn, BaseColumn, MineColumn, TheirsColumn, KeepColumn, ColumnCount };
    // On the items of "conflictTable": RowIdRole ("field:image", "env:HF_TOKEN") on the What item;
    // ConflictRole true on every item of a conflicting row; ChangedRole on the draft's and the
    // service's items, whether that side changed the value; PlaceholderRole where the text stands
    // for no value ("(not set)"); EnvKeyRole the variable's key on an env row's What item.
    enum Role { RowIdRole = Qt::UserRole, ConflictRole, ChangedRole, PlaceholderRole, EnvKeyRole };

    TemplateConflictDialog(const TemplateComparison& comparison, const Template& mine, const Template& theirs,
                           QWidget* parent = nullptr);
    ~TemplateConflictDialog() override;

    Resolution resolution() const { return m_resolution; }
    // What to keep: KeepMine the draft (with the service's id), TakeTheirs the service's copy,
    // Merge comparison.merge(choices()). With None (cancelled) the draft, unchanged. Note that
    // this hides QDialog::result(); call QDialog::result() for the accept/reject code.
    Template result() const;
    // The side kept for every row shown, by row id.
    QHash<QString, MergeSide> choices() const { return m_choices; }
    // Sets a row's Keep choice as the user would; unknown row ids are ignored.
    void choose(const QString& rowId, MergeSide side);

private:
    void addRow(const QString& id, const QString& what, const QString& envKey, bool conflict, bool mineChanged,
                bool theirsChanged, const QStringList& values, const QList<bool>& placeholders);
    void finish(Resolution resolution);
    void fitColumns();

    TemplateComparison m_comparison;
    Template m_mine;
    Template m_theirs;
    Resolution m_resolution = Resolution::None;
    QHash<QString, MergeSide> m_choices;
    QHash<QString, QComboBox*> m_keep;
    QTableWidget* m_table = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace podwarden
