#pragma once

#include "DecodeError.h"

#include <QDateTime>
#include <QJsonObject>

namespace podwarden {

// A secret's metadata. There is deliberately no value field: the service never returns one and
// Podwarden never keeps one (values travel in a wiping buffer of the network layer).
struct Secret
{
    QString id;
    QString name;
    QString description;
    QDateTime createdAt;
    QDateTime valueLastUpdatedAt;

    static Decoded<Secret> fromJson(const QJsonObject& json, const QString& path = {});
    QJsonObject toJson() const;
    bool operator==(const Secret& o) const
    {
        return id == o.id && name == o.name && description == o.description && createdAt == o.createdAt &&
               valueLastUpdatedAt == o.valueLastUpdatedAt;
    }
};

Decoded<QList<Secret>> decodeSecretList(const QJsonObject& json); // {"secrets":[...]}
QJsonObject encodeSecretList(const QList<Secret>& secrets);

} // namespace podwarden
