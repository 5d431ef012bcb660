// Secrets' metadata from the service: GET /v2/account/secrets (a paged list) and one secret.
#include "FuzzSupport.h"

#include "Secret.h"

using namespace podwarden;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto json = fuzz::parseBody(fuzz::bytes(data, size));
    if (!json)
        return 0;
    const auto secret = fuzz::checkCodec<Secret>(
        "Secret", *json, [](const QJsonObject& o) { return Secret::fromJson(o); },
        [](const Secret& s) { return s.toJson(); });
    if (secret.ok())
        FUZZ_CHECK(secret->createdAt.isValid() && secret->valueLastUpdatedAt.isValid());
    fuzz::checkListPage<Secret>("Secret list", *json, &decodeSecretList, &encodeSecretList);
    return 0;
}
