#include "SecretSelector.h"

#include "PageParts.h"

#include <QApplication>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

#include <algorithm>

namespace podwarden {

namespace {

constexpr int kRowPadH = 8;
constexpr int kRowPadV = 5;
constexpr int kLineGap = 1;

// The name as it is written in a reference: monospace, a little heavier than the text.
QFont nameFont(const QFont& base)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (base.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF());
    else if (base.pixelSize() > 0)
        font.setPixelSize(base.pixelSize());
    font.setWeight(QFont::DemiBold);
    return font;
}

int rowHeight(const QFont& font)
{
    return QFontMetrics(nameFont(font)).height() + kLineGap + QFontMetrics(font).height() + 2 * kRowPadV;
}

// Two lines a row: the name, and under it the description, muted (or nothing when there is none).
class SecretRowDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const override
    {
        const QFontMetrics nameMetrics(nameFont(option.font));
        const QFontMetrics textMetrics(option.font);
        return {nameMetrics.averageCharWidth() * 24,
                nameMetrics.height() + kLineGap + textMetrics.height() + 2 * kRowPadV};
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        background.features &= ~QStyleOptionViewItem::HasDisplay;
        const QWidget* widget = option.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

        const bool selected = option.state & QStyle::State_Selected;
        const QPalette::ColorGroup group = !(option.state & QStyle::State_Enabled) ? QPalette::Disabled
                                           : (option.state & QStyle::State_Active) ? QPalette::Active
                                                                                   : QPalette::Inactive;
        const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        QColor muted = text;
        muted.setAlphaF(selected ? 0.82 : 0.62);

        const QFont font = nameFont(option.font);
        const QFontMetrics nameMetrics(font);
        const QFontMetrics textMetrics(option.font);
        const QRect area = option.rect.adjusted(kRowPadH, kRowPadV, -kRowPadH, -kRowPadV);
        const QString name = index.data(SecretSelector::NameRole).toString();
        const QString description = index.data(SecretSelector::DescriptionRole).toString().simplified();

        painter->save();
        painter->setPen(text);
        painter->setFont(font);
        if (description.isEmpty()) {
            painter->drawText(area, Qt::AlignLeft | Qt::AlignVCenter,
                              nameMetrics.elidedText(name, Qt::ElideMiddle, area.width()));
        } else {
            const QRect nameRect(area.left(), area.top(), area.width(), nameMetrics.height());
            painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                              nameMetrics.elidedText(name, Qt::ElideMiddle, area.width()));
            const QRect descriptionRect(area.left(), nameRect.bottom() + 1 + kLineGap, area.width(),
                                        textMetrics.height());
            painter->setFont(option.font);
            painter->setPen(muted);
            painter->drawText(descriptionRect, Qt::AlignLeft | Qt::AlignVCenter,
                              textMetrics.elidedText(description, Qt::ElideRight, area.width()));
        }
        painter->restore();
    }
};

} // namespace

SecretSelector::SecretSelector(QWidget* parent)
    : QFrame(parent, Qt::Popup)
{
    setObjectName(QStringLiteral("secretSelector"));
    setAccessibleName(tr("Secrets"));
    // A one-pixel border of its own (paintEvent): the style's panel all but vanishes on a dark palette.
    setFrameStyle(QFrame::NoFrame);
    setContentsMargins(1, 1, 1, 1);
    setAttribute(Qt::WA_WindowPropagation);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("secretFilter"));
    m_filter->setPlaceholderText(tr("Filter secrets"));
    m_filter->setAccessibleName(tr("Filter secrets"));
    PageParts::enableNamedClearButton(m_filter);
    m_filter->installEventFilter(this);
    layout->addWidget(m_filter);

    m_model = new QStandardItemModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(NameRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->sort(0);

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("secretList"));
    m_list->setAccessibleName(tr("Secrets"));
    m_list->setModel(m_proxy);
    m_list->setItemDelegate(new SecretRowDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setMouseTracking(true);
    // The keyboard stays in the filter, which moves the list's current row.
    m_list->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_list, 1);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("secretSelectorEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setMargin(12);
    m_empty->hide();
    layout->addWidget(m_empty, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &SecretSelector::filterChanged);
    connect(m_list, &QListView::clicked, this, &SecretSelector::pick);
    connect(m_list, &QListView::activated, this, &SecretSelector::pick);

    resize(sizeHint());
    updateEmptyState();
}

QSize SecretSelector::sizeHint() const
{
    // As wide as a long name and its description; as tall as every row needs, up to about seven.
    const QFontMetrics metrics(font());
    const int width = std::max(380, metrics.averageCharWidth() * 48);
    const int tallest = std::max(280, metrics.lineSpacing() * 16);
    const QMargins margins = contentsMargins() + layout()->contentsMargins();
    const int chrome = margins.top() + margins.bottom() + m_filter->sizeHint().height() + layout()->spacing();
    const int lowest = chrome + metrics.lineSpacing() * 5;
    const int rows = m_model->rowCount();
    const int content = chrome + 2 * m_list->frameWidth() + rows * rowHeight(m_list->font());
    return {width, rows == 0 ? lowest : std::clamp(content, lowest, tallest)};
}

void SecretSelector::setSecrets(const QList<Secret>& secrets)
{
    const QString current = currentName();
    m_model->clear();
    for (const Secret& secret : secrets) {
        auto* item = new QStandardItem(secret.name);
        item->setEditable(false);
        item->setData(secret.name, NameRole);
        item->setData(secret.description, DescriptionRole);
        item->setData(QString(secret.name + QLatin1Char('\n') + secret.description), SearchRole);
        item->setData(secret.description.isEmpty() ? secret.name
                                                   : QString(secret.name + QStringLiteral(", ") + secret.description),
                      Qt::AccessibleTextRole);
        item->setToolTip(secret.description);
        m_model->appendRow(item);
    }
    // Keep the row the user was on when the list is refreshed under an open popup.
    QModelIndex keep;
    for (int row = 0; !current.isEmpty() && row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data(NameRole).toString() == current)
            keep = m_proxy->index(row, 0);
    }
    m_list->setCurrentIndex(keep.isValid() ? keep : m_proxy->index(0, 0));
    updateEmptyState();
}

void SecretSelector::popup(const QPoint& globalPos, const QString& filter)
{
    QScreen* screen = QGuiApplication::screenAt(globalPos);
    if (!screen)
        screen = parentWidget() ? parentWidget()->screen() : this->screen();
    const QRect available = screen ? screen->availableGeometry() : QRect(globalPos, sizeHint());
    showAt(placement(sizeHint(), QRect(globalPos, QSize(0, 0)), globalPos.x(), {}, available), filter);
}

void SecretSelector::popup(const QRect& anchor, int left, const QRect& within, const QString& filter)
{
    // The anchor's screen; the editor's own when the anchor is off every screen (partly outside).
    QScreen* screen = QGuiApplication::screenAt(anchor.center());
    if (!screen)
        screen = parentWidget() ? parentWidget()->screen() : this->screen();
    const QRect available = screen ? screen->availableGeometry() : within;
    showAt(placement(sizeHint(), anchor, left, within, available), filter);
}

QRect SecretSelector::placement(const QSize& size, const QRect& anchor, int left, const QRect& within,
                                const QRect& screen)
{
    const QSize bounded = size.boundedTo(screen.size());
    // The window where the popup fits in it (the part of it on the screen), the screen otherwise.
    const QRect window = within.isValid() ? within.intersected(screen) : QRect();
    const bool fitsAcross = window.isValid() && bounded.width() <= window.width();
    const QRect across = fitsAcross ? window : screen;
    int x = std::min(left, across.right() + 1 - bounded.width());
    x = std::max(x, across.left());

    const int below = anchor.bottom() + 1;
    const int above = anchor.top() - bounded.height();
    const auto fitsBelow = [&](const QRect& area) {
        return below >= area.top() && below + bounded.height() <= area.bottom() + 1;
    };
    const auto fitsAbove = [&](const QRect& area) {
        return above >= area.top() && above + bounded.height() <= area.bottom() + 1;
    };
    int y = 0;
    if (window.isValid() && fitsBelow(window))
        y = below;
    else if (window.isValid() && fitsAbove(window))
        y = above;
    else if (fitsBelow(screen))
        y = below;
    else if (fitsAbove(screen))
        y = above;
    else // over the anchor, as far down as the screen allows
        y = std::clamp(below, screen.top(), screen.bottom() + 1 - bounded.height());
    return {QPoint(x, y), bounded};
}

void SecretSelector::showAt(const QRect& geometry, const QString& filter)
{
    // The client rectangle: move() would place the frame, which a platform may give a popup too.
    setGeometry(geometry);
    m_filter->setText(filter);
    filterChanged(m_filter->text()); // setText() is silent when the text is unchanged
    show();
    m_filter->setFocus(Qt::PopupFocusReason);
}

QString SecretSelector::currentName() const
{
    const QModelIndex index = m_list->currentIndex();
    return index.isValid() ? index.data(NameRole).toString() : QString();
}

void SecretSelector::filterChanged(const QString& text)
{
    m_proxy->setFilterFixedString(text.trimmed());
    m_list->setCurrentIndex(m_proxy->index(0, 0));
    m_list->scrollToTop();
    updateEmptyState();
}

void SecretSelector::updateEmptyState()
{
    const bool none = m_model->rowCount() == 0;
    const bool noMatch = m_proxy->rowCount() == 0;
    m_empty->setText(none ? tr("No secrets in this account yet") : tr("No secret matches"));
    m_empty->setVisible(noMatch);
    m_list->setVisible(!noMatch);
}

void SecretSelector::pick(const QModelIndex& index)
{
    if (!index.isValid() || !isVisible())
        return;
    const QString name = index.data(NameRole).toString();
    if (name.isEmpty())
        return;
    m_picking = true;
    hide();
    m_picking = false;
    emit picked(name);
}

bool SecretSelector::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_filter || event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    switch (key->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const int rows = m_proxy->rowCount();
        if (rows == 0)
            return true;
        const QModelIndex current = m_list->currentIndex();
        int row = current.isValid() ? current.row() + (key->key() == Qt::Key_Down ? 1 : -1) : 0;
        row = std::clamp(row, 0, rows - 1);
        m_list->setCurrentIndex(m_proxy->index(row, 0));
        return true;
    }
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        QCoreApplication::sendEvent(m_list, event);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        pick(m_list->currentIndex()); // with nothing to pick, Enter does nothing
        return true;
    case Qt::Key_Escape:
        hide();
        return true;
    default:
        return QFrame::eventFilter(watched, event);
    }
}

void SecretSelector::paintEvent(QPaintEvent* event)
{
    QFrame::paintEvent(event);
    QPainter painter(this);
    QColor border = palette().color(QPalette::WindowText);
    border.setAlphaF(palette().color(QPalette::Window).lightness() < 128 ? 0.38f : 0.32f);
    painter.setPen(border);
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
}

void SecretSelector::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        event->accept();
        return;
    }
    QFrame::keyPressEvent(event);
}

void SecretSelector::hideEvent(QHideEvent* event)
{
    QFrame::hideEvent(event);
    if (!m_picking)
        emit dismissed();
}

} // namespace podwarden
