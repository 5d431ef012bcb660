#include "SandboxLauncher.h"

#include "log/LogCategories.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace podwarden {

namespace {
const QString kExecutable = QStringLiteral("podwarden-sandbox");
}

SandboxLauncher::SandboxLauncher(QObject* parent)
    : QObject(parent)
{
    m_readyTimer.setSingleShot(true);
    connect(&m_readyTimer, &QTimer::timeout, this, [this] {
        fail(tr("The sandbox did not report that it was ready in time."));
        stop();
    });
}

SandboxLauncher::~SandboxLauncher()
{
    stop();
}

QString SandboxLauncher::findExecutable()
{
    const QString fromEnvironment = qEnvironmentVariable("PODWARDEN_SANDBOX");
    if (!fromEnvironment.isEmpty() && QFileInfo(fromEnvironment).isExecutable())
        return fromEnvironment;
    const QStringList candidates = {
        QCoreApplication::applicationDirPath() + QLatin1Char('/') + kExecutable,
        QStringLiteral(PODWARDEN_INSTALL_BINDIR "/") + kExecutable,
    };
    for (const QString& candidate : candidates) {
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return QStandardPaths::findExecutable(kExecutable);
}

QString SandboxLauncher::defaultDataDirectory(const QString& kind)
{
    // The sandbox refuses a data directory that holds the other provider's account, so each kind
    // has its own; Runpod's keeps the name it had before there were two.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sandbox");
    if (kind.isEmpty() || kind == QLatin1String("runpod"))
        return base;
    return base + QLatin1Char('-') + kind;
}

void SandboxLauncher::start(const QString& dataDirectory, int readyTimeoutMs)
{
    stop();
    m_ready = false;
    m_stopping = false;
    m_error.clear();
    m_stdout.clear();
    m_stderr.clear();
    m_dataDirectory = dataDirectory;
    const QString executable = findExecutable();
    if (executable.isEmpty()) {
        // Reported from the event loop so that callers connect first; not after a stop() or a new start().
        const int attempt = ++m_attempt;
        QTimer::singleShot(0, this, [this, attempt] {
            if (attempt != m_attempt)
                return;
            fail(tr("The sandbox program (podwarden-sandbox) was not found beside Podwarden or in %1. "
                    "Install Podwarden's sandbox package, or set PODWARDEN_SANDBOX to its path.")
                     .arg(QStringLiteral(PODWARDEN_INSTALL_BINDIR)));
        });
        return;
    }
    // Demo data on first use; later starts keep what the user did in the sandbox.
    const bool fresh =
        !QDir(dataDirectory).exists() || QDir(dataDirectory).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot);
    QStringList args{QStringLiteral("--data"), dataDirectory, QStringLiteral("--port"), QStringLiteral("0")};
    if (fresh)
        args << QStringLiteral("--seed") << QStringLiteral("demo");
    args << m_extraArguments;

    m_process = new QProcess(this);
    m_process->setProgram(executable);
    m_process->setArguments(args);
    // The sandbox dies with Podwarden, even when Podwarden is killed and cannot stop it: the kernel
    // sends it SIGTERM when its parent ends. Runs in the child between fork and exec.
    const pid_t parent = ::getpid();
    m_process->setChildProcessModifier([parent] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent) // Podwarden ended before the line above took effect
            ::raise(SIGTERM);
        // The service stands in for one on another machine: on the user's own cores the window
        // comes first (serving 100,000 keys otherwise shares a core with the window's steps).
        (void)::nice(kNiceness);
    });
    connect(m_process, &QProcess::readyReadStandardOutput, this, &SandboxLauncher::onOutput);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderr += m_process->readAllStandardError();
        m_stderr = m_stderr.right(4000);
    });
    connect(m_process, &QProcess::finished, this, &SandboxLauncher::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("The sandbox could not be started: %1").arg(m_process->errorString()));
    });
    qCInfo(lcSandbox).noquote() << "starting" << executable << args.join(QLatin1Char(' '));
    m_readyTimer.start(readyTimeoutMs);
    m_process->start();
}

void SandboxLauncher::onOutput()
{
    m_stdout += m_process->readAllStandardOutput();
    qsizetype newline;
    while ((newline = m_stdout.indexOf('\n')) >= 0) {
        const QByteArray line = m_stdout.left(newline).trimmed();
        m_stdout.remove(0, newline + 1);
        if (m_ready)
            continue;
        const QJsonObject json = QJsonDocument::fromJson(line).object();
        if (json.value(QStringLiteral("event")).toString() != QLatin1String("ready"))
            continue;
        m_apiBase = QUrl(json.value(QStringLiteral("apiBase")).toString());
        m_invokeBase = QUrl(json.value(QStringLiteral("invokeBase")).toString());
        if (!m_apiBase.isValid() || m_apiBase.isEmpty()) {
            fail(tr("The sandbox reported an address Podwarden cannot use."));
            stop();
            return;
        }
        m_ready = true;
        m_readyTimer.stop();
        qCInfo(lcSandbox).noquote() << "sandbox ready at" << m_apiBase.toDisplayString();
        emit ready();
    }
}

void SandboxLauncher::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_readyTimer.stop();
    // Its last lines are log lines (requests, SQLite) for a developer: they go to our log, and the
    // user gets a sentence.
    const QString output = QString::fromUtf8(m_stderr).trimmed();
    qCInfo(lcSandbox) << "sandbox finished, code" << exitCode << (status == QProcess::CrashExit ? "(crashed)" : "");
    if (!output.isEmpty())
        qCInfo(lcSandbox).noquote() << "its last output:" << output.section(QLatin1Char('\n'), -5);
    const bool wasReady = m_ready;
    m_ready = false;
    if (m_stopping)
        return;
    if (wasReady) {
        QString message;
        if (status == QProcess::CrashExit)
            message = tr("The local sandbox stopped unexpectedly. Restart it to go on with the demo account.");
        else if (exitCode == 0)
            message = tr("The local sandbox was stopped outside Podwarden. Restart it to go on with the demo account.");
        else
            message = tr("The local sandbox stopped with an error (exit code %1). Restart it to go on with the demo "
                         "account.")
                          .arg(exitCode);
        m_error = message;
        qCWarning(lcSandbox).noquote() << message;
        emit exitedUnexpectedly(m_error);
        return;
    }
    // Before it was ready it says why in one line of its own ("podwarden-sandbox: cannot create ...").
    const QLatin1String prefix("podwarden-sandbox: ");
    QString reason;
    const QStringList lines = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        if (line.startsWith(prefix))
            reason = line.mid(prefix.size()).trimmed();
    }
    QString message = status == QProcess::CrashExit
                          ? tr("The local sandbox stopped while it was starting.")
                          : tr("The local sandbox could not start (exit code %1).").arg(exitCode);
    if (!reason.isEmpty())
        message += QLatin1Char(' ') + tr("It said: %1").arg(reason);
    fail(message);
}

void SandboxLauncher::fail(const QString& message)
{
    if (!m_error.isEmpty())
        return;
    m_error = message;
    qCWarning(lcSandbox).noquote() << message;
    emit failed(message);
}

void SandboxLauncher::stop()
{
    ++m_attempt;
    m_readyTimer.stop();
    if (!m_process)
        return;
    m_stopping = true;
    QProcess* process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    if (process->state() != QProcess::NotRunning) {
        process->terminate();
        if (!process->waitForFinished(5000)) {
            process->kill();
            process->waitForFinished(2000);
        }
    }
    m_ready = false;
    // Not deleted at once: stop() may run inside one of the process's own signals.
    process->deleteLater();
}

bool SandboxLauncher::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

bool SandboxLauncher::isStarting() const
{
    return m_process && m_process->state() != QProcess::NotRunning && !m_ready && m_error.isEmpty();
}

qint64 SandboxLauncher::processId() const
{
    return isRunning() ? m_process->processId() : 0;
}

SecretBuffer SandboxLauncher::readAdminKey() const
{
    QFile file(m_dataDirectory + QStringLiteral("/admin-key"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = file.readAll().trimmed();
    return SecretBuffer::takeFrom(bytes);
}

} // namespace podwarden
