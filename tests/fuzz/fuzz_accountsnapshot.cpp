// A whole account as the session loads it and the local cache keeps it (AccountSnapshot): keys,
// secrets, templates and endpoints together.
#include "FuzzSupport.h"

#include "AccountSnapshot.h"

using namespace podwarden;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto json = fuzz::parseBody(fuzz::bytes(data, size));
    if (!json)
        return 0;
    const auto snapshot = fuzz::checkCodec<AccountSnapshot>(
        "AccountSnapshot", *json, [](const QJsonObject& o) { return AccountSnapshot::fromJson(o); },
        [](const AccountSnapshot& s) { return s.toJson(); });
    if (snapshot.ok())
        FUZZ_CHECK(!snapshot->isEmpty());
    return 0;
}
