#include "ProblemDetails.h"

#include "JsonReader.h"

namespace podwarden {

Decoded<ProblemDetails> ProblemDetails::fromJson(const QJsonObject& json)
{
    DecodeError error;
    JsonReader r(json, QString(), &error);
    ProblemDetails p;
    p.title = r.string(QStringLiteral("title"));
    const qint64 status = r.integer(QStringLiteral("status"));
    if (!r.failed() && (status < 100 || status > 599))
        r.failField(DecodeError::Kind::InvalidValue, QStringLiteral("status"), QStringLiteral("an HTTP status"));
    p.status = static_cast<int>(status);
    p.detail = r.optString(QStringLiteral("detail")).value_or(QString());
    p.errors = r.optStringList(QStringLiteral("errors")).value_or(QStringList());
    if (r.failed())
        return error;
    return p;
}

QJsonObject ProblemDetails::toJson() const
{
    QJsonObject out{
        {QStringLiteral("title"), title}, {QStringLiteral("status"), status}, {QStringLiteral("detail"), detail}};
    if (!errors.isEmpty())
        out.insert(QStringLiteral("errors"), toJsonArray(errors));
    return out;
}

} // namespace podwarden
