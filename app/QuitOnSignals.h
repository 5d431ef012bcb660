#pragma once

#include <QObject>

class QSocketNotifier;

namespace podwarden {

// SIGTERM, SIGHUP and SIGINT end Podwarden the way closing its window does: the event loop quits,
// so destructors run, drafts are saved and a sandbox started for --sandbox is stopped (issue 15: a
// SIGTERM left the sandbox child running, re-parented to init). The signal handler only writes a
// byte to a socket pair; the quit happens in the event loop.
class QuitOnSignals final : public QObject
{
    Q_OBJECT
public:
    explicit QuitOnSignals(QObject* parent = nullptr);
    ~QuitOnSignals() override;

    // The signal that arrived, or 0.
    int received() const { return m_received; }

private:
    QSocketNotifier* m_notifier = nullptr;
    int m_received = 0;
};

} // namespace podwarden
