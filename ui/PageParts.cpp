#include "PageParts.h"

#include "RelativeTime.h"

#include <QAction>
#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

namespace podwarden::PageParts {

QLabel* title(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel* messagePanel(const char* objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setFrameShape(QFrame::StyledPanel);
    label->setMargin(8);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

void showMessage(QLabel* panel, const QString& text, bool error)
{
    panel->setText(text);
    panel->setProperty("error", error);
    panel->setVisible(!text.isEmpty());
}

QLabel* stateLabel(const char* objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

void setUpTable(QTableView* table, const QString& accessibleName)
{
    table->setAccessibleName(accessibleName);
    tabLeavesView(table);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 14);
    QHeaderView* columns = table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setStretchLastSection(true);
}

void tabLeavesView(QAbstractItemView* view)
{
    view->setTabKeyNavigation(false);
}

void enableNamedClearButton(QLineEdit* edit)
{
    edit->setClearButtonEnabled(true);
    // Qt's clear action (the field's child, not in its actions()) has an icon and no text; its
    // button is read out by the action's text.
    if (auto* clear =
            edit->findChild<QAction*>(QStringLiteral("_q_qlineeditclearaction"), Qt::FindDirectChildrenOnly)) {
        clear->setText(QCoreApplication::translate("PageParts", "Clear"));
        clear->setToolTip(QCoreApplication::translate("PageParts", "Clear"));
    }
}

int columnWidth(const QFontMetrics& metrics, const QString& sample)
{
    return metrics.horizontalAdvance(sample) + 2 * metrics.horizontalAdvance(QLatin1Char('M'));
}

int relativeTimeColumnWidth(const QFontMetrics& metrics)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return std::max(columnWidth(metrics, relativeTime(now.addSecs(-59 * 60), now)),
                    columnWidth(metrics, relativeTime(now.addDays(-300), now)));
}

} // namespace podwarden::PageParts
