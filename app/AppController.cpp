#include "AppController.h"

#include "ApiKeyFilterProxy.h"
#include "Clock.h"
#include "FirstFrameWatch.h"
#include "FirstRunDialog.h"
#include "MainWindow.h"
#include "OverviewPage.h"
#include "PreferencesDialog.h"
#include "ProfilesDialog.h"
#include "SoonCall.h"
#include "account/CredentialStore.h"
#include "account/ProfileChanges.h"
#include "account/ProfileStore.h"
#include "account/Session.h"
#include "audit/AuditPage.h"
#include "endpoints/EndpointsPage.h"
#include "keys/ApiKeysPage.h"
#include "log/LogCategories.h"
#include "notify/ExpiryReminders.h"
#include "notify/KeySettings.h"
#include "paperspace/DeploymentsPage.h"
#include "paperspace/PaperspaceSecretsPage.h"
#include "sandbox/SandboxLauncher.h"
#include "secrets/SecretsPage.h"
#include "store/LocalStore.h"
#include "templates/TemplatesPage.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QIcon>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QTimer>

namespace podwarden {

AppController::AppController(const AppOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_profiles(std::make_unique<ProfileStore>())
    , m_store(std::make_unique<LocalStore>(LocalStore::defaultPath()))
    , m_credentials(new CredentialStore(this))
    , m_session(new Session(m_store.get(), m_credentials, this))
    , m_sandbox(new SandboxLauncher(this))
    , m_window(std::make_unique<MainWindow>())
{
    if (!m_store->open()) {
        m_lastingNotice = m_store->errorString();
        qCWarning(lcStore).noquote() << m_lastingNotice;
    }
    // The saved copy is read once the window's first frame is there (start()).
    m_session->holdSavedCopyReads();
    m_overview = new OverviewPage;
    m_window->insertPage(0, m_overview, QIcon(QStringLiteral(":/icons/podwarden.svg")), tr("Overview"));
    m_window->setCurrentPage(0);
    // The Overview is the first frame's page. Every other screen has its place in the navigation
    // from the start, an empty page until it is built: after that frame, one an event-loop turn
    // (buildNextScreen), or at once when one is about to show or is asked for (ensureScreens). The
    // second provider's screens are shown instead of Runpod's for a Paperspace profile.
    const struct
    {
        const char* name;
        const char* icon;
        QString title;
        std::function<QWidget*()> build;
    } screens[] = {
        {"pageApiKeys", ":/icons/keys.svg", tr("API keys"), [this] { return m_keysPage = new ApiKeysPage(m_session); }},
        {"pageSecrets", ":/icons/secrets.svg", tr("Secrets"),
         [this] { return m_secretsPage = new SecretsPage(m_session); }},
        {"pageTemplates", ":/icons/templates.svg", tr("Templates"),
         [this] { return m_templatesPage = new TemplatesPage(m_session); }},
        {"pageEndpoints", ":/icons/endpoints.svg", tr("Endpoints"),
         [this] { return m_endpointsPage = new EndpointsPage(m_session); }},
        {"pageAudit", ":/icons/audit.svg", tr("Audit"),
         [this] {
             m_auditPage = new AuditPage(m_session);
             connect(m_auditPage, &AuditPage::resourceRequested, this, &AppController::showResource);
             return m_auditPage;
         }},
        {"pagePaperspaceSecrets", ":/icons/secrets.svg", tr("Secrets"),
         [this] { return new PaperspaceSecretsPage(m_session); }},
        {"pageDeployments", ":/icons/endpoints.svg", tr("Endpoints"),
         [this] { return new DeploymentsPage(m_session); }},
    };
    for (const auto& screen : screens) {
        auto* place = new QWidget;
        place->setObjectName(QLatin1String(screen.name));
        m_window->addPage(place, QIcon(QLatin1String(screen.icon)), screen.title);
        m_pendingScreens.append({place->objectName(), screen.build});
    }
    connect(m_window.get(), &MainWindow::pageAboutToShow, this, [this](int index) {
        if (index >= 0 && index < m_window->pageCount())
            buildScreen(m_window->pageName(index));
    });

    auto* refresh = new QAction(tr("&Refresh"), this); // its theme icon: MainWindow::addThemeIcons()
    refresh->setObjectName(QStringLiteral("actionRefresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    auto* connectAccount = new QAction(tr("&Connect an Account…"), this);
    connectAccount->setObjectName(QStringLiteral("actionConnect"));
    auto* offline = new QAction(tr("Work &Offline"), this);
    offline->setObjectName(QStringLiteral("actionOffline"));
    m_profileChanges = new ProfileChanges(m_profiles.get(), m_credentials, m_store.get(), this);
    auto* profiles = new QAction(tr("&Profiles…"), this);
    profiles->setObjectName(QStringLiteral("actionProfiles"));
    connect(profiles, &QAction::triggered, this, &AppController::showProfiles);
    auto* preferences = new QAction(tr("Pr&eferences…"), this);
    preferences->setObjectName(QStringLiteral("actionPreferences"));
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, [this] {
        PreferencesDialog dialog(m_window.get());
        if (dialog.exec() == QDialog::Accepted)
            remindOfExpiries();
    });
    m_window->addFileActions({refresh, connectAccount, profiles, offline, preferences});

    // Reminders before keys expire: whenever the account changes, and every hour it stays open.
    m_notifications = new DesktopNotifications(this);
    auto* reminderClock = new QTimer(this);
    reminderClock->start(60 * 60 * 1000);
    connect(reminderClock, &QTimer::timeout, this, &AppController::remindOfExpiries);
    followNewAccounts(this, m_session, [this] { remindOfExpiries(); });
    connect(m_session, &Session::accountChanged, this, &AppController::remindOfExpiries);

    connect(refresh, &QAction::triggered, this, &AppController::refresh);
    connect(offline, &QAction::triggered, m_session, &Session::goOffline);
    connect(connectAccount, &QAction::triggered, this, [this] { showFirstRun(); });
    connect(m_overview, &OverviewPage::refreshRequested, this, &AppController::refresh);
    connect(m_overview, &OverviewPage::connectRequested, this, [this] { showFirstRun(); });
    connect(m_overview, &OverviewPage::restartSandboxRequested, this, &AppController::startSandbox);
    connect(m_overview, &OverviewPage::tileActivated, this, [this](int tile) {
        const bool paperspace = m_session->isPaperspace();
        const char* runpod[4] = {"pageApiKeys", "pageSecrets", "pageTemplates", "pageEndpoints"};
        const char* page = paperspace ? (tile == 1 ? "pagePaperspaceSecrets" : "pageDeployments") : runpod[tile];
        m_window->setCurrentPage(m_window->pageIndex(QLatin1String(page)));
    });
    connect(m_overview, &OverviewPage::attentionActivated, this, &AppController::showAttention);
    const auto showCounts = [this] {
        m_overview->setSnapshot(m_session->snapshot(), m_session->snapshotFromCache(), m_session->isReadingSavedCopy());
    };
    // A new account (or another profile) may be of the other provider: only its screens are shown.
    connect(m_session, &Session::snapshotChanged, this, &AppController::showProviderPages);
    followNewAccounts(this, m_session, showCounts);
    connect(m_session, &Session::accountChanged, this, showCounts);
    connect(m_session, &Session::savedCopyRead, this, showCounts); // also when there was none
    showCounts();                                                  // no account yet: says so
    connect(m_session, &Session::statusTextChanged, this, &AppController::updateStatus);
    connect(m_session, &Session::loadProgressChanged, this, &AppController::updateLoadProgress);
    connect(m_session, &Session::stateChanged, this, &AppController::updateLoadProgress);
    connect(m_window.get(), &MainWindow::stopLoadingRequested, m_session, &Session::cancelLoad);
    connect(m_credentials, &CredentialStore::keyringAvailabilityChanged, this, [this](bool available) {
        if (!available) {
            m_lastingNotice = m_credentials->unavailableMessage();
            updateStatus();
        }
    });

    showProviderPages();
    connect(m_sandbox, &SandboxLauncher::ready, this, &AppController::connectToSandbox);
    connect(m_sandbox, &SandboxLauncher::failed, this, [this](const QString& message) {
        m_session->openOffline(sandboxProfile(m_sandboxKind));
        m_notice = message;
        updateStatus();
    });
    connect(m_sandbox, &SandboxLauncher::exitedUnexpectedly, this, [this](const QString& message) {
        m_session->goOffline();
        m_notice = message;
        updateStatus();
    });
    updateStatus();
}

AppController::~AppController()
{
    m_sandbox->stop();
}

MainWindow* AppController::window()
{
    ensureScreens();
    m_session->releaseSavedCopyReads();
    // The layouts learn of pages built (now, or in the turns after the first frame) from posted
    // requests: answered now, so that the window's size hints count every page when it is handed out.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    return m_window.get();
}

void AppController::buildScreen(QString objectName)
{
    for (qsizetype i = 0; i < m_pendingScreens.size(); ++i) {
        if (m_pendingScreens.at(i).first != objectName)
            continue;
        const auto build = m_pendingScreens.takeAt(i).second;
        m_window->replacePage(objectName, build());
        return;
    }
}

void AppController::buildNextScreen()
{
    if (m_pendingScreens.isEmpty())
        return;
    buildScreen(m_pendingScreens.first().first);
    if (!m_pendingScreens.isEmpty())
        QTimer::singleShot(0, this, &AppController::buildNextScreen);
}

void AppController::ensureScreens()
{
    while (!m_pendingScreens.isEmpty())
        buildScreen(m_pendingScreens.first().first);
}

void AppController::showResource(ResourceType type, const QString& id, const QString& name)
{
    ensureScreens();
    // From the audit history: the resource on its own screen, selected.
    const auto show = [this](const char* page) { m_window->setCurrentPage(m_window->pageIndex(QLatin1String(page))); };
    bool found = false;
    switch (type) {
    case ResourceType::ApiKey:
        found = m_keysPage->selectKeyNamed(name);
        if (found)
            show("pageApiKeys");
        break;
    case ResourceType::Secret:
        found = m_secretsPage->selectSecret(name);
        if (found)
            show("pageSecrets");
        break;
    case ResourceType::Template:
        found = m_templatesPage->selectTemplate(name);
        if (found)
            show("pageTemplates");
        break;
    case ResourceType::Endpoint:
        found = m_endpointsPage->selectEndpoint(id);
        if (found)
            show("pageEndpoints");
        break;
    case ResourceType::Pod:
        break;
    }
    if (!found)
        m_auditPage->sayGone(name.isEmpty() ? id : name);
}

void AppController::showAttention(Attention::Item item)
{
    ensureScreens();
    // The list the item counts, filtered to it: its rows are the ones counted.
    const auto show = [this](const char* page) { m_window->setCurrentPage(m_window->pageIndex(QLatin1String(page))); };
    const auto keys = [&](ApiKeyFilterProxy::Filter filter) {
        m_keysPage->showOnly(filter);
        show("pageApiKeys");
    };
    switch (item) {
    case Attention::Item::UnusedKeys:
        keys(ApiKeyFilterProxy::UnusedFor90Days);
        break;
    case Attention::Item::NeverUsedKeys:
        keys(ApiKeyFilterProxy::NeverUsed);
        break;
    case Attention::Item::LegacyKeys:
        keys(ApiKeyFilterProxy::Legacy);
        break;
    case Attention::Item::ApiWriteKeys:
        keys(ApiKeyFilterProxy::ApiWrite);
        break;
    case Attention::Item::DisabledKeys:
        keys(ApiKeyFilterProxy::Disabled);
        break;
    case Attention::Item::ExpiringKeys:
        keys(ApiKeyFilterProxy::Expiring);
        break;
    case Attention::Item::UnreferencedSecrets:
        m_secretsPage->showUnreferencedOnly();
        show("pageSecrets");
        break;
    case Attention::Item::TemplatesMissingSecrets:
        m_templatesPage->showMissingSecretsOnly();
        show("pageTemplates");
        break;
    }
}

void AppController::showProviderPages()
{
    const bool paperspace = m_session->isPaperspace();
    m_overview->setPaperspace(paperspace);
    m_window->setShownPages(paperspace
                                ? QStringList{QStringLiteral("pageOverview"), QStringLiteral("pagePaperspaceSecrets"),
                                              QStringLiteral("pageDeployments")}
                                : QStringList{QStringLiteral("pageOverview"), QStringLiteral("pageApiKeys"),
                                              QStringLiteral("pageSecrets"), QStringLiteral("pageTemplates"),
                                              QStringLiteral("pageEndpoints"), QStringLiteral("pageAudit")});
}

Profile AppController::sandboxProfile(AppOptions::SandboxKind kind)
{
    Profile p;
    if (kind == AppOptions::SandboxKind::Paperspace) {
        // SERVICE.md section 8: the sandbox serves one project and one team.
        p.id = QStringLiteral("sandbox-paperspace");
        p.name = tr("Paperspace sandbox");
        p.provider = Profile::Provider::PaperspaceSandbox;
        p.projectId = QStringLiteral("pr_sandbox");
        p.teamId = QStringLiteral("te_sandbox");
    } else {
        p.id = QStringLiteral("sandbox");
        p.name = tr("Sandbox");
        p.provider = Profile::Provider::Sandbox;
    }
    p.managementBase = QUrl(QStringLiteral("http://127.0.0.1"));
    p.invocationBase = p.managementBase;
    return p;
}

FirstRunDialog* AppController::firstRunDialog() const
{
    return m_window->findChild<FirstRunDialog*>(QStringLiteral("firstRunDialog"));
}

void AppController::start()
{
    m_window->show();
    new FirstFrameWatch(m_window.get(), [this] {
        // The window is on the screen, saying that the saved copy is being read: read it now.
        m_session->releaseSavedCopyReads();
        QTimer::singleShot(0, this, [this] {
            m_window->addThemeIcons();
            buildNextScreen();
        });
    });
    // A window that is not exposed (started minimised, on another workspace) still gets its
    // account: the read waits for the first frame, not for ever.
    QTimer::singleShot(2000, m_session, &Session::releaseSavedCopyReads);
    if (m_options.sandbox) {
        m_sandboxKind = m_options.sandboxKind;
        startSandbox();
        return;
    }
    std::optional<Profile> profile;
    if (!m_options.profileName.isEmpty()) {
        for (const Profile& p : m_profiles->profiles()) {
            if (p.name == m_options.profileName)
                profile = p;
        }
        if (!profile)
            m_notice = tr("There is no profile named “%1”.").arg(m_options.profileName);
    } else {
        profile = m_profiles->current();
    }
    if (!profile) {
        if (m_options.offline) {
            updateStatus();
            return;
        }
        showFirstRun(FirstRunDialog::Occasion::FirstStart);
        return;
    }
    if (m_options.offline) {
        m_overview->setAccountName(profile->name);
        m_session->openOffline(*profile);
        return;
    }
    openProfile(*profile);
}

void AppController::refresh()
{
    const std::optional<Profile>& profile = m_session->profile();
    if (!profile) {
        showFirstRun();
        return;
    }
    m_notice.clear();
    if (profile->isSandbox()) {
        // Its address changes with every start: a stopped sandbox is started, a starting one awaited,
        // and a running one reconnected with its own key (which never goes through the keyring).
        if (m_sandbox->isRunning() && !m_sandbox->isReady())
            return;
        if (!m_sandbox->isReady()) {
            startSandbox();
            return;
        }
        if (!m_session->isConnected()) {
            connectToSandbox();
            return;
        }
    }
    m_session->refresh();
}

void AppController::connectToSandbox()
{
    Profile profile = sandboxProfile(m_sandboxKind);
    profile.managementBase = m_sandbox->apiBase();
    profile.invocationBase = m_sandbox->invokeBase();
    SecretBuffer key = m_sandbox->readAdminKey();
    if (key.isEmpty()) {
        m_session->openOffline(sandboxProfile(m_sandboxKind));
        m_notice = tr("The sandbox's key file in %1 could not be read. Delete that folder to start with a fresh "
                      "demo account.")
                       .arg(m_sandbox->dataDirectory());
        updateStatus();
        return;
    }
    m_session->open(profile, std::move(key));
}

void AppController::openProfile(const Profile& profile)
{
    m_notice.clear();
    m_overview->setAccountName(profile.name);
    if (profile.isSandbox()) {
        m_sandboxKind = profile.isPaperspace() ? AppOptions::SandboxKind::Paperspace : AppOptions::SandboxKind::Runpod;
        startSandbox();
        return;
    }
    m_sandbox->stop();
    m_session->open(profile);
}

void AppController::startSandbox()
{
    m_notice.clear();
    const Profile profile = sandboxProfile(m_sandboxKind);
    m_profiles->save(profile);
    m_profiles->setCurrentId(profile.id);
    m_profiles->sync();
    m_overview->setAccountName(profile.name);
    // The cached sandbox account shows while the sandbox starts.
    m_session->openOffline(profile);
    const bool paperspace = m_sandboxKind == AppOptions::SandboxKind::Paperspace;
    // The two demo accounts never share a data directory; a sandbox of the other kind stops first.
    const QString directory =
        SandboxLauncher::defaultDataDirectory(paperspace ? QStringLiteral("paperspace") : QString());
    if (m_sandbox->isRunning() && m_sandbox->dataDirectory() != directory)
        m_sandbox->stop();
    m_sandbox->setExtraArguments(paperspace ? QStringList{QStringLiteral("--provider"), QStringLiteral("paperspace")}
                                            : QStringList());
    m_sandbox->start(directory);
    updateStatus();
}

void AppController::showFirstRun(FirstRunDialog::Occasion occasion)
{
    if (firstRunDialog())
        return;
    auto* dialog = new FirstRunDialog(m_profileChanges, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOccasion(occasion); // "Welcome" on the very first start only
    // An account that cannot connect (no key, a refused key) gets its key here.
    const std::optional<Profile>& current = m_session->profile();
    if (current && !current->isSandbox() && !m_session->isConnected())
        dialog->editProfile(*current);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        switch (dialog->choice()) {
        case FirstRunDialog::Choice::UseAccount: {
            const Profile profile = dialog->profile();
            m_profiles->save(profile);
            m_profiles->setCurrentId(profile.id);
            m_profiles->sync();
            m_overview->setAccountName(profile.name);
            m_sandbox->stop();
            m_notice.clear();
            SecretBuffer key = dialog->takeKey();
            // The keyring keeps it for next time; this session connects with it right away.
            m_credentials->storeKey(profile.id, key.clone(), this, [this](CredentialResult result) {
                if (result.status == CredentialResult::Status::SessionOnly ||
                    result.status == CredentialResult::Status::Failed) {
                    m_notice = result.message;
                    updateStatus();
                }
            });
            m_session->open(profile, std::move(key));
            break;
        }
        case FirstRunDialog::Choice::TrySandbox:
            startSandbox();
            break;
        case FirstRunDialog::Choice::WorkOffline:
            if (m_session->profile()) {
                m_sandbox->stop();
                m_session->goOffline();
            }
            updateStatus();
            break;
        case FirstRunDialog::Choice::None:
            break;
        }
    });
    dialog->open();
}

void AppController::showProfiles()
{
    if (auto* open = m_window->findChild<ProfilesDialog*>(QStringLiteral("profilesDialog"))) {
        open->raise();
        open->activateWindow();
        return;
    }
    const std::optional<Profile>& current = m_session->profile();
    auto* dialog = new ProfilesDialog(m_profileChanges, current ? current->id : QString(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProfilesDialog::openProfileRequested, this, [this](const Profile& profile) {
        m_profiles->setCurrentId(profile.id);
        m_profiles->sync();
        openProfile(profile);
    });
    dialog->open();
}

void AppController::updateLoadProgress()
{
    if (!m_session->isBusy()) {
        m_window->setLoadProgress({});
        return;
    }
    const Session::LoadProgress& p = m_session->loadProgress();
    if (p.pages == 0) {
        m_window->setLoadProgress(tr("Loading the account…"));
        return;
    }
    // A large account arrives in pages: say what has come so far.
    QStringList parts;
    if (p.apiKeys > 0)
        parts << tr("%Ln key(s)", nullptr, static_cast<int>(p.apiKeys));
    if (p.secrets > 0)
        parts << tr("%Ln secret(s)", nullptr, static_cast<int>(p.secrets));
    if (p.templates > 0)
        parts << tr("%Ln template(s)", nullptr, static_cast<int>(p.templates));
    if (p.endpoints > 0)
        parts << tr("%Ln endpoint(s)", nullptr, static_cast<int>(p.endpoints));
    if (p.pods > 0)
        parts << tr("%Ln pod(s)", nullptr, static_cast<int>(p.pods));
    m_window->setLoadProgress(tr("Loading the account… %1 so far").arg(parts.join(QStringLiteral(", "))));
}

void AppController::remindOfExpiries()
{
    if (!KeySettings::remindBeforeExpiry() || !m_session->profile() || m_session->isPaperspace())
        return;
    ExpiryReminders::remind(m_session->profile()->id, m_session->snapshot().apiKeys, Clock::current().now(),
                            m_notifications);
}

void AppController::updateStatus()
{
    QString text = m_session->statusText();
    if (!m_session->profile())
        text = tr("Offline · no account connected");
    m_window->setConnectionState(text);
    QStringList problems;
    for (const QString& text : {m_lastingNotice, m_notice, m_session->errorMessage()}) {
        if (!text.isEmpty() && !problems.contains(text))
            problems << text;
    }
    const QString problem = problems.join(QLatin1Char('\n'));
    const std::optional<Profile>& profile = m_session->profile();
    const QString where = profile ? profile->managementBase.toDisplayString(QUrl::RemoveUserInfo) : QString();
    QString state;
    switch (m_session->state()) {
    case Session::State::Sandbox:
        state = tr("Connected to the local sandbox at %1. Demo data: nothing here touches a real account.").arg(where);
        break;
    case Session::State::Online:
        state = tr("Connected to %1.").arg(where);
        break;
    case Session::State::Connecting:
        state = tr("Connecting to %1…").arg(where);
        break;
    case Session::State::Offline:
        if (m_sandbox->isRunning() && !m_sandbox->isReady())
            state = tr("Starting the local sandbox…");
        else
            state = m_session->snapshotFromCache() ? tr("Offline: showing the copy saved on this computer.")
                                                   : tr("Offline.");
        break;
    case Session::State::Error:
        state = tr("Not connected.");
        break;
    }
    m_overview->setState(state, problem, m_session->isBusy());
    // The sandbox stopped under the app, or did not start: one button starts it again.
    m_overview->setRestartSandboxOffered(profile && profile->isSandbox() && !m_sandbox->errorString().isEmpty());
}

} // namespace podwarden
