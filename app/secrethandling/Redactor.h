#pragma once

#include <QString>

namespace podwarden {

// Masks credentials in text before it reaches a log: `Bearer <token>`, raw `rpa_` keys, and the
// values of JSON fields named "value" or "rawKey" (SERVICE.md secrets and key creation).
//
//   qCDebug(lcNet).noquote() << Redactor::redact(QString::fromUtf8(body));
//
// It holds no object with a destructor (no static regular expression, no static QString): lines
// logged while the process shuts down, after static objects are gone, are masked all the same.
class Redactor final
{
public:
    static constexpr QLatin1String kMask{"[redacted]"};
    static QString redact(const QString& text);
    static QByteArray redact(const QByteArray& text);
};

// Installs a Qt message handler that passes every message through Redactor::redact before the
// previous handler sees it: a last line of defence for text that was logged without it.
void installRedactingMessageHandler();

} // namespace podwarden
