#include "AuditPage.h"

#include "ExportUi.h"
#include "export/Exports.h"

#include "AuditEventTableModel.h"
#include "Clock.h"
#include "PageParts.h"
#include "account/Session.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>

namespace podwarden {

AuditPage::AuditPage(Session* session, QWidget* parent)
    : AccountListPage(session, {"pageAudit", "auditCount", "auditSearch", "auditMessage", "auditTable", "auditState"},
                      tr("Audit"), parent)
    , m_model(new AuditEventTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_searchDelay(new QTimer(this))
{
    m_proxy->setSourceModel(m_model);

    m_search->setPlaceholderText(tr("Search people, keys, resources and actions"));
    m_search->setAccessibleName(tr("Search the history"));
    m_search->setToolTip(tr("Sent to the service, which looks in the actor, the resource and the action."));
    m_search->setMinimumWidth(140);
    m_search->setMaximumWidth(420);
    m_open = new QPushButton(tr("&Open resource"), this);
    m_open->setObjectName(QStringLiteral("openResourceButton"));
    m_older = new QPushButton(tr("Load o&lder"), this);
    m_older->setObjectName(QStringLiteral("loadOlderButton"));
    tools()->addSpacing(8);
    tools()->addStretch(1);
    tools()->addWidget(m_open);
    tools()->addWidget(m_older);
    m_export = new QPushButton(tr("E&xport…"), this);
    m_export->setObjectName(QStringLiteral("exportEventsButton"));
    tools()->addWidget(m_export);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = ExportUi::askPath(this, tr("Export history"), QStringLiteral("podwarden-history"));
        if (!path.isEmpty())
            exportEventsTo(path);
    });

    // The filters, each sent under the official name; a custom time range gets a row of its own.
    const auto labelFor = [this](const QString& text, QWidget* buddy) {
        auto* label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    auto* filters = new QHBoxLayout;
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("actionFilter"));
    m_action->addItem(tr("Every action"), -1);
    for (AuditAction a :
         {AuditAction::Created, AuditAction::Renamed, AuditAction::Enabled, AuditAction::Disabled,
          AuditAction::PoliciesChanged, AuditAction::Revoked, AuditAction::Rolled, AuditAction::ExpiryChanged,
          AuditAction::ValueUpdated, AuditAction::DescriptionUpdated, AuditAction::Deleted, AuditAction::Updated}) {
        AuditEvent probe;
        probe.action = a;
        m_action->addItem(probe.actionText(), int(a));
    }
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->addItem(tr("Every kind"), -1);
    for (ResourceType t : {ResourceType::ApiKey, ResourceType::Secret, ResourceType::Template, ResourceType::Endpoint,
                           ResourceType::Pod})
        m_kind->addItem(AuditEventTableModel::resourceKindText(t), int(t));
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("periodFilter"));
    m_period->addItem(tr("Any time"), -1);
    m_period->addItem(tr("Today"), 0);
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 90 days"), 90);
    m_period->addItem(tr("Days of my choice"), -2);
    filters->addWidget(labelFor(tr("&Action:"), m_action));
    filters->addWidget(m_action);
    filters->addSpacing(8);
    filters->addWidget(labelFor(tr("&Kind:"), m_kind));
    filters->addWidget(m_kind);
    filters->addSpacing(8);

    // Who acted (actorIds): the people and keys seen in the history so far, and the account's
    // key creators; "Only events by …" on a row chooses one too.
    m_actor = new QComboBox(this);
    m_actor->setObjectName(QStringLiteral("actorFilter"));
    m_actor->addItem(tr("Anyone"), QString());
    // Narrow enough for a narrow window; the list shows the whole of each.
    for (QComboBox* box : {m_action, m_kind, m_period, m_actor}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(9);
    }
    filters->addWidget(labelFor(tr("&By:"), m_actor));
    filters->addWidget(m_actor);
    filters->addStretch(1);
    addToolRow(filters);

    const QDate today = Clock::current().now().toLocalTime().date();
    m_range = new QWidget(this);
    m_range->setObjectName(QStringLiteral("customRange"));
    auto* range = new QHBoxLayout(m_range);
    range->setContentsMargins(0, 0, 0, 0);
    m_from = new QDateEdit(today.addDays(-30), m_range);
    m_from->setObjectName(QStringLiteral("fromFilter"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(today, m_range);
    m_to->setObjectName(QStringLiteral("toFilter"));
    m_to->setCalendarPopup(true);
    auto* fromLabel = new QLabel(tr("Fro&m"), m_range);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&to"), m_range);
    toLabel->setBuddy(m_to);
    range->addWidget(fromLabel);
    range->addWidget(m_from);
    range->addWidget(toLabel);
    range->addWidget(m_to);
    range->addWidget(new QLabel(tr("(whole days, your time zone)"), m_range));
    range->addStretch(1);
    // The period on a row of its own, with the chosen days beside it: one row of four filters
    // would hold the window wider than a narrow screen.
    auto* rangeRow = new QHBoxLayout;
    rangeRow->addWidget(labelFor(tr("&Period:"), m_period));
    rangeRow->addWidget(m_period);
    rangeRow->addSpacing(8);
    rangeRow->addWidget(m_range);
    rangeRow->addStretch(1);
    addToolRow(rangeRow);
    m_range->hide();

    setList(m_proxy);
    QTableView* table = this->table();
    // Newest first, as the service pages them: a sort of the loaded pages would mislead.
    table->setSortingEnabled(false);
    const QFontMetrics metrics = table->fontMetrics();
    QHeaderView* columns = table->horizontalHeader();
    columns->resizeSection(AuditEventTableModel::When, PageParts::relativeTimeColumnWidth(metrics));
    columns->resizeSection(AuditEventTableModel::Action, PageParts::columnWidth(metrics, tr("Description edited")));
    columns->resizeSection(AuditEventTableModel::ResourceKind, PageParts::columnWidth(metrics, tr("Template")));
    columns->resizeSection(AuditEventTableModel::Resource,
                           PageParts::columnWidth(metrics, QStringLiteral("sdxl-turbo-inference")));
    columns->resizeSection(AuditEventTableModel::Actor,
                           PageParts::columnWidth(metrics, QStringLiteral("li.wei@example.com")));

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(350);
    connect(m_searchDelay, &QTimer::timeout, this, &AuditPage::reload);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    for (QComboBox* box : {m_action, m_kind, m_period, m_actor})
        connect(box, &QComboBox::currentIndexChanged, this, &AuditPage::reload);
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QTableView::customContextMenuRequested, this, [this](const QPoint& at) {
        const std::optional<int> row = selectedSourceRow();
        if (!row)
            return;
        const AuditEvent& e = m_model->eventAt(*row);
        QMenu menu(this);
        menu.addAction(tr("&Open resource"), this, &AuditPage::openSelected);
        const QString actor = actorId(e.actor);
        if (!actor.isEmpty()) {
            menu.addAction(tr("Only events &by %1").arg(actorName(e.actor)), this, [this, e] { showActor(e.actor); });
        }
        menu.exec(this->table()->viewport()->mapToGlobal(at));
    });
    connect(m_period, &QComboBox::currentIndexChanged, this,
            [this] { m_range->setVisible(m_period->currentData().toInt() == -2); });
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_older, &QPushButton::clicked, this, &AuditPage::loadOlder);
    connect(m_open, &QPushButton::clicked, this, &AuditPage::openSelected);
    connect(table, &QTableView::doubleClicked, this, &AuditPage::openSelected);
    connect(table, &QTableView::activated, this, &AuditPage::openSelected);
    // The next page when the list is scrolled to its end.
    connect(table->verticalScrollBar(), &QScrollBar::valueChanged, this, &AuditPage::loadMoreWhenAtTheEnd);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this,
            [this] { QTimer::singleShot(0, this, &AuditPage::loadMoreWhenAtTheEnd); });
    followSession();
}

AuditPage::~AuditPage() = default;

QString AuditPage::actorId(const AuditActor& actor)
{
    return !actor.user.isEmpty() ? actor.user : actor.keyId;
}

QString AuditPage::actorName(const AuditActor& actor)
{
    return !actor.user.isEmpty() ? actor.user : tr("key %1").arg(actor.keyName.isEmpty() ? actor.keyId : actor.keyName);
}

void AuditPage::addActor(const AuditActor& actor)
{
    const QString id = actorId(actor);
    if (id.isEmpty() || m_actor->findData(id) >= 0)
        return;
    // In name order after "Anyone", without moving the current choice.
    const QString name = actorName(actor);
    int at = 1;
    while (at < m_actor->count() && QString::localeAwareCompare(m_actor->itemText(at), name) < 0)
        ++at;
    const QSignalBlocker quiet(m_actor);
    m_actor->insertItem(at, name, id);
}

void AuditPage::showActor(const AuditActor& actor)
{
    addActor(actor);
    m_actor->setCurrentIndex(m_actor->findData(actorId(actor)));
}

EventQuery AuditPage::query() const
{
    EventQuery q;
    if (const int action = m_action->currentData().toInt(); action >= 0)
        q.actions = {AuditAction(action)};
    if (const int kind = m_kind->currentData().toInt(); kind >= 0)
        q.resourceType = ResourceType(kind);
    if (const QString actor = m_actor->currentData().toString(); !actor.isEmpty())
        q.actorIds = {actor};
    const int period = m_period->currentData().toInt();
    if (period == -2) {
        // Whole days in the user's time zone: from the start of the first to the end of the last.
        q.startTime = m_from->date().startOfDay(Qt::LocalTime).toUTC();
        q.endTime = m_to->date().endOfDay(Qt::LocalTime).toUTC();
    } else if (period >= 0) {
        // Today, or the last N days counted back from today's start.
        const QDate today = Clock::current().now().toLocalTime().date();
        q.startTime = today.addDays(period == 0 ? 0 : -(period - 1)).startOfDay(Qt::LocalTime).toUTC();
    }
    q.search = m_search->text().trimmed();
    q.limit = m_pageSize;
    return q;
}

void AuditPage::reload()
{
    m_searchDelay->stop();
    load(QString());
}

void AuditPage::loadOlder()
{
    if (m_pending || m_nextCursor.isEmpty())
        return;
    load(m_nextCursor);
}

void AuditPage::loadMoreWhenAtTheEnd()
{
    QScrollBar* bar = table()->verticalScrollBar();
    if (isVisible() && !m_pending && hasOlder() && bar->value() >= bar->maximum() && isConnected())
        loadOlder();
}

void AuditPage::load(const QString& cursor)
{
    if (m_period->currentData().toInt() == -2 && m_from->date() > m_to->date()) {
        m_error = tr("The first day comes after the last: choose a range that goes forward.");
        m_model->clear();
        m_nextCursor.clear();
        updateState();
        updateButtons();
        return;
    }
    EventQuery q = query();
    q.cursor = cursor;
    const int generation = ++m_generation;
    auto* reply = m_session->history(q);
    if (!reply) {
        // Not connected: what was loaded stays, and the count says since when.
        m_pending.clear();
        if (isConnected()) {
            // Connected to a service with no history (Paperspace): said once, not asked again.
            m_stale = false;
            m_error = tr("This account's service keeps no history that Podwarden can read.");
        } else {
            showSavedHistory();
        }
        updateState();
        updateButtons();
        return;
    }
    m_pending = reply;
    m_stale = false;
    updateState();
    updateButtons();
    connect(reply, &ServiceReply::finished, this, [this, reply, cursor, generation] {
        if (generation != m_generation)
            return; // the filters changed meanwhile
        m_pending.clear();
        if (!reply->ok()) {
            m_error = reply->error().kind == ServiceError::Kind::NotFound
                          ? tr("The connected service does not offer the account's audit history through its API (it "
                               "answered “not found”, as the Runpod cloud does today). See it in the Runpod "
                               "console.")
                          : tr("The history could not be loaded: %1").arg(reply->error().message());
            if (!cursor.isEmpty() || m_model->rowCount() > 0)
                showMessage(m_error, true);
            updateState();
            updateButtons();
            return;
        }
        m_error.clear();
        const AuditEventPage& page = reply->value();
        if (cursor.isEmpty())
            m_model->clear();
        m_model->append(page.events);
        for (const AuditEvent& e : page.events)
            addActor(e.actor);
        m_nextCursor = page.page.hasNextPage ? page.page.nextCursor.value_or(QString()) : QString();
        m_loadedAt = Clock::current().now();
        updateState();
        updateButtons();
    });
}

void AuditPage::openSelected()
{
    const std::optional<int> row = selectedSourceRow();
    if (!row)
        return;
    const AuditEvent& e = m_model->eventAt(*row);
    emit resourceRequested(e.resourceType, e.resourceId, e.resourceName);
}

void AuditPage::sayGone(const QString& name)
{
    showMessage(tr("%1 is no longer in the account: it was deleted or revoked since.").arg(name), false);
}

void AuditPage::showEvent(QShowEvent* event)
{
    AccountListPage::showEvent(event);
    if (m_stale && isConnected())
        reload();
}

void AuditPage::loadSnapshot()
{
    // Another profile: its history, not this one's.
    const QString profile = m_session->profile() ? m_session->profile()->id : QString();
    if (profile != m_profileId) {
        m_profileId = profile;
        ++m_generation;
        m_pending.clear();
        m_model->clear();
        m_nextCursor.clear();
        m_error.clear();
        m_stale = true;
    }
    showSavedHistory();
    if (m_stale && isVisible() && isConnected())
        reload();
}

void AuditPage::showSavedHistory()
{
    // Offline with nothing loaded in this run: the newest events saved with the account, and the
    // count says when they were loaded.
    if (isConnected() || m_model->rowCount() > 0 || m_pending)
        return;
    const AccountSnapshot& snapshot = m_session->snapshot();
    if (snapshot.recentEvents.isEmpty())
        return;
    m_model->append(snapshot.recentEvents);
    for (const AuditEvent& e : snapshot.recentEvents)
        addActor(e.actor);
    m_nextCursor.clear();
    m_loadedAt = snapshot.fetchedAt;
    m_stale = true;
    updateState();
    updateButtons();
}

void AuditPage::onAccountChanged(const AccountChange&)
{
    // Every change is an event: shown now when the page is, else when it is shown next.
    m_stale = true;
    if (isVisible() && isConnected())
        m_searchDelay->start();
}

ExportJob* AuditPage::exportEventsTo(const QString& path)
{
    auto* job = new EventsExport(m_session, query(), path);
    m_exporting = true;
    updateButtons();
    ExportUi::run(this, job, tr("Exporting the history…"), [this, path](bool ok, const QString& message, int written) {
        m_exporting = false;
        updateButtons();
        if (ok)
            showMessage(tr("Exported %n event(s) to %1.", nullptr, written).arg(QDir::toNativeSeparators(path)), false);
        else
            showMessage(message.isEmpty() ? tr("The export was cancelled; no file was written.") : message,
                        !message.isEmpty());
    });
    return job;
}

void AuditPage::updateButtons()
{
    const bool connected = isConnected();
    m_export->setEnabled(connected && !m_exporting);
    m_export->setToolTip(connected ? tr("Write every event of these filters, not only those loaded, to a CSV or JSON "
                                        "file")
                                   : tr("Connect to the account to export its history."));
    m_open->setEnabled(selectedSourceRow().has_value());
    m_older->setVisible(hasOlder());
    m_older->setEnabled(connected && !m_pending);
    for (QWidget* w : {static_cast<QWidget*>(m_action), static_cast<QWidget*>(m_kind), static_cast<QWidget*>(m_period),
                       static_cast<QWidget*>(m_actor), m_range})
        w->setEnabled(connected);
    m_search->setEnabled(connected);
    if (connected && m_stale && isVisible() && !m_pending)
        QTimer::singleShot(0, this, [this] {
            if (m_stale && isConnected() && !m_pending)
                reload();
        });
}

QString AuditPage::countText(int total, int) const
{
    QString text = tr("%n event(s)", nullptr, total);
    if (hasOlder())
        text += QStringLiteral(" · ") + tr("older ones load as you scroll");
    if (!isConnected() && total > 0 && m_loadedAt.isValid())
        text += QStringLiteral(" · ") +
                tr("offline: loaded %1").arg(QLocale().toString(m_loadedAt.toLocalTime(), QLocale::ShortFormat));
    return text;
}

QString AuditPage::stateText(int total, int) const
{
    if (total > 0)
        return {};
    if (m_pending)
        return tr("Loading the account's history…");
    if (!m_error.isEmpty())
        return m_error;
    if (!isConnected())
        return tr("Connect to the account to see its history: every key, secret, template and endpoint change, "
                  "who made it and when.");
    const EventQuery q = query();
    const bool filtered = !q.actions.isEmpty() || q.resourceType || !q.actorIds.isEmpty() || q.startTime.isValid() ||
                          q.endTime.isValid() || !q.search.isEmpty();
    return filtered ? tr("No event matches these filters.") : tr("Nothing has happened in this account yet.");
}

void AuditPage::setNow(const QDateTime& now)
{
    m_model->setNow(now);
}

} // namespace podwarden
