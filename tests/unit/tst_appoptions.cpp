#include "AppOptions.h"

#include <QtTest>

using namespace podwarden;

class TestAppOptions final : public QObject
{
    Q_OBJECT
private slots:
    void defaults();
    void allOptions();
    void sandboxKinds();
    void errors_data();
    void errors();
};

static AppOptions parse(const QStringList& args)
{
    return AppOptions::parse(QStringList{QStringLiteral("podwarden")} + args);
}

void TestAppOptions::defaults()
{
    const AppOptions o = parse({});
    QVERIFY(o.error.isEmpty());
    QCOMPARE(int(o.palette), int(AppOptions::Palette::System));
    QVERIFY(o.screenshotPath.isEmpty());
    QVERIFY(!o.helpRequested);
    QVERIFY(!o.sandbox);
    QCOMPARE(int(o.sandboxKind), int(AppOptions::SandboxKind::Runpod));
    QVERIFY(!o.offline);
    QVERIFY(o.profileName.isEmpty());
}

void TestAppOptions::allOptions()
{
    const AppOptions o = parse({QStringLiteral("--palette"), QStringLiteral("dark"), QStringLiteral("--lang"),
                                QStringLiteral("de"), QStringLiteral("--screenshot"), QStringLiteral("/tmp/x.png"),
                                QStringLiteral("--quit-after-screenshot")});
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    QCOMPARE(int(o.palette), int(AppOptions::Palette::Dark));
    QCOMPARE(o.language, QStringLiteral("de"));
    QCOMPARE(o.screenshotPath, QStringLiteral("/tmp/x.png"));
    QVERIFY(o.quitAfterScreenshot);
    QVERIFY(parse({QStringLiteral("--help")}).helpRequested);
    QVERIFY(parse({QStringLiteral("--help")}).helpText.contains(QStringLiteral("--palette")));
    QVERIFY(parse({QStringLiteral("--help")}).helpText.contains(QStringLiteral("--sandbox")));
    QVERIFY(parse({QStringLiteral("--sandbox")}).sandbox);
    const AppOptions offline =
        parse({QStringLiteral("--offline"), QStringLiteral("--profile"), QStringLiteral("Team")});
    QVERIFY2(offline.error.isEmpty(), qPrintable(offline.error));
    QVERIFY(offline.offline);
    QCOMPARE(offline.profileName, QStringLiteral("Team"));
}

void TestAppOptions::sandboxKinds()
{
    const AppOptions runpod = parse({"--sandbox"});
    QVERIFY2(runpod.error.isEmpty(), qPrintable(runpod.error));
    QVERIFY(runpod.sandbox);
    QCOMPARE(int(runpod.sandboxKind), int(AppOptions::SandboxKind::Runpod));
    const AppOptions namedRunpod = parse({"--sandbox", "runpod"});
    QVERIFY2(namedRunpod.error.isEmpty(), qPrintable(namedRunpod.error));
    QCOMPARE(int(namedRunpod.sandboxKind), int(AppOptions::SandboxKind::Runpod));
    // The kind right after the flag, wherever the flag stands among the other options.
    for (const QStringList& args : {QStringList{"--sandbox", "paperspace"},
                                    QStringList{"--lang", "de", "--sandbox", "paperspace", "--palette", "dark"}}) {
        const AppOptions o = parse(args);
        QVERIFY2(o.error.isEmpty(), qPrintable(args.join(' ') + ": " + o.error));
        QVERIFY(o.sandbox);
        QCOMPARE(int(o.sandboxKind), int(AppOptions::SandboxKind::Paperspace));
    }
    QVERIFY(parse({"--help"}).helpText.contains("--sandbox paperspace"));
}

void TestAppOptions::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("bad palette") << QStringList{"--palette", "pink"} << "pink";
    QTest::newRow("unknown option") << QStringList{"--frobnicate"} << "frobnicate";
    QTest::newRow("quit without screenshot") << QStringList{"--quit-after-screenshot"} << "--screenshot";
    QTest::newRow("positional") << QStringList{"extra"} << "extra";
    QTest::newRow("missing value") << QStringList{"--lang"} << "lang";
    QTest::newRow("sandbox and offline") << QStringList{"--sandbox", "--offline"} << "--offline";
    QTest::newRow("unknown sandbox") << QStringList{"--sandbox", "azure"} << "azure";
    QTest::newRow("a kind without --sandbox") << QStringList{"paperspace"} << "paperspace";
    QTest::newRow("a kind before --sandbox") << QStringList{"paperspace", "--sandbox"} << "paperspace";
    QTest::newRow("a second positional") << QStringList{"--sandbox", "paperspace", "extra"} << "extra";
    QTest::newRow("a kind after --") << QStringList{"--sandbox", "--", "paperspace"} << "paperspace";
    QTest::newRow("sandbox kind and offline") << QStringList{"--sandbox", "paperspace", "--offline"} << "--offline";
}

void TestAppOptions::errors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const AppOptions o = parse(args);
    QVERIFY2(o.error.contains(mentions), qPrintable(o.error));
}

QTEST_GUILESS_MAIN(TestAppOptions)
#include "tst_appoptions.moc"
