// The `pagination` block of every paged list (PageInfo::fromListBody), on its own: a page that
// says there is more always gives a cursor, and what it reads, it writes back the same.
#include "FuzzSupport.h"

#include "Pagination.h"

using namespace podwarden;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto json = fuzz::parseBody(fuzz::bytes(data, size));
    if (!json)
        return 0;
    const auto page = fuzz::checkCodec<PageInfo>(
        "PageInfo", *json, [](const QJsonObject& o) { return PageInfo::fromListBody(o); },
        [](const PageInfo& p) {
            QJsonObject body;
            p.writeTo(body);
            return body;
        });
    if (page.ok()) {
        FUZZ_CHECK(!page->hasNextPage || (page->nextCursor && !page->nextCursor->isEmpty()));
        if (!json->contains(QStringLiteral("pagination")))
            FUZZ_CHECK(page.value() == PageInfo{});
    }
    return 0;
}
