#include "ToggleSwitchDelegate.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace podwarden {

namespace {
constexpr int kWidth = 34;
constexpr int kHeight = 18;
constexpr int kPendingRole = Qt::UserRole + 2; // ApiKeyTableModel::PendingRole, without depending on it
} // namespace

ToggleSwitchDelegate::ToggleSwitchDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

QRect ToggleSwitchDelegate::switchRect(const QRect& cell)
{
    return QRect(cell.left() + 8, cell.center().y() - kHeight / 2 + 1, kWidth, kHeight);
}

QSize ToggleSwitchDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    return {std::max(size.width(), kWidth + 16), std::max(size.height(), kHeight + 8)};
}

void ToggleSwitchDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    // The cell's background and selection as the style draws them, without a check box or text.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.features &= ~QStyleOptionViewItem::HasCheckIndicator;
    background.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const bool on = index.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
    const bool pending = index.data(kPendingRole).toBool();
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette& palette = option.palette;
    const QPalette::ColorGroup group = !(option.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (option.state & QStyle::State_Active) ? QPalette::Active
                                                                               : QPalette::Inactive;
    const QRect track = switchRect(option.rect);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (pending)
        painter->setOpacity(0.55);
    QColor trackColor;
    QColor knobColor;
    QColor edgeColor = Qt::transparent;
    if (selected) {
        // The row is already the highlight colour: in the selected text's colour instead, solid
        // when on (the knob in the highlight colour), faint with an edge when off.
        const QColor ink = palette.color(group, QPalette::HighlightedText);
        if (on) {
            trackColor = ink;
            knobColor = palette.color(group, QPalette::Highlight);
        } else {
            trackColor = ink;
            trackColor.setAlphaF(0.28f);
            edgeColor = ink;
            edgeColor.setAlphaF(0.75f);
            knobColor = ink;
        }
    } else if (on) {
        trackColor = palette.color(group, QPalette::Highlight);
        knobColor = palette.color(group, QPalette::HighlightedText);
    } else {
        // Off: the text colour, faint, so the track shows on light and dark backgrounds alike.
        trackColor = palette.color(group, QPalette::WindowText);
        trackColor.setAlphaF(0.32f);
        knobColor = palette.color(group, QPalette::Base);
    }
    painter->setPen(edgeColor.alpha() ? QPen(edgeColor, 1.0) : QPen(Qt::NoPen));
    painter->setBrush(trackColor);
    painter->drawRoundedRect(QRectF(track).adjusted(0.5, 0.5, -0.5, -0.5), kHeight / 2.0 - 0.5, kHeight / 2.0 - 0.5);
    painter->setPen(Qt::NoPen);
    const int knob = kHeight - 4;
    const QRect knobRect(on ? track.right() - knob - 1 : track.left() + 2, track.top() + 2, knob, knob);
    painter->setBrush(knobColor);
    painter->drawEllipse(knobRect);
    if (option.state & QStyle::State_HasFocus) {
        QPen focus(palette.color(group, selected ? QPalette::HighlightedText : QPalette::Highlight));
        focus.setWidthF(1.5);
        painter->setPen(focus);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(track.adjusted(-2, -2, 2, 2), kHeight / 2.0 + 2, kHeight / 2.0 + 2);
    }
    painter->restore();
}

bool ToggleSwitchDelegate::editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                                       const QModelIndex& index)
{
    if (!(index.flags() & Qt::ItemIsUserCheckable) || !(index.flags() & Qt::ItemIsEnabled))
        return false;
    const auto toggle = [&] {
        const bool on = index.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
        model->setData(index, on ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
        return true;
    };
    switch (event->type()) {
    case QEvent::MouseButtonRelease: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::LeftButton &&
            switchRect(option.rect).adjusted(-4, -4, 4, 4).contains(mouse->position().toPoint()))
            return toggle();
        return false;
    }
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick: {
        // Swallow presses on the switch so that a double click does not toggle twice or start editing.
        auto* mouse = static_cast<QMouseEvent*>(event);
        return switchRect(option.rect).adjusted(-4, -4, 4, 4).contains(mouse->position().toPoint());
    }
    case QEvent::KeyPress: {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Space || key->key() == Qt::Key_Select)
            return toggle();
        return false;
    }
    default:
        return false;
    }
}

} // namespace podwarden
