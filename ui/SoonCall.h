#pragma once

#include <QObject>

#include <functional>

namespace podwarden {

class Session;

// Runs `call` from the event loop, in a turn of its own (one call a turn, in the order asked for),
// once however many times it was asked for before then. A large account's screens take a new account one a turn this
// way, so the window never waits for all of them at once (issue 16: no stall over 50 ms).
class SoonCall final : public QObject
{
public:
    SoonCall(QObject* parent, std::function<void()> call);
    ~SoonCall() override;
    void request();
    void run(); // now (the queue's turn)
    bool isPending() const { return m_pending; }
    // Runs `call` once every call asked for so far has run (at once when none waits): a picture
    // of the window that shows what each screen took of a large account. Not run if `context` goes
    // first.
    static void afterPending(QObject* context, std::function<void()> call);

private:
    std::function<void()> m_call;
    bool m_pending = false;
};

// Calls `call` whenever `session` has a new account (Session::snapshotChanged): at once, or for a
// large account (Session::isLargeAccount) in a turn of its own (SoonCall). Ends with `context`.
void followNewAccounts(QObject* context, Session* session, std::function<void()> call);

} // namespace podwarden
