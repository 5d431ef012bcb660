#include "Pagination.h"

#include "JsonReader.h"

#include <QJsonDocument>

namespace podwarden {

Decoded<PageInfo> PageInfo::fromListBody(const QJsonObject& body)
{
    DecodeError error;
    JsonReader r(body, QString(), &error);
    PageInfo info;
    const auto block = r.optObject(QStringLiteral("pagination"));
    if (r.failed())
        return error;
    if (!block)
        return info; // the August shape: the whole list in one answer
    JsonReader p(*block, QStringLiteral("pagination"), &error);
    info.hasNextPage = p.boolean(QStringLiteral("hasNextPage"));
    if (!p.failed() && !p.has(QStringLiteral("nextCursor")))
        p.failField(DecodeError::Kind::Missing, QStringLiteral("nextCursor"), QStringLiteral("string or null"));
    info.nextCursor = p.optString(QStringLiteral("nextCursor"));
    if (p.failed())
        return error;
    if (info.hasNextPage && (!info.nextCursor || info.nextCursor->isEmpty()))
        return DecodeError{DecodeError::Kind::InvalidValue, QStringLiteral("pagination.nextCursor"),
                           QStringLiteral("a cursor while hasNextPage is true")};
    return info;
}

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The pagination block's text in `window`, given that the key's first quote is at `key`: from its
// '{' to the first '}' after it (a cursor with a brace in it is not peeked), with `*end` just past
// it. Empty when the key is not followed by a colon and an object.
QByteArray blockAfter(const QByteArray& window, qsizetype key, qsizetype keyLength, qsizetype* end)
{
    qsizetype at = key + keyLength;
    while (at < window.size() && isJsonSpace(window.at(at)))
        ++at;
    if (at >= window.size() || window.at(at) != ':')
        return {};
    ++at;
    while (at < window.size() && isJsonSpace(window.at(at)))
        ++at;
    if (at >= window.size() || window.at(at) != '{')
        return {};
    const qsizetype close = window.indexOf('}', at);
    if (close < 0)
        return {};
    *end = close + 1;
    return window.mid(at, close - at + 1);
}

std::optional<QString> cursorOfBlock(const QByteArray& block)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(block, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    const QJsonValue more = object.value(QLatin1String("hasNextPage"));
    const QJsonValue cursor = object.value(QLatin1String("nextCursor"));
    if (!more.isBool() || !more.toBool() || !cursor.isString() || cursor.toString().isEmpty())
        return std::nullopt;
    return cursor.toString();
}

} // namespace

std::optional<QString> PageInfo::peekNextCursor(const QByteArray& body)
{
    // A block is a few dozen bytes; a cursor longer than this window is not peeked.
    static constexpr qsizetype kWindow = 1024;
    static const QByteArray key = QByteArrayLiteral("\"pagination\"");

    // At the end (an encoder that keeps its keys in order, or sorts them: "apiKeys", "endpoints"):
    // `,"pagination":{...}}` with nothing but spaces after the body's closing brace.
    const QByteArray tail = body.right(kWindow);
    const qsizetype last = tail.lastIndexOf(key);
    if (last > 0) {
        qsizetype end = 0;
        const QByteArray block = blockAfter(tail, last, key.size(), &end);
        qsizetype before = last - 1;
        while (before > 0 && isJsonSpace(tail.at(before)))
            --before;
        qsizetype after = end;
        while (after < tail.size() && isJsonSpace(tail.at(after)))
            ++after;
        bool closes = after < tail.size() && tail.at(after) == '}';
        for (qsizetype i = after + 1; closes && i < tail.size(); ++i)
            closes = isJsonSpace(tail.at(i));
        if (!block.isEmpty() && tail.at(before) == ',' && closes)
            return cursorOfBlock(block);
    }

    // At the start (a sorted encoder's "pagination" before "templates"): `{"pagination":{...},`.
    const QByteArray head = body.left(kWindow);
    qsizetype open = 0;
    while (open < head.size() && isJsonSpace(head.at(open)))
        ++open;
    if (open >= head.size() || head.at(open) != '{')
        return std::nullopt;
    qsizetype first = open + 1;
    while (first < head.size() && isJsonSpace(head.at(first)))
        ++first;
    if (!head.mid(first).startsWith(key))
        return std::nullopt;
    qsizetype end = 0;
    const QByteArray block = blockAfter(head, first, key.size(), &end);
    while (end < head.size() && isJsonSpace(head.at(end)))
        ++end;
    if (block.isEmpty() || end >= head.size() || head.at(end) != ',')
        return std::nullopt;
    return cursorOfBlock(block);
}

QJsonObject PageInfo::toJson() const
{
    return QJsonObject{{QStringLiteral("nextCursor"), nextCursor ? QJsonValue(*nextCursor) : QJsonValue()},
                       {QStringLiteral("hasNextPage"), hasNextPage}};
}

void PageInfo::writeTo(QJsonObject& body) const
{
    body.insert(QStringLiteral("pagination"), toJson());
}

} // namespace podwarden
