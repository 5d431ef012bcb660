#include "SecretRolloutDialog.h"

#include "Clock.h"
#include "Confirm.h"
#include "PageParts.h"
#include "RelativeTime.h"
#include "account/AccountChanges.h"
#include "account/Session.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace podwarden {

namespace {

enum Column { Kind, Name, Where, Started, OldFor, ColumnCount };

QTableWidgetItem* cell(const QString& text, const QString& tip = {})
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(tip);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

// "3 days", "5 minutes": how long something has run the old value.
QString duration(qint64 seconds)
{
    if (seconds < 60)
        return SecretRolloutDialog::tr("less than a minute");
    if (seconds < 3600)
        return SecretRolloutDialog::tr("%n minute(s)", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return SecretRolloutDialog::tr("%n hour(s)", nullptr, int(seconds / 3600));
    return SecretRolloutDialog::tr("%n day(s)", nullptr, int(seconds / 86400));
}

} // namespace

SecretRolloutDialog::SecretRolloutDialog(const QString& secretName, Session* session, QWidget* parent)
    : QDialog(parent)
    , m_secretName(secretName)
    , m_session(session)
    , m_follow(new QTimer(this))
{
    setObjectName(QStringLiteral("secretRolloutDialog"));
    setWindowTitle(tr("Who still runs the old value of %1").arg(secretName));
    setSizeGripEnabled(true);
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("rolloutSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("rolloutTable"));
    m_table->setHorizontalHeaderLabels({tr("Kind"), tr("Name"), tr("Where"), tr("Started"), tr("Old value for")});
    PageParts::setUpTable(m_table, tr("Pods and workers still running the old value"));
    m_table->setSortingEnabled(false);
    const QFontMetrics metrics = m_table->fontMetrics();
    m_table->horizontalHeader()->resizeSection(Kind, PageParts::columnWidth(metrics, tr("Worker")));
    m_table->horizontalHeader()->resizeSection(Name,
                                               PageParts::columnWidth(metrics, QStringLiteral("pytorch-training-2")));
    m_table->horizontalHeader()->resizeSection(
        Where, PageParts::columnWidth(metrics, QStringLiteral("Pod from template PyTorch 2.4 + Jupyter")));
    m_table->horizontalHeader()->resizeSection(Started, PageParts::relativeTimeColumnWidth(metrics));
    layout->addWidget(m_table, 1);
    m_message = PageParts::messagePanel("rolloutMessage", this);
    layout->addWidget(m_message);

    auto* actions = new QHBoxLayout;
    m_reload = new QPushButton(tr("Reloa&d"), this);
    m_reload->setObjectName(QStringLiteral("rolloutReload"));
    m_restart = new QPushButton(tr("&Restart the pods…"), this);
    m_restart->setObjectName(QStringLiteral("restartPodsButton"));
    m_roll = new QPushButton(tr("R&oll the workers…"), this);
    m_roll->setObjectName(QStringLiteral("rollEndpointsButton"));
    actions->addWidget(m_reload);
    actions->addStretch(1);
    actions->addWidget(m_restart);
    actions->addWidget(m_roll);
    layout->addLayout(actions);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* leave = buttons->addButton(tr("&Leave them"), QDialogButtonBox::RejectRole);
    leave->setObjectName(QStringLiteral("leaveThemButton"));
    leave->setToolTip(tr("Close; they keep the old value until they restart."));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_follow->setInterval(2000);
    m_follow->setSingleShot(true);
    connect(m_follow, &QTimer::timeout, this, &SecretRolloutDialog::reload);
    connect(m_reload, &QPushButton::clicked, this, &SecretRolloutDialog::reload);
    connect(m_restart, &QPushButton::clicked, this, &SecretRolloutDialog::restartPods);
    connect(m_roll, &QPushButton::clicked, this, &SecretRolloutDialog::rollWorkers);
    connect(m_session, &Session::accountChanged, this, [this](const AccountChange& change) {
        if (change.resource == AccountChange::Resource::Pod || change.resource == AccountChange::Resource::Secret)
            recompute();
    });
    connect(m_session, &Session::stateChanged, this, &SecretRolloutDialog::updateButtons);
    resize(760, 440);
    reload();
}

SecretRolloutDialog::~SecretRolloutDialog() = default;

QString SecretRolloutDialog::endpointName(const QString& id) const
{
    for (const Endpoint& e : m_session->snapshot().endpoints) {
        if (e.id == id)
            return e.name;
    }
    return id;
}

QString SecretRolloutDialog::podOrigin(const QString& podId) const
{
    const AccountSnapshot& snapshot = m_session->snapshot();
    for (const Pod& p : snapshot.pods) {
        if (p.id != podId || !p.templateId)
            continue;
        for (const Template& t : snapshot.templates) {
            if (t.id == *p.templateId)
                return tr("Pod from template %1").arg(t.name);
        }
    }
    return tr("Pod");
}

void SecretRolloutDialog::reload()
{
    m_follow->stop();
    const SecretUsers users = m_session->graph()->usersOf(m_secretName);
    const int generation = ++m_generation;
    m_errors.clear();
    m_pending = 0;
    for (const SecretUser& endpoint : users.endpoints) {
        TypedReply<WorkerList>* reply = m_session->endpointWorkers(endpoint.id);
        if (!reply)
            break;
        ++m_pending;
        const QString id = endpoint.id;
        connect(reply, &ServiceReply::finished, this, [this, reply, id, generation] {
            if (generation != m_generation)
                return;
            if (reply->ok())
                m_workers.insert(id, reply->value());
            else
                m_errors
                    << tr("The workers of %1 could not be read: %2").arg(endpointName(id), reply->error().message());
            if (--m_pending == 0)
                recompute();
        });
    }
    if (!m_session->isConnected() && !users.endpoints.isEmpty())
        m_errors << tr("Not connected: the endpoints' workers are asked of the service, so only pods are listed.");
    updateButtons();
    if (m_pending == 0)
        recompute();
}

void SecretRolloutDialog::recompute()
{
    const QDateTime now = Clock::current().now();
    m_holders = m_session->graph()->stillOnOldValue(m_secretName, m_workers, now);
    m_table->setRowCount(int(m_holders.size()));
    int pods = 0;
    int workers = 0;
    for (int row = 0; row < m_holders.size(); ++row) {
        const OldValueHolder& h = m_holders.at(row);
        const bool pod = h.kind == OldValueHolder::Kind::Pod;
        (pod ? pods : workers) += 1;
        m_table->setItem(row, Kind, cell(pod ? tr("Pod") : tr("Worker")));
        m_table->setItem(row, Name, cell(pod ? h.name : h.id, h.id));
        m_table->setItem(row, Where, cell(pod ? podOrigin(h.id) : tr("Endpoint %1").arg(endpointName(h.endpointId))));
        m_table->setItem(row, Started, cell(relativeTime(h.startedAt, now), exactTime(h.startedAt)));
        m_table->setItem(row, OldFor,
                         cell(h.sameInstant ? tr("may be (started as it changed)") : duration(h.staleSeconds),
                              tr("The value changed %1.").arg(exactTime(h.valueUpdatedAt))));
    }
    QString changed;
    for (const Secret& s : m_session->snapshot().secrets) {
        if (s.name == m_secretName)
            changed = relativeTime(s.valueLastUpdatedAt, now);
    }
    QString summary;
    if (m_holders.isEmpty()) {
        summary = tr("Every pod and worker that reads %1 has started since its value last changed (%2): none runs "
                     "the old value.")
                      .arg(m_secretName, changed);
    } else {
        summary = tr("%1 and %2 still run the old value of %3 (changed %4). A pod or worker reads a secret only when "
                     "it starts.")
                      .arg(tr("%n pod(s)", nullptr, pods), tr("%n worker(s)", nullptr, workers), m_secretName, changed);
    }
    if (!m_errors.isEmpty())
        summary += QLatin1Char(' ') + m_errors.join(QLatin1Char(' '));
    m_summary->setText(summary);
    updateButtons();
    // Workers are replaced one by one after a roll: follow them while some remain.
    if (workers > 0 && m_changing == 0 && !m_workers.isEmpty() && m_session->isConnected() && isVisible())
        m_follow->start();
    emit updated();
}

void SecretRolloutDialog::updateButtons()
{
    const bool connected = m_session->isConnected();
    bool pods = false;
    bool workers = false;
    for (const OldValueHolder& h : m_holders)
        (h.kind == OldValueHolder::Kind::Pod ? pods : workers) = true;
    m_restart->setEnabled(connected && pods && m_changing == 0);
    m_roll->setEnabled(connected && workers && m_changing == 0);
    m_reload->setEnabled(connected && m_pending == 0);
}

void SecretRolloutDialog::restartPods()
{
    QSet<QString> ids;
    QStringList names;
    for (const OldValueHolder& h : m_holders) {
        if (h.kind == OldValueHolder::Kind::Pod && !ids.contains(h.id)) {
            ids.insert(h.id);
            names << h.name;
        }
    }
    if (ids.isEmpty() ||
        !Confirm::ask(this, tr("Restart %n pod(s)?", nullptr, int(ids.size())),
                      tr("These pods restart in place and read the secrets as they are now; whatever runs in them is "
                         "interrupted: %1.")
                          .arg(names.join(QStringLiteral(", "))),
                      tr("Restart")))
        return;
    for (const QString& id : std::as_const(ids)) {
        ++m_changing;
        ChangeRequest* request = m_session->changes()->podAction(id, PodAction::Restart);
        connect(request, &ChangeRequest::finished, this, [this](const ChangeOutcome& outcome) {
            --m_changing;
            if (!outcome.ok) {
                PageParts::showMessage(m_message, outcome.message, true);
            }
            recompute();
        });
    }
    updateButtons();
}

void SecretRolloutDialog::rollWorkers()
{
    QSet<QString> ids;
    QStringList names;
    for (const OldValueHolder& h : m_holders) {
        if (h.kind == OldValueHolder::Kind::Worker && !ids.contains(h.endpointId)) {
            ids.insert(h.endpointId);
            names << endpointName(h.endpointId);
        }
    }
    if (ids.isEmpty() ||
        !Confirm::ask(this, tr("Roll the workers of %n endpoint(s)?", nullptr, int(ids.size())),
                      tr("These endpoints get a new release with the same configuration; the service replaces their "
                         "workers one by one, and each new worker reads the secrets as they are now. Jobs in progress "
                         "finish first: %1.")
                          .arg(names.join(QStringLiteral(", "))),
                      tr("Roll workers")))
        return;
    for (const QString& id : std::as_const(ids)) {
        ++m_changing;
        ChangeRequest* request = m_session->changes()->rollWorkers(id);
        connect(request, &ChangeRequest::finished, this, [this](const ChangeOutcome& outcome) {
            if (!outcome.ok) {
                PageParts::showMessage(m_message, outcome.message, true);
            }
            if (--m_changing == 0)
                reload();
        });
    }
    updateButtons();
}

} // namespace podwarden
