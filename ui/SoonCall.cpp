#include "SoonCall.h"

#include "account/Session.h"

#include <QPointer>
#include <QTimer>

namespace podwarden {

namespace {

// The calls asked for, run one a turn of the event loop by a zero timer: a zero timer's turn also
// paints, takes input and runs the other timers, which a queue of posted calls would hold back
// until the last of them had run.
QList<QPointer<SoonCall>>& queue()
{
    static QList<QPointer<SoonCall>> calls;
    return calls;
}

QTimer* pump()
{
    static QPointer<QTimer> timer;
    if (!timer) {
        timer = new QTimer;
        timer->setInterval(0);
        QObject::connect(timer, &QTimer::timeout, timer, [] {
            while (!queue().isEmpty()) {
                const QPointer<SoonCall> next = queue().takeFirst();
                if (next) {
                    next->run();
                    break;
                }
            }
            if (queue().isEmpty())
                timer->stop();
        });
    }
    return timer;
}

} // namespace

SoonCall::SoonCall(QObject* parent, std::function<void()> call)
    : QObject(parent)
    , m_call(std::move(call))
{}

SoonCall::~SoonCall()
{
    queue().removeAll(this);
}

void SoonCall::request()
{
    if (m_pending)
        return;
    m_pending = true;
    queue().append(this);
    pump()->start();
}

void SoonCall::run()
{
    m_pending = false;
    m_call();
}

void SoonCall::afterPending(QObject* context, std::function<void()> call)
{
    if (queue().isEmpty()) {
        call();
        return;
    }
    // The last in the queue: its turn comes after every call already in it.
    auto* last = new SoonCall(context, {});
    last->m_call = [last, call = std::move(call)] {
        last->deleteLater();
        call();
    };
    last->request();
}

void followNewAccounts(QObject* context, Session* session, std::function<void()> call)
{
    auto* soon = new SoonCall(context, call);
    QObject::connect(session, &Session::snapshotChanged, soon, [session, soon, call] {
        if (session->isLargeAccount())
            soon->request();
        else
            call();
    });
}

} // namespace podwarden
