#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace podwarden {

// The command line of `podwarden`, parsed apart from main() so tests can check it.
struct AppOptions
{
    Q_DECLARE_TR_FUNCTIONS(AppOptions)
public:
    enum class Palette { System, Light, Dark };
    // Which provider's API the sandbox of --sandbox speaks (SERVICE.md section 8 for Paperspace).
    enum class SandboxKind { Runpod, Paperspace };

    Palette palette = Palette::System;
    QString language;       // "de", "en"; empty: the system's
    QString screenshotPath; // a PNG of the main window once it has painted and shows the account
    bool quitAfterScreenshot = false;
    bool sandbox = false;                          // start podwarden-sandbox with demo data and connect to it
    SandboxKind sandboxKind = SandboxKind::Runpod; // `--sandbox paperspace`: its Paperspace mode
    bool offline = false;                          // open the current profile from its cache, without connecting
    QString profileName;                           // open this profile instead of the current one
    bool helpRequested = false;
    bool versionRequested = false;
    QString error; // non-empty: the command line was wrong; a translated sentence
    QString helpText;

    static AppOptions parse(const QStringList& arguments);
};

// Installs the catalogues for `language` ("de"; empty: the system's, as --lang gives it) on `app`:
// Podwarden's own, with English as the fallback for its plural forms, and Qt's own (qtbase_<lang>.qm
// from QLibraryInfo's translations folder, Debian's qt6-translations-l10n) so that the buttons Qt
// makes (Cancel, Close, Yes, No) speak the same language. Sets the default QLocale too.
void installTranslations(QCoreApplication& app, const QString& language);

} // namespace podwarden
