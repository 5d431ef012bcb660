#include "JsonBody.h"

#include <QJsonDocument>

namespace podwarden {

QByteArray compactJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void appendJsonString(QByteArray& out, const QByteArray& utf8)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.append('\\').append(c);
        } else if (u < 0x20) {
            out.append("\\u00").append(hex[u >> 4]).append(hex[u & 0xf]);
        } else {
            out.append(c);
        }
    }
    out.append('"');
}

QByteArray bodyWithValue(const SecretBuffer& value, const QJsonObject& fields)
{
    QByteArray rest = compactJson(fields); // "{...}" or "{}"
    QByteArray body;
    body.reserve(value.size() + rest.size() + 16);
    body.append("{\"value\":");
    appendJsonString(body, value.bytes());
    if (rest.size() > 2)
        body.append(',').append(rest.constData() + 1, rest.size() - 1);
    else
        body.append('}');
    return body;
}

} // namespace podwarden
