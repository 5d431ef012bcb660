#pragma once

#include "AppOptions.h"
#include "Attention.h"
#include "AuditEvent.h"
#include "FirstRunDialog.h"

#include <QList>
#include <QObject>
#include <QPair>

#include <functional>

#include <memory>

namespace podwarden {

class ApiKeysPage;
class SecretsPage;
class TemplatesPage;
class EndpointsPage;
class AuditPage;
class CredentialStore;
class DesktopNotifications;
class FirstRunDialog;
class LocalStore;
class MainWindow;
class OverviewPage;
class ProfileChanges;
class ProfileStore;
class SandboxLauncher;
class Session;
struct Profile;

// Wires the core to the window: settings, keyring, local store, session, sandbox launcher and
// MainWindow. main() makes one and calls start(); tests do the same with their own options.
class AppController final : public QObject
{
    Q_OBJECT
public:
    explicit AppController(const AppOptions& options, QObject* parent = nullptr);
    ~AppController() override;

    void start();
    // Reloads the account; reconnects (or restarts the sandbox) when not connected.
    void refresh();
    // The main window with every screen built (tests, a screenshot after the start).
    MainWindow* window();
    // The window as it is: the screens other than the Overview are built after its first frame.
    MainWindow* windowAsShown() const { return m_window.get(); }
    Session* session() const { return m_session; }
    SandboxLauncher* sandbox() const { return m_sandbox; }
    // The first-run dialog while it is open (for tests); null otherwise.
    FirstRunDialog* firstRunDialog() const;

    // The local sandbox's profile: Runpod's, or Paperspace's (`podwarden --sandbox paperspace`).
    static Profile sandboxProfile(AppOptions::SandboxKind kind = AppOptions::SandboxKind::Runpod);

private:
    void buildScreen(QString objectName); // when it is still to be built (a copy: the list changes)
    void buildNextScreen();               // one, then the next from the event loop
    void ensureScreens();                 // every one still to be built
    void showFirstRun(FirstRunDialog::Occasion occasion = FirstRunDialog::Occasion::Connect);
    void showProfiles(); // File ▸ Profiles…
    void openProfile(const Profile& profile);
    void startSandbox();
    void connectToSandbox();
    void showProviderPages();
    void showResource(ResourceType type, const QString& id, const QString& name);
    // A needs-attention line of the Overview: its list, filtered to it.
    void showAttention(Attention::Item item);
    void updateLoadProgress();
    void updateStatus();
    // A desktop notification for keys 7 days and 1 day before they expire (once each).
    void remindOfExpiries();

    AppOptions m_options;
    std::unique_ptr<ProfileStore> m_profiles;
    ProfileChanges* m_profileChanges = nullptr; // adds, edits, removes profiles; checks keys first
    std::unique_ptr<LocalStore> m_store;
    CredentialStore* m_credentials = nullptr;
    Session* m_session = nullptr;
    SandboxLauncher* m_sandbox = nullptr;
    std::unique_ptr<MainWindow> m_window;
    OverviewPage* m_overview = nullptr;
    ApiKeysPage* m_keysPage = nullptr;
    SecretsPage* m_secretsPage = nullptr;
    TemplatesPage* m_templatesPage = nullptr;
    EndpointsPage* m_endpointsPage = nullptr;
    AuditPage* m_auditPage = nullptr;
    QList<QPair<QString, std::function<QWidget*()>>> m_pendingScreens; // by page name, in order
    DesktopNotifications* m_notifications = nullptr;
    AppOptions::SandboxKind m_sandboxKind = AppOptions::SandboxKind::Runpod; // the one started last
    QString m_lastingNotice; // true for the whole run: no keyring, an unusable local store
    QString m_notice;        // about the last thing tried: the sandbox failed, the keyring refused
};

} // namespace podwarden
