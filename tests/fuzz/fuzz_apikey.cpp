// API keys from the service: GET /v2/account/api-keys (a paged list), one key (GET, PATCH, the
// create route's answer), and the access policy inside each.
#include "FuzzSupport.h"

#include "ApiKey.h"

using namespace podwarden;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto json = fuzz::parseBody(fuzz::bytes(data, size));
    if (!json)
        return 0;
    const auto key = fuzz::checkCodec<ApiKey>(
        "ApiKey", *json, [](const QJsonObject& o) { return ApiKey::fromJson(o); },
        [](const ApiKey& k) { return k.toJson(); });
    if (key.ok()) {
        FUZZ_CHECK(key->createdAt.isValid());
        FUZZ_CHECK(!key->lastUsedAt || key->lastUsedAt->isValid());
        FUZZ_CHECK(key->policy.isWithin(key->policy));
        FUZZ_CHECK(!key->policy.summary().isEmpty());
    }
    fuzz::checkListPage<ApiKey>("ApiKey list", *json, &decodeApiKeyList, &encodeApiKeyList);
    return 0;
}
