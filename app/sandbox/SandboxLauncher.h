#pragma once

#include "secrethandling/SecretBuffer.h"

#include <QObject>
#include <QProcess>
#include <QTimer>
#include <QUrl>

namespace podwarden {

// Starts podwarden-sandbox for `podwarden --sandbox`: found through $PODWARDEN_SANDBOX, beside
// the podwarden executable, or in the installed location; demo data in the app's data
// directory on first use; ready once it prints its ready line. Stops it (SIGTERM) when asked or
// destroyed, so no sandbox outlives the app. The Paperspace sandbox is the same program with
// `--provider paperspace` (setExtraArguments) and a data directory of its own.
//
//   launcher->start(SandboxLauncher::defaultDataDirectory());
//   connect(launcher, &SandboxLauncher::ready, this, [=] { connectTo(launcher->apiBase(), launcher->readAdminKey());
//   });
class SandboxLauncher final : public QObject
{
    Q_OBJECT
public:
    explicit SandboxLauncher(QObject* parent = nullptr);
    ~SandboxLauncher() override;

    // How much nicer than Podwarden the sandbox runs: the window comes first on the user's cores.
    static constexpr int kNiceness = 5;

    static QString findExecutable(); // empty when there is none
    // <AppDataLocation>/sandbox for `kind` empty or "runpod", <AppDataLocation>/sandbox-<kind> for
    // another ("paperspace"): a sandbox's data directory holds one provider's account only.
    static QString defaultDataDirectory(const QString& kind = {});

    // Passed to podwarden-sandbox after the usual ones, from the next start() on: {"--provider",
    // "paperspace"} for the Paperspace sandbox.
    void setExtraArguments(const QStringList& args) { m_extraArguments = args; }
    QStringList extraArguments() const { return m_extraArguments; }

    void start(const QString& dataDirectory, int readyTimeoutMs = 30000);
    void stop();
    bool isRunning() const;
    bool isReady() const { return m_ready; }
    // Started and not yet ready, and it has not failed: its answer is still to come.
    bool isStarting() const;
    qint64 processId() const; // 0 when not running

    QUrl apiBase() const { return m_apiBase; }
    QUrl invokeBase() const { return m_invokeBase; }
    QString dataDirectory() const { return m_dataDirectory; }
    // The admin key the sandbox wrote (0600) into its data directory; empty if unreadable.
    SecretBuffer readAdminKey() const;
    QString errorString() const { return m_error; }

signals:
    void ready();
    void failed(const QString& message); // could not start, or stopped before it was ready
    void exitedUnexpectedly(const QString& message);

private:
    void onOutput();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void fail(const QString& message);

    QProcess* m_process = nullptr;
    QTimer m_readyTimer;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QString m_dataDirectory;
    QStringList m_extraArguments;
    QUrl m_apiBase;
    QUrl m_invokeBase;
    QString m_error;
    bool m_ready = false;
    bool m_stopping = false;
    int m_attempt = 0;
};

} // namespace podwarden
