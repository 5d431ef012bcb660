// Serverless endpoints: one endpoint and the paged list from the service (GET /v2/serverless),
// the create and update bodies the sandbox reads (EndpointInput), and an endpoint's health.
#include "FuzzSupport.h"

#include "Endpoint.h"
#include "EndpointHealth.h"

using namespace podwarden;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto json = fuzz::parseBody(fuzz::bytes(data, size));
    if (!json)
        return 0;
    const auto endpoint = fuzz::checkCodec<Endpoint>(
        "Endpoint", *json, [](const QJsonObject& o) { return Endpoint::fromJson(o); },
        [](const Endpoint& e) { return e.toJson(); });
    if (endpoint.ok())
        FUZZ_CHECK(endpoint->createdAt.isValid());
    fuzz::checkListPage<Endpoint>("Endpoint list", *json, &decodeEndpointList, &encodeEndpointList);

    const auto input = fuzz::noThrow("EndpointInput", [&] { return EndpointInput::fromJson(*json); });
    if (input.ok()) {
        // EndpointInput has no operator==: the wire form must be a fixed point instead.
        const QJsonObject wire = input->toJson();
        const auto again = EndpointInput::fromJson(wire);
        FUZZ_CHECK_DETAIL(again.ok() && again->toJson() == wire, fuzz::compact(wire));
        input->container.commandChange(QString());
    } else {
        fuzz::checkError(input.error());
    }

    fuzz::checkCodec<EndpointHealth>(
        "EndpointHealth", *json, [](const QJsonObject& o) { return EndpointHealth::fromJson(o); },
        [](const EndpointHealth& h) { return h.toJson(); });
    return 0;
}
