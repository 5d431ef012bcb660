#pragma once

#include "ApiKey.h"
#include "AuditEvent.h"

#include <QJsonObject>
#include <QStringList>

namespace podwarden {

// What an export file holds (issue 19, item 4), one item at a time so that 100,000 keys are
// written without the whole file in memory: CSV (RFC 4180, UTF-8, a header row, CRLF) or JSON
// ({"exportedAt", "<list>":[...]}). Column names and values are for programs that read the file
// again: stable English names, RFC 3339 times in UTC, levels as none/read/readWrite. Nothing in
// an item is a secret: keys carry their prefix, never a raw key; events never hold a value.
namespace ExportFormat {

enum class Format { Csv, Json };

// One CSV record: fields quoted when they hold a comma, quote, CR or LF; quotes doubled; CRLF.
QString csvLine(const QStringList& fields);

// "none", "read", "readWrite".
QString levelName(AccessLevel level);

QStringList keyColumns();
QStringList keyFields(const ApiKey& key); // in keyColumns() order
QJsonObject keyJson(const ApiKey& key);

QStringList eventColumns();
QStringList eventFields(const AuditEvent& event);
QJsonObject eventJson(const AuditEvent& event);

} // namespace ExportFormat

} // namespace podwarden
