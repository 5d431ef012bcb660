#pragma once

#include "DecodeError.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace podwarden {

// Reads fields from one JSON object, strict about types and tolerant of unknown keys.
// The first failure is remembered with its path; later reads become no-ops returning defaults,
// so a decoder reads every field unconditionally and checks failed() once at the end.
class JsonReader final
{
public:
    JsonReader(const QJsonObject& object, QString path, DecodeError* error);

    bool failed() const { return m_failed; }
    const QJsonObject& object() const { return m_object; }
    bool has(const QString& key) const { return m_object.contains(key); }
    QString pathOf(const QString& key) const;

    QString string(const QString& key);
    std::optional<QString> optString(const QString& key); // absent or null: nullopt
    bool boolean(const QString& key);
    std::optional<bool> optBoolean(const QString& key);
    qint64 integer(const QString& key);
    std::optional<qint64> optInteger(const QString& key);
    double number(const QString& key);
    QDateTime timestamp(const QString& key);
    std::optional<QDateTime> optTimestamp(const QString& key); // absent or null: nullopt
    QStringList stringList(const QString& key);
    std::optional<QStringList> optStringList(const QString& key);
    QJsonObject objectField(const QString& key);
    std::optional<QJsonObject> optObject(const QString& key);
    QJsonArray array(const QString& key);

    // Decodes each element of an array field with `decode(elementObject, elementPath, error)`.
    template <typename T, typename Fn> QList<T> list(const QString& key, Fn decode)
    {
        QList<T> out;
        const QJsonArray items = array(key);
        if (failed())
            return out;
        out.reserve(items.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString elementPath = pathOf(key) + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
            if (!items.at(i).isObject()) {
                fail(DecodeError::Kind::WrongType, elementPath, QStringLiteral("object"));
                return {};
            }
            auto decoded = decode(items.at(i).toObject(), elementPath);
            if (!decoded.ok()) {
                *m_error = decoded.error();
                m_failed = true;
                return {};
            }
            out.append(std::move(decoded).value());
        }
        return out;
    }

    void fail(DecodeError::Kind kind, const QString& path, const QString& expected);
    void failField(DecodeError::Kind kind, const QString& key, const QString& expected)
    {
        fail(kind, pathOf(key), expected);
    }

private:
    const QJsonValue* valueOf(const QString& key, bool required);
    QJsonObject m_object;
    QString m_path;
    DecodeError* m_error;
    bool m_failed = false;
    QJsonValue m_current;
};

// Reads a string field that must be one of `values`, matched by their toWireString().
template <typename E>
std::optional<E> readEnum(JsonReader& r, const QString& key, bool required, std::initializer_list<E> values,
                          const QString& expected)
{
    const auto text = required ? std::optional<QString>(r.string(key)) : r.optString(key);
    if (!text || r.failed())
        return std::nullopt;
    for (E v : values) {
        if (toWireString(v) == *text)
            return v;
    }
    r.failField(DecodeError::Kind::InvalidValue, key, expected);
    return std::nullopt;
}

// A list wrapped in an object, as every list route answers: {"<key>": [T, ...]}.
template <typename T> Decoded<QList<T>> decodeWrappedList(const QJsonObject& json, const QString& key)
{
    DecodeError error;
    JsonReader r(json, QString(), &error);
    auto list = r.list<T>(key, [](const QJsonObject& o, const QString& p) { return T::fromJson(o, p); });
    if (r.failed())
        return error;
    return list;
}

template <typename T> QJsonObject encodeWrappedList(const QList<T>& items, const QString& key)
{
    QJsonArray array;
    for (const T& item : items)
        array.append(item.toJson());
    return QJsonObject{{key, array}};
}

// Parses bytes into a JSON object or a NotJson/WrongType error.
Decoded<QJsonObject> parseJsonObject(const QByteArray& body);

QString formatTimestamp(const QDateTime& time); // RFC 3339 UTC, seconds precision unless ms present
std::optional<QDateTime> parseTimestamp(const QString& text);

QJsonArray toJsonArray(const QStringList& list);

} // namespace podwarden
