#pragma once

#include <QStyledItemDelegate>

namespace podwarden {

// Edits an AccessLevel cell (EditRole: the level as an int) with a combo box of None / Read /
// Read-Write that commits as soon as a level is picked; Enter in it commits and stays in the
// dialog (it is not the dialog's default button). From the keyboard, without opening the editor:
// Space steps to the next level, 0, 1 and 2 pick None, Read and Read-Write. A cell whose
// MinimumLevelRole is set (the key reaches every endpoint at that level) offers only the levels
// from there up.
class AccessLevelDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // The least level the cell can show, as an int; absent means None.
    static constexpr int MinimumLevelRole = Qt::UserRole + 64;

    explicit AccessLevelDelegate(QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;
    bool eventFilter(QObject* object, QEvent* event) override;
};

} // namespace podwarden
