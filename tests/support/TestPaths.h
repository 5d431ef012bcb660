#pragma once

#include <QJsonObject>
#include <QString>

namespace podwarden::test {

// The shared/ folder beside the repository (contracts), or an empty string when it is absent.
QString sharedDir();
QString sourceDir();
// The cloud's OpenAPI document, parsed; an empty object when shared/ is absent.
QJsonObject openApiDocument();
QJsonObject readJsonFile(const QString& path);

} // namespace podwarden::test
