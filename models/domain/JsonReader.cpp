#include "JsonReader.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace podwarden {

JsonReader::JsonReader(const QJsonObject& object, QString path, DecodeError* error)
    : m_object(object)
    , m_path(std::move(path))
    , m_error(error)
{}

QString JsonReader::pathOf(const QString& key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

void JsonReader::fail(DecodeError::Kind kind, const QString& path, const QString& expected)
{
    if (m_failed)
        return;
    m_failed = true;
    *m_error = DecodeError{kind, path, expected};
}

const QJsonValue* JsonReader::valueOf(const QString& key, bool required)
{
    if (m_failed)
        return nullptr;
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd()) {
        if (required)
            fail(DecodeError::Kind::Missing, pathOf(key), QString());
        return nullptr;
    }
    m_current = it.value();
    return &m_current;
}

QString JsonReader::string(const QString& key)
{
    const QJsonValue* v = valueOf(key, true);
    if (!v)
        return {};
    if (!v->isString()) {
        failField(DecodeError::Kind::WrongType, key, QStringLiteral("a string"));
        return {};
    }
    return v->toString();
}

std::optional<QString> JsonReader::optString(const QString& key)
{
    const QJsonValue* v = valueOf(key, false);
    if (!v || v->isNull())
        return std::nullopt;
    if (!v->isString()) {
        failField(DecodeError::Kind::WrongType, key, QStringLiteral("a string or null"));
        return std::nullopt;
    }
    return v->toString();
}

bool JsonReader::boolean(const QString& key)
{
    const QJsonValue* v = valueOf(key, true);
    if (!v)
        return false;
    if (!v->isBool()) {
        failField(DecodeError::Kind::WrongType, key, QStringLiteral("a boolean"));
        return false;
    }
    return v->toBool();
}

std::optional<bool> JsonReader::optBoolean(const QString& key)
{
    const QJsonValue* v = valueOf(key, false);
    if (!v)
        return std::nullopt;
    if (!v->isBool()) {
        failField(DecodeError::Kind::WrongType, key, QStringLiteral("a boolean"));
        return std::nullopt;
    }
    return v->toBool();
}

static std::optional<qint64> asInteger(const QJsonValue& v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    // 2^53: beyond it a double no longer holds every integer exactly.
    if (std::trunc(d) != d || std::fabs(d) > 9007199254740992.0)
        return std::nullopt;
    return static_cast<qint64>(d);
}

qint64 JsonReader::integer(const QString& key)
{
    const QJsonValue* v = valueOf(key, true);
    if (!v)
        return 0;
    const auto i = asInteger(*v);
    if (!i) {
        failField(DecodeError::Kind::WrongType, key, QStringLiteral("an integer"));
        return 0;
    }
    return *i;
}

std::optional<qint64> JsonReader::optInteger(const QString& key)
{
    const QJsonValue* v = valueOf(key, false);
    if (!v || v->isNull())
        return std::nullopt;
    const auto i = asInteger(*v);
    if (!i)
        failField(DecodeError::Kind::WrongType, key, QStringLiteral("an integer"));
    return i;
}

double JsonReader::number(const QString& key)
{
    const QJsonValue* v = valueOf(key, true);
    if (!v)
        return 0;
    if (!v->isDouble()) {
        failField(DecodeError::Kind::WrongType, key, QStringLiteral("a number"));
        return 0;
    }
    return v->toDouble();
}

QDateTime JsonReader::timestamp(const QString& key)
{
    const QString text = string(key);
    if (failed())
        return {};
    const auto t = parseTimestamp(text);
    if (!t) {
        failField(DecodeError::Kind::InvalidValue, key, QStringLiteral("an RFC 3339 timestamp"));
        return {};
    }
    return *t;
}

std::optional<QDateTime> JsonReader::optTimestamp(const QString& key)
{
    const auto text = optString(key);
    if (!text)
        return std::nullopt;
    const auto t = parseTimestamp(*text);
    if (!t)
        failField(DecodeError::Kind::InvalidValue, key, QStringLiteral("an RFC 3339 timestamp"));
    return t;
}

static std::optional<QStringList> asStringList(const QJsonValue& v)
{
    if (!v.isArray())
        return std::nullopt;
    QStringList out;
    const QJsonArray a = v.toArray();
    out.reserve(a.size());
    for (const QJsonValue& item : a) {
        if (!item.isString())
            return std::nullopt;
        out.append(item.toString());
    }
    return out;
}

QStringList JsonReader::stringList(const QString& key)
{
    const QJsonValue* v = valueOf(key, true);
    if (!v)
        return {};
    auto list = asStringList(*v);
    if (!list) {
        failField(DecodeError::Kind::WrongType, key, QStringLiteral("an array of strings"));
        return {};
    }
    return *list;
}

std::optional<QStringList> JsonReader::optStringList(const QString& key)
{
    const QJsonValue* v = valueOf(key, false);
    if (!v)
        return std::nullopt;
    auto list = asStringList(*v);
    if (!list)
        failField(DecodeError::Kind::WrongType, key, QStringLiteral("an array of strings"));
    return list;
}

QJsonObject JsonReader::objectField(const QString& key)
{
    const QJsonValue* v = valueOf(key, true);
    if (!v)
        return {};
    if (!v->isObject()) {
        failField(DecodeError::Kind::WrongType, key, QStringLiteral("an object"));
        return {};
    }
    return v->toObject();
}

std::optional<QJsonObject> JsonReader::optObject(const QString& key)
{
    const QJsonValue* v = valueOf(key, false);
    if (!v || v->isNull())
        return std::nullopt;
    if (!v->isObject()) {
        failField(DecodeError::Kind::WrongType, key, QStringLiteral("an object"));
        return std::nullopt;
    }
    return v->toObject();
}

QJsonArray JsonReader::array(const QString& key)
{
    const QJsonValue* v = valueOf(key, true);
    if (!v)
        return {};
    if (!v->isArray()) {
        failField(DecodeError::Kind::WrongType, key, QStringLiteral("an array"));
        return {};
    }
    return v->toArray();
}

Decoded<QJsonObject> parseJsonObject(const QByteArray& body)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return DecodeError{DecodeError::Kind::NotJson, QString(), parseError.errorString()};
    if (!doc.isObject())
        return DecodeError{DecodeError::Kind::WrongType, QString(), QStringLiteral("an object")};
    return doc.object();
}

QString formatTimestamp(const QDateTime& time)
{
    const QDateTime utc = time.toUTC();
    if (utc.time().msec() != 0)
        return utc.toString(Qt::ISODateWithMs);
    return utc.toString(Qt::ISODate);
}

namespace {

// Reads `count` digits at `pos`; -1 when any is not a digit.
int digits(const QString& text, qsizetype pos, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text.at(pos + i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        value = value * 10 + (c.unicode() - '0');
    }
    return value;
}

} // namespace

std::optional<QDateTime> parseTimestamp(const QString& text)
{
    // RFC 3339: YYYY-MM-DD, 'T' (or 't' or ' '), hh:mm:ss, optional fraction, then Z or ±hh:mm.
    // Parsed by hand: listings hold hundreds of thousands of these.
    const qsizetype n = text.size();
    if (n < 20)
        return std::nullopt;
    const QChar sep = text.at(10);
    if (text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-') || text.at(13) != QLatin1Char(':') ||
        text.at(16) != QLatin1Char(':') ||
        (sep != QLatin1Char('T') && sep != QLatin1Char('t') && sep != QLatin1Char(' ')))
        return std::nullopt;
    const int year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2), minute = digits(text, 14, 2), second = digits(text, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        return std::nullopt;
    qsizetype pos = 19;
    int msec = 0;
    if (text.at(pos) == QLatin1Char('.')) {
        ++pos;
        int fractionDigits = 0;
        while (pos < n && text.at(pos).isDigit() && text.at(pos).unicode() < 128) {
            if (fractionDigits < 3)
                msec = msec * 10 + (text.at(pos).unicode() - '0');
            ++fractionDigits;
            ++pos;
        }
        if (fractionDigits == 0 || fractionDigits > 9)
            return std::nullopt;
        for (int i = fractionDigits; i < 3; ++i)
            msec *= 10;
    }
    if (pos >= n)
        return std::nullopt;
    int offsetSeconds = 0;
    const QChar zone = text.at(pos);
    if (zone == QLatin1Char('Z') || zone == QLatin1Char('z')) {
        if (pos + 1 != n)
            return std::nullopt;
    } else if (zone == QLatin1Char('+') || zone == QLatin1Char('-')) {
        if (pos + 6 != n || text.at(pos + 3) != QLatin1Char(':'))
            return std::nullopt;
        const int oh = digits(text, pos + 1, 2), om = digits(text, pos + 4, 2);
        if (oh < 0 || om < 0 || oh > 23 || om > 59)
            return std::nullopt;
        offsetSeconds = (oh * 3600 + om * 60) * (zone == QLatin1Char('-') ? -1 : 1);
    } else {
        return std::nullopt;
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, msec);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QDateTime utc = QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
    // The offset can carry the instant out of the years 0001-9999 ("9999-12-31T23:59:59-01:00"),
    // which formatTimestamp() cannot write back (Qt gives ""): refused here rather than read and
    // then cached as a timestamp that no longer reads.
    if (utc.date().year() < 1 || utc.date().year() > 9999)
        return std::nullopt;
    return utc;
}

QJsonArray toJsonArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace podwarden
