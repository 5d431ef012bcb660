#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace podwarden::sandbox {

// Appends the instant `msSinceEpoch` (UTC) to `out` as RFC 3339 / ISO 8601 text, byte for byte
// what formatTimestamp(QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC)) gives:
// "2026-03-13T20:00:00Z", or "2026-03-13T20:00:00.250Z" when the milliseconds are not zero.
// Written by hand for the key list, which writes two of them per key (100,000 keys: 200,000);
// instants outside the years 1-9999 go through formatTimestamp itself.
void appendTimestamp(QByteArray& out, qint64 msSinceEpoch);

} // namespace podwarden::sandbox
