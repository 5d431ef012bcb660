// `podwarden --sandbox` when the sandbox dies under it (SIGKILL, as the OOM killer or a stray
// `kill` would): the overview says so in a sentence, without the sandbox's log lines, and offers
// "Restart the sandbox", which brings the same demo account back online.
#include "AppController.h"
#include "AppTestEnvironment.h"
#include "MainWindow.h"
#include "account/Session.h"
#include "sandbox/SandboxLauncher.h"

#include <QLabel>
#include <QPushButton>
#include <QtTest>

#include <csignal>

using namespace podwarden;
using namespace podwarden::test;

class TestSandboxRestart final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(prepareScreenTest(m_home, m_english)); }

    void aKilledSandboxIsExplainedAndRestarted()
    {
        AppController app(AppOptions::parse({"podwarden", "--sandbox"}));
        app.start();
        app.window()->resize(1100, 700);
        QTRY_COMPARE_WITH_TIMEOUT(app.session()->state(), Session::State::Sandbox, 30000);
        auto* problem = app.window()->findChild<QLabel*>(QStringLiteral("overviewProblem"));
        auto* restart = app.window()->findChild<QPushButton*>(QStringLiteral("restartSandboxButton"));
        QVERIFY(problem && restart);
        QVERIFY(!restart->isVisible());
        // Some traffic, so the sandbox has written log lines that a raw message would show.
        QSignalSpy loaded(app.session(), &Session::snapshotChanged);
        app.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 15000);

        const qint64 pid = app.sandbox()->processId();
        QVERIFY(pid > 0);
        QCOMPARE(::kill(static_cast<pid_t>(pid), SIGKILL), 0);
        QTRY_VERIFY_WITH_TIMEOUT(restart->isVisible(), 15000);
        QCOMPARE(app.session()->state(), Session::State::Offline);
        QVERIFY(problem->isVisible());
        const QString text = problem->text();
        QVERIFY2(text.contains(QStringLiteral("The local sandbox stopped unexpectedly.")), qPrintable(text));
        // One sentence for a person: no log lines, no category names, no requests.
        QVERIFY2(!text.contains(QLatin1Char('\n')), qPrintable(text));
        for (const char* raw : {"podwarden.", "GET ", "HTTP/", "sqlite", "crashed"})
            QVERIFY2(!text.contains(QLatin1String(raw), Qt::CaseInsensitive), qPrintable(text));
        QCOMPARE(restart->text().remove(QLatin1Char('&')), QStringLiteral("Restart the sandbox"));
        // The cached demo account stays on screen meanwhile.
        QCOMPARE(app.window()->findChild<QLabel*>(QStringLiteral("countApiKeys"))->text(), QStringLiteral("13"));
        screenshot(app.window(), "overview-sandbox-stopped");

        QTest::mouseClick(restart, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(app.session()->state(), Session::State::Sandbox, 30000);
        QVERIFY(app.sandbox()->processId() != pid);
        QVERIFY(!restart->isVisible());
        QVERIFY(!problem->isVisible());
        QVERIFY(!app.session()->snapshotFromCache());
        QCOMPARE(app.window()->findChild<QLabel*>(QStringLiteral("countApiKeys"))->text(), QStringLiteral("13"));
    }

private:
    QTemporaryDir m_home;
    QTranslator m_english;
};

QTEST_MAIN(TestSandboxRestart)
#include "tst_sandboxrestart.moc"
