#include "Clock.h"

#include <atomic>

namespace podwarden {

namespace {

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

const SystemClock& systemClock()
{
    static const SystemClock clock;
    return clock;
}

std::atomic<const Clock*> installed{nullptr};

} // namespace

Clock::~Clock() = default;

const Clock& Clock::current()
{
    const Clock* clock = installed.load(std::memory_order_acquire);
    return clock ? *clock : systemClock();
}

void Clock::install(const Clock* clock)
{
    installed.store(clock, std::memory_order_release);
}

ManualClock::ManualClock(QDateTime now)
    : m_now(now.toUTC())
{}

} // namespace podwarden
