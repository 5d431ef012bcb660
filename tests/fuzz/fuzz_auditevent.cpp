// The account's audit events: one event and a page of GET /v2/account/events, with the
// `pagination` block or an older body's top-level nextCursor.
#include "FuzzSupport.h"

#include "AuditEvent.h"

using namespace podwarden;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto json = fuzz::parseBody(fuzz::bytes(data, size));
    if (!json)
        return 0;
    const auto event = fuzz::checkCodec<AuditEvent>(
        "AuditEvent", *json, [](const QJsonObject& o) { return AuditEvent::fromJson(o); },
        [](const AuditEvent& e) { return e.toJson(); });
    if (event.ok()) {
        FUZZ_CHECK(event->at.isValid());
        FUZZ_CHECK(auditActionFromString(toWireString(event->action)) == event->action);
        FUZZ_CHECK(resourceTypeFromString(toWireString(event->resourceType)) == event->resourceType);
        FUZZ_CHECK(!event->describe().isEmpty() && !event->actionText().isEmpty());
    }

    const auto page = fuzz::noThrow("AuditEventPage", [&] { return AuditEventPage::fromJson(*json); });
    if (!page.ok()) {
        fuzz::checkError(page.error());
        return 0;
    }
    FUZZ_CHECK(!page->page.hasNextPage || (page->page.nextCursor && !page->page.nextCursor->isEmpty()));
    const QJsonObject wire = page->toJson();
    const auto again = AuditEventPage::fromJson(wire);
    FUZZ_CHECK_DETAIL(again.ok(), fuzz::compact(wire));
    FUZZ_CHECK_DETAIL(again->events == page->events && again->page == page->page, fuzz::compact(wire));
    return 0;
}
