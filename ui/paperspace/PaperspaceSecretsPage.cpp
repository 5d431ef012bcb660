#include "PaperspaceSecretsPage.h"

#include "PageParts.h"
#include "PaperspaceTableModels.h"
#include "account/AccountChanges.h"
#include "account/Session.h"
#include "paperspace/PaperspaceDialogs.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace podwarden {

namespace {

// The search text and the scope chosen above the table, both.
class ScopeFilterProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setScope(std::optional<PaperspaceScope> scope)
    {
        m_scope = scope;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        if (m_scope) {
            const QModelIndex index = sourceModel()->index(row, 0, parent);
            if (index.data(PaperspaceSecretTableModel::ScopeRole).toInt() != int(*m_scope))
                return false;
        }
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    std::optional<PaperspaceScope> m_scope;
};

} // namespace

PaperspaceSecretsPage::PaperspaceSecretsPage(Session* session, QWidget* parent)
    : AccountListPage(session,
                      {"pagePaperspaceSecrets", "paperspaceSecretCount", "paperspaceSecretSearch",
                       "paperspaceSecretsMessage", "paperspaceSecretTable", "paperspaceSecretsState"},
                      tr("Secrets"), parent)
    , m_model(new PaperspaceSecretTableModel(this))
    , m_proxy(new ScopeFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PaperspaceSecretTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterRole(PaperspaceSecretTableModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_new = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&New secret…"), this);
    m_new->setObjectName(QStringLiteral("newPaperspaceSecretButton"));
    m_replace = new QPushButton(tr("Re&place value…"), this);
    m_replace->setObjectName(QStringLiteral("replacePaperspaceValueButton"));
    m_delete = new QPushButton(tr("&Delete…"), this);
    m_delete->setObjectName(QStringLiteral("deletePaperspaceSecretButton"));
    header()->addWidget(m_new);

    m_search->setPlaceholderText(tr("Search names and deployments"));
    m_search->setAccessibleName(tr("Search secrets"));
    m_search->setMinimumWidth(140);
    m_search->setMaximumWidth(420);
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("scopeFilter"));
    m_scope->setAccessibleName(tr("Show secrets of"));
    m_scope->addItem(tr("Project and team"), -1);
    m_scope->addItem(tr("Project only"), int(PaperspaceScope::Project));
    m_scope->addItem(tr("Team only"), int(PaperspaceScope::Team));
    // A screen reader names a combo box by its value; the label says what it chooses.
    auto* scopeLabel = new QLabel(tr("S&cope:"), this);
    scopeLabel->setBuddy(m_scope);
    tools()->addWidget(scopeLabel);
    tools()->addWidget(m_scope);
    tools()->addSpacing(8);
    tools()->addStretch(1);
    for (QPushButton* button : {m_replace, m_delete})
        tools()->addWidget(button, 0);

    setList(m_proxy);
    QTableView* table = this->table();
    table->sortByColumn(PaperspaceSecretTableModel::Name, Qt::AscendingOrder);
    const QFontMetrics metrics = table->fontMetrics();
    QHeaderView* columns = table->horizontalHeader();
    columns->resizeSection(PaperspaceSecretTableModel::Name,
                           PageParts::columnWidth(metrics, QStringLiteral("llm_gateway_basic_auth")));
    columns->resizeSection(PaperspaceSecretTableModel::Scope, PageParts::columnWidth(metrics, tr("Project")));
    const int timeWidth = PageParts::relativeTimeColumnWidth(metrics);
    columns->resizeSection(PaperspaceSecretTableModel::Created, timeWidth);
    columns->resizeSection(PaperspaceSecretTableModel::ValueUpdated,
                           std::max(timeWidth, PageParts::columnWidth(metrics, tr("Value updated"))));
    table->installEventFilter(this);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateState();
    });
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        const int scope = m_scope->currentData().toInt();
        static_cast<ScopeFilterProxy*>(m_proxy)->setScope(scope < 0 ? std::nullopt
                                                                    : std::optional(PaperspaceScope(scope)));
        updateState();
    });
    connect(m_new, &QPushButton::clicked, this, &PaperspaceSecretsPage::createSecret);
    connect(m_replace, &QPushButton::clicked, this, &PaperspaceSecretsPage::replaceSelectedValue);
    connect(m_delete, &QPushButton::clicked, this, &PaperspaceSecretsPage::deleteSelectedSecret);
    connect(table, &QTableView::customContextMenuRequested, this, [this](const QPoint& at) {
        const std::optional<int> row = selectedRow();
        if (!row)
            return;
        const bool connected = isConnected();
        const ScopedPaperspaceSecret secret = m_model->secretAt(*row);
        QMenu menu(this);
        menu.addAction(tr("Re&place value…"), this, &PaperspaceSecretsPage::replaceSelectedValue)
            ->setEnabled(connected);
        menu.addAction(tr("&Redeploy what runs the old value…"), this,
                       [this, secret] { offerRedeploy(secret.scope, secret.secret.name); })
            ->setEnabled(connected);
        menu.addSeparator();
        menu.addAction(tr("&Delete…"), this, &PaperspaceSecretsPage::deleteSelectedSecret)->setEnabled(connected);
        menu.exec(this->table()->viewport()->mapToGlobal(at));
    });
    followSession();
}

PaperspaceSecretsPage::~PaperspaceSecretsPage() = default;

void PaperspaceSecretsPage::setNow(const QDateTime& now)
{
    m_model->setNow(now);
}

void PaperspaceSecretsPage::loadSnapshot()
{
    const AccountSnapshot& snapshot = m_session->snapshot();
    m_model->setAccount(snapshot.paperspaceSecrets, snapshot.deployments);
}

void PaperspaceSecretsPage::onAccountChanged(const AccountChange& change)
{
    using R = AccountChange::Resource;
    if (change.resource != R::PaperspaceSecret && change.resource != R::Deployment)
        return;
    // A few hundred rows at most: the whole list again keeps "used by" right on both sides.
    const std::optional<int> row = selectedRow();
    const QString selected = row ? m_model->secretAt(*row).id() : QString();
    loadSnapshot();
    if (!selected.isEmpty())
        selectFirstRow([this, &selected](int r) { return m_model->secretAt(r).id() == selected; });
    updateState();
    updateButtons();
}

QString PaperspaceSecretsPage::countText(int total, int shown) const
{
    if (shown == total)
        return tr("%n secret(s)", nullptr, total);
    return tr("%1 of %n secret(s) shown", nullptr, total).arg(QLocale().toString(shown));
}

QString PaperspaceSecretsPage::stateText(int total, int shown) const
{
    if (total == 0) {
        const QString missing = accountMissingText(tr("Loading the secrets…"), tr("The secrets could not be loaded."),
                                                   tr("The secrets have not been loaded. Connect to see them."));
        if (!missing.isEmpty())
            return missing;
        return tr("This project has no secrets yet. Create one with New secret; deployments then use it as %1.")
            .arg(PaperspaceSecrets::reference(QStringLiteral("name")));
    }
    if (shown == 0) {
        return m_search->text().trimmed().isEmpty() ? tr("No secret in this scope.")
                                                    : tr("No secret matches “%1”.").arg(m_search->text().trimmed());
    }
    return {};
}

void PaperspaceSecretsPage::updateButtons()
{
    const bool connected = isConnected();
    const bool selected = selectedRow().has_value();
    m_new->setEnabled(connected);
    m_replace->setEnabled(connected && selected);
    m_delete->setEnabled(connected && selected);
    const QString offline = tr("Connect to the account to change its secrets.");
    for (QPushButton* button : {m_new, m_replace, m_delete})
        button->setToolTip(connected ? QString() : offline);
}

std::optional<int> PaperspaceSecretsPage::selectedRow() const
{
    return selectedSourceRow();
}

bool PaperspaceSecretsPage::selectSecret(PaperspaceScope scope, const QString& name)
{
    const QString id = ScopedPaperspaceSecret::rowId(scope, name);
    return selectFirstRow([this, &id](int row) { return m_model->secretAt(row).id() == id; });
}

bool PaperspaceSecretsPage::requireConnection()
{
    return AccountListPage::requireConnection(
        tr("You are not connected, so secrets cannot be changed now. Connect from the Overview and try again."));
}

bool PaperspaceSecretsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == table() && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Delete)) {
            deleteSelectedSecret();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
            replaceSelectedValue();
            return true;
        }
    }
    return AccountListPage::eventFilter(watched, event);
}

void PaperspaceSecretsPage::createSecret()
{
    if (!requireConnection())
        return;
    showMessage({}, false);
    const bool hasTeam = m_session->profile() && !m_session->profile()->teamId.isEmpty();
    CreatePaperspaceSecretDialog dialog(m_session->snapshot().paperspaceSecrets, hasTeam, this);
    dialog.run(
        this,
        [this, &dialog] {
            return m_session->changes()->createPaperspaceSecret(dialog.scope(), dialog.name(), dialog.value());
        },
        [this](const ChangeOutcome& outcome, SecretFormDialog* open) {
            if (!outcome.ok) {
                if (!open)
                    showMessage(outcome.message, true);
                return false;
            }
            if (outcome.paperspaceSecret)
                selectSecret(outcome.paperspaceSecret->scope, outcome.paperspaceSecret->secret.name);
            showMessage(outcome.message, false);
            return true;
        });
}

void PaperspaceSecretsPage::replaceSelectedValue()
{
    const std::optional<int> row = selectedRow();
    if (!row || !requireConnection())
        return;
    showMessage({}, false);
    const ScopedPaperspaceSecret secret = m_model->secretAt(*row);
    ReplacePaperspaceValueDialog dialog(secret, m_model->usersAt(*row), this);
    bool replaced = false;
    dialog.run(
        this,
        [this, &dialog, secret] {
            return m_session->changes()->replacePaperspaceSecretValue(secret.scope, secret.secret.name, dialog.value());
        },
        [this, &replaced](const ChangeOutcome& outcome, SecretFormDialog* open) {
            if (!outcome.ok) {
                if (!open)
                    showMessage(outcome.message, true);
                return false;
            }
            replaced = true;
            showMessage(outcome.message, false);
            return true;
        });
    // The redeploy rule, right away: what still runs (or accepts) the old value.
    if (replaced)
        offerRedeploy(secret.scope, secret.secret.name);
}

void PaperspaceSecretsPage::offerRedeploy(PaperspaceScope scope, const QString& name)
{
    const AccountSnapshot& snapshot = m_session->snapshot();
    const QList<Deployment> affected =
        PaperspaceAccount(snapshot.deployments, snapshot.paperspaceSecrets).outdatedBy(scope, name);
    if (affected.isEmpty()) {
        showMessage(tr("Every deployment that reads %1 was deployed after its value last changed.").arg(name), false);
        return;
    }
    auto* dialog = new RedeployDialog(m_session, affected, name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void PaperspaceSecretsPage::deleteSelectedSecret()
{
    const std::optional<int> row = selectedRow();
    if (!row || !requireConnection())
        return;
    showMessage({}, false);
    const ScopedPaperspaceSecret secret = m_model->secretAt(*row);
    const QList<Deployment> users = m_model->usersAt(*row);
    DeletePaperspaceSecretDialog dialog(secret, users, this);
    dialog.run(
        this, [this, secret] { return m_session->changes()->deletePaperspaceSecret(secret.scope, secret.secret.name); },
        [this, users, name = secret.secret.name](const ChangeOutcome& outcome, SecretFormDialog* open) {
            if (!outcome.ok) {
                if (!open)
                    showMessage(outcome.message, true);
                return false;
            }
            showMessage(users.isEmpty()
                            ? outcome.message
                            : tr("Secret %1 was deleted. The next deploy of %n deployment(s) that reference it will "
                                 "be refused until the reference changes.",
                                 nullptr, int(users.size()))
                                  .arg(name),
                        !users.isEmpty());
            updateButtons();
            return true;
        });
}

} // namespace podwarden
