#include "SecretDetailsDialog.h"

#include "Clock.h"
#include "RelativeTime.h"
#include "SecretReference.h"
#include "account/Session.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace podwarden {

namespace {
constexpr int kHistoryPage = 50;

QLabel* valueLabel(const QString& text, QWidget* parent, const char* objectName)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(QLatin1String(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString timeText(const QDateTime& time)
{
    if (!time.isValid())
        return SecretDetailsDialog::tr("Unknown");
    return SecretDetailsDialog::tr("%1 (%2)").arg(exactTime(time), relativeTime(time, Clock::current().now()));
}
} // namespace

SecretDetailsDialog::SecretDetailsDialog(const Secret& secret, const QStringList& usedBy, Session* session,
                                         QWidget* parent)
    : QDialog(parent)
    , m_secret(secret)
    , m_session(session)
{
    setObjectName(QStringLiteral("secretDetailsDialog"));
    setWindowTitle(tr("Secret %1").arg(secret.name));
    auto* layout = new QVBoxLayout(this);

    auto* title = new QLabel(secret.name, this);
    title->setObjectName(QStringLiteral("detailsName"));
    title->setTextFormat(Qt::PlainText);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(title);

    // A grid rather than a form layout: wrapped values get the height of their real width.
    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setHorizontalSpacing(12);
    const auto addRow = [this, grid](const QString& label, QWidget* field, QWidget* extra = nullptr) {
        const int row = grid->rowCount();
        auto* name = new QLabel(label, this);
        name->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        grid->addWidget(name, row, 0, Qt::AlignTop);
        grid->addWidget(field, row, 1, 1, extra ? 1 : 2);
        if (extra)
            grid->addWidget(extra, row, 2, Qt::AlignTop);
    };
    const QString reference = SecretReference::format(secret.name);
    QLabel* referenceLabel = valueLabel(reference, this, "detailsReference");
    referenceLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* copyReference = new QToolButton(this);
    copyReference->setObjectName(QStringLiteral("copyReference"));
    copyReference->setText(tr("Copy"));
    copyReference->setToolTip(tr("Copy the reference for a template's env value"));
    connect(copyReference, &QToolButton::clicked, this, [reference] { QApplication::clipboard()->setText(reference); });
    addRow(tr("Reference:"), referenceLabel, copyReference);
    addRow(tr("Description:"), valueLabel(secret.description.isEmpty() ? tr("No description") : secret.description,
                                          this, "detailsDescription"));
    addRow(tr("Created:"), valueLabel(timeText(secret.createdAt), this, "detailsCreated"));
    addRow(tr("Value updated:"), valueLabel(timeText(secret.valueLastUpdatedAt), this, "detailsValueUpdated"));
    addRow(tr("Value:"), valueLabel(tr("Write-only. Neither the service nor Podwarden can show it; replace it "
                                       "to change it."),
                                    this, "detailsValue"));
    addRow(tr("ID:"), valueLabel(secret.id, this, "detailsId"));
    addRow(tr("Used by:"),
           valueLabel(usedBy.isEmpty() ? tr("No template references it.") : QLocale().createSeparatedList(usedBy), this,
                      "detailsUsedBy"));
    layout->addLayout(grid);

    auto* historyTitle = new QLabel(tr("History"), this);
    QFont bold = historyTitle->font();
    bold.setBold(true);
    historyTitle->setFont(bold);
    layout->addSpacing(6);
    layout->addWidget(historyTitle);

    m_history = new QTreeWidget(this);
    m_history->setObjectName(QStringLiteral("secretHistory"));
    m_history->setAccessibleName(tr("History of %1").arg(secret.name));
    m_history->setRootIsDecorated(false);
    m_history->setUniformRowHeights(true);
    m_history->setAlternatingRowColors(true);
    m_history->setHeaderLabels({tr("When"), tr("What"), tr("Who")});
    m_history->header()->setStretchLastSection(true);
    const QFontMetrics metrics = m_history->fontMetrics();
    m_history->header()->resizeSection(
        0, metrics.horizontalAdvance(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat)) + 32);
    m_history->header()->resizeSection(1, metrics.horizontalAdvance(tr("Description edited")) + 32);
    m_history->setMinimumHeight(metrics.height() * 8);
    layout->addWidget(m_history, 1);

    auto* historyFoot = new QHBoxLayout;
    m_historyState = new QLabel(this);
    m_historyState->setObjectName(QStringLiteral("historyState"));
    m_historyState->setWordWrap(true);
    m_historyState->setTextFormat(Qt::PlainText);
    m_older = new QPushButton(tr("Show &older"), this);
    m_older->setObjectName(QStringLiteral("historyOlder"));
    m_older->hide();
    historyFoot->addWidget(m_historyState, 1);
    historyFoot->addWidget(m_older);
    layout->addLayout(historyFoot);
    connect(m_older, &QPushButton::clicked, this, [this] { loadHistory(m_nextCursor); });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    resize(QSize(620, 560));
    loadHistory({});
}

SecretDetailsDialog::~SecretDetailsDialog()
{
    if (m_pending)
        m_pending->cancel();
}

void SecretDetailsDialog::loadHistory(const QString& after)
{
    if (!m_session || !m_session->isConnected()) {
        m_historyState->setText(tr("Connect to the account to see the history of this secret."));
        return;
    }
    EventQuery query;
    query.resourceType = ResourceType::Secret;
    query.resourceId = m_secret.id;
    query.cursor = after;
    query.limit = kHistoryPage;
    m_older->hide();
    m_historyState->setText(tr("Loading the history…"));
    auto* reply = m_session->history(query);
    if (!reply) {
        m_historyState->setText(tr("Connect to the account to see the history of this secret."));
        return;
    }
    m_pending = reply;
    connect(reply, &ServiceReply::finished, this, [this, reply] {
        m_pending.clear();
        if (!reply->ok()) {
            m_historyState->setText(tr("The history could not be loaded: %1").arg(reply->error().message()));
            m_older->setText(tr("&Try again"));
            m_older->setVisible(true);
            return;
        }
        const AuditEventPage& page = reply->value();
        for (const AuditEvent& event : page.events) {
            auto* item = new QTreeWidgetItem(m_history);
            item->setText(0, QLocale().toString(event.at.toLocalTime(), QLocale::ShortFormat));
            item->setToolTip(0, timeText(event.at));
            item->setSizeHint(0, QSize(1, m_history->fontMetrics().height() + 8));
            item->setText(1, event.actionText());
            item->setToolTip(1, event.describe());
            item->setText(2, !event.actor.user.isEmpty() ? event.actor.user : event.actor.keyName);
            if (!event.actor.keyName.isEmpty())
                item->setToolTip(2, tr("With the key %1").arg(event.actor.keyName));
            item->setData(0, Qt::UserRole, int(event.action));
        }
        m_nextCursor = page.page.hasNextPage ? page.page.nextCursor.value_or(QString()) : QString();
        m_older->setText(tr("Show &older"));
        m_older->setVisible(!m_nextCursor.isEmpty());
        const int shown = m_history->topLevelItemCount();
        m_historyState->setText(shown == 0 ? tr("No events recorded for this secret.")
                                           : tr("%n event(s), newest first.", nullptr, shown));
    });
}

} // namespace podwarden
