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

    Palette palette = Palette::System;
    QString language;       // "de", "en"; empty: the system's
    QString screenshotPath; // grab the main window once it has settled, and write a PNG here
    bool quitAfterScreenshot = false;
    bool sandbox = false; // start podwarden-sandbox with demo data and connect to it
    bool offline = false; // open the current profile from its cache, without connecting
    QString profileName;  // open this profile instead of the current one
    bool helpRequested = false;
    bool versionRequested = false;
    QString error; // non-empty: the command line was wrong; a translated sentence
    QString helpText;

    static AppOptions parse(const QStringList& arguments);
};

} // namespace podwarden
