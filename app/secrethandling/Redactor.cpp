#include "secrethandling/Redactor.h"

#include <QRegularExpression>

namespace podwarden {

QString Redactor::redact(const QString& text)
{
    static const QRegularExpression bearer(QStringLiteral(R"((Bearer)\s+[^\s"',;]+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression rawKey(QStringLiteral(R"(\brpa_[A-Za-z0-9]{8,})"));
    // "value": "…" and "rawKey": "…", honouring escaped quotes inside the string.
    static const QRegularExpression jsonField(QStringLiteral(R"re(("(?:value|rawKey)"\s*:\s*)"(?:[^"\\]|\\.)*")re"));
    QString out = text;
    out.replace(bearer, QStringLiteral("\\1 ") + kMask);
    out.replace(jsonField, QStringLiteral("\\1\"") + kMask + QLatin1Char('"'));
    out.replace(rawKey, kMask);
    return out;
}

QByteArray Redactor::redact(const QByteArray& text)
{
    return redact(QString::fromUtf8(text)).toUtf8();
}

namespace {
QtMessageHandler g_previous = nullptr;

void redactingHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (g_previous)
        g_previous(type, context, Redactor::redact(message));
}
} // namespace

void installRedactingMessageHandler()
{
    if (!g_previous)
        g_previous = qInstallMessageHandler(redactingHandler);
}

} // namespace podwarden
