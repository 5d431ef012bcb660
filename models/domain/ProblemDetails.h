#pragma once

#include "DecodeError.h"

#include <QJsonObject>
#include <QStringList>

namespace podwarden {

// An RFC 9457 problem+json body: {"title","status","detail","errors"?: [string]}.
struct ProblemDetails
{
    QString title;
    int status = 0;
    QString detail;
    QStringList errors; // one string per validation failure (422)

    static Decoded<ProblemDetails> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
    bool operator==(const ProblemDetails& o) const
    {
        return title == o.title && status == o.status && detail == o.detail && errors == o.errors;
    }
};

} // namespace podwarden
