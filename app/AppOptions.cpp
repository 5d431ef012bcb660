#include "AppOptions.h"

#include "log/LogCategories.h"

#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace podwarden {

namespace {

// Whether `word`, the first positional argument, stands right after --sandbox on the command line:
// `podwarden --sandbox paperspace`, not `podwarden paperspace --sandbox`.
bool sandboxKindFollows(const QStringList& arguments, const QString& word)
{
    for (qsizetype i = 1; i + 1 < arguments.size(); ++i) {
        const QString& option = arguments.at(i);
        if (option == QLatin1String("--"))
            return false; // what follows is positional whatever it says
        if (option == QLatin1String("--sandbox") && arguments.at(i + 1) == word)
            return true;
    }
    return false;
}

} // namespace

AppOptions AppOptions::parse(const QStringList& arguments)
{
    AppOptions options;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Podwarden: a desktop console for scoped API keys, write-only secrets and pod templates."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption palette(QStringLiteral("palette"), tr("Colour scheme: system, light or dark."),
                                     QStringLiteral("scheme"), QStringLiteral("system"));
    const QCommandLineOption language(QStringLiteral("lang"), tr("User interface language, such as en or de."),
                                      QStringLiteral("code"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        tr("Save a PNG of the main window to this file once the account is on screen, and print how long "
           "that took."),
        QStringLiteral("file"));
    const QCommandLineOption quit(QStringLiteral("quit-after-screenshot"),
                                  tr("Quit once the screenshot has been saved."));
    // A flag, as QCommandLineParser has no optional values: the provider is the positional argument
    // right after it.
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
                                     tr("Start the local sandbox service with demo data and connect to it. "
                                        "--sandbox paperspace starts one that speaks Paperspace's API instead of "
                                        "Runpod's (--sandbox runpod, the default)."));
    const QCommandLineOption offline(QStringLiteral("offline"),
                                     tr("Do not connect: work from the last copy of the account."));
    const QCommandLineOption profile(QStringLiteral("profile"), tr("Open the profile with this name."),
                                     QStringLiteral("name"));
    parser.addOptions({palette, language, screenshot, quit, sandbox, offline, profile});

    if (!parser.parse(arguments)) {
        options.error = parser.errorText();
        return options;
    }
    options.helpText = parser.helpText();
    options.helpRequested = parser.isSet(help);
    options.versionRequested = parser.isSet(version);
    const QString scheme = parser.value(palette);
    if (scheme == QLatin1String("light"))
        options.palette = Palette::Light;
    else if (scheme == QLatin1String("dark"))
        options.palette = Palette::Dark;
    else if (scheme != QLatin1String("system"))
        options.error = tr("Unknown colour scheme “%1”; use system, light or dark.").arg(scheme);
    options.language = parser.value(language);
    options.screenshotPath = parser.value(screenshot);
    options.quitAfterScreenshot = parser.isSet(quit);
    options.sandbox = parser.isSet(sandbox);
    options.offline = parser.isSet(offline);
    options.profileName = parser.value(profile);
    if (options.sandbox && options.offline)
        options.error = tr("--sandbox and --offline cannot be used together.");
    if (options.quitAfterScreenshot && options.screenshotPath.isEmpty())
        options.error = tr("--quit-after-screenshot needs --screenshot FILE.");
    QStringList positional = parser.positionalArguments();
    if (options.sandbox && !positional.isEmpty() && sandboxKindFollows(arguments, positional.constFirst())) {
        const QString kind = positional.takeFirst();
        if (kind == QLatin1String("paperspace"))
            options.sandboxKind = SandboxKind::Paperspace;
        else if (kind != QLatin1String("runpod"))
            options.error = tr("Unknown sandbox “%1”; use --sandbox runpod or --sandbox paperspace.").arg(kind);
    }
    if (!positional.isEmpty())
        options.error = tr("Unexpected argument “%1”.").arg(positional.constFirst());
    return options;
}

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
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return; // Qt's own texts are English already
    auto* qt = new QTranslator(&app);
    const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtFolder)) {
        QCoreApplication::installTranslator(qt);
    } else {
        // Podwarden's own texts are translated, Qt's buttons stay English: say which package brings them.
        qCWarning(lcApp).noquote() << "no Qt translations for" << locale.name() << "in" << qtFolder
                                   << "(Debian: install qt6-translations-l10n)";
        delete qt;
    }
}

} // namespace podwarden
