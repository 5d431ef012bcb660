#include "FuzzSupport.h"

#include "JsonReader.h"

#include <cstdio>
#include <cstdlib>

namespace podwarden::fuzz {

void fail(const char* file, int line, const char* check, const QString& detail)
{
    std::fprintf(stderr, "\nFUZZ CHECK FAILED at %s:%d: %s\n", file, line, check);
    if (!detail.isEmpty())
        std::fprintf(stderr, "%s\n", detail.toUtf8().left(4000).constData());
    std::fflush(stderr);
    std::abort();
}

QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

void checkError(const DecodeError& error)
{
    using Kind = DecodeError::Kind;
    FUZZ_CHECK(error.kind == Kind::NotJson || error.kind == Kind::WrongType || error.kind == Kind::Missing ||
               error.kind == Kind::InvalidValue);
    if (error.kind == Kind::Missing || error.kind == Kind::InvalidValue)
        FUZZ_CHECK_DETAIL(!error.field.isEmpty(), error.message());
    if (error.kind == Kind::NotJson || error.kind == Kind::WrongType || error.kind == Kind::InvalidValue)
        FUZZ_CHECK_DETAIL(!error.expected.isEmpty(), error.field);
    FUZZ_CHECK(!error.message().isEmpty());
    FUZZ_CHECK(error == error);
}

std::optional<QJsonObject> parseBody(const QByteArray& body)
{
    const Decoded<QJsonObject> json = noThrow("parseJsonObject", [&] { return parseJsonObject(body); });
    if (!json.ok()) {
        checkError(json.error());
        return std::nullopt;
    }
    return json.value();
}

} // namespace podwarden::fuzz
