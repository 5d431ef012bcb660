#include "AccessLevelDelegate.h"

#include "AccessPolicy.h"

#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QStyle>

#include <algorithm>

namespace podwarden {

namespace {

constexpr AccessLevel kLevels[] = {AccessLevel::None, AccessLevel::Read, AccessLevel::ReadWrite};

int minimumLevel(const QModelIndex& index)
{
    return index.data(AccessLevelDelegate::MinimumLevelRole).toInt(); // None when absent
}

} // namespace

AccessLevelDelegate::AccessLevelDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

QWidget* AccessLevelDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& /*option*/,
                                           const QModelIndex& index) const
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("accessLevelEditor"));
    for (AccessLevel level : kLevels) {
        if (static_cast<int>(level) >= minimumLevel(index))
            combo->addItem(toDisplayString(level), static_cast<int>(level));
    }
    combo->setAccessibleName(tr("Access to %1").arg(index.siblingAtColumn(0).data().toString()));
    // A picked level is the whole edit: commit and close at once, as a check box would.
    connect(combo, QOverload<int>::of(&QComboBox::activated), this, [this, combo] {
        auto* self = const_cast<AccessLevelDelegate*>(this);
        emit self->commitData(combo);
        emit self->closeEditor(combo, QAbstractItemDelegate::SubmitModelCache);
    });
    return combo;
}

void AccessLevelDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo)
        return QStyledItemDelegate::setEditorData(editor, index);
    const int at = combo->findData(index.data(Qt::EditRole).toInt());
    combo->setCurrentIndex(at < 0 ? 0 : at);
}

void AccessLevelDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo)
        return QStyledItemDelegate::setModelData(editor, model, index);
    model->setData(index, combo->currentData(), Qt::EditRole);
}

void AccessLevelDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                               const QModelIndex& /*index*/) const
{
    editor->setGeometry(option.rect);
}

QSize AccessLevelDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    // Wide and tall enough for the combo box of the longest level, so opening it moves nothing.
    int text = 0;
    for (AccessLevel level : kLevels)
        text = qMax(text, option.fontMetrics.horizontalAdvance(toDisplayString(level)));
    QStyleOptionComboBox combo;
    combo.fontMetrics = option.fontMetrics;
    const QStyle* style = option.widget ? option.widget->style() : QApplication::style();
    const QSize comboSize =
        style->sizeFromContents(QStyle::CT_ComboBox, &combo, QSize(text, option.fontMetrics.height()), option.widget);
    return size.expandedTo(comboSize);
}

void AccessLevelDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // What the key may do stands out from the many endpoints it may not touch.
    if (index.data(Qt::EditRole).toInt() != static_cast<int>(AccessLevel::None))
        option->font.setBold(true);
}

bool AccessLevelDelegate::editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                                      const QModelIndex& index)
{
    if (event->type() != QEvent::KeyPress || !(index.flags() & Qt::ItemIsEditable))
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    const auto* key = static_cast<QKeyEvent*>(event);
    if (key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier))
        return false;
    const int current = index.data(Qt::EditRole).toInt();
    const int lowest = minimumLevel(index);
    int next = -1;
    switch (key->key()) {
    case Qt::Key_Space:
        next = current + 1 > static_cast<int>(AccessLevel::ReadWrite) ? lowest : current + 1;
        break;
    case Qt::Key_0:
    case Qt::Key_1:
    case Qt::Key_2:
        next = std::max(lowest, key->key() - Qt::Key_0);
        break;
    default:
        return false;
    }
    return model->setData(index, next, Qt::EditRole);
}

bool AccessLevelDelegate::eventFilter(QObject* object, QEvent* event)
{
    // Qt's delegate commits on Enter but lets the key go on to the combo box, which passes it to
    // its parents: the dialog's default button (Create key) would be pressed as well. Enter on
    // the editor is the end of this edit, nothing more.
    auto* combo = qobject_cast<QComboBox*>(object);
    if (combo && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            !(key->modifiers() & ~Qt::KeypadModifier)) {
            emit commitData(combo);
            emit closeEditor(combo, QAbstractItemDelegate::SubmitModelCache);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace podwarden
