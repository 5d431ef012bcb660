#include "AppController.h"
#include "AppOptions.h"
#include "MainWindow.h"
#include "Theme.h"
#include "log/LogCategories.h"
#include "log/Redactor.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

using namespace podwarden;

namespace {

void installTranslations(QCoreApplication& app, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto* ours = new QTranslator(&app);
    // podwarden_en carries the English plural forms, so it is the fallback for every language.
    if (ours->load(locale, QStringLiteral("podwarden"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        ours->load(QStringLiteral(":/i18n/podwarden_en.qm"))) {
        QCoreApplication::installTranslator(ours);
    }
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
}

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

} // namespace

int main(int argc, char* argv[])
{
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

    AppController controller(options);
    MainWindow& window = *controller.window();
    controller.start();
    qCInfo(lcApp) << "Podwarden" << PODWARDEN_VERSION << "started";

    if (!options.screenshotPath.isEmpty()) {
        // Give the window a moment to be mapped, painted and (with --sandbox) connected.
        QTimer::singleShot(options.sandbox ? 4000 : 1000, &window, [&window, &options] {
            const QString path = QFileInfo(options.screenshotPath).absoluteFilePath();
            QDir().mkpath(QFileInfo(path).absolutePath());
            if (window.grab().save(path, "PNG")) {
                std::printf("screenshot: %s\n", qUtf8Printable(path));
            } else {
                std::fprintf(stderr, "podwarden: could not write the screenshot to %s\n", qUtf8Printable(path));
            }
            std::fflush(stdout);
            if (options.quitAfterScreenshot)
                QApplication::quit();
        });
    }
    return QApplication::exec();
}
