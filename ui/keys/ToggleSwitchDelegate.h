#pragma once

#include <QStyledItemDelegate>

namespace podwarden {

// Paints a boolean (Qt::CheckStateRole) as a toggle switch and turns a click on it, or Space on
// its cell, into setData(index, newState, Qt::CheckStateRole). State stays in the model.
class ToggleSwitchDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ToggleSwitchDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;

    // The switch's rectangle inside a cell (tests click its centre).
    static QRect switchRect(const QRect& cell);
};

} // namespace podwarden
