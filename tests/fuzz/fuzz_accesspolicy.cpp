// An API key's access policy documents (AccessPolicy::fromDocuments): an array of
// {"Version", "Statement": [{"Effect", "Actions", "Resources", ...}]}, or one such document.
#include "FuzzSupport.h"

#include "AccessPolicy.h"

using namespace podwarden;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(fuzz::bytes(data, size));
    QJsonArray documents;
    if (doc.isArray())
        documents = doc.array();
    else if (doc.isObject())
        documents.append(doc.object());
    else
        return 0;

    const auto policy =
        fuzz::noThrow("AccessPolicy::fromDocuments", [&] { return AccessPolicy::fromDocuments(documents); });
    if (!policy.ok()) {
        fuzz::checkError(policy.error());
        FUZZ_CHECK(policy.error().field.startsWith(QLatin1String("policies[")));
        return 0;
    }
    const AccessPolicy& p = policy.value();
    FUZZ_CHECK(p.isWithin(p));
    FUZZ_CHECK(AccessPolicy().isWithin(p));
    FUZZ_CHECK(!p.summary().isEmpty() && !p.presetName().isEmpty());
    for (auto it = p.endpointLevels().constBegin(); it != p.endpointLevels().constEnd(); ++it) {
        // Only levels above the all-endpoints level are kept per endpoint.
        FUZZ_CHECK(static_cast<int>(it.value()) > static_cast<int>(p.allEndpointsLevel()));
        FUZZ_CHECK(p.endpointLevel(it.key()) == it.value());
    }
    if (!p.hasCustom())
        FUZZ_CHECK(p.isWithin(AccessPolicy::all()));

    // Written back, the documents read as a policy of the same access, and writing that gives
    // the same documents (custom statements are grouped by version, so their order may change
    // once; after that the documents are a fixed point).
    const QJsonArray wire = p.toDocuments();
    const auto again = AccessPolicy::fromDocuments(wire);
    FUZZ_CHECK_DETAIL(again.ok(), fuzz::compact(wire));
    FUZZ_CHECK_DETAIL(again->isWithin(p) && p.isWithin(again.value()), fuzz::compact(wire));
    FUZZ_CHECK_DETAIL(again->apiLevel() == p.apiLevel() && again->allEndpointsLevel() == p.allEndpointsLevel() &&
                          again->endpointLevels() == p.endpointLevels(),
                      fuzz::compact(wire));
    FUZZ_CHECK_DETAIL(again->customStatements().size() == p.customStatements().size(), fuzz::compact(wire));
    FUZZ_CHECK_DETAIL(again->toDocuments() == wire,
                      fuzz::compact(wire) + QStringLiteral("\n  again: ") + fuzz::compact(again->toDocuments()));
    return 0;
}
