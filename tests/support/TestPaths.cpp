#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace podwarden::test {

QString sharedDir()
{
    const QString dir = qEnvironmentVariable("PODWARDEN_SHARED_DIR");
    return !dir.isEmpty() && QDir(dir).exists() ? QDir(dir).absolutePath() : QString();
}

QString sourceDir()
{
    return qEnvironmentVariable("PODWARDEN_SOURCE_DIR");
}

QJsonObject readJsonFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject openApiDocument(const char* fileName)
{
    const QString dir = sharedDir();
    if (dir.isEmpty())
        return {};
    return readJsonFile(dir + QStringLiteral("/contracts/") + QLatin1String(fileName));
}

} // namespace podwarden::test
