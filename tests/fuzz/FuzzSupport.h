#pragma once

// What every fuzz target checks, in both builds (libFuzzer, and the replay driver of the ordinary
// build). A failed check prints what went wrong and aborts, which libFuzzer records as a crash
// and ctest as a failed test.
//
// The contract of a decoder of untrusted input: it returns, never throws, and reports a failure
// as a DecodeError that names the field and reads as a sentence; what it accepts, it can write
// back and read again to the same value.

#include "DecodeError.h"
#include "Pagination.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <exception>
#include <optional>

namespace podwarden::fuzz {

[[noreturn]] void fail(const char* file, int line, const char* check, const QString& detail = QString());

#define FUZZ_CHECK(cond)                                                                                               \
    do {                                                                                                               \
        if (!(cond))                                                                                                   \
            ::podwarden::fuzz::fail(__FILE__, __LINE__, #cond);                                                        \
    } while (false)
#define FUZZ_CHECK_DETAIL(cond, detail)                                                                                \
    do {                                                                                                               \
        if (!(cond))                                                                                                   \
            ::podwarden::fuzz::fail(__FILE__, __LINE__, #cond, (detail));                                              \
    } while (false)

// The fuzzer's bytes as a QByteArray of their own.
QByteArray bytes(const uint8_t* data, size_t size);
QString compact(const QJsonObject& object);
QString compact(const QJsonArray& array);

// Calls `fn` and fails on any exception: decoders report failures as values.
template <typename Fn> auto noThrow(const char* what, Fn&& fn) -> decltype(fn())
{
    try {
        return fn();
    } catch (const std::exception& e) {
        fail(__FILE__, __LINE__, what, QStringLiteral("threw: ") + QString::fromUtf8(e.what()));
    } catch (...) {
        fail(__FILE__, __LINE__, what, QStringLiteral("threw a non-standard exception"));
    }
}

// A DecodeError as the contract wants it: a known kind, a field for Missing and InvalidValue,
// a non-empty sentence.
void checkError(const DecodeError& error);

// The body as the network layer parses it (parseJsonObject); nullopt, after checking the error,
// when it is not a JSON object.
std::optional<QJsonObject> parseBody(const QByteArray& body);

// Decodes `json`; when that works, encodes the value, decodes that again and requires the same
// value. Returns the first decode's result.
template <typename T, typename Decode, typename Encode>
Decoded<T> checkCodec(const char* what, const QJsonObject& json, Decode decode, Encode encode)
{
    Decoded<T> first = noThrow(what, [&] { return decode(json); });
    if (!first.ok()) {
        checkError(first.error());
        return first;
    }
    const QJsonObject wire = noThrow(what, [&] { return encode(first.value()); });
    const Decoded<T> second = noThrow(what, [&] { return decode(wire); });
    FUZZ_CHECK_DETAIL(second.ok(), QString::fromUtf8(what) + QStringLiteral(": what it wrote, ") + compact(wire) +
                                       QStringLiteral(", does not read back: ") +
                                       (second.ok() ? QString() : second.error().message()));
    FUZZ_CHECK_DETAIL(second.value() == first.value(),
                      QString::fromUtf8(what) + QStringLiteral(": decode(encode(v)) != v\n  encoded: ") +
                          compact(wire) + QStringLiteral("\n  again:   ") + compact(encode(second.value())));
    return first;
}

// A paged list body the way the network layer reads it (ServiceClient::sendPaged): the items,
// then the `pagination` block; written back and read again, both must come out the same.
template <typename T, typename DecodeList, typename EncodeList>
void checkListPage(const char* what, const QJsonObject& json, DecodeList decodeList, EncodeList encodeList)
{
    const Decoded<QList<T>> items = noThrow(what, [&] { return decodeList(json); });
    if (!items.ok()) {
        checkError(items.error());
        return;
    }
    const Decoded<PageInfo> page = noThrow(what, [&] { return PageInfo::fromListBody(json); });
    if (!page.ok()) {
        checkError(page.error());
        return;
    }
    FUZZ_CHECK(!page->hasNextPage || (page->nextCursor && !page->nextCursor->isEmpty()));
    QJsonObject wire = encodeList(items.value());
    if (json.contains(QStringLiteral("pagination")))
        page->writeTo(wire);
    const Decoded<QList<T>> itemsAgain = noThrow(what, [&] { return decodeList(wire); });
    const Decoded<PageInfo> pageAgain = noThrow(what, [&] { return PageInfo::fromListBody(wire); });
    FUZZ_CHECK_DETAIL(itemsAgain.ok() && pageAgain.ok(), QString::fromUtf8(what) +
                                                             QStringLiteral(": the page written back does not read: ") +
                                                             compact(wire));
    FUZZ_CHECK_DETAIL(itemsAgain.value() == items.value() && pageAgain.value() == page.value(),
                      QString::fromUtf8(what) + QStringLiteral(": the page read back differs: ") + compact(wire));
}

} // namespace podwarden::fuzz
