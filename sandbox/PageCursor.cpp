#include "PageCursor.h"

#include "Crypto.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace podwarden::sandbox {

namespace {

constexpr auto kEncoding = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

PageCursor::PageCursor(QString operation, QString filters)
    : m_operation(std::move(operation))
    , m_filterDigest(QString::fromLatin1(sha256Hex(filters.toUtf8()).left(16)))
{}

std::optional<PageRequest> PageCursor::read(const QUrlQuery& query, int defaultLimit, int maxLimit,
                                            QStringList* errors) const
{
    PageRequest request;
    request.limit = defaultLimit;
    const qsizetype before = errors->size();
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        const QString text = query.queryItemValue(QStringLiteral("limit"), QUrl::FullyDecoded);
        const int limit = text.toInt(&ok);
        if (!ok || limit < 1 || limit > maxLimit)
            errors->append(
                QStringLiteral("limit: must be an integer from 1 to %1, not \"%2\"").arg(maxLimit).arg(text));
        else
            request.limit = limit;
    }
    if (query.hasQueryItem(QStringLiteral("cursor"))) {
        const QByteArray text = query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded).toLatin1();
        const auto decoded = QByteArray::fromBase64Encoding(text, kEncoding | QByteArray::AbortOnBase64DecodingErrors);
        QJsonParseError parseError{};
        const QJsonObject o = decoded ? QJsonDocument::fromJson(*decoded, &parseError).object() : QJsonObject();
        const bool wellFormed = !text.isEmpty() && decoded && parseError.error == QJsonParseError::NoError &&
                                o.value(QStringLiteral("op")).isString() && o.value(QStringLiteral("f")).isString() &&
                                o.value(QStringLiteral("k")).isDouble() && o.value(QStringLiteral("id")).isString();
        if (!wellFormed) {
            errors->append(QStringLiteral("cursor: malformed; pass pagination.nextCursor back unchanged"));
        } else if (o.value(QStringLiteral("op")).toString() != m_operation ||
                   o.value(QStringLiteral("f")).toString() != m_filterDigest) {
            errors->append(QStringLiteral("cursor: issued by another list or with other parameters"));
        } else {
            request.after =
                ListPosition{o.value(QStringLiteral("k")).toInteger(), o.value(QStringLiteral("id")).toString()};
        }
    }
    if (errors->size() > before)
        return std::nullopt;
    return request;
}

QString PageCursor::cursorAfter(const ListPosition& position) const
{
    const QJsonObject o{{QStringLiteral("op"), m_operation},
                        {QStringLiteral("f"), m_filterDigest},
                        {QStringLiteral("k"), position.primary},
                        {QStringLiteral("id"), position.secondary}};
    return QString::fromLatin1(QJsonDocument(o).toJson(QJsonDocument::Compact).toBase64(kEncoding));
}

} // namespace podwarden::sandbox
