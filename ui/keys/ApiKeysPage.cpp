#include "ApiKeysPage.h"

#include "BackgroundThread.h"
#include "keys/KeyDetailsDialog.h"

#include "ApiKeyFilterProxy.h"
#include "ApiKeyTableModel.h"
#include "Clock.h"
#include "Confirm.h"
#include "ExportUi.h"
#include "PageParts.h"
#include "RelativeTime.h"
#include "account/AccountChanges.h"
#include "account/KeyAdvice.h"
#include "account/Session.h"
#include "export/Exports.h"
#include "keys/ApiKeyDialog.h"
#include "keys/ExpiryField.h"
#include "keys/LeastPrivilegeView.h"
#include "keys/NewKeyDialog.h"
#include "keys/RollKeyDialog.h"
#include "keys/ToggleSwitchDelegate.h"
#include "notify/KeySettings.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace podwarden {

ApiKeysPage::ApiKeysPage(Session* session, QWidget* parent)
    : AccountListPage(session, {"pageApiKeys", "keyCount", "keySearch", "keysMessage", "keyTable", "keysState"},
                      tr("API keys"), parent)
    , m_model(new ApiKeyTableModel(this))
    , m_proxy(new ApiKeyFilterProxy(this))
{
    m_proxy->setKeyModel(m_model);
    QTableView* table = this->table();
    m_new = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&New key…"), this);
    m_new->setObjectName(QStringLiteral("newKeyButton"));
    m_details = new QPushButton(tr("De&tails…"), this);
    m_details->setObjectName(QStringLiteral("keyDetailsButton"));
    m_details->setToolTip(tr("What the key can do, when it was made and used, and its history"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editKeyButton"));
    m_revoke = new QPushButton(tr("&Revoke…"), this);
    m_revoke->setObjectName(QStringLiteral("revokeKeyButton"));
    header()->addWidget(m_new);
    header()->addWidget(m_details);
    header()->addWidget(m_edit);
    header()->addWidget(m_revoke);

    m_search->setPlaceholderText(tr("Search names, prefixes and creators"));
    m_search->setAccessibleName(tr("Search keys"));
    m_search->setMinimumWidth(180);
    tools()->setStretchFactor(m_search, 2);
    tools()->addStretch(1);
    // The filters on a row of their own, so the window can be narrow.
    auto* filtersRow = new QHBoxLayout;
    filtersRow->setSpacing(6);
    auto* showOnly = new QLabel(tr("Show only:"), this);
    filtersRow->addWidget(showOnly);
    struct FilterSpec
    {
        const char* object;
        QString text;
        QString tip;
        ApiKeyFilterProxy::Filter filter;
    };
    const FilterSpec filters[] = {
        {"filterDisabled", tr("Disabled"), tr("Only keys that are switched off"), ApiKeyFilterProxy::Disabled},
        {"filterLegacy", tr("Legacy"), tr("Only keys made before keys had scopes"), ApiKeyFilterProxy::Legacy},
        {"filterNeverUsed", tr("Never used"), tr("Only keys that have never been used"), ApiKeyFilterProxy::NeverUsed},
        {"filterUnused90", tr("Unused 90 days"), tr("Only keys not used in the last 90 days"),
         ApiKeyFilterProxy::UnusedFor90Days},
        {"filterApiWrite", tr("API write"), tr("Only keys that can change the account through the API"),
         ApiKeyFilterProxy::ApiWrite},
        {"filterExpiring", tr("Expiring"), tr("Only keys that have expired or expire within 7 days"),
         ApiKeyFilterProxy::Expiring},
    };
    for (const FilterSpec& spec : filters) {
        auto* button = new QToolButton(this);
        button->setObjectName(QLatin1String(spec.object));
        button->setText(spec.text);
        button->setToolTip(spec.tip);
        button->setCheckable(true);
        button->setAutoRaise(false);
        button->setProperty("filter", int(spec.filter));
        connect(button, &QToolButton::toggled, this, [this] {
            ApiKeyFilterProxy::Filters active;
            for (QToolButton* b : std::as_const(m_filterButtons)) {
                if (b->isChecked())
                    active |= ApiKeyFilterProxy::Filter(b->property("filter").toInt());
            }
            m_proxy->setFilters(active);
            updateState();
        });
        m_filterButtons << button;
        filtersRow->addWidget(button);
    }
    filtersRow->addStretch(1);
    m_export = new QPushButton(tr("E&xport…"), this);
    m_export->setObjectName(QStringLiteral("exportKeysButton"));
    m_export->setToolTip(tr("Write the keys shown (all of them, or those the search and filters keep) to a CSV or "
                            "JSON file: names, prefixes, access, dates. Never a key itself."));
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = ExportUi::askPath(this, tr("Export keys"), QStringLiteral("podwarden-keys"));
        if (!path.isEmpty())
            exportKeysTo(path);
    });
    // Beside the search, not on the filters' row: that one is full in a narrow window.
    tools()->addWidget(m_export);
    // What can be done to every selected key at once (Shift, Ctrl, Ctrl+A within a filter).
    m_bulk = new QToolButton(this);
    m_bulk->setObjectName(QStringLiteral("bulkKeysButton"));
    m_bulk->setText(tr("Selecte&d keys"));
    m_bulk->setToolTip(tr("Disable, enable, set the expiry of, narrow to what they use or revoke every selected key"));
    m_bulk->setPopupMode(QToolButton::InstantPopup);
    m_bulk->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* bulkMenu = new QMenu(m_bulk);
    bulkMenu->addAction(tr("&Disable"), this, [this] { bulkChange(BulkKeyChange::Action::Disable); });
    bulkMenu->addAction(tr("&Enable"), this, [this] { bulkChange(BulkKeyChange::Action::Enable); });
    bulkMenu->addAction(tr("Set e&xpiry…"), this, [this] { bulkChange(BulkKeyChange::Action::SetExpiry); });
    bulkMenu->addSeparator();
    bulkMenu->addAction(tr("&Narrow to what they use…"), this, [this] { narrowSelectedKeys(); });
    m_undoNarrowAction = bulkMenu->addAction(tr("&Undo the last narrowing"), this, [this] { undoNarrowing(); });
    m_undoNarrowAction->setObjectName(QStringLiteral("undoNarrowing"));
    bulkMenu->addSeparator();
    bulkMenu->addAction(tr("&Revoke…"), this, [this] { bulkChange(BulkKeyChange::Action::Revoke); });
    m_bulk->setMenu(bulkMenu);
    tools()->addWidget(m_bulk);
    addToolRow(filtersRow);

    setList(m_proxy);
    table->sortByColumn(ApiKeyTableModel::Created, Qt::DescendingOrder);
    table->setItemDelegateForColumn(ApiKeyTableModel::Enabled, new ToggleSwitchDelegate(table));
    QHeaderView* columns = table->horizontalHeader();
    // Widths from the font, not from the contents: measuring 100,000 rows would stall the view.
    const QFontMetrics metrics = table->fontMetrics();
    const auto widthOf = [&](const QString& sample) { return PageParts::columnWidth(metrics, sample); };
    columns->resizeSection(ApiKeyTableModel::Name, widthOf(QStringLiteral("inference-gateway-prod")));
    columns->resizeSection(ApiKeyTableModel::Prefix, widthOf(QStringLiteral("rpa_WWWW…")));
    columns->resizeSection(ApiKeyTableModel::Access, widthOf(QStringLiteral("API read/write · 12 endpoints")));
    columns->resizeSection(ApiKeyTableModel::Enabled, std::max(widthOf(tr("Enabled")), 70));
    const int timeWidth = PageParts::relativeTimeColumnWidth(metrics);
    columns->resizeSection(ApiKeyTableModel::Created, timeWidth);
    columns->resizeSection(ApiKeyTableModel::LastUsed, timeWidth);
    columns->resizeSection(ApiKeyTableModel::Expires,
                           std::max(timeWidth, widthOf(tr("Expired %1").arg(tr("yesterday")))));
    columns->resizeSection(ApiKeyTableModel::CreatedBy, widthOf(QStringLiteral("ana.lopez@example.com")));
    // Access takes the room there is (its full text is in the tooltip); the others keep theirs.
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(ApiKeyTableModel::Access, QHeaderView::Stretch);
    table->installEventFilter(this);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setSearchText(text);
        updateState();
    });
    connect(m_model, &ApiKeyTableModel::enabledChangeRequested, this, &ApiKeysPage::requestEnabled);
    connect(m_new, &QPushButton::clicked, this, &ApiKeysPage::createKey);
    connect(m_edit, &QPushButton::clicked, this, &ApiKeysPage::editSelectedKey);
    connect(m_revoke, &QPushButton::clicked, this, &ApiKeysPage::revokeSelectedKey);
    connect(m_details, &QPushButton::clicked, this, &ApiKeysPage::showSelectedDetails);
    // A double-click reads the key; changing it is a button away (Edit… on its page).
    connect(table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.column() != ApiKeyTableModel::Enabled)
            showSelectedDetails();
    });
    connect(table, &QTableView::customContextMenuRequested, this, [this](const QPoint& at) {
        const std::optional<ApiKey> key = selectedKey();
        if (!key)
            return;
        QMenu menu(this);
        menu.addAction(key->enabled ? tr("&Disable") : tr("E&nable"), this, &ApiKeysPage::toggleSelectedKey);
        menu.addAction(tr("De&tails…"), this, &ApiKeysPage::showSelectedDetails);
        menu.addAction(tr("&Edit…"), this, &ApiKeysPage::editSelectedKey);
        menu.addSeparator();
        // Rolling: a successor with the same access, then the cut-over once its users moved.
        const QString successor = m_model->successorOf(key->id);
        if (successor.isEmpty())
            menu.addAction(tr("R&oll…"), this, [this, id = key->id] { askToRoll(id); })->setEnabled(isConnected());
        else
            menu.addAction(tr("&Finish the roll…"), this, [this, id = key->id] { finishRoll(id); })
                ->setEnabled(isConnected());
        menu.addSeparator();
        menu.addAction(tr("&Revoke…"), this, &ApiKeysPage::revokeSelectedKey);
        menu.exec(this->table()->viewport()->mapToGlobal(at));
    });
    if (m_session)
        connect(m_session->changes(), &AccountChanges::pendingChanged, m_model, &ApiKeyTableModel::setPending);
    followSession();
}

ApiKeysPage::~ApiKeysPage() = default;

void ApiKeysPage::setNow(const QDateTime& now)
{
    m_model->setNow(now);
    m_proxy->setNow(now);
}

void ApiKeysPage::loadSnapshot()
{
    const QList<ApiKey>& keys = m_session->snapshot().apiKeys;
    const int ticket = ++m_prepareTicket;
    if (keys.size() < kPrepareOnWorker) {
        m_preparing = false;
        m_model->setKeys(keys);
        return;
    }
    // A large account: its search texts, times and index are worked out on a worker, and put in
    // at once when ready (the window keeps turning meanwhile), if the account has not changed.
    m_preparing = true;
    updateState();
    auto* watcher = new QFutureWatcher<ApiKeyTableModel::Prepared>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, ticket] {
        watcher->deleteLater();
        if (ticket != m_prepareTicket)
            return; // a newer load is on its way
        ApiKeyTableModel::Prepared prepared = watcher->result();
        if (prepared.keys.constData() != m_session->snapshot().apiKeys.constData()) {
            loadSnapshot(); // changed meanwhile: again, from the account as it is now
            return;
        }
        m_preparing = false;
        m_model->setPrepared(std::move(prepared));
    });
    watcher->setFuture(QtConcurrent::run([keys] {
        runAsBackgroundThread();
        return ApiKeyTableModel::prepare(keys);
    }));
}

QString ApiKeysPage::countText(int total, int shown) const
{
    if (shown == total)
        return tr("%n key(s)", nullptr, total);
    return tr("%1 of %n key(s) shown", nullptr, total).arg(QLocale().toString(shown));
}

QString ApiKeysPage::stateText(int total, int shown) const
{
    if (total == 0 && m_preparing)
        return tr("Loading the keys…");
    if (total == 0) {
        if (m_session && !m_session->offersKeyManagement() && !m_session->snapshot().isEmpty())
            return notOfferedText();
        const QString missing = accountMissingText(tr("Loading the keys…"), tr("The keys could not be loaded."),
                                                   tr("The keys have not been loaded. Connect to see them."));
        return missing.isEmpty() ? tr("This account has no API keys yet. Create one with New key.") : missing;
    }
    return shown == 0 ? tr("No key matches the search and filters.") : QString();
}

ExportJob* ApiKeysPage::exportKeysTo(const QString& path)
{
    // The keys as shown: in the list's order, kept by its search and filters.
    QList<ApiKey> keys;
    const int rows = m_proxy->rowCount();
    keys.reserve(rows);
    for (int row = 0; row < rows; ++row)
        keys.append(m_model->keyAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    auto* job = new KeyInventoryExport(std::move(keys), path);
    m_export->setEnabled(false);
    ExportUi::run(
        this, job, tr("Exporting %n key(s)…", nullptr, rows), [this, path, rows](bool ok, const QString& message, int) {
            m_export->setEnabled(true);
            if (ok)
                showMessage(tr("Exported %n key(s) to %1.", nullptr, rows).arg(QDir::toNativeSeparators(path)), false);
            else
                showMessage(message.isEmpty() ? tr("The export was cancelled; no file was written.") : message,
                            !message.isEmpty());
        });
    return job;
}

void ApiKeysPage::showOnly(ApiKeyFilterProxy::Filters filters)
{
    m_search->clear();
    for (QToolButton* b : std::as_const(m_filterButtons)) {
        const QSignalBlocker quiet(b);
        b->setChecked(filters.testFlag(ApiKeyFilterProxy::Filter(b->property("filter").toInt())));
    }
    m_proxy->setFilters(filters);
    updateState();
}

void ApiKeysPage::stateUpdated()
{
    // Nothing to search or filter on a service without key routes.
    const bool offered = !m_session || m_session->offersKeyManagement();
    m_search->setEnabled(offered);
    for (QToolButton* b : std::as_const(m_filterButtons))
        b->setEnabled(offered);
}

QString ApiKeysPage::notOfferedText()
{
    return tr("This service does not offer API key management through its API: it answered “not found” for the "
              "key routes, as the Runpod cloud does today. Everything else works.\n\nManage the account's keys in "
              "the Runpod console instead: Settings ▸ API Keys (https://www.runpod.io/console/user/settings).");
}

void ApiKeysPage::updateButtons()
{
    const bool connected = m_session && m_session->isConnected() && m_session->offersKeyManagement();
    const std::optional<ApiKey> key = selectedKey();
    m_new->setEnabled(connected);
    m_edit->setEnabled(key.has_value());
    m_details->setEnabled(key.has_value());
    m_revoke->setEnabled(connected && key.has_value());
    // Whether any row is selected, without listing them (Select all may hold 100,000).
    const bool anySelected = table()->selectionModel() && table()->selectionModel()->hasSelection();
    m_bulk->setEnabled(connected && !m_bulkRunning && (anySelected || m_lastNarrowing));
    for (QAction* action : m_bulk->menu()->actions()) {
        if (!action->isSeparator())
            action->setEnabled(action == m_undoNarrowAction ? m_lastNarrowing.has_value() : anySelected);
    }
    const QString offline = tr("Connect to the account to change its keys.");
    m_new->setToolTip(connected ? QString() : offline);
    m_revoke->setToolTip(connected ? QString() : offline);
}

QStringList ApiKeysPage::selectedKeyIds() const
{
    QStringList ids;
    if (!table()->selectionModel())
        return ids;
    for (const QModelIndex& row : table()->selectionModel()->selectedRows())
        ids << m_model->keyAt(m_proxy->mapToSource(row).row()).id;
    return ids;
}

BulkKeyChange* ApiKeysPage::bulkChange(BulkKeyChange::Action action, std::optional<std::optional<QDateTime>> expiry)
{
    const QStringList ids = selectedKeyIds();
    if (ids.isEmpty() || m_bulkRunning || !requireConnection())
        return nullptr;
    QStringList names;
    for (const QString& id : ids)
        names << m_model->keyAt(m_model->rowOf(id)).name;
    const int n = int(ids.size());
    if (action == BulkKeyChange::Action::SetExpiry && !expiry) {
        QDialog ask(this);
        ask.setObjectName(QStringLiteral("bulkExpiryDialog"));
        ask.setWindowTitle(tr("Set the expiry of %n key(s)", nullptr, n));
        auto* layout = new QVBoxLayout(&ask);
        auto* field = new ExpiryField(tr("E&xpires:"), &ask);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
        connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
        layout->addWidget(field);
        layout->addWidget(buttons);
        if (ask.exec() != QDialog::Accepted)
            return nullptr;
        expiry = field->expiry();
    }
    if (action == BulkKeyChange::Action::SetExpiry && !*expiry && KeySettings::requireExpiryForApiWrite()) {
        QStringList writers;
        for (const QString& id : ids) {
            const ApiKey& k = m_model->keyAt(m_model->rowOf(id));
            if (!k.legacy && k.policy.canWriteApi())
                writers << k.name;
        }
        if (!writers.isEmpty()) {
            showMessage(tr("Keys with API write access need an expiry (File ▸ Preferences…), and %n of the selected "
                           "have it: %1.",
                           nullptr, int(writers.size()))
                            .arg(writers.join(QStringLiteral(", "))),
                        true);
            return nullptr;
        }
    }
    // One confirmation that names them.
    QStringList shown = names.mid(0, 15);
    if (names.size() > 15)
        shown << tr("… and %n more", nullptr, int(names.size() - 15));
    const QString list = shown.join(QLatin1Char('\n'));
    bool confirmed = false;
    switch (action) {
    case BulkKeyChange::Action::Disable:
        confirmed = Confirm::ask(this, tr("Disable %n key(s)?", nullptr, n),
                                 tr("Calls with these keys get 401 until they are enabled again:\n\n%1").arg(list),
                                 tr("Disable"));
        break;
    case BulkKeyChange::Action::Enable:
        confirmed = Confirm::ask(this, tr("Enable %n key(s)?", nullptr, n),
                                 tr("These keys work again, with the access each has:\n\n%1").arg(list), tr("Enable"));
        break;
    case BulkKeyChange::Action::SetExpiry:
        confirmed = Confirm::ask(this, tr("Set the expiry of %n key(s)?", nullptr, n),
                                 tr("%1:\n\n%2")
                                     .arg(*expiry ? tr("These keys stop working %1").arg(exactTime(**expiry))
                                                  : tr("These keys no longer expire"),
                                          list),
                                 tr("Set expiry"));
        break;
    case BulkKeyChange::Action::Revoke:
        confirmed = Confirm::ask(this, tr("Revoke %n key(s)?", nullptr, n),
                                 tr("These keys stop working for good, and whatever uses them fails. This cannot be "
                                    "undone:\n\n%1")
                                     .arg(list),
                                 tr("Revoke"), Confirm::Kind::Destructive);
        break;
    case BulkKeyChange::Action::SetPolicy: // narrowSelectedKeys() asks with the differences
        return nullptr;
    }
    if (!confirmed)
        return nullptr;

    auto* change = new BulkKeyChange(m_session, action, ids, this);
    if (expiry)
        change->setExpiry(*expiry);
    return runBulk(change, n, [action, n](int ok) {
        switch (action) {
        case BulkKeyChange::Action::Disable:
            return tr("Disabled %1 of %n key(s).", nullptr, n).arg(ok);
        case BulkKeyChange::Action::Enable:
            return tr("Enabled %1 of %n key(s).", nullptr, n).arg(ok);
        case BulkKeyChange::Action::SetExpiry:
            return tr("Set the expiry of %1 of %n key(s).", nullptr, n).arg(ok);
        case BulkKeyChange::Action::Revoke:
            return tr("Revoked %1 of %n key(s).", nullptr, n).arg(ok);
        case BulkKeyChange::Action::SetPolicy:
            break;
        }
        return tr("Changed the access of %1 of %n key(s).", nullptr, n).arg(ok);
    });
}

BulkKeyChange* ApiKeysPage::runBulk(BulkKeyChange* change, int n, const std::function<QString(int)>& doneText,
                                    const std::function<void(BulkKeyChange*, const QString&, bool)>& then)
{
    m_bulkRunning = true;
    updateButtons();
    showMessage(tr("Changing %n key(s)…", nullptr, n), false);
    connect(change, &BulkKeyChange::progress, this, [this](int done, int total) {
        showMessage(tr("Changing keys: %1 of %2 done…").arg(QLocale().toString(done), QLocale().toString(total)),
                    false);
    });
    connect(change, &BulkKeyChange::finished, this, [this, change, doneText, then] {
        m_bulkRunning = false;
        QString text = doneText(change->succeeded());
        // Every refusal, with its reason: nothing half-done is hidden.
        QStringList refused;
        for (const BulkKeyChange::Result& r : change->results()) {
            if (!r.ok)
                refused << r.message;
        }
        if (!refused.isEmpty())
            text += QLatin1Char(' ') + tr("%n refused:", nullptr, int(refused.size())) + QLatin1Char('\n') +
                    refused.join(QLatin1Char('\n'));
        showMessage(text, !refused.isEmpty());
        m_lastBulk = change->results();
        if (then)
            then(change, text, !refused.isEmpty());
        updateButtons();
        change->deleteLater();
    });
    change->start();
    return change;
}

KeyAdvice* ApiKeysPage::narrowSelectedKeys()
{
    const QStringList ids = selectedKeyIds();
    if (ids.isEmpty() || m_bulkRunning || !requireConnection())
        return nullptr;
    auto* advice = new KeyAdvice(m_session, ids, this);
    m_bulkRunning = true;
    updateButtons();
    showMessage(tr("Reading how %n key(s) were used…", nullptr, int(ids.size())), false);
    connect(advice, &KeyAdvice::progress, this, [this](int done, int total) {
        showMessage(
            tr("Reading how the keys were used: %1 of %2…").arg(QLocale().toString(done), QLocale().toString(total)),
            false);
    });
    connect(advice, &KeyAdvice::finished, this, [this, advice] {
        m_bulkRunning = false;
        updateButtons();
        showMessage({}, false);
        advice->deleteLater();
        QString signedIn;
        for (const ApiKey& k : m_session->snapshot().apiKeys) {
            if (m_session->isSignedInWith(k))
                signedIn = k.id;
        }
        NarrowKeysDialog dialog(advice->items(), m_session->snapshot().endpoints, signedIn, this);
        if (dialog.exec() == QDialog::Accepted)
            applyNarrowing(dialog.chosen());
    });
    advice->start();
    return advice;
}

BulkKeyChange* ApiKeysPage::applyNarrowing(const QList<LeastPrivilege::Suggestion>& suggestions)
{
    if (suggestions.isEmpty() || m_bulkRunning || !requireConnection())
        return nullptr;
    QStringList ids;
    QHash<QString, AccessPolicy> to;
    QHash<QString, AccessPolicy> from;
    QString kept;
    for (const LeastPrivilege::Suggestion& s : suggestions) {
        // The key Podwarden is signed in with keeps API write: without it, nothing (not even the
        // Undo) could change a key again from here.
        const int row = m_model->rowOf(s.keyId);
        if (row >= 0 && m_session->isSignedInWith(m_model->keyAt(row)) && s.current.canWriteApi() &&
            !s.suggested.canWriteApi()) {
            kept = tr("%1 is the key Podwarden is signed in with: it keeps its API write access, which changing "
                      "keys (and undoing this) needs.")
                       .arg(m_model->keyAt(row).name);
            continue;
        }
        ids << s.keyId;
        to.insert(s.keyId, s.suggested);
        from.insert(s.keyId, s.current);
    }
    if (ids.isEmpty()) {
        showMessage(kept, true);
        return nullptr;
    }
    auto* change = new BulkKeyChange(m_session, BulkKeyChange::Action::SetPolicy, ids, this);
    change->setPolicies(to, from);
    const int n = int(ids.size());
    return runBulk(
        change, n,
        [n](int ok) { return tr("Narrowed the access of %1 of %n key(s) to what they used.", nullptr, n).arg(ok); },
        [this, to, from, kept](BulkKeyChange* done, const QString& text, bool refusals) {
            // One undo for all of them: each narrowed key gets back exactly the access it had.
            Narrowing undo;
            for (const BulkKeyChange::Result& r : done->results()) {
                if (!r.ok)
                    continue;
                undo.keyIds << r.keyId;
                undo.before.insert(r.keyId, from.value(r.keyId));
                undo.after.insert(r.keyId, to.value(r.keyId));
            }
            if (undo.keyIds.isEmpty())
                return;
            m_lastNarrowing = undo;
            showMessage(kept.isEmpty() ? text : text + QLatin1Char(' ') + kept, refusals, tr("&Undo"),
                        [this] { undoNarrowing(); });
        });
}

BulkKeyChange* ApiKeysPage::undoNarrowing()
{
    if (!m_lastNarrowing || m_bulkRunning || !requireConnection())
        return nullptr;
    const Narrowing undo = *std::exchange(m_lastNarrowing, std::nullopt);
    auto* change = new BulkKeyChange(m_session, BulkKeyChange::Action::SetPolicy, undo.keyIds, this);
    change->setPolicies(undo.before, undo.after);
    const int n = int(undo.keyIds.size());
    return runBulk(change, n,
                   [n](int ok) { return tr("Gave %1 of %n key(s) back the access they had.", nullptr, n).arg(ok); });
}

std::optional<ApiKey> ApiKeysPage::selectedKey() const
{
    const std::optional<int> row = selectedSourceRow();
    return row ? std::optional<ApiKey>(m_model->keyAt(*row)) : std::nullopt;
}

bool ApiKeysPage::requireConnection()
{
    return AccountListPage::requireConnection(
        tr("You are not connected, so keys cannot be changed now. Connect from the Overview and try again."));
}

bool ApiKeysPage::eventFilter(QObject* watched, QEvent* event)
{
    // Space toggles the selected key from anywhere in its row, not only from the switch's cell.
    if (watched == table() && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            toggleSelectedKey();
            return true;
        }
        if (key->matches(QKeySequence::Delete)) {
            revokeSelectedKey();
            return true;
        }
    }
    return AccountListPage::eventFilter(watched, event);
}

bool ApiKeysPage::selectKeyNamed(const QString& name)
{
    return selectFirstRow([this, &name](int row) { return m_model->keyAt(row).name == name; });
}

void ApiKeysPage::toggleSelectedKey()
{
    const std::optional<ApiKey> key = selectedKey();
    if (!key)
        return;
    const int row = m_model->rowOf(key->id);
    m_model->setData(m_model->index(row, ApiKeyTableModel::Enabled), key->enabled ? Qt::Unchecked : Qt::Checked,
                     Qt::CheckStateRole);
}

void ApiKeysPage::requestEnabled(const QString& keyId, bool enabled)
{
    const int row = m_model->rowOf(keyId);
    if (row < 0 || !requireConnection())
        return;
    const ApiKey key = m_model->keyAt(row);
    const QString name = key.name;
    bool confirmed = false;
    if (enabled) {
        confirmed = Confirm::ask(this, tr("Enable key?"),
                                 tr("Enable key %1? Programs that use it can call the service again.").arg(name),
                                 tr("&Enable"));
    } else if (m_session->isSignedInWith(key)) {
        // Podwarden itself would be locked out: said plainly, and typed, before it happens.
        confirmed = Confirm::askTyped(
            this, tr("Disable the key Podwarden uses?"),
            tr("%1 is the key Podwarden is signed in with. Disabling it signs Podwarden out of this account at once, "
               "and only another key with API write access can enable it again (File ▸ Profiles… lets you use "
               "another key).")
                .arg(name),
            name, tr("&Disable"));
    } else {
        confirmed = Confirm::ask(this, tr("Disable key?"),
                                 tr("Disable key %1? Programs using it get 401 until you enable it again.").arg(name),
                                 tr("&Disable"));
    }
    if (!confirmed)
        return;
    showMessage({}, false);
    auto* request = m_session->changes()->setKeyEnabled(keyId, enabled);
    connect(request, &ChangeRequest::finished, this, [this](const ChangeOutcome& outcome) {
        if (!outcome.ok)
            showMessage(outcome.message, true);
    });
}

void ApiKeysPage::createKey()
{
    openCreateDialog(std::nullopt, {});
}

void ApiKeysPage::openCreateDialog(const std::optional<ApiKey>& draft, const QString& refusal)
{
    if (!requireConnection())
        return;
    ApiKeyDialog dialog(ApiKeyDialog::Mode::Create, m_session->snapshot().endpoints, this);
    dialog.setRequireExpiryForApiWrite(KeySettings::requireExpiryForApiWrite());
    QStringList names;
    for (const ApiKey& k : m_session->snapshot().apiKeys)
        names << k.name;
    dialog.setTakenNames(names);
    if (draft)
        dialog.setKey(*draft);
    if (!refusal.isEmpty())
        showMessage(refusal, true);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ApiKey input;
    input.name = dialog.name();
    input.policy = dialog.policy();
    input.expiresAt = dialog.expiresAt();
    showMessage(tr("Creating key %1…").arg(input.name), false);
    m_new->setEnabled(false);
    auto* request = m_session->changes()->createKey(input.name, input.policy, input.expiresAt);
    connect(request, &ChangeRequest::finished, this, [this, input](const ChangeOutcome& outcome) {
        updateButtons();
        if (!outcome.ok) {
            // What was typed is not lost: the dialog opens again with it, and the reason stays on the page.
            QTimer::singleShot(0, this, [this, input, message = outcome.message] { openCreateDialog(input, message); });
            return;
        }
        showMessage({}, false);
        const ApiKey key = *outcome.key;
        const QModelIndex at = m_proxy->mapFromSource(m_model->index(m_model->rowOf(key.id), 0));
        if (at.isValid()) {
            selectOnly(at.row());
            table()->scrollTo(at);
        }
        SecretBuffer raw = std::move(*outcome.rawKey);
        auto* shown = new NewKeyDialog(key.name, std::move(raw), this);
        shown->setAttribute(Qt::WA_DeleteOnClose);
        shown->open();
    });
}

void ApiKeysPage::showSelectedDetails()
{
    const std::optional<ApiKey> key = selectedKey();
    if (!key)
        return;
    auto* dialog = new KeyDetailsDialog(*key, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &KeyDetailsDialog::editRequested, this, [this](const QString& keyId) {
        // The key is still the selected one, unless the list changed meanwhile.
        if (const std::optional<ApiKey> selected = selectedKey(); selected && selected->id == keyId)
            editSelectedKey();
    });
    connect(dialog, &KeyDetailsDialog::rollRequested, this, &ApiKeysPage::askToRoll);
    connect(dialog, &KeyDetailsDialog::narrowRequested, this,
            [this](const LeastPrivilege::Suggestion& suggestion) { applyNarrowing({suggestion}); });
    dialog->open();
}

void ApiKeysPage::editSelectedKey()
{
    const std::optional<ApiKey> key = selectedKey();
    if (key)
        openEditDialog(*key, std::nullopt, {});
}

void ApiKeysPage::openEditDialog(const ApiKey& key, const std::optional<ApiKey>& edited, const QString& refusal)
{
    ApiKeyDialog dialog(ApiKeyDialog::Mode::Edit, m_session ? m_session->snapshot().endpoints : QList<Endpoint>(),
                        this);
    QStringList names;
    if (m_session) {
        for (const ApiKey& k : m_session->snapshot().apiKeys) {
            if (k.id != key.id)
                names << k.name;
        }
    }
    dialog.setTakenNames(names);
    dialog.setKey(edited.value_or(key));
    dialog.setRequireExpiryForApiWrite(KeySettings::requireExpiryForApiWrite());
    if (!refusal.isEmpty())
        showMessage(refusal, true);
    // A legacy key's dialog changes its expiry only (name and access come back as they were).
    if (dialog.exec() != QDialog::Accepted)
        return;
    const std::optional<QString> name =
        dialog.name() != key.name ? std::optional<QString>(dialog.name()) : std::nullopt;
    const AccessPolicy policy = dialog.policy();
    const std::optional<AccessPolicy> changedPolicy =
        policy != key.policy ? std::optional<AccessPolicy>(policy) : std::nullopt;
    const std::optional<std::optional<QDateTime>> expiry =
        dialog.expiryChanged() ? std::optional<std::optional<QDateTime>>(dialog.expiresAt()) : std::nullopt;
    if (!name && !changedPolicy && !expiry)
        return;
    ApiKey wanted = key;
    wanted.name = dialog.name();
    wanted.policy = policy;
    wanted.expiresAt = dialog.expiresAt();
    showMessage(tr("Saving key %1…").arg(key.name), false);
    auto* request = m_session->changes()->updateKey(key.id, name, changedPolicy, expiry);
    connect(request, &ChangeRequest::finished, this, [this, key, wanted](const ChangeOutcome& outcome) {
        if (!outcome.ok) {
            // Offline or refused: the dialog comes back with the edit, nothing is dropped.
            QTimer::singleShot(
                0, this, [this, key, wanted, message = outcome.message] { openEditDialog(key, wanted, message); });
            return;
        }
        showMessage({}, false);
    });
}

void ApiKeysPage::askToRoll(const QString& keyId)
{
    const int row = m_model->rowOf(keyId);
    if (row < 0 || !requireConnection())
        return;
    const ApiKey key = m_model->keyAt(row);
    QStringList names;
    for (const ApiKey& k : m_session->snapshot().apiKeys)
        names << k.name;
    RollKeyDialog dialog(key, names, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    rollKey(keyId, dialog.newName(), dialog.cutOver());
}

void ApiKeysPage::rollKey(const QString& keyId, const QString& newName, const std::optional<QDateTime>& cutOver)
{
    const int row = m_model->rowOf(keyId);
    const std::optional<QDateTime> oldExpiry = row >= 0 ? m_model->keyAt(row).expiresAt : std::nullopt;
    auto* request = m_session->changes()->rollKey(keyId, newName);
    connect(request, &ChangeRequest::finished, this, [this, keyId, cutOver, oldExpiry](const ChangeOutcome& outcome) {
        showMessage(outcome.message, !outcome.ok);
        if (!outcome.ok || !outcome.key || !outcome.rawKey)
            return;
        SecretBuffer raw = std::move(*outcome.rawKey);
        auto* shown = new NewKeyDialog(outcome.key->name, std::move(raw), this);
        shown->setAttribute(Qt::WA_DeleteOnClose);
        shown->open();
        // A chosen cut-over: the old key expires then, unless it already expires sooner.
        if (!cutOver || (oldExpiry && *oldExpiry <= *cutOver))
            return;
        auto* expire = m_session->changes()->updateKey(keyId, std::nullopt, std::nullopt,
                                                       std::optional<std::optional<QDateTime>>(cutOver));
        connect(expire, &ChangeRequest::finished, this,
                [this, rolled = outcome.message, at = *cutOver](const ChangeOutcome& done) {
                    if (done.ok)
                        showMessage(rolled + QLatin1Char(' ') + tr("The old key stops working %1.").arg(exactTime(at)),
                                    false);
                    else
                        showMessage(rolled + QLatin1Char(' ') +
                                        tr("Its cut-over date could not be set: %1 Finish the roll by hand instead.")
                                            .arg(done.message),
                                    true);
                });
    });
}

void ApiKeysPage::finishRoll(const QString& oldKeyId)
{
    const int row = m_model->rowOf(oldKeyId);
    const QString successor = m_model->successorOf(oldKeyId);
    if (row < 0 || successor.isEmpty() || !requireConnection())
        return;
    const QString oldName = m_model->keyAt(row).name;
    const QString newName = m_model->keyAt(m_model->rowOf(successor)).name;
    // The cut-over: the old key is switched off (and can still be switched on again), then, asked
    // separately, revoked for good.
    if (!Confirm::ask(this, tr("Finish the roll?"),
                      tr("Calls with %1 get 401 from now on; %2 keeps working. Do this once everything that used "
                         "%1 uses %2.")
                          .arg(oldName, newName),
                      tr("Disable %1").arg(oldName)))
        return;
    auto* disable = m_session->changes()->setKeyEnabled(oldKeyId, false);
    connect(disable, &ChangeRequest::finished, this, [this, oldKeyId, oldName](const ChangeOutcome& outcome) {
        if (!outcome.ok) {
            showMessage(outcome.message, true);
            return;
        }
        if (!Confirm::ask(this, tr("Revoke %1 too?").arg(oldName),
                          tr("%1 is disabled. Revoke it as well? A revoked key cannot be brought back; a disabled one "
                             "can be switched on again if something still needed it.")
                              .arg(oldName),
                          tr("&Revoke"), Confirm::Kind::Destructive)) {
            showMessage(tr("%1 is disabled; revoke it once nothing needs it.").arg(oldName), false);
            return;
        }
        auto* revoke = m_session->changes()->revokeKey(oldKeyId);
        connect(revoke, &ChangeRequest::finished, this,
                [this](const ChangeOutcome& done) { showMessage(done.message, !done.ok); });
    });
}

void ApiKeysPage::revokeSelectedKey()
{
    const std::optional<ApiKey> key = selectedKey();
    if (!key || !requireConnection())
        return;
    const bool own = m_session->isSignedInWith(*key);
    const bool confirmed =
        own ? Confirm::askTyped(this, tr("Revoke the key Podwarden uses?"),
                                tr("%1 is the key Podwarden is signed in with. Revoking it signs Podwarden out of this "
                                   "account for good: you will need another key to connect again (File ▸ Profiles…).")
                                    .arg(key->name),
                                key->name, tr("&Revoke"))
            : Confirm::ask(this, tr("Revoke key?"),
                           tr("Revoke key %1? Programs using it get 401 from now on. A revoked key cannot be brought "
                              "back.")
                               .arg(key->name),
                           tr("&Revoke"), Confirm::Kind::Destructive);
    if (!confirmed)
        return;
    auto* request = m_session->changes()->revokeKey(key->id);
    connect(request, &ChangeRequest::finished, this, [this](const ChangeOutcome& outcome) {
        showMessage(outcome.message, !outcome.ok);
        updateButtons();
    });
}

void ApiKeysPage::onAccountChanged(const AccountChange& change)
{
    if (change.resource != AccountChange::Resource::ApiKey)
        return;
    if (change.removed) {
        m_model->removeKey(change.id);
    } else {
        for (const ApiKey& k : m_session->snapshot().apiKeys) {
            if (k.id == change.id) {
                m_model->upsertKey(k);
                break;
            }
        }
    }
    updateState();
    updateButtons();
}

} // namespace podwarden
