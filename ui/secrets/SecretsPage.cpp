#include "SecretsPage.h"

#include "Clock.h"
#include "CredentialGraph.h"
#include "PageParts.h"
#include "SecretReference.h"
#include "SecretTableModel.h"
#include "account/AccountChanges.h"
#include "account/Session.h"
#include "secrets/CreateSecretDialog.h"
#include "secrets/DeleteSecretDialog.h"
#include "secrets/SecretChangeDialogs.h"
#include "secrets/SecretDetailsDialog.h"
#include "secrets/SecretRolloutDialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace podwarden {

namespace {

// The endpoints and pods whose boot reads `secretName`, in words: "Endpoint x (through template y)".
QStringList bootsFrom(const Session& session, const QString& secretName)
{
    const SecretUsers users = session.graph()->usersOf(secretName);
    QStringList out;
    const auto describe = [&out](const SecretUser& u, const QString& plain, const QString& through) {
        out << (u.direct || u.throughTemplateName.isEmpty() ? plain.arg(u.name)
                                                            : through.arg(u.name, u.throughTemplateName));
    };
    for (const SecretUser& e : users.endpoints)
        describe(e, SecretsPage::tr("Endpoint %1"), SecretsPage::tr("Endpoint %1 (through template %2)"));
    for (const SecretUser& p : users.pods)
        describe(p, SecretsPage::tr("Pod %1"), SecretsPage::tr("Pod %1 (through template %2)"));
    return out;
}

// The search, and "only secrets no template references" (the Overview's needs-attention count).
class SecretFilterProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setUnreferencedOnly(bool only)
    {
        if (only == m_unreferencedOnly)
            return;
        m_unreferencedOnly = only;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override
    {
        if (m_unreferencedOnly && !sourceModel()
                                       ->index(sourceRow, 0, sourceParent)
                                       .data(SecretTableModel::UsedByRole)
                                       .toStringList()
                                       .isEmpty())
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    }
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override
    {
        // A secret's name is an identifier (letters, digits, a few marks): compared without case,
        // not by collation, which costs a microsecond a comparison (10,000 secrets sorted by name
        // took some 100 ms on the GUI thread).
        if (left.column() == SecretTableModel::Name) {
            const auto* model = static_cast<const SecretTableModel*>(sourceModel());
            return QString::compare(model->secretAt(left.row()).name, model->secretAt(right.row()).name,
                                    Qt::CaseInsensitive) < 0;
        }
        return QSortFilterProxyModel::lessThan(left, right);
    }

private:
    bool m_unreferencedOnly = false;
};

} // namespace

SecretsPage::SecretsPage(Session* session, QWidget* parent)
    : AccountListPage(session,
                      {"pageSecrets", "secretCount", "secretSearch", "secretsMessage", "secretTable", "secretsState"},
                      tr("Secrets"), parent)
    , m_model(new SecretTableModel(this))
    , m_proxy(new SecretFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SecretTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterRole(SecretTableModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_new = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&New secret…"), this);
    m_new->setObjectName(QStringLiteral("newSecretButton"));
    m_replace = new QPushButton(tr("Re&place value…"), this);
    m_replace->setObjectName(QStringLiteral("replaceValueButton"));
    m_describe = new QPushButton(tr("Edit des&cription…"), this);
    m_describe->setObjectName(QStringLiteral("describeButton"));
    m_details = new QPushButton(tr("De&tails…"), this);
    m_details->setObjectName(QStringLiteral("detailsButton"));
    m_delete = new QPushButton(tr("&Delete…"), this);
    m_delete->setObjectName(QStringLiteral("deleteSecretButton"));
    // Not on the button row (a narrow window keeps its room); in the context menu, and opened by
    // itself after a new value.
    m_rollout = new QAction(tr("Ro&llout…"), this);
    m_rollout->setObjectName(QStringLiteral("rolloutAction"));
    m_rollout->setToolTip(tr("The pods and workers that still run the secret's old value"));
    header()->addWidget(m_new);

    // The search and what can be done to the selected secret on one row, so the window can be
    // narrow.
    m_search->setPlaceholderText(tr("Search names and descriptions"));
    m_search->setAccessibleName(tr("Search secrets"));
    m_search->setMinimumWidth(140);
    m_search->setMaximumWidth(480);
    m_unreferenced = new QToolButton(this);
    m_unreferenced->setObjectName(QStringLiteral("filterUnreferenced"));
    m_unreferenced->setText(tr("Not in a template"));
    m_unreferenced->setToolTip(tr("Only secrets that no template references"));
    m_unreferenced->setCheckable(true);
    header()->insertWidget(header()->count() - 1, m_unreferenced); // before New secret
    tools()->addSpacing(8);
    tools()->addStretch(1); // leftover room after the search, not in the buttons
    for (QPushButton* button : {m_replace, m_describe, m_details, m_delete})
        tools()->addWidget(button, 0);

    setList(m_proxy);
    QTableView* table = this->table();
    table->sortByColumn(SecretTableModel::Name, Qt::AscendingOrder);
    const QFontMetrics metrics = table->fontMetrics();
    QHeaderView* columns = table->horizontalHeader();
    columns->resizeSection(SecretTableModel::Name,
                           PageParts::columnWidth(metrics, QStringLiteral("postgres_password_")));
    columns->resizeSection(SecretTableModel::Description,
                           PageParts::columnWidth(metrics, QStringLiteral("Hugging Face read token for gated models")));
    const int timeWidth = PageParts::relativeTimeColumnWidth(metrics);
    columns->resizeSection(SecretTableModel::Created, timeWidth);
    columns->resizeSection(SecretTableModel::ValueUpdated,
                           std::max(timeWidth, PageParts::columnWidth(metrics, tr("Value updated"))));
    table->installEventFilter(this);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateState();
    });
    connect(m_unreferenced, &QToolButton::toggled, this, [this](bool on) {
        static_cast<SecretFilterProxy*>(m_proxy)->setUnreferencedOnly(on);
        updateState();
    });
    connect(m_new, &QPushButton::clicked, this, &SecretsPage::createSecret);
    connect(m_replace, &QPushButton::clicked, this, &SecretsPage::replaceSelectedValue);
    connect(m_describe, &QPushButton::clicked, this, &SecretsPage::editSelectedDescription);
    connect(m_details, &QPushButton::clicked, this, &SecretsPage::showSelectedDetails);
    connect(m_delete, &QPushButton::clicked, this, &SecretsPage::deleteSelectedSecret);
    connect(m_rollout, &QAction::triggered, this, &SecretsPage::showSelectedRollout);
    connect(table, &QTableView::doubleClicked, this, &SecretsPage::showSelectedDetails);
    connect(table, &QTableView::customContextMenuRequested, this, [this](const QPoint& at) {
        if (!selectedSecret())
            return;
        const bool connected = isConnected();
        QMenu menu(this);
        menu.addAction(tr("De&tails…"), this, &SecretsPage::showSelectedDetails);
        menu.addAction(m_rollout);
        menu.addSeparator();
        menu.addAction(tr("Re&place value…"), this, &SecretsPage::replaceSelectedValue)->setEnabled(connected);
        menu.addAction(tr("Edit des&cription…"), this, &SecretsPage::editSelectedDescription)->setEnabled(connected);
        menu.addSeparator();
        menu.addAction(tr("&Delete…"), this, &SecretsPage::deleteSelectedSecret)->setEnabled(connected);
        menu.exec(this->table()->viewport()->mapToGlobal(at));
    });
    followSession();
}

SecretsPage::~SecretsPage() = default;

void SecretsPage::setNow(const QDateTime& now)
{
    m_model->setNow(now);
}

void SecretsPage::loadSnapshot()
{
    const AccountSnapshot& snapshot = m_session->snapshot();
    m_model->setAccount(snapshot.secrets, snapshot.templates);
}

QString SecretsPage::countText(int total, int shown) const
{
    if (shown == total)
        return tr("%n secret(s)", nullptr, total);
    return tr("%1 of %n secret(s) shown", nullptr, total).arg(QLocale().toString(shown));
}

QString SecretsPage::stateText(int total, int shown) const
{
    if (total == 0) {
        const QString missing = accountMissingText(tr("Loading the secrets…"), tr("The secrets could not be loaded."),
                                                   tr("The secrets have not been loaded. Connect to see them."));
        if (!missing.isEmpty())
            return missing;
        return tr("This account has no secrets yet. Create one with New secret; templates then use it as %1.")
            .arg(SecretReference::format(QStringLiteral("name")));
    }
    if (shown == 0 && m_search->text().trimmed().isEmpty())
        return tr("Every secret is referenced by a template.");
    return shown == 0 ? tr("No secret matches “%1”.").arg(m_search->text().trimmed()) : QString();
}

void SecretsPage::updateButtons()
{
    const bool connected = isConnected();
    const bool selected = selectedSecret().has_value();
    m_new->setEnabled(connected);
    m_replace->setEnabled(connected && selected);
    m_describe->setEnabled(connected && selected);
    m_delete->setEnabled(connected && selected);
    m_details->setEnabled(selected);
    m_rollout->setEnabled(selected);
    const QString offline = tr("Connect to the account to change its secrets.");
    for (QPushButton* button : {m_new, m_replace, m_describe, m_delete})
        button->setToolTip(connected ? QString() : offline);
}

std::optional<Secret> SecretsPage::selectedSecret() const
{
    const std::optional<int> row = selectedSourceRow();
    return row ? std::optional<Secret>(m_model->secretAt(*row)) : std::nullopt;
}

void SecretsPage::showUnreferencedOnly()
{
    m_search->clear();
    m_unreferenced->setChecked(true);
}

bool SecretsPage::selectSecret(const QString& name)
{
    return selectFirstRow([this, &name](int row) { return m_model->secretAt(row).name == name; });
}

bool SecretsPage::requireConnection()
{
    return AccountListPage::requireConnection(
        tr("You are not connected, so secrets cannot be changed now. Connect from "
           "the Overview and try again."));
}

bool SecretsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == table() && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Delete)) {
            deleteSelectedSecret();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
            showSelectedDetails();
            return true;
        }
    }
    return AccountListPage::eventFilter(watched, event);
}

void SecretsPage::runForm(SecretFormDialog& dialog, const Send& send, const Done& done)
{
    dialog.run(
        this, [this, send] { return send(m_session->changes()); }, done);
}

void SecretsPage::createSecret()
{
    if (!requireConnection())
        return;
    showMessage({}, false);
    QSet<QString> taken;
    for (const Secret& s : m_session->snapshot().secrets)
        taken.insert(s.name);
    CreateSecretDialog dialog(taken, this);
    runForm(
        dialog,
        [&dialog](AccountChanges* changes) {
            return changes->createSecret(dialog.name(), dialog.value(), dialog.description());
        },
        [this](const ChangeOutcome& outcome, SecretFormDialog* open) {
            if (!outcome.ok) {
                if (!open)
                    showMessage(outcome.message, true);
                return false;
            }
            selectSecret(outcome.secret->name);
            showMessage(outcome.message, false);
            return true;
        });
}

void SecretsPage::replaceSelectedValue()
{
    const std::optional<Secret> secret = selectedSecret();
    if (!secret || !requireConnection())
        return;
    showMessage({}, false);
    const QString id = secret->id;
    ReplaceSecretValueDialog dialog(secret->name, m_model->templatesUsing(secret->name), secret->description, this);
    runForm(
        dialog,
        [&dialog, id](AccountChanges* changes) -> ChangeRequest* {
            const std::optional<QString> description = dialog.changedDescription();
            if (dialog.valueDone()) // only the description is left to save
                return changes->describeSecret(id, description.value_or(QString()));
            // Both in one PATCH: the outcome says which part took effect.
            if (description)
                return changes->updateSecret(id, dialog.value(), *description);
            return changes->replaceSecretValue(id, dialog.value());
        },
        [this](const ChangeOutcome& outcome, SecretFormDialog* open) {
            auto* replace = qobject_cast<ReplaceSecretValueDialog*>(open);
            if (outcome.valueOnly && replace)
                replace->valueTookEffect(); // the dialog goes on as "save the description"
            if (outcome.secret && (outcome.ok || outcome.valueOnly))
                m_valueReplaced = outcome.secret->name;
            if (!outcome.ok) {
                if (!open)
                    showMessage(outcome.message, true);
                return false;
            }
            showMessage(outcome.message, false);
            return true;
        });
    // What runs the old value now: the next step after a new value, when anything reads it.
    const QString replaced = std::exchange(m_valueReplaced, QString());
    if (!replaced.isEmpty() && !bootsFrom(*m_session, replaced).isEmpty())
        showRollout(replaced);
}

void SecretsPage::showSelectedRollout()
{
    if (const std::optional<Secret> secret = selectedSecret())
        showRollout(secret->name);
}

void SecretsPage::showRollout(const QString& secretName)
{
    auto* dialog = new SecretRolloutDialog(secretName, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void SecretsPage::editSelectedDescription()
{
    const std::optional<Secret> secret = selectedSecret();
    if (!secret || !requireConnection())
        return;
    showMessage({}, false);
    const QString id = secret->id;
    EditSecretDescriptionDialog dialog(secret->name, secret->description, this);
    runForm(
        dialog, [&dialog, id](AccountChanges* changes) { return changes->describeSecret(id, dialog.description()); },
        [this](const ChangeOutcome& outcome, SecretFormDialog* open) {
            if (!outcome.ok && !open)
                showMessage(outcome.message, true);
            return outcome.ok;
        });
}

void SecretsPage::showSelectedDetails()
{
    const std::optional<Secret> secret = selectedSecret();
    if (!secret)
        return;
    auto* dialog = new SecretDetailsDialog(
        *secret, m_model->templatesUsing(secret->name) + bootsFrom(*m_session, secret->name), m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void SecretsPage::deleteSelectedSecret()
{
    const std::optional<Secret> secret = selectedSecret();
    if (!secret || !requireConnection())
        return;
    showMessage({}, false);
    const QString id = secret->id;
    const QString name = secret->name;
    const QStringList usedBy = m_model->templatesUsing(name);
    DeleteSecretDialog dialog(name, usedBy, bootsFrom(*m_session, name), this);
    runForm(
        dialog, [id](AccountChanges* changes) { return changes->deleteSecret(id); },
        [this, name, usedBy](const ChangeOutcome& outcome, SecretFormDialog* open) {
            if (!outcome.ok) {
                if (!open)
                    showMessage(outcome.message, true);
                return false;
            }
            // Still referenced: said as a warning, since boots of those templates now fail.
            showMessage(usedBy.isEmpty()
                            ? outcome.message
                            : tr("Secret %1 was deleted. Pods booted from %2 will fail until their env no longer "
                                 "references it.")
                                  .arg(name, templateList(usedBy)),
                        !usedBy.isEmpty());
            updateButtons();
            return true;
        });
}

void SecretsPage::onAccountChanged(const AccountChange& change)
{
    if (change.resource == AccountChange::Resource::Template) {
        // Templates changed elsewhere in the window change who uses which secret.
        m_model->setTemplates(m_session->snapshot().templates);
        return;
    }
    if (change.resource != AccountChange::Resource::Secret)
        return;
    if (change.removed) {
        m_model->removeSecret(change.id);
    } else {
        for (const Secret& known : m_session->snapshot().secrets) {
            if (known.id == change.id) {
                m_model->upsertSecret(known);
                break;
            }
        }
    }
    updateState();
    updateButtons();
}

} // namespace podwarden
