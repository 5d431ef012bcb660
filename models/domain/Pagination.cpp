#include "Pagination.h"

#include "JsonReader.h"

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
