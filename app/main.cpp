#include "AllocatorTuning.h"
#include "AppController.h"
#include "AppOptions.h"
#include "FirstFrameWatch.h"
#include "MainWindow.h"
#include "QuitOnSignals.h"
#include "SoonCall.h"
#include "Theme.h"
#include "account/Session.h"
#include "log/LogCategories.h"
#include "sandbox/SandboxLauncher.h"
#include "secrethandling/Redactor.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTimer>
#include <QWindow>

#include <cstdio>
#include <functional>
#include <memory>

using namespace podwarden;

namespace {

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Podwarden"));
    QCoreApplication::setApplicationName(QStringLiteral("podwarden"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PODWARDEN_VERSION));
}

// Answers --help, --version and a wrong command line without a display; returns -1 to go on.
int answerWithoutDisplay(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationNames();
    // Parse once for the language, then again so that messages come out translated.
    installTranslations(app, AppOptions::parse(QCoreApplication::arguments()).language);
    const AppOptions options = AppOptions::parse(QCoreApplication::arguments());
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "podwarden: %s\n", qUtf8Printable(options.error));
        return 2;
    }
    if (options.helpRequested) {
        std::fputs(qUtf8Printable(options.helpText), stdout);
        return 0;
    }
    if (options.versionRequested) {
        std::printf("podwarden %s\n", PODWARDEN_VERSION);
        return 0;
    }
    return -1;
}

// The account is on screen when it has loaded, when it shows from the saved copy, or when what
// went wrong is shown instead; not while a key is checked, the account loads or the sandbox starts.
bool accountShown(const AppController& controller)
{
    const Session& session = *controller.session();
    if (session.isBusy() || controller.sandbox()->isStarting())
        return false;
    return session.state() != Session::State::Connecting;
}

// --screenshot: a PNG of the main window once it has painted its first frame and the account is
// shown, so that it also times a start (printed beside the path): the first frame, and when the
// saved copy was still being read then, when its rows were on screen.
void screenshotOnceShown(AppController& controller, const AppOptions& options, const QElapsedTimer& started)
{
    // As shown: its screens other than the first are built after the first frame.
    MainWindow* window = controller.windowAsShown();
    auto exposed = std::make_shared<bool>(false);
    auto taken = std::make_shared<bool>(false);
    auto shownAt = std::make_shared<qint64>(-1); // when the first frame and the account were both there
    const auto take = [&controller, &options, &started, window, exposed, taken, shownAt] {
        // Asked again from the event loop: the signal that said so may have more receivers that
        // update the window (the overview's text follows the session's state).
        if (*taken || !*exposed || !accountShown(controller)) {
            *shownAt = -1; // shown no longer (a load began): timed again when it is
            return;
        }
        *taken = true;
        const qint64 elapsed = *shownAt >= 0 ? *shownAt : started.elapsed();
        // The picture shows the account: the saved copy's rows come after the first frame (they are
        // read once it is there), and a large account is taken by each screen in a turn of its own.
        auto picture = [&options, &started, window, elapsed](bool afterCopy) {
            SoonCall::afterPending(window, [&options, &started, window, elapsed, afterCopy] {
                const qint64 rowsAt = started.elapsed();
                const QString path = QFileInfo(options.screenshotPath).absoluteFilePath();
                QDir().mkpath(QFileInfo(path).absolutePath());
                // grab() renders the widgets as they are now, pending repaints included.
                if (window->grab().save(path, "PNG")) {
                    std::printf("screenshot: %s\n", qUtf8Printable(path));
                    if (afterCopy) {
                        // The start is the first frame; the rows of a large copy follow it.
                        std::printf("on screen: the window %lld ms after start, reading the saved copy\n", elapsed);
                        std::printf("the saved copy's rows on screen: %lld ms after start\n", rowsAt);
                    } else {
                        std::printf("on screen: the window and the account %lld ms after start\n", elapsed);
                    }
                } else {
                    std::fprintf(stderr, "podwarden: could not write the screenshot to %s\n", qUtf8Printable(path));
                }
                std::fflush(stdout);
                if (options.quitAfterScreenshot)
                    QApplication::quit();
            });
        };
        Session* session = controller.session();
        if (!session->isReadingSavedCopy()) {
            picture(false);
            return;
        }
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = QObject::connect(session, &Session::savedCopyRead, window, [once, picture] {
            QObject::disconnect(*once);
            picture(true);
        });
    };
    const auto takeIfShown = [&controller, &started, window, exposed, taken, shownAt, take] {
        if (!*taken && *exposed && accountShown(controller)) {
            // Timed now: what the event loop does before the picture (the screens built after
            // the first frame) is not part of the start.
            if (*shownAt < 0)
                *shownAt = started.elapsed();
            QTimer::singleShot(0, window, take);
        }
    };
    new FirstFrameWatch(window, [exposed, takeIfShown] {
        *exposed = true;
        takeIfShown();
    });
    // Each step of a start: the keyring's answer, the key check, the load, the sandbox's.
    QObject::connect(controller.session(), &Session::stateChanged, window, takeIfShown);
    QObject::connect(controller.session(), &Session::statusTextChanged, window, takeIfShown);
    QObject::connect(controller.session(), &Session::loadProgressChanged, window, takeIfShown);
    QObject::connect(controller.sandbox(), &SandboxLauncher::ready, window, takeIfShown);
    QObject::connect(controller.sandbox(), &SandboxLauncher::failed, window, takeIfShown);
}

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer started;
    started.start();
    tuneAllocator();
    installRedactingMessageHandler();
    if (const int code = answerWithoutDisplay(argc, argv); code >= 0)
        return code;

    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setApplicationDisplayName(QStringLiteral("Podwarden"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.podwarden.Podwarden"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/podwarden.svg")));

    const AppOptions options = AppOptions::parse(QApplication::arguments());
    installTranslations(app, options.language);

    switch (options.palette) {
    case AppOptions::Palette::System:
        Theme::apply(Theme::Scheme::System);
        break;
    case AppOptions::Palette::Light:
        Theme::apply(Theme::Scheme::Light);
        break;
    case AppOptions::Palette::Dark:
        Theme::apply(Theme::Scheme::Dark);
        break;
    }

    // Before the controller: a SIGTERM during start-up also stops the sandbox child cleanly.
    QuitOnSignals quitOnSignals;
    AppController controller(options);
    controller.start();
    qCInfo(lcApp) << "Podwarden" << PODWARDEN_VERSION << "started";

    if (!options.screenshotPath.isEmpty())
        screenshotOnceShown(controller, options, started);
    return QApplication::exec();
}
