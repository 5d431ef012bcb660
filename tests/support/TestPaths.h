#pragma once

#include <QJsonObject>
#include <QString>

namespace podwarden::test {

// The shared/ folder beside the repository (contracts), or an empty string when it is absent.
QString sharedDir();
QString sourceDir();
// The cloud's OpenAPI documents, parsed; an empty object when shared/ is absent.
inline constexpr const char* kSeptemberDocument = "runpod-rest-v2-2026-09.openapi.json"; // the contract of record
inline constexpr const char* kAugustDocument = "runpod-rest-v2.openapi.json";            // kept for reference
QJsonObject openApiDocument(const char* fileName = kSeptemberDocument);
QJsonObject readJsonFile(const QString& path);

} // namespace podwarden::test
