#include "secrethandling/Redactor.h"

#include <QtTest>

#include <cstdio>
#include <unistd.h>

using namespace podwarden;

namespace {
// Lines logged while the process exits, after main() returned and static objects are being
// destroyed, are masked as well: this object is made before any redaction and destroyed after
// whatever Redactor might have kept in statics (issue 15: static regular expressions used after
// their destruction hung or aborted the app's exit, and let those lines out unmasked).
struct RedactsAtExit
{
    ~RedactsAtExit()
    {
        const QString out =
            Redactor::redact(QStringLiteral(R"(late Bearer canary-9e1f rpa_ABCDEFGHIJKLMNOP {"value":"canary-77aa"})"));
        if (out.contains(QLatin1String("canary")) || out.contains(QLatin1String("rpa_ABCDEFGH")) ||
            out.count(QLatin1String("[redacted]")) != 3) {
            std::fprintf(stderr, "FAIL: redaction after main returned gave: %s\n", qPrintable(out));
            std::fflush(stderr);
            _exit(3);
        }
    }
} g_redactsAtExit;
} // namespace

class TestRedactor final : public QObject
{
    Q_OBJECT
private slots:
    void redacts_data();
    void redacts();
    void messageHandlerRedacts();
};

void TestRedactor::redacts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("kept");
    QTest::newRow("bearer header") << "Authorization: Bearer abc.DEF-123"
                                   << "abc.DEF-123"
                                   << "Authorization: Bearer";
    QTest::newRow("bearer lowercase") << "authorization: bearer s3cr3t"
                                      << "s3cr3t"
                                      << "authorization";
    QTest::newRow("raw key") << "created rpa_ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcd ok"
                             << "rpa_ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcd"
                             << "created";
    QTest::newRow("json value") << R"({"name":"db","value":"hunter2","description":"d"})"
                                << "hunter2"
                                << R"("name":"db")";
    QTest::newRow("json value spaced") << R"({"value" : "a \"quoted\" pw"})"
                                       << "quoted"
                                       << R"("value")";
    QTest::newRow("json rawKey") << R"({"rawKey":"rpa_x","id":"key_1"})"
                                 << "rpa_x"
                                 << R"("id":"key_1")";
    QTest::newRow("two bearers and a key") << "Bearer a1, bearer b2; key rpa_ABCDEFGH12"
                                           << "a1"
                                           << "Bearer [redacted], bearer [redacted]; key [redacted]";
    QTest::newRow("key inside a word is not a key") << "xrpa_ABCDEFGHIJ"
                                                    << ""
                                                    << "xrpa_ABCDEFGHIJ";
    QTest::newRow("unterminated json value") << R"({"value":"abc)"
                                             << ""
                                             << R"({"value":"abc)";
    QTest::newRow("prefix is not a key") << "prefix rpa_9QX2 shown"
                                         << ""
                                         << "rpa_9QX2";
}

void TestRedactor::redacts()
{
    QFETCH(QString, input);
    QFETCH(QString, secret);
    QFETCH(QString, kept);
    const QString out = Redactor::redact(input);
    if (!secret.isEmpty()) {
        QVERIFY2(!out.contains(secret), qPrintable(out));
        QVERIFY(out.contains(Redactor::kMask));
    } else {
        QCOMPARE(out, input);
    }
    QVERIFY2(out.contains(kept), qPrintable(out));
    QCOMPARE(Redactor::redact(input.toUtf8()), out.toUtf8());
}

namespace {
QStringList g_seen;
void capture(QtMsgType, const QMessageLogContext&, const QString& message)
{
    g_seen << message;
}
} // namespace

void TestRedactor::messageHandlerRedacts()
{
    const QtMessageHandler original = qInstallMessageHandler(capture);
    installRedactingMessageHandler();
    qWarning("sending Authorization: Bearer canary-7f1e2d");
    qInstallMessageHandler(original);
    QCOMPARE(g_seen.size(), 1);
    QVERIFY(!g_seen.constFirst().contains(QStringLiteral("canary-7f1e2d")));
    QVERIFY(g_seen.constFirst().contains(QStringLiteral("sending")));
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
