#include "ResourceHistory.h"

#include "AuditEventTableModel.h"
#include "Clock.h"
#include "RelativeTime.h"
#include "account/Session.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace podwarden {

namespace {
constexpr int kHistoryPage = 50;
} // namespace

ResourceHistory::ResourceHistory(Session* session, ResourceType type, const QString& resourceId, Texts texts,
                                 QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_type(type)
    , m_resourceId(resourceId)
    , m_texts(std::move(texts))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tree = new QTreeWidget(this);
    m_tree->setAccessibleName(m_texts.accessibleName);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setHeaderLabels({tr("When"), tr("What"), tr("Who"), tr("Change")});
    for (int column = 0; column < 3; ++column)
        m_tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setMinimumHeight(m_tree->fontMetrics().height() * 8);
    layout->addWidget(m_tree, 1);

    auto* foot = new QHBoxLayout;
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("historyState"));
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    m_older = new QPushButton(tr("Show &older"), this);
    m_older->setObjectName(QStringLiteral("historyOlder"));
    m_older->hide();
    foot->addWidget(m_state, 1);
    foot->addWidget(m_older);
    layout->addLayout(foot);
    connect(m_older, &QPushButton::clicked, this, [this] { loadPage(m_nextCursor); });
}

ResourceHistory::~ResourceHistory()
{
    if (m_pending)
        m_pending->cancel();
}

void ResourceHistory::load()
{
    m_tree->clear();
    loadPage({});
}

void ResourceHistory::loadPage(const QString& after)
{
    if (!m_session || !m_session->isConnected()) {
        m_state->setText(m_texts.offline);
        return;
    }
    EventQuery query;
    query.resourceType = m_type;
    query.resourceId = m_resourceId;
    query.cursor = after;
    query.limit = kHistoryPage;
    m_older->hide();
    m_state->setText(tr("Loading the history…"));
    auto* reply = m_session->history(query);
    if (!reply) {
        m_state->setText(m_texts.offline);
        return;
    }
    m_pending = reply;
    connect(reply, &ServiceReply::finished, this, [this, reply, after] {
        m_pending.clear();
        if (!reply->ok()) {
            m_state->setText(tr("The history could not be loaded: %1").arg(reply->error().message()));
            m_nextCursor = after; // Try again asks for the same page
            m_older->setText(tr("&Try again"));
            m_older->setVisible(true);
            return;
        }
        const AuditEventPage& page = reply->value();
        for (const AuditEvent& event : page.events) {
            auto* item = new QTreeWidgetItem(m_tree);
            item->setText(0, QLocale().toString(event.at.toLocalTime(), QLocale::ShortFormat));
            item->setToolTip(0, tr("%1 (%2)").arg(exactTime(event.at), relativeTime(event.at, Clock::current().now())));
            item->setText(1, event.actionText());
            item->setToolTip(1, event.describe());
            item->setText(2, !event.actor.user.isEmpty() ? event.actor.user : event.actor.keyName);
            if (!event.actor.keyName.isEmpty())
                item->setToolTip(2, tr("With the key %1").arg(event.actor.keyName));
            const QString change = AuditEventTableModel::detailsText(event);
            item->setText(3, change);
            item->setToolTip(3, change);
            item->setData(0, Qt::UserRole, int(event.action));
        }
        m_nextCursor = page.page.hasNextPage ? page.page.nextCursor.value_or(QString()) : QString();
        m_older->setText(tr("Show &older"));
        m_older->setVisible(!m_nextCursor.isEmpty());
        const int shown = m_tree->topLevelItemCount();
        m_state->setText(shown == 0 ? m_texts.empty : tr("%n event(s), newest first.", nullptr, shown));
    });
}

} // namespace podwarden
