#include "PageParts.h"

#include "ExportFormat.h"
#include "RelativeTime.h"

#include <QAction>
#include <QClipboard>
#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QHeaderView>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QTableView>
#include <QTimer>

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

namespace {

int& lifetimeMs()
{
    static int ms = 12000;
    return ms;
}

// Empties the banner when its page is hidden (the user went to another screen).
class BannerReset final : public QObject
{
public:
    BannerReset(QLabel* panel, QWidget* page)
        : QObject(panel)
        , m_panel(panel)
    {
        page->installEventFilter(this);
    }
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Hide)
            showMessage(m_panel, {}, false);
        return false;
    }

private:
    QLabel* m_panel;
};

} // namespace

int messageLifetimeMs()
{
    return lifetimeMs();
}

void setMessageLifetimeMs(int ms)
{
    lifetimeMs() = ms;
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
    // A line's room, kept while hidden: showing one line moves nothing below it.
    QSizePolicy policy = label->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    label->setSizePolicy(policy);
    label->setMinimumHeight(label->fontMetrics().height() + 2 * label->margin() + 2 * label->frameWidth() + 2);
    label->hide();
    auto* expiry = new QTimer(label);
    expiry->setObjectName(QStringLiteral("messageExpiry"));
    expiry->setSingleShot(true);
    QObject::connect(expiry, &QTimer::timeout, label, [label] { showMessage(label, {}, false); });
    if (parent)
        new BannerReset(label, parent);
    return label;
}

void showMessage(QLabel* panel, const QString& text, bool error)
{
    panel->setText(text);
    panel->setProperty("error", error);
    panel->setVisible(!text.isEmpty());
    if (auto* expiry = panel->findChild<QTimer*>(QStringLiteral("messageExpiry"), Qt::FindDirectChildrenOnly)) {
        // Errors stay until something replaces them or the page is left; news goes by itself.
        if (text.isEmpty() || error)
            expiry->stop();
        else
            expiry->start(lifetimeMs());
    }
}

QLineEdit* caFileField(QWidget* parent)
{
    auto* field = new QLineEdit(parent);
    field->setObjectName(QStringLiteral("caFile"));
    field->setPlaceholderText(
        QCoreApplication::translate("PageParts", "Optional: a PEM file of extra trusted certificate authorities"));
    QAction* browse = field->addAction(
        QIcon::fromTheme(QStringLiteral("document-open"), QIcon(QStringLiteral(":/icons/open-file.svg"))),
        QLineEdit::TrailingPosition);
    browse->setObjectName(QStringLiteral("browseCaFileAction"));
    browse->setText(QCoreApplication::translate("PageParts", "Choose a CA file"));
    browse->setToolTip(QCoreApplication::translate("PageParts", "Choose a file"));
    QObject::connect(browse, &QAction::triggered, field, [field] {
        const QString file = QFileDialog::getOpenFileName(
            field->window(), QCoreApplication::translate("PageParts", "Certificate authorities"), QString(),
            QCoreApplication::translate("PageParts", "PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            field->setText(file);
    });
    return field;
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

QString csvLine(const QStringList& fields)
{
    return ExportFormat::csvLine(fields);
}

QString selectedRowsAsCsv(const QTableView* table)
{
    const QAbstractItemModel* model = table->model();
    const QHeaderView* header = table->horizontalHeader();
    if (!model || !table->selectionModel())
        return {};
    QList<int> columns; // as shown: the user's order, hidden ones left out
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    QStringList titles;
    for (int column : std::as_const(columns))
        titles << model->headerData(column, Qt::Horizontal).toString();
    QString csv = csvLine(titles);
    QModelIndexList rows = table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& row : std::as_const(rows)) {
        QStringList fields;
        for (int column : std::as_const(columns)) {
            const QModelIndex cell = model->index(row.row(), column);
            QString text = cell.data(Qt::DisplayRole).toString();
            // A switch shows no text: its state is the value.
            if (text.isEmpty() && cell.data(Qt::CheckStateRole).isValid())
                text = cell.data(Qt::CheckStateRole).toInt() == Qt::Checked
                           ? QCoreApplication::translate("PageParts", "yes")
                           : QCoreApplication::translate("PageParts", "no");
            fields << text;
        }
        csv += csvLine(fields);
    }
    return csv;
}

namespace {

// Ctrl+C on a list copies its selected rows as CSV (and as text): Qt's own copies one cell.
class RowCopy final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::KeyPress || !static_cast<QKeyEvent*>(event)->matches(QKeySequence::Copy))
            return false;
        auto* table = qobject_cast<QTableView*>(watched);
        if (!table || !table->selectionModel() || !table->selectionModel()->hasSelection())
            return false;
        const QString csv = selectedRowsAsCsv(table);
        auto* mime = new QMimeData;
        mime->setText(csv);
        mime->setData(QStringLiteral("text/csv"), csv.toUtf8());
        QGuiApplication::clipboard()->setMimeData(mime);
        return true;
    }
};

} // namespace

void allowRowCopy(QTableView* table)
{
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->installEventFilter(new RowCopy(table));
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
