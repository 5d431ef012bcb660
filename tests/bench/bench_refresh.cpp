// bench_refresh: issue 16's "refresh" row. The whole app (AppController, as main() builds it, its
// window shown) on `--sandbox`, whose data directory the caller has seeded; once connected it
// refreshes the account (what F5 does) --repeat times. Each refresh is paired with a run of
// fetch_lists, the four lists fetched in parallel and nothing more, against the same sandbox, A B
// A B, so that a drift in the machine's speed moves both. Prints one line a pair:
//   refresh ms=5400.0 fetch_ms=1360.2 stall_ms=2800.1
// stall_ms: the longest the GUI thread's event loop went without turning during the refresh
// (and a short while after it), measured by a 5 ms timer.
//
// The caller sets XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME and XDG_STATE_HOME to folders of its
// own (the sandbox's data in $XDG_DATA_HOME/Podwarden/podwarden/sandbox) and PODWARDEN_SANDBOX.
#include "AllocatorTuning.h"
#include "AppController.h"
#include "AppOptions.h"
#include "account/Session.h"
#include "sandbox/SandboxLauncher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

#include <cstdio>

using namespace podwarden;

namespace {

bool settled(const Session* session)
{
    return session->state() == Session::State::Sandbox && !session->isBusy();
}

// Runs the event loop until `done` holds (checked whenever the session says something, and every
// 20 ms) or `timeoutMs` passes; false on the timeout.
bool waitFor(Session* session, const std::function<bool()>& done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    const auto check = [&] {
        if (done())
            loop.quit();
    };
    QObject::connect(session, &Session::stateChanged, &loop, check);
    QObject::connect(session, &Session::snapshotChanged, &loop, check);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, check);
    poll.start(20);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

// The longest gap between two turns of the event loop while it runs.
class StallWatch final : public QObject
{
public:
    StallWatch()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kIntervalMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longestNs = std::max(m_longestNs, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_longestNs = 0;
        m_timer.start();
    }
    double stopMs()
    {
        m_timer.stop();
        const qint64 now = m_clock.nsecsElapsed();
        m_longestNs = std::max(m_longestNs, now - m_last);
        return std::max(0.0, double(m_longestNs) / 1e6 - kIntervalMs);
    }

private:
    static constexpr int kIntervalMs = 5;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longestNs = 0;
};

} // namespace

int main(int argc, char* argv[])
{
    tuneAllocator(); // as main() does: the refresh is measured with the allocator the app has
    QApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Podwarden"));
    QCoreApplication::setApplicationName(QStringLiteral("podwarden"));
    QCommandLineParser parser;
    const QCommandLineOption repeat(QStringLiteral("repeat"), QStringLiteral("Refreshes (default 3)."),
                                    QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption fetcher(QStringLiteral("fetcher"), QStringLiteral("The fetch_lists executable."),
                                     QStringLiteral("path"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QStringLiteral("Seconds a load may take."),
                                     QStringLiteral("s"), QStringLiteral("900"));
    parser.addOptions({repeat, fetcher, timeout});
    parser.process(application);
    const int timeoutMs = parser.value(timeout).toInt() * 1000;

    AppController app(AppOptions::parse({QStringLiteral("podwarden"), QStringLiteral("--sandbox")}));
    app.start();
    Session* session = app.session();
    if (!waitFor(
            session, [session] { return settled(session); }, timeoutMs)) {
        std::fprintf(stderr, "bench_refresh: the first connect did not finish: %s\n",
                     qPrintable(session->errorMessage()));
        return 1;
    }
    const QString keyFile = app.sandbox()->dataDirectory() + QStringLiteral("/admin-key");
    const QString apiBase = app.sandbox()->apiBase().toString();
    const QRegularExpression fetched(QStringLiteral("lists ms=([0-9.]+)"));
    StallWatch stalls;
    for (int run = 0; run < parser.value(repeat).toInt(); ++run) {
        // B: the four lists, by a process of their own (the app's event loop idles meanwhile).
        QProcess fetch;
        fetch.start(parser.value(fetcher), {QStringLiteral("--base"), apiBase, QStringLiteral("--key-file"), keyFile});
        if (!fetch.waitForFinished(timeoutMs) || fetch.exitCode() != 0) {
            std::fprintf(stderr, "bench_refresh: fetch_lists failed: %s\n", fetch.readAllStandardError().constData());
            return 1;
        }
        const auto match = fetched.match(QString::fromLatin1(fetch.readAllStandardOutput()));
        if (!match.hasMatch()) {
            std::fprintf(stderr, "bench_refresh: fetch_lists printed no time\n");
            return 1;
        }
        // A: the app's refresh, from F5 until the account is back on screen and idle.
        stalls.start();
        QElapsedTimer timer;
        timer.start();
        app.refresh();
        bool left = false; // the refresh has begun (Connecting), so settled() means it has ended
        const bool ok = waitFor(
            session,
            [session, &left] {
                left = left || session->state() != Session::State::Sandbox || session->isBusy();
                return left && settled(session);
            },
            timeoutMs);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        QEventLoop after; // rows and repaints that follow the state change count as part of the stall
        QTimer::singleShot(300, &after, &QEventLoop::quit);
        after.exec();
        const double stall = stalls.stopMs();
        if (!ok) {
            std::fprintf(stderr, "bench_refresh: the refresh did not finish: %s\n",
                         qPrintable(session->errorMessage()));
            return 1;
        }
        std::printf("refresh ms=%.1f fetch_ms=%s stall_ms=%.1f\n", ms, qPrintable(match.captured(1)), stall);
        std::fflush(stdout);
    }
    return 0;
}
