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

void installTranslations(QApplication& app, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto* ours = new QTranslator(&app);
    // podwarden_en carries the English plural forms, so it is the fallback for every language.
    if (ours->load(locale, QStringLiteral("podwarden"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        ours->load(QStringLiteral(":/i18n/podwarden_en.qm"))) {
        QApplication::installTranslator(ours);
    }
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(qt);
    }
}

} // namespace

int main(int argc, char* argv[])
{
    installRedactingMessageHandler();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Podwarden"));
    QApplication::setApplicationName(QStringLiteral("podwarden"));
    QApplication::setApplicationDisplayName(QStringLiteral("Podwarden"));
    QApplication::setApplicationVersion(QStringLiteral(PODWARDEN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.podwarden.Podwarden"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/podwarden.svg")));

    const AppOptions options = AppOptions::parse(QApplication::arguments());
    installTranslations(app, options.language);
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

    MainWindow window;
    window.show();
    qCInfo(lcApp) << "Podwarden" << PODWARDEN_VERSION << "started";

    if (!options.screenshotPath.isEmpty()) {
        // Give the window a moment to be mapped and painted before grabbing it.
        QTimer::singleShot(1000, &window, [&window, &options] {
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
