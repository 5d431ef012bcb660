// Session against the real sandbox: a large account arrives page by page with progress, in
// parallel across the four lists; a load can be stopped (the first one goes offline with what was
// on screen, a refresh stays connected with the account as it was); a service without our [ext]
// routes still opens.
#include "SandboxProcess.h"
#include "account/Session.h"

#include <QSignalSpy>
#include <QtTest>

using namespace podwarden;
using namespace podwarden::test;

namespace {

Profile profileFor(const SandboxProcess& sandbox)
{
    Profile profile = Profile::makeNew(QStringLiteral("Paged"));
    profile.managementBase = sandbox.apiBase();
    profile.invocationBase = sandbox.invokeBase();
    return profile;
}

SecretBuffer keyOf(const SandboxProcess& sandbox)
{
    QByteArray key = sandbox.adminKey();
    return SecretBuffer::takeFrom(key);
}

} // namespace

class TestSession final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // 4,000 keys, 400 endpoints, 400 secrets, 200 templates.
        QVERIFY2(m_sandbox.start({"--seed", "large:4000"}), qPrintable(m_sandbox.errorString()));
    }
    void cleanupTestCase() { QCOMPARE(m_sandbox.stop(), 0); }

    void aLargeAccountArrivesPageByPage()
    {
        Session session(nullptr, nullptr);
        session.setListPageSize(150);
        QList<Session::LoadProgress> seen;
        connect(&session, &Session::loadProgressChanged, this, [&] {
            if (session.loadProgress().pages > 0)
                seen << session.loadProgress();
        });
        session.open(profileFor(m_sandbox), keyOf(m_sandbox));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::Online, 60000);
        QCOMPARE(session.snapshot().apiKeys.size(), 4000);
        QCOMPARE(session.snapshot().endpoints.size(), 400);
        QCOMPARE(session.snapshot().templates.size(), 200);
        QCOMPARE(session.snapshot().secrets.size(), 400);
        QSet<QString> ids;
        for (const ApiKey& k : session.snapshot().apiKeys)
            ids.insert(k.id);
        QCOMPARE(ids.size(), 4000); // every key once

        // Progress came page by page, growing, for the lists that have more than one page.
        QVERIFY(seen.size() >= 4000 / 150);
        qsizetype lastKeys = 0;
        bool sawTwoListsAtOnce = false;
        for (const Session::LoadProgress& p : seen) {
            QVERIFY(p.apiKeys >= lastKeys);
            lastKeys = p.apiKeys;
            // The lists load in parallel: keys and endpoints both under way before keys finish.
            sawTwoListsAtOnce = sawTwoListsAtOnce || (p.apiKeys > 0 && p.apiKeys < 4000 && p.endpoints > 0);
        }
        QCOMPARE(lastKeys, qsizetype(3900)); // the last progress report comes before the last page
        QVERIFY(sawTwoListsAtOnce);
        QCOMPARE(session.loadProgress().total(), qsizetype(0)); // cleared once loaded
        QVERIFY(!session.isLoading());
    }

    void theFirstLoadCanBeStopped()
    {
        Session session(nullptr, nullptr);
        session.setListPageSize(50);
        QSignalSpy snapshots(&session, &Session::snapshotChanged);
        bool stopped = false;
        connect(&session, &Session::loadProgressChanged, this, [&session, &stopped] {
            if (!stopped && session.loadProgress().pages == 2) {
                stopped = true;
                session.cancelLoad();
            }
        });
        session.open(profileFor(m_sandbox), keyOf(m_sandbox));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::Offline, 30000);
        QVERIFY2(session.errorMessage().contains("cancelled"), qPrintable(session.errorMessage()));
        QVERIFY(!session.isLoading());
        QVERIFY(session.snapshot().apiKeys.isEmpty()); // nothing half-loaded is shown
        QTest::qWait(300);                             // and nothing arrives afterwards
        QVERIFY(session.snapshot().apiKeys.isEmpty());
        QCOMPARE(session.state(), Session::State::Offline);

        // F5 afterwards connects again and loads everything.
        session.setListPageSize(0);
        session.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::Online, 60000);
        QCOMPARE(session.snapshot().apiKeys.size(), 4000);
    }

    void aStoppedRefreshKeepsTheAccountAsItWas()
    {
        Session session(nullptr, nullptr);
        session.open(profileFor(m_sandbox), keyOf(m_sandbox));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::Online, 60000);
        const QDateTime loadedAt = session.snapshot().fetchedAt;
        session.setListPageSize(50);
        session.refresh();
        QVERIFY(session.isBusy());
        session.cancelLoad();
        QCOMPARE(session.state(), Session::State::Online);
        QVERIFY2(session.errorMessage().contains("refresh was cancelled"), qPrintable(session.errorMessage()));
        QCOMPARE(session.snapshot().apiKeys.size(), 4000);
        QCOMPARE(session.snapshot().fetchedAt, loadedAt);
        QVERIFY(!session.isBusy());
        // The next refresh goes through.
        session.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(session.snapshot().fetchedAt > loadedAt, 60000);
        QCOMPARE(session.state(), Session::State::Online);
    }

private:
    SandboxProcess m_sandbox;
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
