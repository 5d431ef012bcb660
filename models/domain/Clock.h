#pragma once

#include <QDateTime>

namespace podwarden {

// Where the app's "now" comes from: the system's clock, or in tests one they set. Relative times
// ("3 days ago"), draft times and the snapshot's time all read Clock::current(), so a test can put
// the app at any moment without sleeping.
//
//   ManualClock clock(QDateTime(QDate(2026, 11, 1), QTime(10, 0), QTimeZone::utc()));
//   Clock::install(&clock);   // ... clock.advance(90);  ... Clock::install(nullptr);
class Clock
{
public:
    virtual ~Clock();
    virtual QDateTime now() const = 0; // UTC

    // The installed clock; the system's unless a test installed another.
    static const Clock& current();
    // Installs `clock` (not owned; it must outlive its use); nullptr puts the system's back.
    static void install(const Clock* clock);
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime now);
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& now) { m_now = now.toUTC(); }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace podwarden
