#include "EnvValueDelegate.h"

#include "EnvTableModel.h"
#include "SecretReference.h"
#include "templates/SecretSelector.h"

#include <QAction>
#include <QApplication>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QPointer>
#include <QScreen>
#include <QTextLayout>
#include <QVariantMap>

#include <algorithm>

namespace podwarden {

namespace {

const QLatin1String kOpenBraces("{{");
// Around a reference: kGap pixels of room for its background, which reaches kPad beyond the text.
constexpr int kGap = 4;
constexpr qreal kPad = 2.0;

// The trailing button's icon: the theme's "insert-link", or braces drawn in the text colour.
QIcon insertReferenceIcon(const QPalette& palette, const QFont& base)
{
    const QIcon themed = QIcon::fromTheme(QStringLiteral("insert-link"));
    if (!themed.isNull())
        return themed;
    QIcon icon;
    QFont font = base;
    font.setPixelSize(12);
    font.setBold(true);
    for (const qreal ratio : {1.0, 2.0}) {
        QPixmap pixmap(QSize(16, 16) * ratio);
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.setFont(font);
        painter.setPen(palette.color(QPalette::Text));
        painter.drawText(QRectF(0, 0, 16, 16), Qt::AlignCenter, QStringLiteral("{ }"));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

// The value editor: a line edit that opens the secret selector from its trailing button or when
// "{{" is typed, and puts the picked reference in. It owns its selector, so the selector goes
// with it and the focus moving into the popup stays "inside" the editor.
class ValueEditor final : public QLineEdit
{
public:
    ValueEditor(const EnvValueDelegate* delegate, QWidget* parent)
        : QLineEdit(parent)
        , m_delegate(delegate)
    {
        setObjectName(QStringLiteral("envValueEditor"));
        setFrame(false);
        setAccessibleName(EnvValueDelegate::tr("Value"));
        m_selector = new SecretSelector(this);
        QAction* insert = addAction(insertReferenceIcon(palette(), font()), QLineEdit::TrailingPosition);
        insert->setObjectName(QStringLiteral("insertSecret"));
        insert->setToolTip(EnvValueDelegate::tr("Insert a secret reference"));
        insert->setText(EnvValueDelegate::tr("Insert a secret reference"));
        connect(insert, &QAction::triggered, this, [this] { openSelector(-1); });
        connect(m_selector, &SecretSelector::picked, this, [this](const QString& name) { insertReference(name); });
        connect(m_selector, &SecretSelector::dismissed, this, [this] { selectorClosed(); });
        connect(this, &QLineEdit::textEdited, this, [this](const QString& text) { edited(text); });
        connect(this, &QLineEdit::textChanged, this, [this](const QString& text) { m_length = text.size(); });
    }

    ~ValueEditor() override
    {
        // The selector goes with QWidget's destructor, when this class is gone already.
        QObject::disconnect(m_selector, nullptr, this, nullptr);
    }

    // True from opening the selector until it picks or is dismissed: the editor has no focus then,
    // but the user is still editing.
    bool isSelecting() const { return m_selecting; }

protected:
    void hideEvent(QHideEvent* event) override
    {
        m_selector->hide();
        QLineEdit::hideEvent(event);
    }

private:
    // `braceStart`: where the "{{" that opened it starts, -1 from the button.
    void openSelector(qsizetype braceStart)
    {
        m_braceStart = braceStart;
        m_cursor = cursorPosition();
        m_selectionStart = hasSelectedText() ? selectionStart() : -1;
        m_selectionLength = hasSelectedText() ? selectionLength() : 0;
        m_selector->setSecrets(m_delegate ? m_delegate->secrets() : QList<Secret>{});

        // Under the editor, at the braces when they opened it; above it when there is no room below;
        // inside the window where it fits, and inside the screen always.
        const int x =
            braceStart >= 0 ? std::max(0, cursorRect().left() - fontMetrics().horizontalAdvance(kOpenBraces)) : 0;
        const QRect anchor(mapToGlobal(QPoint(0, 0)), size());
        const QWidget* top = window();
        const QRect within(top->mapToGlobal(QPoint(0, 0)), top->size());
        m_selecting = true;
        m_selector->popup(anchor, anchor.left() + x, within);
    }

    void edited(const QString& text)
    {
        // One character typed (not a paste or a deletion) that completes "{{" right before the cursor.
        const bool typedOne = text.size() == m_length + 1;
        m_length = text.size();
        const qsizetype cursor = cursorPosition();
        if (!typedOne || m_selecting || cursor < 2 || QStringView(text).mid(cursor - 2, 2) != kOpenBraces)
            return;
        if (cursor >= 3 && text.at(cursor - 3) == QLatin1Char('{'))
            return; // "{{{" is not the start of a reference
        openSelector(cursor - 2);
    }

    void insertReference(const QString& name)
    {
        m_selecting = false;
        const QString current = text();
        if (m_braceStart >= 0 && QStringView(current).mid(m_braceStart, 2) == kOpenBraces)
            setSelection(int(m_braceStart), 2);
        else if (m_selectionStart >= 0 && m_selectionStart + m_selectionLength <= current.size())
            setSelection(int(m_selectionStart), int(m_selectionLength));
        else
            setCursorPosition(int(std::min(m_cursor, current.size())));
        m_braceStart = -1;
        insert(SecretReference::format(name)); // replaces the selection, and can be undone
        if (isVisible())
            setFocus(Qt::OtherFocusReason);
    }

    void selectorClosed()
    {
        m_selecting = false;
        m_braceStart = -1;
        if (isVisible())
            setFocus(Qt::OtherFocusReason);
    }

    QPointer<const EnvValueDelegate> m_delegate;
    SecretSelector* m_selector = nullptr;
    qsizetype m_braceStart = -1;
    qsizetype m_cursor = 0;
    qsizetype m_selectionStart = -1;
    qsizetype m_selectionLength = 0;
    qsizetype m_length = 0;
    bool m_selecting = false;
};

QColor withAlpha(QColor colour, qreal alpha)
{
    colour.setAlphaF(float(alpha));
    return colour;
}

} // namespace

EnvValueDelegate::EnvValueDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

void EnvValueDelegate::setSecrets(const QList<Secret>& secrets)
{
    m_secrets = secrets;
}

void EnvValueDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QVariantList references = index.data(EnvTableModel::ReferencesRole).toList();
    if (references.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    const QRect textArea = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    QString text = opt.text;
    // The background, selection and focus as the style draws them; the text is drawn here.
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    // One line, as QStyledItemDelegate shows a value: control characters become spaces, which
    // keeps the reference positions.
    for (QChar& c : text) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = textArea.adjusted(margin, 0, -margin, 0);
    const QFontMetrics metrics(opt.font);
    // Each reference gets kGap pixels of room on either side, so that its background does not
    // run into the neighbouring characters ("sk-{{ ... }}").
    const int reserved = int(references.size()) * 2 * kGap;
    qsizetype visible = text.size();
    QString shown = text;
    if (opt.textElideMode != Qt::ElideNone && metrics.horizontalAdvance(text) + reserved > textRect.width()) {
        const QString elided = metrics.elidedText(text, Qt::ElideRight, std::max(0, textRect.width() - reserved));
        const QChar ellipsis(0x2026);
        visible = elided.endsWith(ellipsis) ? elided.size() - 1 : elided.size();
        visible = std::min(visible, text.size());
        shown = text.left(visible) + ellipsis;
    }

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Active
                                                                            : QPalette::Inactive;
    const QPalette& palette = opt.palette;
    const bool dark = palette.color(group, QPalette::Base).lightness() < 128;
    const QColor textColour = palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor highlight = palette.color(group, QPalette::Highlight);
    // No palette role is red: one hue, tinted against the cell and brightened for a dark one.
    const QColor warning = dark ? QColor(0xff, 0x6e, 0x64) : QColor(0xc4, 0x26, 0x1b);
    const QColor warningText = dark ? QColor(0xff, 0x9a, 0x90) : QColor(0xa8, 0x1d, 0x14);
    // On the selection colour a tint vanishes: an unknown secret there is a solid red pill under
    // the selected text's colour (white on red reads in both palettes, and red is no selection hue).
    const QColor warningSelected(0xc4, 0x26, 0x1b);

    struct Span
    {
        qsizetype start;
        qsizetype end;
        bool known;
    };
    QList<Span> spans;
    // Per character: drawn in the warning colour, and followed by a gap.
    QList<bool> warn(shown.size(), false);
    QList<bool> gapAfter(shown.size(), false);
    for (const QVariant& entry : references) {
        const QVariantMap map = entry.toMap();
        const qsizetype start = std::clamp<qsizetype>(map.value(QStringLiteral("start")).toInt(), 0, visible);
        const qsizetype end =
            std::clamp<qsizetype>(start + map.value(QStringLiteral("length")).toInt(), start, visible);
        if (end <= start)
            continue;
        const bool known = map.value(QStringLiteral("known"), true).toBool();
        spans.append({start, end, known});
        if (start > 0)
            gapAfter[start - 1] = true;
        gapAfter[end - 1] = true;
        for (qsizetype i = start; !known && !selected && i < end; ++i)
            warn[i] = true;
    }
    QList<QTextLayout::FormatRange> formats;
    for (qsizetype i = 0; i < shown.size();) {
        qsizetype j = i + 1;
        while (j < shown.size() && warn.at(j) == warn.at(i) && !gapAfter.at(j - 1))
            ++j;
        // [i, j) has one colour; only its last character may have a gap after it.
        if (warn.at(i) || gapAfter.at(j - 1)) {
            QTextLayout::FormatRange range;
            range.start = int(i);
            range.length = int(j - i);
            if (warn.at(i))
                range.format.setForeground(warningText);
            if (gapAfter.at(j - 1)) {
                // Letter spacing widens every character of a range: the gap gets a range of its own.
                if (j - i > 1) {
                    range.length -= 1;
                    formats.append(range);
                    range.start = int(j - 1);
                    range.length = 1;
                }
                range.format.setFontLetterSpacingType(QFont::AbsoluteSpacing);
                range.format.setFontLetterSpacing(kGap);
            }
            formats.append(range);
        }
        i = j;
    }

    QTextLayout layout(shown, opt.font, painter->device());
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::NoWrap);
    textOption.setTextDirection(Qt::LeftToRight);
    layout.setTextOption(textOption);
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (!line.isValid()) {
        layout.endLayout();
        return;
    }
    line.setLineWidth(std::max(0, textRect.width()) + metrics.maxWidth() + reserved);
    layout.endLayout();

    // A reference at the very start moves the text right to keep its background inside the cell.
    const qreal left = textRect.left() + (!spans.isEmpty() && spans.constFirst().start == 0 ? kPad : 0.0);
    const qreal top = textRect.top() + (textRect.height() - line.height()) / 2.0;
    painter->save();
    painter->setClipRect(textArea);
    painter->setRenderHint(QPainter::Antialiasing);
    for (const Span& span : spans) {
        const qreal x0 = left + line.cursorToX(int(span.start)) - kPad;
        const qreal x1 = left + line.cursorToX(int(span.end)) - kGap + kPad;
        // A pixel more below than above: an underscore sits at the very bottom of the line.
        const QRectF pill(x0, top - 1.0, x1 - x0, line.height() + 3.0);
        QColor fill;
        QPen outline;
        if (selected && span.known) {
            // On the selection colour only the selected text's colour reads: an outline.
            fill = withAlpha(textColour, 0.16);
            outline = QPen(withAlpha(textColour, 0.85), 1.0);
        } else if (selected) {
            fill = warningSelected;
            outline = QPen(warningSelected.darker(140), 1.0);
        } else if (span.known) {
            fill = withAlpha(highlight, dark ? 0.42 : 0.20);
            outline = QPen(withAlpha(highlight, dark ? 0.85 : 0.55), 1.0);
        } else {
            fill = withAlpha(warning, dark ? 0.26 : 0.13);
            outline = QPen(withAlpha(warning, dark ? 0.80 : 0.60), 1.0);
        }
        painter->setPen(outline);
        painter->setBrush(fill);
        painter->drawRoundedRect(pill.adjusted(0.5, 0.5, -0.5, -0.5), 3.5, 3.5);
    }
    painter->setPen(textColour);
    layout.draw(painter, QPointF(left, top));
    painter->restore();
}

QSize EnvValueDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    // Room above and below the text for the references' backgrounds, and for the editor's button.
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), QFontMetrics(option.font).height() + 10));
    return size;
}

QWidget* EnvValueDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    return new ValueEditor(this, parent);
}

void EnvValueDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* edit = qobject_cast<QLineEdit*>(editor);
    if (!edit) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    const QString value = index.data(Qt::EditRole).toString();
    if (edit->text() != value) // the model echoes a commit back: leave the cursor where it is then
        edit->setText(value);
}

void EnvValueDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* edit = qobject_cast<QLineEdit*>(editor);
    if (!edit) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    model->setData(index, edit->text(), Qt::EditRole);
}

bool EnvValueDelegate::eventFilter(QObject* object, QEvent* event)
{
    // The default filter commits and closes the editor when it loses the focus, which it does to
    // the selector's filter field: not a reason to stop editing.
    if (event->type() == QEvent::FocusOut || event->type() == QEvent::Hide) {
        const auto* editor = dynamic_cast<const ValueEditor*>(object);
        if (editor && editor->isSelecting())
            return false;
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace podwarden
