#include "DeploymentsPage.h"

#include "Confirm.h"
#include "PageParts.h"
#include "PaperspaceTableModels.h"
#include "account/AccountChanges.h"
#include "account/Session.h"
#include "paperspace/PaperspaceDialogs.h"

#include <QApplication>
#include <QClipboard>
#include <QFrame>
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
#include <QTableView>

namespace podwarden {

DeploymentsPage::DeploymentsPage(Session* session, QWidget* parent)
    : AccountListPage(session,
                      {"pageDeployments", "deploymentCount", "deploymentSearch", "deploymentsMessage",
                       "deploymentTable", "deploymentsState"},
                      tr("Endpoints"), parent)
    , m_model(new DeploymentTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DeploymentTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterRole(DeploymentTableModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_protect = new QPushButton(tr("&Protect…"), this);
    m_protect->setObjectName(QStringLiteral("protectButton"));
    m_public = new QPushButton(tr("Make p&ublic…"), this);
    m_public->setObjectName(QStringLiteral("makePublicButton"));
    m_redeploy = new QPushButton(tr("&Redeploy"), this);
    m_redeploy->setObjectName(QStringLiteral("redeployButton"));
    m_header = new QPushButton(tr("&Basic header…"), this);
    m_header->setObjectName(QStringLiteral("basicHeaderButton"));

    m_search->setPlaceholderText(tr("Search names, URLs and secrets"));
    m_search->setAccessibleName(tr("Search deployments"));
    m_search->setMinimumWidth(140);
    m_search->setMaximumWidth(420);
    tools()->addSpacing(8);
    tools()->addStretch(1);
    for (QPushButton* button : {m_protect, m_public, m_header, m_redeploy})
        tools()->addWidget(button, 0);

    // The redeploy rule, said where the deployments are: a row above the table while any is due.
    m_notice = new QFrame(this);
    m_notice->setObjectName(QStringLiteral("redeployNotice"));
    static_cast<QFrame*>(m_notice)->setFrameShape(QFrame::StyledPanel);
    auto* noticeRow = new QHBoxLayout(m_notice);
    m_noticeText = new QLabel(m_notice);
    m_noticeText->setObjectName(QStringLiteral("redeployNoticeText"));
    m_noticeText->setWordWrap(true);
    m_noticeText->setTextFormat(Qt::PlainText);
    m_noticeRedeploy = new QPushButton(tr("Redeploy &now…"), m_notice);
    m_noticeRedeploy->setObjectName(QStringLiteral("redeployNoticeButton"));
    noticeRow->addWidget(m_noticeText, 1);
    noticeRow->addWidget(m_noticeRedeploy, 0, Qt::AlignTop);
    auto* noticeHolder = new QHBoxLayout;
    noticeHolder->addWidget(m_notice);
    addToolRow(noticeHolder);
    m_notice->hide();

    setList(m_proxy);
    QTableView* table = this->table();
    table->sortByColumn(DeploymentTableModel::Name, Qt::AscendingOrder);
    const QFontMetrics metrics = table->fontMetrics();
    QHeaderView* columns = table->horizontalHeader();
    columns->resizeSection(DeploymentTableModel::Name,
                           PageParts::columnWidth(metrics, QStringLiteral("llm-gateway-eu")));
    // The URL last: it takes what is left and is elided in a narrow window; the status stays in view.
    columns->resizeSection(DeploymentTableModel::Status,
                           PageParts::columnWidth(metrics, tr("Redeploy: still accepts the old token")));
    columns->resizeSection(DeploymentTableModel::Security, PageParts::columnWidth(metrics, tr("Protected")));
    columns->resizeSection(DeploymentTableModel::TokenSecret,
                           PageParts::columnWidth(metrics, QStringLiteral("llm_gateway_basic_auth")));
    columns->resizeSection(DeploymentTableModel::Deployed, PageParts::relativeTimeColumnWidth(metrics));
    table->installEventFilter(this);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateState();
    });
    connect(m_protect, &QPushButton::clicked, this, &DeploymentsPage::protectSelected);
    connect(m_public, &QPushButton::clicked, this, &DeploymentsPage::makeSelectedPublic);
    connect(m_redeploy, &QPushButton::clicked, this, &DeploymentsPage::redeploySelected);
    connect(m_header, &QPushButton::clicked, this, &DeploymentsPage::showSelectedHeader);
    connect(m_noticeRedeploy, &QPushButton::clicked, this, &DeploymentsPage::redeployOutdated);
    connect(table, &QTableView::doubleClicked, this, [this] {
        const std::optional<Deployment> d = selectedDeployment();
        if (d && d->isProtected())
            showSelectedHeader();
        else if (d)
            protectSelected();
    });
    connect(table, &QTableView::customContextMenuRequested, this, [this](const QPoint& at) {
        const std::optional<Deployment> d = selectedDeployment();
        if (!d)
            return;
        const bool connected = isConnected();
        QMenu menu(this);
        menu.addAction(tr("&Copy endpoint URL"), this,
                       [url = d->endpoint] { QGuiApplication::clipboard()->setText(url); });
        menu.addAction(tr("&Basic header…"), this, &DeploymentsPage::showSelectedHeader)->setEnabled(d->isProtected());
        menu.addSeparator();
        menu.addAction(d->isProtected() ? tr("Change &token secret…") : tr("&Protect…"), this,
                       &DeploymentsPage::protectSelected)
            ->setEnabled(connected);
        menu.addAction(tr("Make p&ublic…"), this, &DeploymentsPage::makeSelectedPublic)
            ->setEnabled(connected && d->isProtected());
        menu.addAction(tr("&Redeploy"), this, &DeploymentsPage::redeploySelected)->setEnabled(connected);
        menu.exec(this->table()->viewport()->mapToGlobal(at));
    });
    followSession();
}

DeploymentsPage::~DeploymentsPage() = default;

void DeploymentsPage::setNow(const QDateTime& now)
{
    m_model->setNow(now);
}

void DeploymentsPage::loadSnapshot()
{
    const AccountSnapshot& snapshot = m_session->snapshot();
    m_model->setAccount(snapshot.deployments, snapshot.paperspaceSecrets);
    updateNotice();
}

void DeploymentsPage::onAccountChanged(const AccountChange& change)
{
    using R = AccountChange::Resource;
    if (change.resource != R::PaperspaceSecret && change.resource != R::Deployment)
        return;
    const std::optional<Deployment> selected = selectedDeployment();
    loadSnapshot();
    if (selected)
        selectDeployment(selected->id);
    updateState();
    updateButtons();
}

void DeploymentsPage::updateNotice()
{
    QStringList names;
    bool token = false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QList<OutdatedReference>& outdated = m_model->outdatedAt(row);
        if (outdated.isEmpty())
            continue;
        names << m_model->deploymentAt(row).name;
        token = token ||
                std::any_of(outdated.begin(), outdated.end(), [](const OutdatedReference& r) { return r.isToken; });
    }
    m_notice->setVisible(!names.isEmpty());
    if (names.isEmpty())
        return;
    QString text = tr("A secret changed after the last deploy of %n deployment(s): %1.", nullptr, int(names.size()))
                       .arg(names.size() <= 4 ? names.join(QStringLiteral(", "))
                                              : names.mid(0, 3).join(QStringLiteral(", ")) + QStringLiteral(", …"));
    text += QLatin1Char(' ') +
            (token ? tr("A protected deployment keeps accepting the old token, and refuses the new one, until it is "
                        "redeployed.")
                   : tr("Each runs the old value until it is redeployed."));
    m_noticeText->setText(text);
}

QString DeploymentsPage::countText(int total, int shown) const
{
    if (shown == total)
        return tr("%n deployment(s)", nullptr, total);
    return tr("%1 of %n deployment(s) shown", nullptr, total).arg(QLocale().toString(shown));
}

QString DeploymentsPage::stateText(int total, int shown) const
{
    if (total == 0) {
        const QString missing =
            accountMissingText(tr("Loading the deployments…"), tr("The deployments could not be loaded."),
                               tr("The deployments have not been loaded. Connect to see them."));
        if (!missing.isEmpty())
            return missing;
        return tr("This project has no deployments. Create them in the Paperspace console or with its CLI; they "
                  "appear here with their endpoint security.");
    }
    return shown == 0 ? tr("No deployment matches “%1”.").arg(m_search->text().trimmed()) : QString();
}

void DeploymentsPage::updateButtons()
{
    const bool connected = isConnected();
    const std::optional<Deployment> d = selectedDeployment();
    m_protect->setText(d && d->isProtected() ? tr("Change &token…") : tr("&Protect…"));
    m_protect->setEnabled(connected && d);
    m_public->setEnabled(connected && d && d->isProtected());
    m_redeploy->setEnabled(connected && d);
    m_header->setEnabled(d && d->isProtected());
    m_noticeRedeploy->setEnabled(connected);
    const QString offline = tr("Connect to the account to change its deployments.");
    for (QPushButton* button : {m_protect, m_public, m_redeploy, m_noticeRedeploy})
        button->setToolTip(connected ? QString() : offline);
}

std::optional<Deployment> DeploymentsPage::selectedDeployment() const
{
    const std::optional<int> row = selectedSourceRow();
    return row ? std::optional<Deployment>(m_model->deploymentAt(*row)) : std::nullopt;
}

bool DeploymentsPage::selectDeployment(const QString& deploymentId)
{
    return selectFirstRow([this, &deploymentId](int row) { return m_model->deploymentAt(row).id == deploymentId; });
}

bool DeploymentsPage::requireConnection()
{
    return AccountListPage::requireConnection(
        tr("You are not connected, so deployments cannot be changed now. Connect from the Overview and try again."));
}

bool DeploymentsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == table() && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
            const std::optional<Deployment> d = selectedDeployment();
            if (d && d->isProtected())
                showSelectedHeader();
            else if (d)
                protectSelected();
            return true;
        }
    }
    return AccountListPage::eventFilter(watched, event);
}

void DeploymentsPage::protectSelected()
{
    const std::optional<Deployment> d = selectedDeployment();
    if (!d || !requireConnection())
        return;
    showMessage({}, false);
    ProtectDeploymentDialog dialog(*d, m_session->snapshot().paperspaceSecrets, this);
    const QString id = d->id;
    std::optional<SecretBuffer> generated; // the value in hand, for the header afterwards
    QPointer<ProtectDeploymentDialog> open(&dialog);
    dialog.run(
        this,
        [this, open, id]() -> ChangeRequest* {
            if (open->usesGeneratedValue() && open->source() == ProtectDeploymentDialog::Source::Generate)
                return m_session->changes()->protectWithNewSecret(id, open->secretName(), open->generatedValue());
            return m_session->changes()->setDeploymentProtection(id, open->secretName());
        },
        [this, open, &generated](const ChangeOutcome& outcome, SecretFormDialog*) {
            if (!outcome.ok) {
                if (outcome.paperspaceSecret && open)
                    open->secretCreated(outcome.paperspaceSecret->secret.name); // not created twice
                if (!open)
                    showMessage(outcome.message, true);
                return false;
            }
            if (open && open->usesGeneratedValue())
                generated = open->generatedValue();
            showMessage(outcome.message, false);
            return true;
        });
    if (generated && !generated->isEmpty()) {
        // The only moment the value is in hand: the header now, to copy.
        selectDeployment(id);
        if (const std::optional<Deployment> now = selectedDeployment()) {
            auto* header = new BasicHeaderDialog(m_session, *now, this);
            header->setAttribute(Qt::WA_DeleteOnClose);
            header->setValue(std::move(*generated));
            header->open();
        }
    }
}

void DeploymentsPage::makeSelectedPublic()
{
    const std::optional<Deployment> d = selectedDeployment();
    if (!d || !d->isProtected() || !requireConnection())
        return;
    showMessage({}, false);
    if (!Confirm::ask(this, tr("Make %1 public?").arg(d->name),
                      tr("%1 will be redeployed without Basic auth: anyone who knows its endpoint URL can call "
                         "it, on your account's balance. The secret stays; you can protect it again later.")
                          .arg(d->name),
                      tr("Make public and redeploy"), Confirm::Kind::Destructive))
        return;
    ChangeRequest* request = m_session->changes()->setDeploymentProtection(d->id, std::nullopt);
    connect(request, &ChangeRequest::finished, this,
            [this](const ChangeOutcome& outcome) { showMessage(outcome.message, !outcome.ok); });
}

void DeploymentsPage::redeploySelected()
{
    const std::optional<Deployment> d = selectedDeployment();
    if (!d || !requireConnection())
        return;
    showMessage(tr("Redeploying %1…").arg(d->name), false);
    ChangeRequest* request = m_session->changes()->redeploy(d->id);
    connect(request, &ChangeRequest::finished, this,
            [this](const ChangeOutcome& outcome) { showMessage(outcome.message, !outcome.ok); });
}

void DeploymentsPage::redeployOutdated()
{
    if (!requireConnection())
        return;
    QList<Deployment> outdated;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!m_model->outdatedAt(row).isEmpty())
            outdated << m_model->deploymentAt(row);
    }
    if (outdated.isEmpty())
        return;
    auto* dialog = new RedeployDialog(m_session, outdated, QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void DeploymentsPage::showSelectedHeader()
{
    const std::optional<Deployment> d = selectedDeployment();
    if (!d || !d->isProtected())
        return;
    auto* dialog = new BasicHeaderDialog(m_session, *d, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace podwarden
