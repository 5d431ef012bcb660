#pragma once

#include "SandboxProcess.h"
#include "Theme.h"
#include "account/Session.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QWidget>
#include <QtGlobal>

#include <functional>
#include <memory>

namespace podwarden::test {

// Points the app's settings, data and cache folders into a temporary directory, names the
// application as main() does, and tells SandboxLauncher which podwarden-sandbox to start. Call
// before the first QSettings or QStandardPaths use.
inline void isolateAppFolders(const QTemporaryDir& dir)
{
    for (const char* name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
        const QString path = dir.filePath(QString::fromLatin1(name).toLower());
        QDir().mkpath(path);
        qputenv(name, path.toUtf8());
    }
    qputenv("PODWARDEN_SANDBOX", SandboxProcess::executable().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("Podwarden"));
    QCoreApplication::setApplicationName(QStringLiteral("podwarden"));
}

// With PODWARDEN_SCREENSHOT_DIR set (the README's pictures), saves a PNG of `widget` there;
// PODWARDEN_SCREENSHOT_PALETTE=dark adds "-dark" to the name.
inline void screenshot(QWidget* widget, const char* name)
{
    const QString dir = qEnvironmentVariable("PODWARDEN_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents();
    const QString suffix = qEnvironmentVariable("PODWARDEN_SCREENSHOT_PALETTE") == QLatin1String("dark")
                               ? QStringLiteral("-dark.png")
                               : QStringLiteral(".png");
    widget->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + suffix);
}

// The palette the README's pictures are taken in: PODWARDEN_SCREENSHOT_PALETTE=dark, light otherwise.
inline void applyScreenshotPalette()
{
    Theme::apply(qEnvironmentVariable("PODWARDEN_SCREENSHOT_PALETTE") == QLatin1String("dark") ? Theme::Scheme::Dark
                                                                                               : Theme::Scheme::Light);
}

// What every screen test begins with: its own folders under `home`, the README's palette, and the
// English catalogue for the plural forms. False when the catalogue is missing.
inline bool prepareScreenTest(const QTemporaryDir& home, QTranslator& english)
{
    if (!home.isValid())
        return false;
    isolateAppFolders(home);
    applyScreenshotPalette();
    if (!english.load(QStringLiteral(":/i18n/podwarden_en.qm")))
        return false;
    QCoreApplication::installTranslator(&english);
    return true;
}

// Starts `sandbox` with the demo account and opens `session` on it with the admin key, as a
// profile named `profileName`. Returns an empty string, or what went wrong.
// `seed` chooses another account ("large:100000"); loading it may take up to `onlineWithinMs`.
inline QString openDemoSession(SandboxProcess& sandbox, Session& session, const QString& profileName,
                               const QStringList& extraSandboxArgs = {}, const QString& seed = QStringLiteral("demo"),
                               int onlineWithinMs = 15000)
{
    if (!sandbox.start(QStringList{QStringLiteral("--seed"), seed} + extraSandboxArgs))
        return sandbox.errorString();
    Profile profile = Profile::makeNew(profileName);
    profile.managementBase = sandbox.apiBase();
    profile.invocationBase = sandbox.invokeBase();
    QByteArray key = sandbox.adminKey();
    session.open(profile, SecretBuffer::takeFrom(key));
    if (!QTest::qWaitFor([&session] { return session.state() == Session::State::Online; }, onlineWithinMs))
        return QStringLiteral("the session did not come online: ") + session.errorMessage();
    return {};
}

// Runs `act` on the top-level widget named `name` once it is visible (it may be opened by exec(),
// which blocks the caller): polls from the event loop.
inline void whenShown(const QString& name, std::function<void(QWidget*)> act, int timeoutMs = 10000)
{
    auto* timer = new QTimer;
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    QObject::connect(timer, &QTimer::timeout, [timer, name, act, elapsed, timeoutMs] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (w->objectName() == name && w->isVisible()) {
                timer->stop();
                timer->deleteLater();
                act(w);
                return;
            }
        }
        if (elapsed->elapsed() > timeoutMs) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start(20);
}

inline QWidget* findShown(const QString& name)
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (w->objectName() == name && w->isVisible())
            return w;
    }
    return nullptr;
}

} // namespace podwarden::test
