#pragma once

#include "SandboxProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QtGlobal>

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

} // namespace podwarden::test
