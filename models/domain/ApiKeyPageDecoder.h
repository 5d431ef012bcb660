#pragma once

#include "ApiKey.h"
#include "Pagination.h"

#include <QByteArray>
#include <QHash>

#include <optional>

namespace podwarden {

// A page of the key list (`{"apiKeys":[...],"pagination":{...}}`) decoded straight from its bytes
// with simdjson's on-demand parser, without building a QJsonDocument first (issue 16: 100,000 keys
// are 45 MB of JSON). The result is the same as decodeApiKeyList() and PageInfo::fromListBody()
// give (a test compares them); anything unusual (a malformed body, a missing or mistyped field, a
// policy statement with keys of its own) answers nullopt, and the caller decodes the page the usual
// way, which names the fault. May grow `body`'s capacity by simdjson's padding.
struct ApiKeyPage
{
    QList<ApiKey> keys;
    PageInfo page;
};

// False when the project was built without simdjson: decodeApiKeyPage() is then not there.
constexpr bool kHaveFastKeyDecoder =
#ifdef PODWARDEN_HAVE_SIMDJSON
    true;
std::optional<ApiKeyPage> decodeApiKeyPage(QByteArray& body);

// The decoder of one list's pages, one after another. Keys with the same policy text share one
// decoded AccessPolicy, and keys made by the same person one string: 100,000 keys hold a few
// thousand policies (their maps are most of a key's memory), not 100,000 copies.
class ApiKeyPageDecoder final
{
public:
    std::optional<ApiKeyPage> decode(QByteArray& body);

    struct Shared
    {
        QHash<QByteArray, AccessPolicy> policies; // by the policies' JSON text
        QHash<QByteArray, QString> people;        // createdBy, by its UTF-8
    };

private:
    Shared m_shared;
};
#else
    false;
#endif

} // namespace podwarden
