#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace podwarden {

// Why a JSON body could not become a domain value. `field` is a JSON path such as
// "apiKeys[3].policies[0].Statement[1].Actions" so that logs and tests can name the culprit.
struct DecodeError
{
    enum class Kind { NotJson, WrongType, Missing, InvalidValue };

    Kind kind = Kind::InvalidValue;
    QString field;
    QString expected; // e.g. "string", "boolean", "RFC 3339 timestamp"

    // A translated sentence for the user ("The server's reply is malformed: field ... ").
    QString message() const;
    bool operator==(const DecodeError& other) const
    {
        return kind == other.kind && field == other.field && expected == other.expected;
    }
};

// Either a decoded value or the first error found. Small on purpose: C++17 has no std::expected.
template <typename T> class Decoded
{
public:
    Decoded(T value)
        : m_value(std::move(value))
    {} // NOLINT(google-explicit-constructor)
    Decoded(DecodeError error)
        : m_error(std::move(error))
    {} // NOLINT(google-explicit-constructor)

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    const DecodeError& error() const { return m_error; }

private:
    std::optional<T> m_value;
    DecodeError m_error;
};

} // namespace podwarden
