#include "SecretsPage.h"

#include "PageParts.h"
#include "SecretReference.h"
#include "SecretTableModel.h"
#include "account/Session.h"
#include "secrets/CreateSecretDialog.h"
#include "secrets/DeleteSecretDialog.h"
#include "secrets/SecretChangeDialogs.h"
#include "secrets/SecretDetailsDialog.h"
#include "service/SecretUpdate.h"
#include "service/ServiceClient.h"

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
#include <QVBoxLayout>

namespace podwarden {

SecretsPage::SecretsPage(Session* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new SecretTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("pageSecrets"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SecretTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterRole(SecretTableModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(10);

    auto* header = new QHBoxLayout;
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("secretCount"));
    header->addWidget(PageParts::title(tr("Secrets"), this));
    header->addSpacing(12);
    header->addWidget(m_count, 0, Qt::AlignBottom);
    header->addStretch(1);
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
    for (QPushButton* button : {m_new, m_replace, m_describe, m_details, m_delete})
        header->addWidget(button);
    layout->addLayout(header);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("secretSearch"));
    m_search->setPlaceholderText(tr("Search names and descriptions"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search secrets"));
    m_search->setMaximumWidth(480);
    layout->addWidget(m_search);

    m_message = PageParts::messagePanel("secretsMessage", this);
    layout->addWidget(m_message);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("secretTable"));
    PageParts::setUpTable(m_table, tr("Secrets"));
    m_table->setModel(m_proxy);
    m_table->sortByColumn(SecretTableModel::Name, Qt::AscendingOrder);
    const QFontMetrics metrics = m_table->fontMetrics();
    QHeaderView* columns = m_table->horizontalHeader();
    columns->resizeSection(SecretTableModel::Name,
                           PageParts::columnWidth(metrics, QStringLiteral("postgres_password_")));
    columns->resizeSection(SecretTableModel::Description,
                           PageParts::columnWidth(metrics, QStringLiteral("Hugging Face read token for gated models")));
    const int timeWidth = PageParts::relativeTimeColumnWidth(metrics);
    columns->resizeSection(SecretTableModel::Created, timeWidth);
    columns->resizeSection(SecretTableModel::ValueUpdated,
                           std::max(timeWidth, PageParts::columnWidth(metrics, tr("Value updated"))));
    m_table->installEventFilter(this);

    m_state = PageParts::stateLabel("secretsState", this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_state);
    layout->addWidget(m_stack, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateState();
    });
    connect(m_new, &QPushButton::clicked, this, &SecretsPage::createSecret);
    connect(m_replace, &QPushButton::clicked, this, &SecretsPage::replaceSelectedValue);
    connect(m_describe, &QPushButton::clicked, this, &SecretsPage::editSelectedDescription);
    connect(m_details, &QPushButton::clicked, this, &SecretsPage::showSelectedDetails);
    connect(m_delete, &QPushButton::clicked, this, &SecretsPage::deleteSelectedSecret);
    connect(m_table, &QTableView::doubleClicked, this, &SecretsPage::showSelectedDetails);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SecretsPage::updateButtons);
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint& at) {
        if (!selectedSecret())
            return;
        const bool connected = m_session && m_session->isConnected();
        QMenu menu(this);
        menu.addAction(tr("De&tails…"), this, &SecretsPage::showSelectedDetails);
        menu.addSeparator();
        menu.addAction(tr("Re&place value…"), this, &SecretsPage::replaceSelectedValue)->setEnabled(connected);
        menu.addAction(tr("Edit des&cription…"), this, &SecretsPage::editSelectedDescription)->setEnabled(connected);
        menu.addSeparator();
        menu.addAction(tr("&Delete…"), this, &SecretsPage::deleteSelectedSecret)->setEnabled(connected);
        menu.exec(m_table->viewport()->mapToGlobal(at));
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_proxy, signal, this, &SecretsPage::updateState);
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SecretsPage::updateState);

    // Relative times move on.
    auto* clock = new QTimer(this);
    clock->start(60 * 1000);
    connect(clock, &QTimer::timeout, this, [this] { m_model->setNow(QDateTime::currentDateTimeUtc()); });

    if (m_session) {
        connect(m_session, &Session::snapshotChanged, this, &SecretsPage::loadSnapshot);
        // Templates edited elsewhere in the window change who uses which secret.
        connect(m_session, &Session::snapshotEdited, this,
                [this] { m_model->setTemplates(m_session->snapshot().templates); });
        connect(m_session, &Session::stateChanged, this, [this] {
            updateState();
            updateButtons();
        });
        loadSnapshot();
    }
    updateButtons();
}

SecretsPage::~SecretsPage() = default;

void SecretsPage::loadSnapshot()
{
    m_model->setNow(QDateTime::currentDateTimeUtc());
    const AccountSnapshot& snapshot = m_session->snapshot();
    m_model->setAccount(snapshot.secrets, snapshot.templates);
    updateState();
    updateButtons();
}

void SecretsPage::updateState()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (total == 0)
        m_count->clear();
    else if (shown == total)
        m_count->setText(tr("%n secret(s)", nullptr, total));
    else
        m_count->setText(tr("%1 of %n secret(s) shown", nullptr, total).arg(QLocale().toString(shown)));

    QString state;
    if (total == 0) {
        const bool loading = m_session && m_session->state() == Session::State::Connecting;
        if (loading)
            state = tr("Loading the secrets…");
        else if (m_session && m_session->snapshot().isEmpty() && !m_session->errorMessage().isEmpty())
            state = tr("The secrets could not be loaded.") + QLatin1Char('\n') + m_session->errorMessage();
        else if (m_session && m_session->snapshot().isEmpty())
            state = m_session->profile() ? tr("The secrets have not been loaded. Connect to see them.")
                                         : tr("No account is connected. Connect one from the Overview.");
        else
            state = tr("This account has no secrets yet. Create one with New secret; templates then use it as %1.")
                        .arg(SecretReference::format(QStringLiteral("name")));
    } else if (shown == 0) {
        state = tr("No secret matches “%1”.").arg(m_search->text().trimmed());
    }
    m_state->setText(state);
    m_stack->setCurrentWidget(state.isEmpty() ? static_cast<QWidget*>(m_table) : m_state);
}

void SecretsPage::updateButtons()
{
    const bool connected = m_session && m_session->isConnected();
    const bool selected = selectedSecret().has_value();
    m_new->setEnabled(connected);
    m_replace->setEnabled(connected && selected);
    m_describe->setEnabled(connected && selected);
    m_delete->setEnabled(connected && selected);
    m_details->setEnabled(selected);
    const QString offline = tr("Connect to the account to change its secrets.");
    for (QPushButton* button : {m_new, m_replace, m_describe, m_delete})
        button->setToolTip(connected ? QString() : offline);
}

std::optional<Secret> SecretsPage::selectedSecret() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const QModelIndex source = m_proxy->mapToSource(rows.first());
    return source.isValid() ? std::optional<Secret>(m_model->secretAt(source.row())) : std::nullopt;
}

bool SecretsPage::selectSecret(const QString& name)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex at = m_proxy->index(row, SecretTableModel::Name);
        if (at.data().toString() == name) {
            m_table->selectRow(row);
            m_table->scrollTo(at);
            return true;
        }
    }
    return false;
}

void SecretsPage::showMessage(const QString& text, bool error)
{
    PageParts::showMessage(m_message, text, error);
}

bool SecretsPage::requireConnection()
{
    if (m_session && m_session->isConnected() && m_session->client())
        return true;
    showMessage(tr("You are not connected, so secrets cannot be changed now. Connect from the Overview and try "
                   "again."),
                true);
    return false;
}

bool SecretsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
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
    return QWidget::eventFilter(watched, event);
}

// The service's copy of a secret: into the table, and into the session's snapshot (the counts, the
// template editor's secret names).
void SecretsPage::keepSecret(const Secret& secret)
{
    m_model->upsertSecret(secret);
    m_session->editSnapshot([&secret](AccountSnapshot& s) {
        for (Secret& known : s.secrets) {
            if (known.id == secret.id) {
                known = secret;
                return;
            }
        }
        s.secrets.append(secret);
    });
}

void SecretsPage::runForm(SecretFormDialog& dialog, const Send& send, const Failed& failed, const Done& done,
                          const std::function<bool()>& handles)
{
    QPointer<SecretFormDialog> open(&dialog);
    connect(&dialog, &SecretFormDialog::submitted, this, [this, open, send, failed, done, handles] {
        if (handles && !handles())
            return; // another handler sends this one
        if (!m_session->isConnected() || !m_session->client()) {
            open->showError(tr("You are not connected. Connect from the Overview and try again; what you typed "
                               "stays here."));
            return;
        }
        open->setBusy(true);
        ServiceReply* reply = send(m_session->client());
        connect(reply, &ServiceReply::finished, this, [this, reply, open, failed, done] {
            if (!reply->ok()) {
                // In the dialog when it is still open, so nothing typed is lost; on the page otherwise.
                const QString message = failed(reply->error().message());
                if (open) {
                    open->setBusy(false);
                    open->showError(message);
                } else {
                    showMessage(message, true);
                }
                return;
            }
            done(reply);
            if (open)
                open->accept();
        });
    });
    dialog.exec();
}

namespace {
const Secret& secretOf(ServiceReply* reply)
{
    return static_cast<TypedReply<Secret>*>(reply)->value();
}
} // namespace

void SecretsPage::createSecret()
{
    if (!requireConnection())
        return;
    showMessage({}, false);
    QSet<QString> taken;
    for (const Secret& s : m_model->secrets())
        taken.insert(s.name);
    CreateSecretDialog dialog(taken, this);
    auto sentName = std::make_shared<QString>(); // the message may come after the dialog is gone
    runForm(
        dialog,
        [&dialog, sentName](ServiceClient* client) {
            *sentName = dialog.name();
            return client->createSecret(dialog.name(), dialog.value(), dialog.description());
        },
        [sentName](const QString& reason) { return tr("Secret %1 was not created: %2").arg(*sentName, reason); },
        [this](ServiceReply* reply) {
            const Secret& secret = secretOf(reply);
            keepSecret(secret);
            selectSecret(secret.name);
            showMessage(tr("Secret %1 was created. Templates can use it as %2.")
                            .arg(secret.name, SecretReference::format(secret.name)),
                        false);
        });
}

void SecretsPage::replaceSelectedValue()
{
    const std::optional<Secret> secret = selectedSecret();
    if (!secret || !requireConnection())
        return;
    showMessage({}, false);
    const QString id = secret->id;
    const QString name = secret->name;
    ReplaceSecretValueDialog dialog(name, m_model->templatesUsing(name), secret->description, this);
    // Value and description together go through SecretUpdate, which says which part took effect.
    QPointer<ReplaceSecretValueDialog> open(&dialog);
    auto known = std::make_shared<Secret>(*secret);
    auto valueDone = std::make_shared<bool>(false); // read by the messages, which may outlive the dialog
    connect(&dialog, &SecretFormDialog::submitted, this, [this, open, known, valueDone] {
        const std::optional<QString> description = open->changedDescription();
        if (!description || open->valueDone())
            return; // runForm sends it
        if (!m_session->isConnected() || !m_session->client()) {
            open->showError(tr("You are not connected. Connect from the Overview and try again; what you typed "
                               "stays here."));
            return;
        }
        open->setBusy(true);
        auto* update = new SecretUpdate(m_session->client(), *known, open->value(), *description, this);
        connect(update, &SecretUpdate::finished, this, [this, update, open, known, valueDone] {
            update->deleteLater();
            if (update->secret()) {
                *known = *update->secret();
                keepSecret(*update->secret());
            }
            const SecretUpdate::Outcome outcome = update->outcome();
            if (outcome == SecretUpdate::Outcome::Updated) {
                showMessage(update->message(), false);
                if (open)
                    open->accept();
                return;
            }
            if (!open) {
                showMessage(update->message(), true);
                return;
            }
            open->setBusy(false);
            if (outcome == SecretUpdate::Outcome::ValueOnly) {
                *valueDone = true;
                open->valueTookEffect();
            }
            open->showError(update->message());
        });
        update->start();
    });
    runForm(
        dialog,
        [&dialog, id](ServiceClient* client) -> ServiceReply* {
            if (dialog.valueDone())
                return client->updateSecretDescription(id, dialog.changedDescription().value_or(QString()));
            return client->replaceSecretValue(id, dialog.value());
        },
        [name, valueDone](const QString& reason) {
            return *valueDone ? tr("The description of %1 was not saved: %2").arg(name, reason)
                              : tr("The value of %1 was not replaced: %2").arg(name, reason);
        },
        [this, name, valueDone](ServiceReply* reply) {
            keepSecret(secretOf(reply));
            showMessage(*valueDone ? tr("The new value of %1 is in force and its description was saved.").arg(name)
                                   : tr("The value of %1 was replaced. Pods booted from now on use the new value; "
                                        "running pods keep the old one until they restart.")
                                         .arg(name),
                        false);
        },
        [open] { return open && (!open->changedDescription() || open->valueDone()); });
}

void SecretsPage::editSelectedDescription()
{
    const std::optional<Secret> secret = selectedSecret();
    if (!secret || !requireConnection())
        return;
    showMessage({}, false);
    const QString id = secret->id;
    const QString name = secret->name;
    EditSecretDescriptionDialog dialog(name, secret->description, this);
    runForm(
        dialog,
        [&dialog, id](ServiceClient* client) { return client->updateSecretDescription(id, dialog.description()); },
        [name](const QString& reason) { return tr("The description of %1 was not saved: %2").arg(name, reason); },
        [this](ServiceReply* reply) { keepSecret(secretOf(reply)); });
}

void SecretsPage::showSelectedDetails()
{
    const std::optional<Secret> secret = selectedSecret();
    if (!secret)
        return;
    ServiceClient* client = m_session && m_session->isConnected() ? m_session->client() : nullptr;
    auto* dialog = new SecretDetailsDialog(*secret, m_model->templatesUsing(secret->name), client, this);
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
    DeleteSecretDialog dialog(name, usedBy, this);
    runForm(
        dialog, [id](ServiceClient* client) { return client->deleteSecret(id); },
        [name](const QString& reason) { return tr("Secret %1 was not deleted: %2").arg(name, reason); },
        [this, id, name, usedBy](ServiceReply*) {
            m_model->removeSecret(id);
            m_session->editSnapshot([&id](AccountSnapshot& s) {
                s.secrets.erase(std::remove_if(s.secrets.begin(), s.secrets.end(),
                                               [&id](const Secret& known) { return known.id == id; }),
                                s.secrets.end());
            });
            // Still referenced: said as a warning, since boots of those templates now fail.
            showMessage(usedBy.isEmpty()
                            ? tr("Secret %1 was deleted.").arg(name)
                            : tr("Secret %1 was deleted. Pods booted from %2 will fail until their env no longer "
                                 "references it.")
                                  .arg(name, templateList(usedBy)),
                        !usedBy.isEmpty());
            updateButtons();
        });
}

} // namespace podwarden
