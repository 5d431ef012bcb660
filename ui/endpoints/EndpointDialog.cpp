#include "EndpointDialog.h"

#include "Clock.h"
#include "Confirm.h"
#include "EndpointTableModel.h"
#include "PageParts.h"
#include "ReachTableModel.h"
#include "RelativeTime.h"
#include "SecretReference.h"
#include "account/AccountChanges.h"
#include "account/Session.h"
#include "endpoints/TryItPanel.h"
#include "endpoints/WorkersPanel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace podwarden {

namespace {

std::optional<Endpoint> findEndpoint(const Session* session, const QString& id)
{
    for (const Endpoint& e : session->snapshot().endpoints) {
        if (e.id == id)
            return e;
    }
    return std::nullopt;
}

QString templateName(const Session* session, const QString& id)
{
    for (const Template& t : session->snapshot().templates) {
        if (t.id == id)
            return t.name;
    }
    return id;
}

// The endpoint's URLs as the service lists them, or as the invocation base makes them.
QList<QPair<QString, QString>> invocationUrls(const Endpoint& e, const QUrl& invocationBase)
{
    QList<QPair<QString, QString>> urls;
    if (e.requestUrls && !e.requestUrls->isEmpty()) {
        const QStringList order{QStringLiteral("runSync"), QStringLiteral("run"), QStringLiteral("status"),
                                QStringLiteral("health"), QStringLiteral("base")};
        for (const QString& key : order) {
            if (e.requestUrls->contains(key))
                urls.append({key, e.requestUrls->value(key)});
        }
        for (const QString& name : e.requestUrls->names()) {
            if (!order.contains(name))
                urls.append({name, e.requestUrls->value(name)});
        }
        return urls;
    }
    QString base = invocationBase.toString(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QString root = base + QStringLiteral("/v2/") + e.id;
    urls.append({QStringLiteral("runSync"), root + QStringLiteral("/runsync")});
    urls.append({QStringLiteral("run"), root + QStringLiteral("/run")});
    urls.append({QStringLiteral("status"), root + QStringLiteral("/status/{job_id}")});
    urls.append({QStringLiteral("health"), root + QStringLiteral("/health")});
    return urls;
}

QString urlLabel(const QString& key)
{
    if (key == QLatin1String("runSync"))
        return EndpointDialog::tr("Run and wait:");
    if (key == QLatin1String("run"))
        return EndpointDialog::tr("Run (queue):");
    if (key == QLatin1String("status"))
        return EndpointDialog::tr("Status:");
    if (key == QLatin1String("health"))
        return EndpointDialog::tr("Health:");
    if (key == QLatin1String("base"))
        return EndpointDialog::tr("Base:");
    if (key == QLatin1String("cancel"))
        return EndpointDialog::tr("Cancel a job:");
    if (key == QLatin1String("retry"))
        return EndpointDialog::tr("Retry a job:");
    if (key == QLatin1String("stream"))
        return EndpointDialog::tr("Stream a job:");
    if (key == QLatin1String("purgeQueue"))
        return EndpointDialog::tr("Purge the queue:");
    return key + QLatin1Char(':');
}

} // namespace

EndpointDialog::EndpointDialog(const QString& endpointId, Session* session, QWidget* parent)
    : QDialog(parent)
    , m_endpointId(endpointId)
    , m_session(session)
{
    setObjectName(QStringLiteral("endpointDialog"));
    setSizeGripEnabled(true);
    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("endpointTabs"));
    m_tabs->addTab(buildOverview(), tr("&Overview"));
    m_workers = new WorkersPanel(endpointId, session, this);
    m_tabs->addTab(m_workers, tr("&Workers"));
    m_tabs->addTab(buildSecrets(), tr("&Secrets it needs"));
    m_tabs->addTab(buildReach(), tr("Who can &reach it"));
    m_tryIt = new TryItPanel(endpointId, session, this);
    m_tabs->addTab(m_tryIt, tr("Tr&y it"));
    layout->addWidget(m_tabs, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == Workers && !m_workers->isLoading() && m_workers->workers().total == 0)
            m_workers->reload();
    });
    connect(m_session, &Session::accountChanged, this, &EndpointDialog::onAccountChanged);
    connect(m_session, &Session::snapshotChanged, this, &EndpointDialog::reloadFromAccount);
    connect(m_session, &Session::stateChanged, this, &EndpointDialog::updateReachButtons);
    reloadFromAccount();
    resize(760, 560);
}

EndpointDialog::~EndpointDialog() = default;

void EndpointDialog::showSection(int section)
{
    m_tabs->setCurrentIndex(section);
    if (section == Workers)
        m_workers->reload();
}

QWidget* EndpointDialog::buildOverview()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_properties = new QLabel(page);
    m_properties->setObjectName(QStringLiteral("endpointProperties"));
    m_properties->setTextFormat(Qt::PlainText);
    m_properties->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_properties->setWordWrap(true);
    layout->addWidget(m_properties);

    m_urls = new QWidget(page);
    m_urls->setLayout(new QFormLayout);
    layout->addWidget(m_urls);

    auto* curlTitle = new QLabel(tr("A ready command. It reads the key from the RUNPOD_API_KEY environment variable: "
                                    "set that in your shell first. Podwarden never puts a key in a command."),
                                 page);
    curlTitle->setWordWrap(true);
    layout->addWidget(curlTitle);
    m_curl = new QPlainTextEdit(page);
    m_curl->setObjectName(QStringLiteral("curlCommand"));
    m_curl->setReadOnly(true);
    m_curl->setTabChangesFocus(true);
    m_curl->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_curl->setAccessibleName(tr("curl command"));
    m_curl->setMaximumHeight(m_curl->fontMetrics().lineSpacing() * 6);
    layout->addWidget(m_curl);
    auto* copy = new QPushButton(tr("Copy comma&nd"), page);
    copy->setObjectName(QStringLiteral("copyCurlButton"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(curlCommand()); });
    auto* row = new QHBoxLayout;
    row->addWidget(copy);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(1);
    return page;
}

QWidget* EndpointDialog::buildSecrets()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_needsNote = new QLabel(page);
    m_needsNote->setObjectName(QStringLiteral("secretNeedsNote"));
    m_needsNote->setWordWrap(true);
    layout->addWidget(m_needsNote);
    m_needs = new QTableWidget(0, 4, page);
    m_needs->setObjectName(QStringLiteral("secretNeedsTable"));
    m_needs->setHorizontalHeaderLabels({tr("Secret"), tr("Variable"), tr("From"), tr("Resolves")});
    PageParts::setUpTable(m_needs, tr("Secrets it needs"));
    m_needs->setSortingEnabled(false);
    m_needs->horizontalHeader()->setStretchLastSection(true);
    const QFontMetrics metrics = m_needs->fontMetrics();
    m_needs->horizontalHeader()->resizeSection(0,
                                               PageParts::columnWidth(metrics, QStringLiteral("HF_TOKEN_PRODUCTION")));
    m_needs->horizontalHeader()->resizeSection(
        1, PageParts::columnWidth(metrics, QStringLiteral("HUGGING_FACE_HUB_TOKEN")));
    m_needs->horizontalHeader()->resizeSection(
        2, PageParts::columnWidth(metrics, tr("Template %1").arg(QStringLiteral("vLLM worker"))));
    layout->addWidget(m_needs, 1);
    return page;
}

QWidget* EndpointDialog::buildReach()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_reachSummary = new QLabel(page);
    m_reachSummary->setObjectName(QStringLiteral("reachSummary"));
    m_reachSummary->setWordWrap(true);
    layout->addWidget(m_reachSummary);
    m_reachMessage = PageParts::messagePanel("reachMessage", page);
    layout->addWidget(m_reachMessage);
    m_reachModel = new ReachTableModel(this);
    m_reachProxy = new QSortFilterProxyModel(this);
    m_reachProxy->setSourceModel(m_reachModel);
    m_reachProxy->setSortRole(ReachTableModel::SortRole);
    m_reachProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_reachProxy->setFilterRole(ReachTableModel::SearchTextRole);
    m_reachProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    auto* search = new QLineEdit(page);
    search->setObjectName(QStringLiteral("reachSearch"));
    search->setPlaceholderText(tr("Search keys"));
    search->setAccessibleName(tr("Search the keys that can reach this endpoint"));
    PageParts::enableNamedClearButton(search);
    connect(search, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_reachProxy->setFilterFixedString(text.trimmed()); });
    layout->addWidget(search);
    m_reachTable = new QTableView(page);
    m_reachTable->setObjectName(QStringLiteral("reachTable"));
    m_reachTable->setModel(m_reachProxy);
    PageParts::setUpTable(m_reachTable, tr("Keys that can reach this endpoint"));
    // Read-Write first; the sort is stable, so each level keeps the graph's order by name.
    m_reachTable->sortByColumn(ReachTableModel::Access, Qt::DescendingOrder);
    m_reachTable->horizontalHeader()->setStretchLastSection(true);
    const QFontMetrics metrics = m_reachTable->fontMetrics();
    m_reachTable->horizontalHeader()->resizeSection(
        ReachTableModel::Key, PageParts::columnWidth(metrics, QStringLiteral("legacy-readonly-key (legacy)")));
    m_reachTable->horizontalHeader()->resizeSection(ReachTableModel::Access,
                                                    PageParts::columnWidth(metrics, tr("Read-Write")));
    m_reachTable->horizontalHeader()->resizeSection(ReachTableModel::How,
                                                    PageParts::columnWidth(metrics, tr("Custom statement")));
    m_reachTable->horizontalHeader()->resizeSection(ReachTableModel::LastUsed,
                                                    PageParts::relativeTimeColumnWidth(metrics));
    layout->addWidget(m_reachTable, 1);
    connect(m_reachTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EndpointDialog::updateReachButtons);

    auto* buttons = new QHBoxLayout;
    m_grant = new QPushButton(tr("&Grant a key…"), page);
    m_grant->setObjectName(QStringLiteral("grantKeyButton"));
    m_change = new QPushButton(tr("C&hange…"), page);
    m_change->setObjectName(QStringLiteral("changeGrantButton"));
    m_remove = new QPushButton(tr("Re&move grant…"), page);
    m_remove->setObjectName(QStringLiteral("removeGrantButton"));
    buttons->addWidget(m_grant);
    buttons->addStretch(1);
    buttons->addWidget(m_change);
    buttons->addWidget(m_remove);
    layout->addLayout(buttons);
    connect(m_grant, &QPushButton::clicked, this, &EndpointDialog::askToGrant);
    connect(m_change, &QPushButton::clicked, this, &EndpointDialog::changeSelectedGrant);
    connect(m_remove, &QPushButton::clicked, this, &EndpointDialog::removeSelectedGrant);
    return page;
}

QString EndpointDialog::curlCommand() const
{
    return m_curl->toPlainText();
}

void EndpointDialog::reloadFromAccount()
{
    m_graph = m_session->graph();
    const std::optional<Endpoint> endpoint = findEndpoint(m_session, m_endpointId);
    setWindowTitle(endpoint ? tr("Endpoint %1").arg(endpoint->name) : tr("Endpoint %1").arg(m_endpointId));

    // Overview.
    if (!endpoint) {
        m_properties->setText(tr("This endpoint is no longer in the account."));
    } else {
        const QLocale locale;
        QStringList lines;
        lines << tr("ID: %1").arg(endpoint->id);
        lines << tr("Type: %1").arg(EndpointTableModel::typeName(*endpoint));
        lines << tr("Workers: at least %1, at most %2")
                     .arg(endpoint->workers.min.value_or(0))
                     .arg(endpoint->workers.max.value_or(0));
        if (endpoint->templateId)
            lines << tr("Template: %1").arg(templateName(m_session, *endpoint->templateId));
        if (endpoint->container.image)
            lines << tr("Image: %1").arg(*endpoint->container.image);
        lines << tr("Timeout: %1 s").arg(locale.toString(endpoint->timeoutMs / 1000));
        lines << tr("Created: %1").arg(exactTime(endpoint->createdAt));
        m_properties->setText(lines.join(QLatin1Char('\n')));
    }
    auto* form = static_cast<QFormLayout*>(m_urls->layout());
    while (form->rowCount() > 0)
        form->removeRow(0);
    QString curl;
    if (endpoint) {
        const QUrl base = m_session->profile() ? m_session->profile()->invocationBase : QUrl();
        const QList<QPair<QString, QString>> urls = invocationUrls(*endpoint, base);
        for (const auto& [key, url] : urls) {
            auto* field = new QLineEdit(url, m_urls);
            field->setReadOnly(true);
            field->setObjectName(QStringLiteral("url_") + key);
            field->setAccessibleName(urlLabel(key).chopped(1));
            form->addRow(urlLabel(key), field);
        }
        const bool loadBalancer = endpoint->type == EndpointType::LoadBalancer;
        QString target;
        for (const auto& [key, url] : urls) {
            if (key == (loadBalancer ? QLatin1String("health") : QLatin1String("runSync")))
                target = url;
        }
        if (loadBalancer) {
            curl = QStringLiteral("curl \"%1\" \\\n  -H \"Authorization: Bearer $RUNPOD_API_KEY\"").arg(target);
        } else {
            curl = QStringLiteral("curl -X POST \"%1\" \\\n  -H \"Authorization: Bearer $RUNPOD_API_KEY\" \\\n"
                                  "  -H \"Content-Type: application/json\" \\\n"
                                  "  -d '{\"input\": {\"prompt\": \"hello\"}}'")
                       .arg(target);
        }
    }
    m_curl->setPlainText(curl);

    // Secrets it needs.
    const EndpointSecretNeeds needs = m_graph->secretsNeededBy(m_endpointId);
    m_needs->setRowCount(int(needs.needs.size()));
    const auto cell = [](const QString& text, const QString& tip = {}) {
        auto* item = new QTableWidgetItem(text);
        item->setToolTip(tip);
        item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        return item;
    };
    int missing = 0;
    for (int row = 0; row < needs.needs.size(); ++row) {
        const SecretNeed& n = needs.needs.at(row);
        m_needs->setItem(row, 0, cell(n.secretName, SecretReference::format(n.secretName)));
        m_needs->setItem(row, 1, cell(n.envKey));
        m_needs->setItem(row, 2,
                         cell(n.source == SecretSource::EndpointEnv
                                  ? tr("This endpoint")
                                  : tr("Template %1").arg(templateName(m_session, n.templateId))));
        if (!n.resolves)
            ++missing;
        m_needs->setItem(row, 3,
                         cell(n.resolves ? tr("Yes") : tr("No: no secret has this name"),
                              n.resolves ? QString()
                                         : tr("Workers that boot now fail to start: create the secret, or "
                                              "change the reference.")));
    }
    QStringList note;
    if (needs.needs.isEmpty())
        note << tr("This endpoint's env references no secret.");
    else if (missing == 0)
        note << tr("Every secret it references exists. New workers read their values when they boot.");
    else
        note << tr("%n reference(s) name a secret that does not exist: workers that boot now fail.", nullptr, missing);
    if (needs.unknownTemplateId)
        note << tr("Its template %1 is not in the account any more, so references there cannot be listed.")
                    .arg(*needs.unknownTemplateId);
    m_needsNote->setText(note.join(QLatin1Char(' ')));

    // Who can reach it.
    QList<KeyReach> reach = m_graph->reach(m_endpointId);
    int readWrite = 0;
    int read = 0;
    for (const KeyReach& r : reach) {
        if (!r.canCallNow())
            continue;
        if (r.level == AccessLevel::ReadWrite)
            ++readWrite;
        else if (r.level == AccessLevel::Read)
            ++read;
    }
    m_reachModel->setReach(std::move(reach));
    if (!m_session->offersKeyManagement()) {
        m_reachSummary->setText(tr("The connected service does not list the account's keys, so who can reach this "
                                   "endpoint cannot be shown. See the keys in the Runpod console."));
    } else {
        m_reachSummary->setText(tr("%n enabled key(s) can run jobs here (Read-Write)", nullptr, readWrite) +
                                QStringLiteral("; ") +
                                tr("%n more can only read status and health (Read).", nullptr, read));
    }
    m_workers->setGraph(m_graph);
    updateReachButtons();
}

void EndpointDialog::onAccountChanged(const AccountChange& change)
{
    if (change.resource == AccountChange::Resource::ApiKey || change.resource == AccountChange::Resource::Secret ||
        change.resource == AccountChange::Resource::Template ||
        (change.resource == AccountChange::Resource::Endpoint && change.id == m_endpointId))
        reloadFromAccount();
}

const KeyReach* EndpointDialog::selectedReach() const
{
    const QModelIndexList rows = m_reachTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const int row = m_reachProxy->mapToSource(rows.first()).row();
    return row >= 0 && row < m_reachModel->rowCount() ? &m_reachModel->reachAt(row) : nullptr;
}

void EndpointDialog::updateReachButtons()
{
    const bool connected = m_session->isConnected();
    const KeyReach* r = selectedReach();
    const bool ownGrant = r && r->via == ReachVia::EndpointGrant;
    m_grant->setEnabled(connected);
    m_change->setEnabled(connected && ownGrant);
    m_remove->setEnabled(connected && ownGrant);
    QString why;
    if (!connected)
        why = tr("Connect to the account to change who can reach this endpoint.");
    else if (r && r->via == ReachVia::FullAccess)
        why = tr("This key has All access, which reaches every endpoint; narrow it in the key's own dialog on the API "
                 "keys screen.");
    else if (r && r->via == ReachVia::AllEndpoints)
        why = tr("This key has a grant on every endpoint; narrow it in the key's own dialog on the API keys screen.");
    else if (r && !ownGrant)
        why = tr("This key may reach the endpoint through a policy statement Podwarden cannot read; change it in the "
                 "key's own dialog on the API keys screen.");
    m_change->setToolTip(why);
    m_remove->setToolTip(why);
    m_grant->setToolTip(connected ? QString() : why);
}

void EndpointDialog::showReachMessage(const QString& text, bool error)
{
    PageParts::showMessage(m_reachMessage, text, error);
}

void EndpointDialog::applyGrant(const QString& keyId, const QString& keyName, AccessLevel level,
                                const QString& question, const QString& acceptText)
{
    const std::optional<Endpoint> endpoint = findEndpoint(m_session, m_endpointId);
    const QString endpointName = endpoint ? endpoint->name : m_endpointId;
    if (!Confirm::ask(this, question,
                      level == AccessLevel::ReadWrite
                          ? tr("Key %1 will be able to run and cancel jobs on %2, which uses its workers and costs "
                               "money, and read their results. Its other access stays as it is.")
                                .arg(keyName, endpointName)
                      : level == AccessLevel::Read
                          ? tr("Key %1 will be able to read job status and the health of %2, but not run jobs. Its "
                               "other access stays as it is.")
                                .arg(keyName, endpointName)
                          : tr("Key %1 will no longer reach %2 through its own grant (it keeps any access it has to "
                               "every endpoint). Clients using it for %2 get 403 from now on.")
                                .arg(keyName, endpointName),
                      acceptText, level == AccessLevel::None ? Confirm::Kind::Destructive : Confirm::Kind::Normal))
        return;
    showReachMessage({}, false);
    ChangeRequest* request = m_session->changes()->setEndpointAccess(keyId, m_endpointId, level);
    connect(request, &ChangeRequest::finished, this,
            [this](const ChangeOutcome& outcome) { showReachMessage(outcome.message, !outcome.ok); });
}

void EndpointDialog::grantKey(const QString& keyId, AccessLevel level)
{
    QString name = keyId;
    for (const ApiKey& k : m_session->snapshot().apiKeys) {
        if (k.id == keyId)
            name = k.name;
    }
    applyGrant(keyId, name, level, tr("Give key %1 %2 access to this endpoint?").arg(name, toDisplayString(level)),
               tr("Grant %1").arg(toDisplayString(level)));
}

void EndpointDialog::changeSelectedGrant()
{
    const KeyReach* r = selectedReach();
    if (!r || r->via != ReachVia::EndpointGrant)
        return;
    const AccessLevel to = r->level == AccessLevel::ReadWrite ? AccessLevel::Read : AccessLevel::ReadWrite;
    applyGrant(r->keyId, r->keyName, to,
               tr("Change key %1 from %2 to %3 on this endpoint?")
                   .arg(r->keyName, toDisplayString(r->level), toDisplayString(to)),
               tr("Change to %1").arg(toDisplayString(to)));
}

void EndpointDialog::removeSelectedGrant()
{
    const KeyReach* r = selectedReach();
    if (!r || r->via != ReachVia::EndpointGrant)
        return;
    applyGrant(r->keyId, r->keyName, AccessLevel::None, tr("Remove key %1's grant of this endpoint?").arg(r->keyName),
               tr("Remove grant"));
}

void EndpointDialog::askToGrant()
{
    // The keys that do not already run jobs here, by name; the search narrows a long list.
    QStringList labels;
    QStringList ids;
    QList<ApiKey> keys = m_session->snapshot().apiKeys;
    std::sort(keys.begin(), keys.end(),
              [](const ApiKey& a, const ApiKey& b) { return a.name.compare(b.name, Qt::CaseInsensitive) < 0; });
    for (const ApiKey& k : keys) {
        if (k.policy.endpointLevel(m_endpointId) == AccessLevel::ReadWrite)
            continue;
        labels << tr("%1 (%2…, %3)").arg(k.name, k.prefix, k.policy.summary());
        ids << k.id;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Grant a key access to this endpoint"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* search = new QLineEdit(&dialog);
    search->setObjectName(QStringLiteral("grantSearch"));
    search->setPlaceholderText(tr("Search keys"));
    search->setAccessibleName(tr("Search keys"));
    PageParts::enableNamedClearButton(search);
    layout->addWidget(search);
    auto* list = new QListView(&dialog);
    list->setObjectName(QStringLiteral("grantKeyList"));
    auto* model = new QStringListModel(labels, &dialog);
    auto* proxy = new QSortFilterProxyModel(&dialog);
    proxy->setSourceModel(model);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    list->setModel(proxy);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->setAccessibleName(tr("Keys"));
    PageParts::tabLeavesView(list);
    layout->addWidget(list, 1);
    auto* form = new QFormLayout;
    auto* level = new QComboBox(&dialog);
    level->setObjectName(QStringLiteral("grantLevel"));
    level->addItem(toDisplayString(AccessLevel::Read), static_cast<int>(AccessLevel::Read));
    level->addItem(toDisplayString(AccessLevel::ReadWrite), static_cast<int>(AccessLevel::ReadWrite));
    form->addRow(tr("&Access:"), level);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton* ok = buttons->addButton(tr("&Grant…"), QDialogButtonBox::AcceptRole);
    ok->setEnabled(false);
    layout->addWidget(buttons);
    connect(search, &QLineEdit::textChanged, proxy, [proxy, list](const QString& text) {
        proxy->setFilterFixedString(text.trimmed());
        if (proxy->rowCount() > 0)
            list->setCurrentIndex(proxy->index(0, 0));
    });
    connect(list->selectionModel(), &QItemSelectionModel::currentChanged, ok,
            [ok](const QModelIndex& current) { ok->setEnabled(current.isValid()); });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(520, 420);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QModelIndex current = proxy->mapToSource(list->currentIndex());
    if (!current.isValid())
        return;
    grantKey(ids.at(current.row()), static_cast<AccessLevel>(level->currentData().toInt()));
}

} // namespace podwarden
