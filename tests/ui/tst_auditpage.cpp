// Issue 19, item 1: the Audit screen against the real sandbox. Every filter (action, kind of
// resource, a time range, free text) is sent under its official name, and what the screen lists,
// paged in to the end, is the same events in the same order as the service's own answer to that
// query read page by page over HTTP; a change made in the window appears on top; a row opens its
// resource; offline, the rows loaded stay and the count says so.
#include "AppTestEnvironment.h"
#include "AuditEventTableModel.h"
#include "JsonReader.h"
#include "SandboxProcess.h"
#include "account/AccountChanges.h"
#include "account/Session.h"
#include "audit/AuditPage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTranslator>
#include <QUrlQuery>
#include <QtTest>

using namespace podwarden;
using namespace podwarden::test;

class TestAuditPage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QTranslator m_english;
    SandboxProcess m_sandbox;
    HttpClient m_http;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<AuditPage> m_page;

    // The service's answer to `query`, every page, as event ids newest first.
    QStringList serviceIds(const QUrlQuery& query)
    {
        const QString path = QStringLiteral("/v2/account/events?") + query.toString(QUrl::FullyEncoded);
        const PagedList all = readAllPages(m_http, m_sandbox.apiBase(), path, m_sandbox.adminKey(), "events", 100);
        if (!all.error.isEmpty())
            qWarning() << "events:" << all.error;
        return all.ids();
    }
    // Everything the screen can page in for its filters now.
    QStringList screenIds()
    {
        if (!QTest::qWaitFor([this] { return !m_page->isLoading(); }, 15000))
            return {QStringLiteral("timeout")};
        while (m_page->hasOlder()) {
            m_page->loadOlder();
            if (!QTest::qWaitFor([this] { return !m_page->isLoading(); }, 15000))
                return {QStringLiteral("timeout")};
        }
        QStringList ids;
        for (const AuditEvent& e : m_page->model()->events())
            ids << e.id;
        return ids;
    }
    template <typename T> T* find(const char* name) { return m_page->findChild<T*>(QLatin1String(name)); }

private slots:
    void initTestCase()
    {
        QVERIFY(prepareScreenTest(m_home, m_english));
        m_session = std::make_unique<Session>(nullptr, nullptr);
        const QString failure = openDemoSession(m_sandbox, *m_session, "Audit");
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        m_page = std::make_unique<AuditPage>(m_session.get());
        m_page->setPageSize(7); // the demo's history in several pages
        m_page->resize(1200, 600);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_session.reset();
        m_sandbox.stop();
    }

    void listsEveryEventNewestFirst()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowCount() > 0, 15000);
        const QStringList expected = serviceIds({});
        QVERIFY(expected.size() > 10);
        QVERIFY(m_page->hasOlder()); // more than a page: the rest comes as it is scrolled to
        m_page->table()->scrollToBottom();
        QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowCount() > 7, 10000);
        QCOMPARE(screenIds(), expected);
        const QList<AuditEvent>& events = m_page->model()->events();
        for (int i = 1; i < events.size(); ++i)
            QVERIFY(events.at(i - 1).at >= events.at(i).at);
        QCOMPARE(find<QLabel>("auditCount")->text(), QStringLiteral("%1 events").arg(expected.size()));
        // An expiry change reads in the user's locale, not as the wire's RFC 3339.
        bool sawExpiry = false;
        for (int row = 0; row < m_page->model()->rowCount(); ++row) {
            const AuditEvent& e = m_page->model()->events().at(row);
            if (e.action != AuditAction::ExpiryChanged)
                continue;
            sawExpiry = true;
            const QString details = AuditEventTableModel::detailsText(e);
            const QString to = e.changes->value("expiresAt")["to"].toString();
            QVERIFY2(!details.contains(to), qPrintable(details));
            QVERIFY2(details.contains(QLocale().toString(parseTimestamp(to)->toLocalTime(), QLocale::ShortFormat)),
                     qPrintable(details));
        }
        QVERIFY(sawExpiry);
        m_page->table()->scrollToTop();
        screenshot(m_page.get(), "audit");
    }

    void eachFilterIsTheServicesAnswer()
    {
        // Action.
        auto* action = find<QComboBox>("actionFilter");
        action->setCurrentIndex(action->findData(int(AuditAction::Created)));
        QUrlQuery created;
        created.addQueryItem("actions", "created");
        const QStringList createdIds = serviceIds(created);
        QVERIFY(!createdIds.isEmpty());
        QCOMPARE(screenIds(), createdIds);
        for (const AuditEvent& e : m_page->model()->events())
            QCOMPARE(e.action, AuditAction::Created);
        action->setCurrentIndex(0);

        // Kind of resource.
        auto* kind = find<QComboBox>("kindFilter");
        kind->setCurrentIndex(kind->findData(int(ResourceType::Secret)));
        QUrlQuery secrets;
        secrets.addQueryItem("resourceType", "secret");
        const QStringList secretIds = serviceIds(secrets);
        QVERIFY(!secretIds.isEmpty());
        QCOMPARE(screenIds(), secretIds);
        kind->setCurrentIndex(kind->findData(int(ResourceType::Pod)));
        QUrlQuery pods;
        pods.addQueryItem("resourceType", "pod");
        QCOMPARE(screenIds(), serviceIds(pods));
        kind->setCurrentIndex(0);

        // Free text (the service looks in the actor, the resource and the action).
        auto* search = find<QLineEdit>("auditSearch");
        QTest::keyClicks(search, "li.wei");
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading() && m_page->query().search == "li.wei", 5000);
        QUrlQuery text;
        text.addQueryItem("search", "li.wei");
        const QStringList textIds = serviceIds(text);
        QTRY_COMPARE_WITH_TIMEOUT(screenIds(), textIds, 5000);
        search->clear();

        // A time range: whole days in local time, from the first's start to the last's end.
        const QList<AuditEvent> all = [this] {
            screenIds();
            return m_page->model()->events();
        }();
        QVERIFY(all.size() > 2);
        const QDate day = all.at(all.size() / 2).at.toLocalTime().date();
        auto* period = find<QComboBox>("periodFilter");
        period->setCurrentIndex(period->findData(-2)); // days of my choice
        QVERIFY(find<QWidget>("customRange")->isVisible());
        find<QDateEdit>("fromFilter")->setDate(day);
        find<QDateEdit>("toFilter")->setDate(day);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading() && m_page->query().endTime.isValid(), 5000);
        QUrlQuery range;
        range.addQueryItem("startTime", formatTimestamp(day.startOfDay(Qt::LocalTime).toUTC()));
        range.addQueryItem("endTime", formatTimestamp(day.endOfDay(Qt::LocalTime).toUTC()));
        const QStringList rangeIds = serviceIds(range);
        QVERIFY(!rangeIds.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(screenIds(), rangeIds, 5000);
        for (const AuditEvent& e : m_page->model()->events())
            QCOMPARE(e.at.toLocalTime().date(), day);
        // A range that runs backwards is said, not sent.
        find<QDateEdit>("fromFilter")->setDate(day.addDays(1));
        find<QDateEdit>("toFilter")->setDate(day);
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>("auditState")->text().contains("comes after"), 5000);
        // The last 7 days: counted back from the start of today.
        period->setCurrentIndex(period->findData(7));
        QVERIFY(!find<QWidget>("customRange")->isVisible());
        QUrlQuery week;
        week.addQueryItem("startTime",
                          formatTimestamp(QDate::currentDate().addDays(-6).startOfDay(Qt::LocalTime).toUTC()));
        QTRY_COMPARE_WITH_TIMEOUT(screenIds(), serviceIds(week), 5000);
        for (const AuditEvent& e : m_page->model()->events())
            QVERIFY(e.at.toLocalTime().date() >= QDate::currentDate().addDays(-6));
        period->setCurrentIndex(0);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading() && m_page->model()->rowCount() > 0, 5000);
    }

    void theActorFilterIsTheServicesAnswer()
    {
        // The people seen in the history so far are offered; one is sent as actorIds.
        auto* actor = find<QComboBox>("actorFilter");
        const QString maya = QStringLiteral("maya@example.com");
        QTRY_VERIFY_WITH_TIMEOUT(actor->findData(maya) >= 0, 10000);
        actor->setCurrentIndex(actor->findData(maya));
        QCOMPARE(m_page->query().actorIds, QStringList{maya});
        QUrlQuery by;
        by.addQueryItem("actorIds", maya);
        const QStringList mayaIds = serviceIds(by);
        QVERIFY(!mayaIds.isEmpty());
        QVERIFY(mayaIds.size() < serviceIds({}).size());
        QTRY_COMPARE_WITH_TIMEOUT(screenIds(), mayaIds, 5000);
        for (const AuditEvent& e : m_page->model()->events())
            QCOMPARE(e.actor.user, maya);
        actor->setCurrentIndex(0);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading() && m_page->query().actorIds.isEmpty(), 5000);

        // "Only events by …" on a row: that row's person.
        QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowCount() > 0, 5000);
        const AuditActor first = m_page->model()->eventAt(0).actor;
        m_page->showActor(first);
        QCOMPARE(m_page->query().actorIds, QStringList{first.user.isEmpty() ? first.keyId : first.user});
        actor->setCurrentIndex(0);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading() && m_page->model()->rowCount() > 0, 5000);
    }

    void aChangeAppearsOnTop()
    {
        const QList<ApiKey>& keys = m_session->snapshot().apiKeys;
        const auto victim = std::find_if(keys.begin(), keys.end(), [this](const ApiKey& k) {
            return k.enabled && !k.legacy && !m_session->isSignedInWith(k);
        });
        QVERIFY(victim != keys.end());
        const QString id = victim->id;
        const QString name = victim->name;
        ChangeRequest* request = m_session->changes()->setKeyEnabled(id, false);
        QSignalSpy done(request, &ChangeRequest::finished);
        QVERIFY(done.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowCount() > 0 && m_page->model()->eventAt(0).resourceId == id &&
                                     m_page->model()->eventAt(0).action == AuditAction::Disabled,
                                 10000);
        QCOMPARE(m_page->model()->eventAt(0).resourceName, name);
        // The row opens its resource.
        QSignalSpy opened(m_page.get(), &AuditPage::resourceRequested);
        m_page->table()->selectRow(0);
        m_page->openSelected();
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(0).value<ResourceType>(), ResourceType::ApiKey);
        QCOMPARE(opened.first().at(1).toString(), id);
        QCOMPARE(opened.first().at(2).toString(), name);
        m_session->changes()->setKeyEnabled(id, true);
    }

    void offlineKeepsWhatWasLoaded()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading(), 10000);
        const int rows = m_page->model()->rowCount();
        QVERIFY(rows > 0);
        m_session->goOffline();
        QCOMPARE(m_page->model()->rowCount(), rows);
        QTRY_VERIFY(find<QLabel>("auditCount")->text().contains("offline"));
        QVERIFY(!find<QComboBox>("actionFilter")->isEnabled());

        // A screen that loaded nothing in this run (the app started offline): the newest events
        // saved with the account, and the count says from when.
        const QList<AuditEvent>& saved = m_session->snapshot().recentEvents;
        QVERIFY(!saved.isEmpty());
        AuditPage fresh(m_session.get());
        fresh.show();
        QVERIFY(QTest::qWaitForWindowExposed(&fresh));
        QTRY_COMPARE(fresh.model()->rowCount(), int(saved.size()));
        QCOMPARE(fresh.model()->eventAt(0).id, saved.first().id);
        QVERIFY(fresh.findChild<QLabel*>("auditCount")->text().contains("offline"));
    }
};

QTEST_MAIN(TestAuditPage)
#include "tst_auditpage.moc"
