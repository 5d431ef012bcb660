#include "AppOptions.h"

#include <QCommandLineParser>

namespace podwarden {

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
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        tr("Save a PNG of the main window to this file once it has opened."),
                                        QStringLiteral("file"));
    const QCommandLineOption quit(QStringLiteral("quit-after-screenshot"),
                                  tr("Quit once the screenshot has been saved."));
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
                                     tr("Start the local sandbox service with demo data and connect to it."));
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
    if (!parser.positionalArguments().isEmpty())
        options.error = tr("Unexpected argument “%1”.").arg(parser.positionalArguments().constFirst());
    return options;
}

} // namespace podwarden
