// SoonCall: a call asked for runs once, from the event loop, one call a turn, in the order asked
// for, and other timers run between two of them (what keeps a large account's refresh from
// stalling the window).
#include "SoonCall.h"

#include <QTimer>
#include <QtTest>

#include <memory>

using namespace podwarden;

class TestSoonCall final : public QObject
{
    Q_OBJECT
private slots:
    void runsOnceFromTheEventLoop()
    {
        QObject owner;
        int runs = 0;
        auto* call = new SoonCall(&owner, [&] { ++runs; });
        call->request();
        call->request();
        QVERIFY(call->isPending());
        QCOMPARE(runs, 0); // not before the event loop turns
        QTRY_COMPARE(runs, 1);
        QVERIFY(!call->isPending());
        QTest::qWait(20);
        QCOMPARE(runs, 1); // asked twice before it ran: once
        call->request();
        QTRY_COMPARE(runs, 2);
    }

    void oneCallATurnWithOtherTimersBetween()
    {
        QObject owner;
        int ticks = 0;
        QTimer other;
        other.setInterval(0);
        connect(&other, &QTimer::timeout, this, [&] { ++ticks; });
        QList<QPair<char, int>> seen; // which call, and the other timer's ticks when it ran
        auto* a = new SoonCall(&owner, [&] { seen.append({'a', ticks}); });
        auto* b = new SoonCall(&owner, [&] { seen.append({'b', ticks}); });
        auto* c = new SoonCall(&owner, [&] { seen.append({'c', ticks}); });
        other.start();
        b->request();
        a->request();
        c->request();
        QTRY_COMPARE(seen.size(), 3);
        QCOMPARE(seen.at(0).first, 'b');
        QCOMPARE(seen.at(1).first, 'a');
        QCOMPARE(seen.at(2).first, 'c');
        QVERIFY2(seen.at(1).second > seen.at(0).second, "the other timer ran between b and a");
        QVERIFY2(seen.at(2).second > seen.at(1).second, "the other timer ran between a and c");
    }

    void aCallGoneBeforeItsTurnIsSkipped()
    {
        int runs = 0;
        auto owner = std::make_unique<QObject>();
        auto* gone = new SoonCall(owner.get(), [&] { runs += 10; });
        QObject keeper;
        auto* kept = new SoonCall(&keeper, [&] { ++runs; });
        gone->request();
        kept->request();
        owner.reset();
        QTRY_COMPARE(runs, 1);
        QTest::qWait(20);
        QCOMPARE(runs, 1);
    }

    void afterPendingWaitsForTheCallsAskedBefore()
    {
        QObject owner;
        QList<char> seen;
        // None waiting: at once.
        SoonCall::afterPending(&owner, [&] { seen.append('x'); });
        QCOMPARE(seen, QList<char>{'x'});
        seen.clear();
        auto* a = new SoonCall(&owner, [&] { seen.append('a'); });
        auto* b = new SoonCall(&owner, [&] { seen.append('b'); });
        a->request();
        b->request();
        SoonCall::afterPending(&owner, [&] { seen.append('z'); });
        QCOMPARE(seen, QList<char>{});
        QTRY_COMPARE(seen.size(), 3);
        QCOMPARE(seen, (QList<char>{'a', 'b', 'z'}));
        // Gone with its context: not run.
        seen.clear();
        a->request();
        {
            QObject shortLived;
            SoonCall::afterPending(&shortLived, [&] { seen.append('z'); });
        }
        QTRY_COMPARE(seen.size(), 1);
        QTest::qWait(20);
        QCOMPARE(seen, QList<char>{'a'});
    }
};

QTEST_MAIN(TestSoonCall)
#include "tst_sooncall.moc"
