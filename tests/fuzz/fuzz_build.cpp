// Builds of a serverless endpoint: GET /v2/serverless/{id}/builds (a paged list) and one build.
#include "FuzzSupport.h"

#include "Build.h"
#include "JsonReader.h"

using namespace podwarden;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto json = fuzz::parseBody(fuzz::bytes(data, size));
    if (!json)
        return 0;
    const auto build = fuzz::checkCodec<Build>(
        "Build", *json, [](const QJsonObject& o) { return Build::fromJson(o); },
        [](const Build& b) { return b.toJson(); });
    if (build.ok()) {
        FUZZ_CHECK(buildStatusFromString(toWireString(build->status)) == build->status);
        FUZZ_CHECK(!build->startedAt || build->startedAt->isValid());
    }
    fuzz::checkListPage<Build>("Build list", *json, &decodeBuildList, [](const QList<Build>& builds) {
        return encodeWrappedList(builds, QStringLiteral("builds"));
    });
    return 0;
}
