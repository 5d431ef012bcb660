#include "secrethandling/Redactor.h"

namespace podwarden {

namespace {

// A hand-written scanner rather than QRegularExpression: nothing here is static, so redaction
// works during shutdown, whatever order static objects are destroyed in.

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r') ||
           c == QLatin1Char('\f') || c == QLatin1Char('\v');
}

bool isAsciiAlnum(QChar c)
{
    const ushort u = c.unicode();
    return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

bool isWordChar(QChar c)
{
    return isAsciiAlnum(c) || c == QLatin1Char('_');
}

bool startsWithAt(const QString& text, qsizetype at, QLatin1String word, Qt::CaseSensitivity cs)
{
    return at + word.size() <= text.size() && QStringView(text).mid(at, word.size()).compare(word, cs) == 0;
}

// `Bearer <token>`: the token (up to a space, quote, comma or semicolon) becomes the mask.
QString maskBearer(const QString& text)
{
    const QLatin1String word("bearer");
    QString out;
    qsizetype copied = 0;
    for (qsizetype i = 0; i + word.size() < text.size(); ++i) {
        if (!startsWithAt(text, i, word, Qt::CaseInsensitive))
            continue;
        qsizetype j = i + word.size();
        if (!isSpace(text.at(j)))
            continue;
        while (j < text.size() && isSpace(text.at(j)))
            ++j;
        qsizetype end = j;
        while (end < text.size()) {
            const QChar c = text.at(end);
            if (isSpace(c) || c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char(',') ||
                c == QLatin1Char(';'))
                break;
            ++end;
        }
        if (end == j)
            continue;
        out += QStringView(text).mid(copied, i + word.size() - copied);
        out += QLatin1Char(' ');
        out += Redactor::kMask;
        copied = end;
        i = end - 1;
    }
    if (copied == 0)
        return text;
    out += QStringView(text).mid(copied);
    return out;
}

// "value": "…" and "rawKey": "…" (escaped quotes inside the string honoured): the string's
// contents become the mask.
QString maskJsonFields(const QString& text)
{
    QString out;
    qsizetype copied = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('"'))
            continue;
        qsizetype j = i + 1;
        if (startsWithAt(text, j, QLatin1String("value\""), Qt::CaseSensitive))
            j += 6;
        else if (startsWithAt(text, j, QLatin1String("rawKey\""), Qt::CaseSensitive))
            j += 7;
        else
            continue;
        while (j < text.size() && isSpace(text.at(j)))
            ++j;
        if (j >= text.size() || text.at(j) != QLatin1Char(':'))
            continue;
        ++j;
        while (j < text.size() && isSpace(text.at(j)))
            ++j;
        if (j >= text.size() || text.at(j) != QLatin1Char('"'))
            continue;
        qsizetype end = j + 1;
        bool closed = false;
        while (end < text.size()) {
            const QChar c = text.at(end);
            if (c == QLatin1Char('\\') && end + 1 < text.size()) {
                end += 2;
                continue;
            }
            if (c == QLatin1Char('"')) {
                closed = true;
                break;
            }
            ++end;
        }
        if (!closed)
            continue;
        out += QStringView(text).mid(copied, j + 1 - copied);
        out += Redactor::kMask;
        out += QLatin1Char('"');
        copied = end + 1;
        i = end;
    }
    if (copied == 0)
        return text;
    out += QStringView(text).mid(copied);
    return out;
}

// A raw key: `rpa_` at the start of a word, then at least 8 letters or digits.
QString maskRawKeys(const QString& text)
{
    QString out;
    qsizetype copied = 0;
    for (qsizetype i = 0; i + 4 <= text.size(); ++i) {
        if (!startsWithAt(text, i, QLatin1String("rpa_"), Qt::CaseSensitive))
            continue;
        if (i > 0 && isWordChar(text.at(i - 1)))
            continue;
        qsizetype end = i + 4;
        while (end < text.size() && isAsciiAlnum(text.at(end)))
            ++end;
        if (end - (i + 4) < 8)
            continue;
        out += QStringView(text).mid(copied, i - copied);
        out += Redactor::kMask;
        copied = end;
        i = end - 1;
    }
    if (copied == 0)
        return text;
    out += QStringView(text).mid(copied);
    return out;
}

} // namespace

QString Redactor::redact(const QString& text)
{
    return maskRawKeys(maskJsonFields(maskBearer(text)));
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
