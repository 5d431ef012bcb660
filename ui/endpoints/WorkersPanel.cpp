#include "WorkersPanel.h"

#include "Clock.h"
#include "Confirm.h"
#include "PageParts.h"
#include "RelativeTime.h"
#include "account/AccountChanges.h"
#include "account/Session.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace podwarden {

namespace {

enum Column { Id, Status, Version, Started, OldValue, ColumnCount };

QString statusName(WorkerStatus status)
{
    switch (status) {
    case WorkerStatus::Running:
        return WorkersPanel::tr("Running");
    case WorkerStatus::Idle:
        return WorkersPanel::tr("Idle");
    case WorkerStatus::Initializing:
        return WorkersPanel::tr("Initializing");
    case WorkerStatus::Throttled:
        return WorkersPanel::tr("Throttled");
    case WorkerStatus::Unhealthy:
        return WorkersPanel::tr("Unhealthy");
    }
    return {};
}

QTableWidgetItem* item(const QString& text, const QString& tip = {})
{
    auto* cell = new QTableWidgetItem(text);
    cell->setToolTip(tip);
    cell->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return cell;
}

} // namespace

WorkersPanel::WorkersPanel(const QString& endpointId, Session* session, QWidget* parent)
    : QWidget(parent)
    , m_endpointId(endpointId)
    , m_session(session)
    , m_follow(new QTimer(this))
{
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("workersSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("workersTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Worker"), tr("Status"), tr("Version"), tr("Started"), tr("Still runs the old value of")});
    PageParts::setUpTable(m_table, tr("Workers"));
    m_table->setSortingEnabled(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QFontMetrics metrics = m_table->fontMetrics();
    m_table->horizontalHeader()->resizeSection(Id, PageParts::columnWidth(metrics, QStringLiteral("wk_0123456789ab")));
    m_table->horizontalHeader()->resizeSection(Status, PageParts::columnWidth(metrics, tr("Initializing")));
    m_table->horizontalHeader()->resizeSection(Version, PageParts::columnWidth(metrics, tr("v%1 (stale)").arg(10)));
    m_table->horizontalHeader()->resizeSection(Started, PageParts::relativeTimeColumnWidth(metrics));
    layout->addWidget(m_table, 1);

    m_history = new QLabel(this);
    m_history->setObjectName(QStringLiteral("releaseHistory"));
    m_history->setWordWrap(true);
    m_history->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_history);

    auto* buttons = new QHBoxLayout;
    m_reload = new QPushButton(tr("Re&load"), this);
    m_reload->setObjectName(QStringLiteral("workersReload"));
    m_roll = new QPushButton(tr("Roll wor&kers…"), this);
    m_roll->setObjectName(QStringLiteral("rollWorkersButton"));
    m_roll->setToolTip(tr("Make a new release, so the service replaces every worker one by one and each new worker "
                          "reads the secrets as they are now."));
    buttons->addWidget(m_reload);
    buttons->addStretch(1);
    buttons->addWidget(m_roll);
    layout->addLayout(buttons);

    // While a rollout goes on, the panel follows it.
    m_follow->setInterval(2000);
    m_follow->setSingleShot(true);
    connect(m_follow, &QTimer::timeout, this, &WorkersPanel::reload);
    connect(m_reload, &QPushButton::clicked, this, &WorkersPanel::reload);
    connect(m_roll, &QPushButton::clicked, this, &WorkersPanel::rollWorkers);
    connect(m_session, &Session::stateChanged, this, &WorkersPanel::updateButtons);
    show();
}

void WorkersPanel::setGraph(std::shared_ptr<const CredentialGraph> graph)
{
    m_graph = std::move(graph);
    show();
}

QHash<QString, QStringList> WorkersPanel::oldValues() const
{
    QHash<QString, QStringList> out;
    if (!m_graph)
        return out;
    for (const OldValueHolder& h : m_graph->workersOnOldValue(m_endpointId, m_workers, Clock::current().now()))
        out[h.id].append(h.secretName);
    return out;
}

void WorkersPanel::reload()
{
    m_follow->stop();
    TypedReply<WorkerList>* workers = m_session->endpointWorkers(m_endpointId);
    TypedReply<ReleasePage>* releases = workers ? m_session->endpointReleases(m_endpointId) : nullptr;
    if (!workers || !releases) {
        m_error = tr("Not connected: the workers are asked of the service, so connect to see them.");
        show();
        emit loaded();
        return;
    }
    const int generation = ++m_generation;
    m_pending = 2;
    m_error.clear();
    updateButtons();
    const auto done = [this, generation] {
        if (generation != m_generation || --m_pending > 0)
            return;
        show();
        const bool rolling = (m_releases && m_releases->rollout.inProgress) ||
                             std::any_of(m_workers.workers.cbegin(), m_workers.workers.cend(),
                                         [](const Worker& w) { return w.isStale; });
        if (rolling && m_error.isEmpty())
            m_follow->start();
        emit loaded();
    };
    connect(workers, &ServiceReply::finished, this, [this, workers, generation, done] {
        if (generation != m_generation)
            return;
        if (workers->ok())
            m_workers = workers->value();
        else
            m_error = tr("The workers could not be read: %1").arg(workers->error().message());
        done();
    });
    connect(releases, &ServiceReply::finished, this, [this, releases, generation, done] {
        if (generation != m_generation)
            return;
        if (releases->ok())
            m_releases = releases->value();
        else
            m_releases.reset(); // the workers say enough; the history is a nicety
        done();
    });
}

void WorkersPanel::show()
{
    const QDateTime now = Clock::current().now();
    m_table->setRowCount(int(m_workers.workers.size()));
    const QHash<QString, QStringList> oldByWorker = oldValues();
    for (int row = 0; row < m_workers.workers.size(); ++row) {
        const Worker& w = m_workers.workers.at(row);
        m_table->setItem(row, Id, item(w.id, w.image.value_or(QString())));
        m_table->setItem(row, Status, item(statusName(w.status)));
        const QString version = w.version ? tr("v%1").arg(*w.version) : tr("unknown");
        m_table->setItem(row, Version,
                         item(w.isStale ? tr("%1 (stale)").arg(version) : version,
                              w.isStale ? tr("Runs an older configuration than the endpoint's current one; the "
                                             "service replaces it during the rollout.")
                                        : QString()));
        m_table->setItem(row, Started,
                         item(w.startedAt ? relativeTime(*w.startedAt, now) : tr("not started"),
                              w.startedAt ? exactTime(*w.startedAt) : QString()));
        const QStringList old = oldByWorker.value(w.id);
        m_table->setItem(row, OldValue,
                         item(old.join(QStringLiteral(", ")),
                              old.isEmpty() ? QString()
                                            : tr("Started before the value of %1 was replaced; it runs the old value "
                                                 "until it is replaced.")
                                                  .arg(old.join(QStringLiteral(", ")))));
    }

    QStringList summary;
    if (!m_error.isEmpty()) {
        summary << m_error;
    } else if (m_workers.total == 0 && m_pending == 0) {
        summary << tr("No active workers: the endpoint has scaled to zero. New workers read the secrets as they "
                      "are when they start.");
    } else {
        summary << tr("%n worker(s): %1 running, %2 idle, %3 initializing.", nullptr, m_workers.total)
                       .arg(m_workers.running)
                       .arg(m_workers.idle)
                       .arg(m_workers.initializing);
        if (m_releases && m_releases->rollout.inProgress) {
            summary << tr("Rollout under way: %1 of %2 workers run version %3 (%4 %).")
                           .arg(m_releases->rollout.workersOnLatest)
                           .arg(m_releases->rollout.workersTotal)
                           .arg(m_releases->endpointVersion.value_or(0))
                           .arg(m_releases->rollout.percentOnLatest);
        } else if (m_workers.endpointVersion) {
            summary << tr("Every worker runs the current configuration, version %1.").arg(*m_workers.endpointVersion);
        }
        if (!oldByWorker.isEmpty())
            summary << tr("%n worker(s) still run an old secret value; Roll workers replaces them.", nullptr,
                          int(oldByWorker.size()));
    }
    m_summary->setText(summary.join(QLatin1Char(' ')));

    QStringList history;
    if (m_releases) {
        const QLocale locale;
        for (const Release& r : m_releases->releases.mid(0, 5)) {
            QStringList fields;
            for (const ReleaseDiffEntry& d : r.diff)
                fields << d.field;
            history << tr("Version %1, %2: %3")
                           .arg(r.version ? QString::number(*r.version) : QStringLiteral("?"),
                                relativeTime(r.createdAt, now),
                                r.version == 1     ? tr("created")
                                : fields.isEmpty() ? tr("no field changed (workers rolled)")
                                                   : tr("changed %1").arg(fields.join(QStringLiteral(", "))));
        }
    }
    m_history->setText(
        history.isEmpty() ? QString() : tr("Latest releases:") + QLatin1Char('\n') + history.join(QLatin1Char('\n')));
    m_history->setVisible(!history.isEmpty());
    updateButtons();
}

void WorkersPanel::updateButtons()
{
    const bool connected = m_session->isConnected();
    m_reload->setEnabled(connected && m_pending == 0);
    m_roll->setEnabled(connected && m_pending == 0);
    if (!connected)
        m_roll->setToolTip(tr("Connect to the account to roll the workers."));
}

void WorkersPanel::rollWorkers()
{
    QString name = m_endpointId;
    for (const Endpoint& e : m_session->snapshot().endpoints) {
        if (e.id == m_endpointId)
            name = e.name;
    }
    if (!Confirm::ask(this, tr("Roll the workers of %1?").arg(name),
                      tr("The endpoint gets a new release with the same configuration. The service then replaces "
                         "its workers one by one; each new worker reads the secrets as they are now. Jobs in "
                         "progress finish on the old workers first."),
                      tr("Roll workers")))
        return;
    m_roll->setEnabled(false);
    ChangeRequest* request = m_session->changes()->rollWorkers(m_endpointId);
    connect(request, &ChangeRequest::finished, this, [this](const ChangeOutcome& outcome) {
        if (!outcome.ok) {
            m_error = outcome.message;
            show();
            return;
        }
        reload();
    });
}

} // namespace podwarden
