#include "FirstRunDialog.h"

#include "ProfileFields.h"
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
    m_fields = new ProfileFields(account, m_form, defaults);
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
        m_fields->key()->setFocus();
        validateAccount();
    });
    connect(trySandbox, &QPushButton::clicked, this, [this] { choose(Choice::TrySandbox); });
    connect(offline, &QPushButton::clicked, this, [this] { choose(Choice::WorkOffline); });
    connect(m_connect, &QPushButton::clicked, this, &FirstRunDialog::checkAccount);
    connect(back, &QPushButton::clicked, this, [this] {
        setChecking(false); // an answer that comes after this is ignored
        m_pages->setCurrentIndex(0);
    });
    connect(m_fields, &ProfileFields::edited, this, &FirstRunDialog::validateAccount);
    connect(m_fields, &ProfileFields::providerShown, this, &FirstRunDialog::explainProvider);
    explainProvider(m_fields->showsPaperspace());
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

FirstRunDialog::~FirstRunDialog() = default;

void FirstRunDialog::editProfile(const Profile& profile)
{
    setWindowTitle(tr("Connect “%1”").arg(profile.name));
    m_profileId = profile.id;
    m_fields->keepProvider(profile);
    m_fields->fill(profile);
    m_pages->setCurrentIndex(1);
    m_fields->key()->setFocus();
    validateAccount();
}

Profile FirstRunDialog::profile() const
{
    return m_fields->profile(m_profileId);
}

void FirstRunDialog::explainProvider(bool paperspace)
{
    m_explain->setText(paperspace
                           ? tr("Podwarden needs an API key of the Paperspace team that owns the project. The key "
                                "goes to the system keyring; the settings keep only the addresses and ids.")
                           : tr("Podwarden needs a key that can read the account: one with All or Read Only "
                                "access, or Restricted with API read. The key goes to the system keyring; the "
                                "settings keep only the addresses."));
}

SecretBuffer FirstRunDialog::takeKey()
{
    QString text = m_fields->key()->text().trimmed();
    m_fields->key()->clear();
    return SecretBuffer::takeFrom(text);
}

void FirstRunDialog::validateAccount()
{
    QString problem = profile().validate();
    if (problem.isEmpty() && m_fields->key()->text().trimmed().isEmpty())
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
    QString text = m_fields->key()->text().trimmed();
    m_changes->checkKey(account, SecretBuffer::takeFrom(text), this, [this, check](const ProfileChangeResult& result) {
        if (check != m_check || !isVisible())
            return;
        setChecking(false);
        if (!result.ok()) {
            m_problem->setText(result.problem);
            m_fields->key()->setFocus();
            m_fields->key()->selectAll();
            return;
        }
        choose(Choice::UseAccount);
    });
}

void FirstRunDialog::setChecking(bool checking)
{
    ++m_check; // a new check, or none: the answer to an earlier one is ignored
    m_fields->setBusy(checking);
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
