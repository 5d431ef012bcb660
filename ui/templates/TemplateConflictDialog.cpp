#include "TemplateConflictDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace podwarden {

namespace {

using Dialog = TemplateConflictDialog;

// A key in the fixed font, at the size of the text around it.
QFont keyFont(const QFont& around)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (around.pointSizeF() > 0)
        font.setPointSizeF(around.pointSizeF());
    else if (around.pixelSize() > 0)
        font.setPixelSize(around.pixelSize());
    font.setBold(around.bold());
    return font;
}

// Paints the table's cells from their roles at paint time, so the marks follow the palette (light,
// dark, or changed while open): conflicts bold, values a side left alone and placeholders such as
// "(not set)" in the muted text colour, and an env row's key in the fixed font.
class ConflictCellDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const QString key = index.data(Dialog::EnvKeyRole).toString();
        if (key.isEmpty()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget* widget = opt.widget;
        const QStyle* style = widget ? widget->style() : QApplication::style();
        const QString text = opt.text;
        const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
        opt.text.clear();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        // The text around the key ("env ") in the item's font, the key in the fixed font, on one
        // baseline; a key too long for the column loses its middle.
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
        const QRect rect = textRect.adjusted(margin, 0, -margin, 0);
        const int at = std::max<int>(0, int(text.indexOf(key)));
        const QString before = text.left(at);
        const QString after = text.mid(at + key.size());
        const QFont fixed = keyFont(opt.font);
        const QFontMetrics normal(opt.font);
        const QFontMetrics mono(fixed);
        const int outside = normal.horizontalAdvance(before) + normal.horizontalAdvance(after);
        const QString shownKey = mono.elidedText(key, Qt::ElideMiddle, std::max(0, rect.width() - outside));
        const int ascent = std::max(normal.ascent(), mono.ascent());
        const int height = ascent + std::max(normal.descent(), mono.descent());
        const int baseline = rect.top() + (rect.height() - height) / 2 + ascent;

        const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                           : (opt.state & QStyle::State_Active) ? QPalette::Normal
                                                                                : QPalette::Inactive;
        const bool selected = opt.state & QStyle::State_Selected;
        painter->save();
        painter->setClipRect(rect);
        painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        int x = rect.left();
        painter->setFont(opt.font);
        painter->drawText(QPoint(x, baseline), before);
        x += normal.horizontalAdvance(before);
        painter->setFont(fixed);
        painter->drawText(QPoint(x, baseline), shownKey);
        x += mono.horizontalAdvance(shownKey);
        painter->setFont(opt.font);
        painter->drawText(QPoint(x, baseline), after);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        const QString key = index.data(Dialog::EnvKeyRole).toString();
        if (!key.isEmpty()) {
            QStyleOptionViewItem opt = option;
            initStyleOption(&opt, index);
            const int extra =
                QFontMetrics(keyFont(opt.font)).horizontalAdvance(key) - QFontMetrics(opt.font).horizontalAdvance(key);
            size.rwidth() += std::max(0, extra);
        }
        return size;
    }

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(Dialog::ConflictRole).toBool())
            option->font.setBold(true);
        const QVariant changed = index.data(Dialog::ChangedRole);
        const bool placeholder = index.data(Dialog::PlaceholderRole).toBool();
        if (placeholder)
            option->font.setItalic(true);
        if (placeholder || (changed.isValid() && !changed.toBool())) {
            for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled})
                option->palette.setColor(group, QPalette::Text,
                                         option->palette.color(group, QPalette::PlaceholderText));
        }
    }
};

// One line of a value for a cell: line breaks would make the row taller than the others.
QString oneLine(QString text)
{
    text.replace(QLatin1String("\r\n"), QStringLiteral(" \u23ce "));
    text.replace(QLatin1Char('\n'), QStringLiteral(" \u23ce "));
    return text;
}

// The full value for a tooltip: escaped (a value is the user's text), wrapping where it can.
QString toolTipText(const QString& text)
{
    return QStringLiteral("<p style=\"white-space:pre-wrap\">") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

bool isEmptyJson(const QJsonValue& value)
{
    return value.isNull() || value.isUndefined() || (value.isArray() && value.toArray().isEmpty()) ||
           (value.isObject() && value.toObject().isEmpty());
}

} // namespace

TemplateConflictDialog::TemplateConflictDialog(const TemplateComparison& comparison, const Template& mine,
                                               const Template& theirs, QWidget* parent)
    : QDialog(parent)
    , m_comparison(comparison)
    , m_mine(mine)
    , m_theirs(theirs)
{
    setObjectName(QStringLiteral("templateConflictDialog"));
    setWindowTitle(tr("Template changed on the service"));

    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    auto* icon = new QLabel(this);
    icon->setPixmap(style()
                        ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                        .pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    const QString name = mine.name.trimmed().isEmpty() ? theirs.name.trimmed() : mine.name.trimmed();
    auto* explanation = new QLabel(this);
    explanation->setObjectName(QStringLiteral("conflictExplanation"));
    explanation->setTextFormat(Qt::PlainText);
    explanation->setWordWrap(true);
    explanation->setText(tr("“%1” was changed on the service after your draft began. Choose what to keep; nothing "
                            "is sent until you push.")
                             .arg(name));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("conflictSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    QFont summaryFont = m_summary->font();
    summaryFont.setBold(true);
    m_summary->setFont(summaryFont);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setAccessibleName(tr("Changes since your draft began"));
    m_table->setHorizontalHeaderLabels(
        {tr("What"), tr("Original"), tr("Your draft"), tr("On the service"), tr("Keep")});
    m_table->horizontalHeaderItem(BaseColumn)->setToolTip(tr("The template as it was when your draft began"));
    m_table->horizontalHeaderItem(MineColumn)->setToolTip(tr("Your draft, as it would be pushed"));
    m_table->horizontalHeaderItem(TheirsColumn)->setToolTip(tr("The template as it is on the service now"));
    m_table->horizontalHeaderItem(KeepColumn)->setToolTip(tr("Which value the pushed template gets"));
    m_table->setItemDelegate(new ConflictCellDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    // Rows hold a combo box: tall enough for it, all alike.
    QComboBox sample;
    sample.addItems({tr("Yours"), tr("Service's")});
    const int rowHeight = std::max(m_table->verticalHeader()->defaultSectionSize(), sample.sizeHint().height() + 4);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(rowHeight);

    int conflicts = 0;
    for (const FieldChange& change : comparison.fields()) {
        QStringList values;
        QList<bool> placeholders;
        for (const QJsonValue& value : {change.base, change.mine, change.theirs}) {
            const QString text = TemplateComparison::valueText(value);
            const bool empty = isEmptyJson(value) || (value.isString() && text.isEmpty());
            values << (value.isString() && text.isEmpty() ? tr("(empty)") : text);
            placeholders << empty;
        }
        addRow(change.id(), TemplateComparison::fieldLabel(change.field), {}, change.conflict(), change.mineChanged(),
               change.theirsChanged(), values, placeholders);
        conflicts += change.conflict() ? 1 : 0;
    }
    for (const EnvChange& change : comparison.env()) {
        QStringList values;
        QList<bool> placeholders;
        for (const std::optional<QString>& value : {change.base, change.mine, change.theirs}) {
            values << (!value ? tr("(not set)") : value->isEmpty() ? tr("(empty)") : *value);
            placeholders << (!value || value->isEmpty());
        }
        addRow(change.id(), tr("env %1").arg(change.key), change.key, change.conflict(), change.mineChanged(),
               change.theirsChanged(), values, placeholders);
        conflicts += change.conflict() ? 1 : 0;
    }

    const int others = m_table->rowCount() - conflicts;
    if (conflicts == 0)
        m_summary->setText(tr("No conflicts, %n change(s)", nullptr, others));
    else if (others == 0)
        m_summary->setText(tr("%n conflict(s)", nullptr, conflicts));
    else
        m_summary->setText(
            tr("%1, %2", "conflict count, count of other changes")
                .arg(tr("%n conflict(s)", nullptr, conflicts), tr("%n other change(s)", nullptr, others)));

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* keepMine = buttons->addButton(tr("Keep &mine"), QDialogButtonBox::ActionRole);
    keepMine->setObjectName(QStringLiteral("keepMine"));
    keepMine->setToolTip(tr("Push your draft as it is. This overwrites every change made on the service since your "
                            "draft began."));
    QPushButton* takeTheirs = buttons->addButton(tr("Take the &service's"), QDialogButtonBox::ActionRole);
    takeTheirs->setObjectName(QStringLiteral("takeTheirs"));
    takeTheirs->setToolTip(tr("Use the template as it is on the service. This discards your draft's changes."));
    QPushButton* pushMerged = buttons->addButton(tr("&Push merged"), QDialogButtonBox::AcceptRole);
    pushMerged->setObjectName(QStringLiteral("pushMerged"));
    pushMerged->setToolTip(tr("Push a template with the value chosen under Keep for every row."));
    pushMerged->setDefault(true);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelConflict"));
    connect(keepMine, &QPushButton::clicked, this, [this] { finish(Resolution::KeepMine); });
    connect(takeTheirs, &QPushButton::clicked, this, [this] { finish(Resolution::TakeTheirs); });
    connect(pushMerged, &QPushButton::clicked, this, [this] { finish(Resolution::Merge); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* text = new QVBoxLayout;
    text->addWidget(explanation);
    text->addWidget(m_summary);
    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addSpacing(8);
    top->addLayout(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    fitColumns();
    // Keyboard focus starts on the first row without selecting it: a selected row would hide the
    // conflict marks behind the highlight.
    if (m_table->rowCount() > 0)
        m_table->selectionModel()->setCurrentIndex(m_table->model()->index(0, WhatColumn),
                                                   QItemSelectionModel::NoUpdate);
    m_table->setFocus();
}

TemplateConflictDialog::~TemplateConflictDialog() = default;

void TemplateConflictDialog::addRow(const QString& id, const QString& what, const QString& envKey, bool conflict,
                                    bool mineChanged, bool theirsChanged, const QStringList& values,
                                    const QList<bool>& placeholders)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);

    auto* whatItem = new QTableWidgetItem(what);
    whatItem->setData(RowIdRole, id);
    if (!envKey.isEmpty())
        whatItem->setData(EnvKeyRole, envKey);
    QString status;
    if (conflict)
        status = tr("Changed in your draft and on the service, differently: choose which to keep.");
    else if (mineChanged && theirsChanged)
        status = tr("Changed the same way in your draft and on the service.");
    else if (mineChanged)
        status = tr("Changed in your draft only.");
    else
        status = tr("Changed on the service only.");
    whatItem->setToolTip(toolTipText(what + QLatin1Char('\n') + status));
    if (conflict)
        whatItem->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this));
    m_table->setItem(row, WhatColumn, whatItem);

    const int columns[] = {BaseColumn, MineColumn, TheirsColumn};
    for (int i = 0; i < 3; ++i) {
        auto* item = new QTableWidgetItem(oneLine(values.at(i)));
        item->setToolTip(toolTipText(values.at(i)));
        if (placeholders.at(i))
            item->setData(PlaceholderRole, true);
        if (columns[i] == MineColumn)
            item->setData(ChangedRole, mineChanged);
        else if (columns[i] == TheirsColumn)
            item->setData(ChangedRole, theirsChanged);
        m_table->setItem(row, columns[i], item);
    }
    for (int column = WhatColumn; column < KeepColumn; ++column)
        m_table->item(row, column)->setData(ConflictRole, conflict);

    // The default is what merge() does without a choice: the side that changed, the draft's for a
    // conflict (and for a change both sides made alike).
    const MergeSide side = conflict || mineChanged ? MergeSide::Mine : MergeSide::Theirs;
    m_choices.insert(id, side);
    auto* keep = new QComboBox(m_table);
    keep->setObjectName(QStringLiteral("keep:") + id);
    keep->setAccessibleName(tr("Keep for %1").arg(what));
    keep->addItem(tr("Yours"), int(MergeSide::Mine));
    keep->addItem(tr("Service's"), int(MergeSide::Theirs));
    keep->setItemData(0, tr("Your draft's value: %1").arg(values.at(1)), Qt::ToolTipRole);
    keep->setItemData(1, tr("The service's value: %1").arg(values.at(2)), Qt::ToolTipRole);
    keep->setCurrentIndex(side == MergeSide::Mine ? 0 : 1);
    connect(keep, &QComboBox::currentIndexChanged, this, [this, id, keep](int index) {
        if (index >= 0)
            m_choices.insert(id, MergeSide(keep->itemData(index).toInt()));
    });
    m_keep.insert(id, keep);
    auto* cell = new QWidget(m_table);
    auto* cellLayout = new QHBoxLayout(cell);
    cellLayout->setContentsMargins(2, 0, 2, 0);
    cellLayout->addWidget(keep, 0, Qt::AlignVCenter);
    m_table->setCellWidget(row, KeepColumn, cell);
}

void TemplateConflictDialog::fitColumns()
{
    QHeaderView* header = m_table->horizontalHeader();
    const QFontMetrics metrics(font());
    const int chars = metrics.averageCharWidth();
    // What: as wide as its labels, within reason; the long ones are elided with a tooltip.
    m_table->resizeColumnToContents(WhatColumn);
    const int what = std::clamp(m_table->columnWidth(WhatColumn), chars * 14, chars * 36);
    header->setSectionResizeMode(WhatColumn, QHeaderView::Interactive);
    header->resizeSection(WhatColumn, what);
    for (int column : {BaseColumn, MineColumn, TheirsColumn})
        header->setSectionResizeMode(column, QHeaderView::Stretch);
    QComboBox sample;
    sample.addItems({tr("Yours"), tr("Service's")});
    const int keep = std::max(sample.sizeHint().width() + 8, header->sectionSizeHint(KeepColumn));
    header->setSectionResizeMode(KeepColumn, QHeaderView::Fixed);
    header->resizeSection(KeepColumn, keep);
    header->setMinimumSectionSize(chars * 6);

    // Room for the three value columns to be read side by side, and for a few rows.
    const int values = 3 * chars * 26;
    const int width = what + values + keep + 2 * m_table->frameWidth() + 2 * 12;
    const int rows = std::clamp(m_table->rowCount(), 4, 12);
    m_table->setMinimumHeight(header->sizeHint().height() + 3 * m_table->verticalHeader()->defaultSectionSize() +
                              2 * m_table->frameWidth());
    QSize size(std::max(900, width), 0);
    size.setHeight(std::max(460, sizeHint().height() - m_table->sizeHint().height() + header->sizeHint().height() +
                                     rows * m_table->verticalHeader()->defaultSectionSize() +
                                     2 * m_table->frameWidth()));
    if (const QScreen* screen = QApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.9);
    resize(size);
}

void TemplateConflictDialog::choose(const QString& rowId, MergeSide side)
{
    QComboBox* keep = m_keep.value(rowId);
    if (!keep)
        return;
    keep->setCurrentIndex(keep->findData(int(side)));
}

Template TemplateConflictDialog::result() const
{
    switch (m_resolution) {
    case Resolution::KeepMine: {
        Template kept = m_mine;
        if (!m_theirs.id.isEmpty())
            kept.id = m_theirs.id;
        return kept;
    }
    case Resolution::TakeTheirs:
        return m_theirs;
    case Resolution::Merge:
        return m_comparison.merge(m_choices);
    case Resolution::None:
        break;
    }
    return m_mine;
}

void TemplateConflictDialog::finish(Resolution resolution)
{
    m_resolution = resolution;
    accept();
}

} // namespace podwarden
