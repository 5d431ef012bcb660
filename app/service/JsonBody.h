#pragma once

#include "secrethandling/SecretBuffer.h"

#include <QByteArray>
#include <QJsonObject>

namespace podwarden {

// Request bodies that carry a secret value. The value is spliced into the serialised JSON, so that
// no QJsonValue (whose storage cannot be wiped) ever holds it; the caller wipes the body after use
// (ServiceReply does when the call finishes).

// Appends `utf8` as a JSON string literal.
void appendJsonString(QByteArray& out, const QByteArray& utf8);
// {"value": <value>, ...fields}.
QByteArray bodyWithValue(const SecretBuffer& value, const QJsonObject& fields);
// The object as compact JSON.
QByteArray compactJson(const QJsonObject& object);

} // namespace podwarden
