// The sandbox's hand-written timestamp writer (issue 16: the key list wrote two a key through
// QDateTime::toString) against formatTimestamp, which the codecs use: byte for byte the same text
// for every instant it is given, the years QDateTime cannot write included.
#include "JsonReader.h"
#include "Timestamp.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QtTest>

using namespace podwarden;
using namespace podwarden::sandbox;

namespace {

QByteArray written(qint64 ms)
{
    QByteArray out = "x"; // appended to what is there, not written over it
    appendTimestamp(out, ms);
    return out.mid(1);
}

QByteArray expected(qint64 ms)
{
    return formatTimestamp(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)).toUtf8();
}

constexpr qint64 kDay = 86'400'000;
constexpr qint64 kFirst = -62'135'596'800'000; // 0001-01-01T00:00:00Z
constexpr qint64 kLast = 253'402'300'799'999;  // 9999-12-31T23:59:59.999Z

} // namespace

class TestSandboxTimestamp final : public QObject
{
    Q_OBJECT
private slots:
    void knownInstants_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("epoch") << qint64(0) << QByteArray("1970-01-01T00:00:00Z");
        QTest::newRow("one ms") << qint64(1) << QByteArray("1970-01-01T00:00:00.001Z");
        QTest::newRow("one ms before") << qint64(-1) << QByteArray("1969-12-31T23:59:59.999Z");
        QTest::newRow("contract example") << qint64(1'773'432'000'000) << QByteArray("2026-03-13T20:00:00Z");
        QTest::newRow("leap day") << qint64(1'709'164'800'250) << QByteArray("2024-02-29T00:00:00.250Z");
        QTest::newRow("first") << kFirst << QByteArray("0001-01-01T00:00:00Z");
        QTest::newRow("last") << kLast << QByteArray("9999-12-31T23:59:59.999Z");
    }
    void knownInstants()
    {
        QFETCH(qint64, ms);
        QFETCH(QByteArray, text);
        QCOMPARE(written(ms), text);
        QCOMPARE(written(ms), expected(ms));
    }

    // Every day of 1600-2400 (four centuries: the 400-year cycle, 1900 and 2100 not leap years,
    // 2000 a leap year) at a random moment of the day, and at midnight and the day's last ms.
    void everyDayOfFourCenturies()
    {
        QRandomGenerator random(16);
        const qint64 from = QDateTime(QDate(1600, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 to = QDateTime(QDate(2400, 12, 31), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        int checked = 0;
        for (qint64 day = from; day <= to; day += kDay) {
            for (const qint64 ms : {day, day + kDay - 1, day + qint64(random.bounded(int(kDay))),
                                    day + qint64(random.bounded(86'400)) * 1000}) {
                const QByteArray got = written(ms);
                if (got != expected(ms))
                    QFAIL(qPrintable(QStringLiteral("%1 ms: %2, not %3")
                                         .arg(ms)
                                         .arg(QString::fromLatin1(got), QString::fromLatin1(expected(ms)))));
                ++checked;
            }
        }
        QVERIFY(checked > 4 * 290'000);
    }

    // A million random instants over the whole range QDateTime writes, and beyond it.
    void randomInstants()
    {
        QRandomGenerator64 random(1616);
        for (int i = 0; i < 1'000'000; ++i) {
            qint64 ms = 0;
            switch (i % 4) {
            case 0: // anywhere in the years 1-9999
                ms = kFirst + qint64(random.bounded(quint64(kLast - kFirst + 1)));
                break;
            case 1: // the sandbox's own times: 1970-2100, whole seconds half of the time
                ms = qint64(random.bounded(quint64(4'102'444'800'000)));
                if (i % 8 == 1)
                    ms -= ms % 1000;
                break;
            case 2: // near either end of the range, on both sides of it
                ms = (i % 8 == 2 ? kFirst : kLast) + qint64(random.bounded(quint64(4 * kDay))) - 2 * kDay;
                break;
            default: // any 64-bit value at all
                ms = qint64(random.generate64());
                break;
            }
            const QByteArray got = written(ms);
            if (got != expected(ms))
                QFAIL(qPrintable(QStringLiteral("%1 ms: %2, not %3")
                                     .arg(ms)
                                     .arg(QString::fromLatin1(got), QString::fromLatin1(expected(ms)))));
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxTimestamp)
#include "tst_sandbox_timestamp.moc"
