#pragma once

#include <QStyledItemDelegate>

namespace podwarden {

// Edits an AccessLevel cell (EditRole: the level as an int) with a combo box of None / Read /
// Read-Write that commits as soon as a level is picked. From the keyboard, without opening the
// editor: Space steps to the next level, 0, 1 and 2 pick None, Read and Read-Write.
class AccessLevelDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
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
};

} // namespace podwarden
