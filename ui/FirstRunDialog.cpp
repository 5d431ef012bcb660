#include "FirstRunDialog.h"

#include "PageParts.h"
#include "SecretClipboard.h"
#include "account/ProfileChanges.h"

#include <QAction>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace podwarden {

namespace {

bool isPaperspace(Profile::Provider provider)
{
    Profile probe;
    probe.provider = provider;
    return probe.isPaperspace();
}

} // namespace

FirstRunDialog::FirstRunDialog(ProfileChanges* changes, QWidget* parent)
    : QDialog(parent)
    , m_changes(changes)
{
    setObjectName(QStringLiteral("firstRunDialog"));
    m_profileId = Profile::makeNew(QString()).id;
    m_pages = new QStackedWidget(this);

    // Page 1: the three ways in.
    auto* start = new QWidget(m_pages);
    auto* startLayout = new QVBoxLayout(start);
    m_intro = new QLabel(start);
    m_intro->setObjectName(QStringLiteral("firstRunIntro"));
    m_intro->setWordWrap(true);
    auto* useAccount = new QCommandLinkButton(tr("Use my account"),
                                              tr("Paste an API key. It is kept in the system keyring, never in a "
                                                 "file."),
                                              start);
    useAccount->setObjectName(QStringLiteral("useAccountButton"));
    auto* trySandbox = new QCommandLinkButton(tr("Try the sandbox"),
                                              tr("A local service with a demo account on this computer: nothing "
                                                 "you do there touches a real account."),
                                              start);
    trySandbox->setObjectName(QStringLiteral("trySandboxButton"));
    auto* offline = new QCommandLinkButton(
        tr("Work offline"), tr("Draft templates without a connection; connect an account later."), start);
    offline->setObjectName(QStringLiteral("workOfflineButton"));
    startLayout->addWidget(m_intro);
    startLayout->addSpacing(6);
    startLayout->addWidget(useAccount);
    startLayout->addWidget(trySandbox);
    startLayout->addWidget(offline);
    startLayout->addStretch(1);
    m_pages->addWidget(start);

    // Page 2: the account's key and addresses.
    auto* account = new QWidget(m_pages);
    auto* accountLayout = new QVBoxLayout(account);
    m_explain = new QLabel(account);
    m_explain->setObjectName(QStringLiteral("accountExplain"));
    m_explain->setWordWrap(true);
    accountLayout->addWidget(m_explain);
    accountLayout->addSpacing(6);
    m_form = new QFormLayout;
    const Profile defaults = Profile::makeNew(tr("Personal"));
    m_name = new QLineEdit(defaults.name, account);
    m_name->setObjectName(QStringLiteral("profileName"));
    // The clouds a user can connect; the sandbox is "Try the sandbox".
    m_provider = new QComboBox(account);
    m_provider->setObjectName(QStringLiteral("providerChoice"));
    m_provider->setAccessibleName(tr("Provider"));
    m_provider->addItem(QStringLiteral("Runpod"), int(Profile::Provider::Runpod));
    m_provider->addItem(QStringLiteral("Paperspace"), int(Profile::Provider::Paperspace));
    m_shownProvider = chosenProvider();
    m_key = new QLineEdit(account);
    m_key->setObjectName(QStringLiteral("accountKey"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setAccessibleName(tr("API key"));
    QAction* reveal = m_key->addAction(
        QIcon::fromTheme(QStringLiteral("view-reveal-symbolic"), QIcon(QStringLiteral(":/icons/reveal.svg"))),
        QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setObjectName(QStringLiteral("revealKeyAction"));
    reveal->setText(tr("Show the key")); // the name its button is read out by
    reveal->setToolTip(tr("Show the key while typing"));
    connect(reveal, &QAction::toggled, m_key,
            [this](bool on) { m_key->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    // Revealed and copied by hand, the key goes to the clipboard marked as a secret and for 30 seconds.
    SecretClipboard::instance()->guard(m_key);
    m_keyHint = new QLabel(account);
    m_keyHint->setObjectName(QStringLiteral("keyHint"));
    m_keyHint->setWordWrap(true);
    m_keyHint->setTextFormat(Qt::PlainText);
    m_projectId = new QLineEdit(account);
    m_projectId->setObjectName(QStringLiteral("projectId"));
    m_projectId->setAccessibleName(tr("Project ID"));
    m_projectId->setPlaceholderText(QStringLiteral("pr_abc123"));
    m_projectId->setToolTip(tr("The project whose deployments and secrets Podwarden shows; its id is in the "
                               "project's settings in the Paperspace console."));
    m_projectId->setAccessibleDescription(m_projectId->toolTip());
    m_teamId = new QLineEdit(account);
    m_teamId->setObjectName(QStringLiteral("teamId"));
    m_teamId->setAccessibleName(tr("Team ID"));
    m_teamId->setPlaceholderText(tr("Optional: its secrets are shown beside the project's"));
    m_teamId->setToolTip(tr("Optional: the team whose secrets are shown beside the project's."));
    m_teamId->setAccessibleDescription(m_teamId->toolTip());
    m_management = new QLineEdit(defaults.managementBase.toString(), account);
    m_management->setObjectName(QStringLiteral("managementBase"));
    m_invocation = new QLineEdit(defaults.invocationBase.toString(), account);
    m_invocation->setObjectName(QStringLiteral("invocationBase"));
    m_caFile = PageParts::caFileField(account);
    m_form->addRow(tr("Profile &name:"), m_name);
    m_form->addRow(tr("&Provider:"), m_provider);
    m_form->addRow(tr("API &key:"), m_key);
    m_form->addRow(static_cast<QWidget*>(nullptr), m_keyHint);
    m_form->addRow(tr("Pro&ject ID:"), m_projectId);
    m_form->addRow(tr("&Team ID:"), m_teamId);
    m_form->addRow(tr("&Management API:"), m_management);
    m_form->addRow(tr("&Invocation API:"), m_invocation);
    m_form->addRow(tr("CA &file:"), m_caFile);
    m_problem = new QLabel(account);
    m_problem->setObjectName(QStringLiteral("accountProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    auto* buttons = new QDialogButtonBox(account);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectAccountButton"));
    QPushButton* back = buttons->addButton(tr("&Back"), QDialogButtonBox::RejectRole);
    accountLayout->addLayout(m_form);
    accountLayout->addWidget(m_problem);
    accountLayout->addStretch(1);
    accountLayout->addWidget(buttons);
    m_pages->addWidget(account);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    connect(useAccount, &QPushButton::clicked, this, [this] {
        m_pages->setCurrentIndex(1);
        m_key->setFocus();
        validateAccount();
    });
    connect(trySandbox, &QPushButton::clicked, this, [this] { choose(Choice::TrySandbox); });
    connect(offline, &QPushButton::clicked, this, [this] { choose(Choice::WorkOffline); });
    connect(m_connect, &QPushButton::clicked, this, &FirstRunDialog::checkAccount);
    connect(back, &QPushButton::clicked, this, [this] {
        setChecking(false); // an answer that comes after this is ignored
        m_pages->setCurrentIndex(0);
    });
    for (QLineEdit* edit : {m_name, m_key, m_projectId, m_teamId, m_management, m_invocation, m_caFile})
        connect(edit, &QLineEdit::textChanged, this, &FirstRunDialog::validateAccount);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &FirstRunDialog::providerChosen);
    showProvider();
    setOccasion(Occasion::Connect);
    resize(560, 360);
}

void FirstRunDialog::setOccasion(Occasion occasion)
{
    m_occasion = occasion;
    if (occasion == Occasion::FirstStart) {
        setWindowTitle(tr("Welcome to Podwarden"));
        m_intro->setText(tr("Podwarden manages the API keys, secrets and templates of a GPU cloud account. "
                            "How would you like to begin?"));
    } else {
        setWindowTitle(tr("Connect an account"));
        m_intro->setText(tr("Connect Podwarden to an account with its API key, try the sandbox, or work offline."));
    }
}

FirstRunDialog::~FirstRunDialog()
{
    // QLineEdit keeps no history of a password field, but its text buffer is ours to clear.
    m_key->clear();
}

void FirstRunDialog::editProfile(const Profile& profile)
{
    setWindowTitle(tr("Connect “%1”").arg(profile.name));
    m_profileId = profile.id;
    m_keptProvider = profile.provider;
    {
        // Its own addresses replace whatever the choice would have filled in.
        const QSignalBlocker quiet(m_provider);
        m_provider->setCurrentIndex(profile.isPaperspace() ? 1 : 0);
    }
    m_shownProvider = chosenProvider();
    m_provider->setEnabled(false);
    m_provider->setToolTip(tr("A profile stays with its provider. Add a profile for an account elsewhere."));
    m_name->setText(profile.name);
    m_projectId->setText(profile.projectId);
    m_teamId->setText(profile.teamId);
    m_management->setText(profile.managementBase.toString());
    m_invocation->setText(profile.invocationBase.toString());
    m_caFile->setText(profile.caFile);
    showProvider();
    m_pages->setCurrentIndex(1);
    m_key->setFocus();
    validateAccount();
}

Profile FirstRunDialog::profile() const
{
    Profile p;
    p.id = m_profileId;
    p.name = m_name->text().trimmed();
    p.provider = m_keptProvider.value_or(chosenProvider());
    p.managementBase = QUrl::fromUserInput(m_management->text().trimmed());
    if (p.isPaperspace()) {
        // No invocation base: each deployment has its own endpoint URL.
        p.invocationBase = QUrl();
        p.projectId = m_projectId->text().trimmed();
        p.teamId = m_teamId->text().trimmed();
    } else {
        p.invocationBase = QUrl::fromUserInput(m_invocation->text().trimmed());
    }
    p.caFile = m_caFile->text().trimmed();
    return p;
}

Profile::Provider FirstRunDialog::chosenProvider() const
{
    return static_cast<Profile::Provider>(m_provider->currentData().toInt());
}

void FirstRunDialog::providerChosen()
{
    const Profile::Provider chosen = chosenProvider();
    if (chosen == m_shownProvider)
        return;
    // The bases follow the provider while they hold the previous one's defaults; an address the
    // user typed (a proxy, a sandbox) stays.
    const Profile before = Profile::makeNew(QString(), m_shownProvider);
    const Profile after = Profile::makeNew(QString(), chosen);
    const QString management = m_management->text().trimmed();
    if (management.isEmpty() || QUrl::fromUserInput(management) == before.managementBase)
        m_management->setText(after.managementBase.toString());
    const QString invocation = m_invocation->text().trimmed();
    if (!isPaperspace(chosen) && (invocation.isEmpty() || QUrl::fromUserInput(invocation) == before.invocationBase))
        m_invocation->setText(after.invocationBase.toString());
    m_shownProvider = chosen;
    showProvider();
    validateAccount();
}

void FirstRunDialog::showProvider()
{
    const bool paperspace = isPaperspace(m_keptProvider.value_or(chosenProvider()));
    m_form->setRowVisible(m_projectId, paperspace);
    m_form->setRowVisible(m_teamId, paperspace);
    m_form->setRowVisible(m_invocation, !paperspace);
    m_explain->setText(paperspace
                           ? tr("Podwarden needs an API key of the Paperspace team that owns the project. The key "
                                "goes to the system keyring; the settings keep only the addresses and ids.")
                           : tr("Podwarden needs a key that can read the account: one with All or Read Only "
                                "access, or Restricted with API read. The key goes to the system keyring; the "
                                "settings keep only the addresses."));
    m_keyHint->setText(paperspace ? tr("A Paperspace API key: create one in the Paperspace console under Team "
                                       "settings ▸ API keys.")
                                  : tr("A Runpod API key: create one in the Runpod console under Settings ▸ API "
                                       "Keys."));
    m_key->setAccessibleDescription(m_keyHint->text());
    m_key->setPlaceholderText(paperspace ? tr("Paperspace API key") : QStringLiteral("rpa_…"));
}

SecretBuffer FirstRunDialog::takeKey()
{
    QString text = m_key->text().trimmed();
    m_key->clear();
    return SecretBuffer::takeFrom(text);
}

void FirstRunDialog::validateAccount()
{
    QString problem = profile().validate();
    if (problem.isEmpty() && m_key->text().trimmed().isEmpty())
        problem = tr("Paste the API key to connect with. Create one in the cloud console's settings.");
    m_problem->setText(problem);
    m_connect->setEnabled(problem.isEmpty());
}

void FirstRunDialog::checkAccount()
{
    validateAccount();
    if (!m_connect->isEnabled())
        return;
    setChecking(true);
    const int check = m_check;
    const Profile account = profile();
    m_problem->setText(tr("Checking the key with %1…").arg(account.managementBase.host()));
    QString text = m_key->text().trimmed();
    m_changes->checkKey(account, SecretBuffer::takeFrom(text), this, [this, check](const ProfileChangeResult& result) {
        if (check != m_check || !isVisible())
            return;
        setChecking(false);
        if (!result.ok()) {
            m_problem->setText(result.problem);
            m_key->setFocus();
            m_key->selectAll();
            return;
        }
        choose(Choice::UseAccount);
    });
}

void FirstRunDialog::setChecking(bool checking)
{
    ++m_check; // a new check, or none: the answer to an earlier one is ignored
    for (QLineEdit* edit : {m_name, m_key, m_projectId, m_teamId, m_management, m_invocation, m_caFile})
        edit->setReadOnly(checking);
    m_provider->setEnabled(!m_keptProvider && !checking);
    if (checking)
        m_connect->setEnabled(false);
    else
        validateAccount();
}

void FirstRunDialog::choose(Choice choice)
{
    m_choice = choice;
    accept();
}

} // namespace podwarden
