// The rate-limit headers of every answer: `RateLimit` and `RateLimit-Policy`
// (RateLimitInfo::parse) and `Retry-After` (parseRetryAfterSeconds). The input is the three
// header values, one a line, e.g. "\"minute\";r=57;t=12\n\"minute\";q=60;w=60\n30".
#include "FuzzSupport.h"

#include "service/RateLimitInfo.h"

#include <QList>

#include <algorithm>

using namespace podwarden;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QList<QByteArray> lines = fuzz::bytes(data, size).split('\n');
    const QByteArray rateLimit = lines.value(0);
    const QByteArray policy = lines.value(1);
    const QByteArray retryAfter = lines.value(2);

    const RateLimitInfo info =
        fuzz::noThrow("RateLimitInfo::parse", [&] { return RateLimitInfo::parse(rateLimit, policy); });
    if (info.isValid()) {
        FUZZ_CHECK(*info.remaining >= 0);
        FUZZ_CHECK(!info.resetSeconds || *info.resetSeconds >= 0);
        FUZZ_CHECK(!info.quota || *info.quota >= 0);
        FUZZ_CHECK(!info.windowSeconds || *info.windowSeconds >= 0);
        // The item chosen is the one with the least headroom: no item has a smaller r (an
        // item's r is its first readable one; the name comes before the parameters).
        for (const QByteArray& item : rateLimit.split(',')) {
            const QList<QByteArray> parts = item.trimmed().split(';');
            if (parts.first().isEmpty())
                continue;
            for (qsizetype i = 1; i < parts.size(); ++i) {
                const qsizetype eq = parts.at(i).indexOf('=');
                if (eq <= 0 || parts.at(i).left(eq).trimmed() != "r")
                    continue;
                bool ok = false;
                const int r = parts.at(i).mid(eq + 1).trimmed().toInt(&ok);
                if (ok && r >= 0) {
                    FUZZ_CHECK(*info.remaining <= r);
                    break;
                }
            }
        }
        // The policy's quota and window come from the item of the same name, or from none.
        if (info.quota || info.windowSeconds)
            FUZZ_CHECK(QString::fromUtf8(policy).contains(info.policy));
    } else {
        FUZZ_CHECK(!info.resetSeconds && !info.quota && !info.windowSeconds && info.policy.isEmpty());
    }

    const QDateTime now(QDate(2026, 9, 15), QTime(12, 0), Qt::UTC);
    const auto seconds =
        fuzz::noThrow("parseRetryAfterSeconds", [&] { return parseRetryAfterSeconds(retryAfter, now); });
    bool isNumber = false;
    const qint64 number = retryAfter.trimmed().toLongLong(&isNumber);
    if (isNumber) {
        // delay-seconds: taken as they are, a negative delay not at all.
        FUZZ_CHECK(seconds == (number >= 0 ? std::optional<qint64>(number) : std::nullopt));
    } else if (seconds) {
        // An HTTP-date is read against the clock: a minute later, the wait is a minute shorter
        // (or already over).
        FUZZ_CHECK(*seconds >= 0);
        const auto later = parseRetryAfterSeconds(retryAfter, now.addSecs(60));
        FUZZ_CHECK(later && *later == std::max<qint64>(0, *seconds - 60));
    }
    return 0;
}
