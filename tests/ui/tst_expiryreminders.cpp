// Issue 20, item 2: desktop notifications 7 days and 1 day before a key expires, once each,
// remembered across starts. The keys live in the real sandbox; the notifications go over the real
// session bus to the freedesktop.org Notifications service, which this test provides itself (the
// suite runs in a private D-Bus session, where no desktop shows them).
#include "AppTestEnvironment.h"
#include "Clock.h"
#include "SandboxProcess.h"
#include "account/AccountChanges.h"
#include "account/Session.h"
#include "notify/ExpiryReminders.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QJsonArray>
#include <QtTest>

using namespace podwarden;
using namespace podwarden::test;

// What a desktop's notification daemon offers, enough to receive Notify.
class NotificationServer final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Received
    {
        QString app;
        QString summary;
        QString body;
    };
    QList<Received> received;

public slots:
    uint Notify(const QString& app, uint, const QString&, const QString& summary, const QString& body,
                const QStringList&, const QVariantMap&, int)
    {
        received.append({app, summary, body});
        return uint(received.size());
    }
    QStringList GetCapabilities() { return {QStringLiteral("body")}; }
};

class TestExpiryReminders final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QTranslator m_english;
    SandboxProcess m_sandbox;
    HttpClient m_http;
    NotificationServer m_server;
    std::unique_ptr<Session> m_session;
    DesktopNotifications m_notifications;

    QString createKey(const QString& name, qint64 expiresInSecs, bool enabled = true)
    {
        const HttpResult r =
            m_http.post(url(m_sandbox.apiBase(), "/v2/account/api-keys"), m_sandbox.adminKey(),
                        {{"name", name},
                         {"policies", AccessPolicy::readOnly().toDocuments()},
                         {"expiresAt", QDateTime::currentDateTimeUtc().addSecs(expiresInSecs).toString(Qt::ISODate)}});
        const QString id = r.json()["id"].toString();
        if (!enabled)
            m_http.patch(url(m_sandbox.apiBase(), "/v2/account/api-keys/" + id), m_sandbox.adminKey(),
                         {{"enabled", false}});
        return id;
    }
    // The names the service lists as enabled and expiring within `days` of `now`: worked out here
    // from its own JSON, not from the app's model.
    QStringList servedExpiringWithin(double fromDays, double toDays, const QDateTime& now)
    {
        QStringList names;
        const QJsonArray keys = m_http.get(url(m_sandbox.apiBase(), "/v2/account/api-keys"), m_sandbox.adminKey())
                                    .json()["apiKeys"]
                                    .toArray();
        for (const QJsonValue& k : keys) {
            if (!k["enabled"].toBool() || k["expiresAt"].isNull())
                continue;
            const double left = now.secsTo(QDateTime::fromString(k["expiresAt"].toString(), Qt::ISODate)) / 86400.0;
            if (left > fromDays && left <= toDays)
                names << k["name"].toString();
        }
        names.sort();
        return names;
    }
    static QStringList namesIn(const QString& body)
    {
        QStringList names;
        for (const QString& line : body.split('\n')) {
            if (line.contains(": "))
                names << line.section(": ", 0, 0);
        }
        names.sort();
        return names;
    }
    QList<ExpiryReminders::Due> remind(const QDateTime& now)
    {
        return ExpiryReminders::remind(m_session->profile()->id, m_session->snapshot().apiKeys, now, &m_notifications);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(prepareScreenTest(m_home, m_english));
        QDBusConnection bus = QDBusConnection::sessionBus();
        if (!bus.isConnected())
            QSKIP("no D-Bus session bus: the suite runs in one (./dev test)");
        if (!bus.registerService("org.freedesktop.Notifications"))
            QSKIP("a notification service already runs on this session bus");
        QVERIFY(bus.registerObject("/org/freedesktop/Notifications", &m_server, QDBusConnection::ExportAllSlots));
        QVERIFY2(m_sandbox.start({"--seed", "demo"}), qPrintable(m_sandbox.errorString()));
        createKey("expires-in-5-days", 5 * 86400);
        createKey("expires-in-12-hours", 12 * 3600);
        createKey("expires-in-30-days", 30 * 86400);
        createKey("disabled-expires-in-3-days", 3 * 86400, false);
        m_session = std::make_unique<Session>(nullptr, nullptr);
        Profile profile = Profile::makeNew("Reminders");
        profile.managementBase = m_sandbox.apiBase();
        profile.invocationBase = m_sandbox.invokeBase();
        QByteArray key = m_sandbox.adminKey();
        m_session->open(profile, SecretBuffer::takeFrom(key));
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), Session::State::Online, 15000);
    }

    void cleanupTestCase()
    {
        Clock::install(nullptr);
        m_session.reset();
        m_sandbox.stop();
    }

    void sevenDaysAndOneDayBeforeOnceEach()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QSignalSpy sent(&m_notifications, &DesktopNotifications::sent);
        QCOMPARE(remind(now).size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(m_server.received.size(), 2, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 2, 5000);
        QCOMPARE(sent.at(0).at(0).toBool(), true); // the service answered
        const auto& lastDay = m_server.received.at(0);
        QCOMPARE(lastDay.app, QString("Podwarden"));
        QCOMPARE(lastDay.summary, QString("1 API key expires within a day"));
        QCOMPARE(namesIn(lastDay.body), servedExpiringWithin(0, 1, now));
        QCOMPARE(namesIn(lastDay.body), QStringList{"expires-in-12-hours"});
        const auto& week = m_server.received.at(1);
        QCOMPARE(namesIn(week.body), servedExpiringWithin(1, 7, now));
        QVERIFY(namesIn(week.body).contains("expires-in-5-days"));
        QVERIFY(!week.body.contains("disabled-expires-in-3-days"));
        QVERIFY(!week.body.contains("expires-in-30-days"));

        // Once each: again now, and after a restart (a new process reads the same settings).
        QVERIFY(remind(now).isEmpty());
        QSettings().sync();
        QVERIFY(ExpiryReminders::due(m_session->profile()->id, m_session->snapshot().apiKeys, now).isEmpty());
        QTest::qWait(300);
        QCOMPARE(m_server.received.size(), 2);
    }

    void theLastDayBringsTheSecondReminder()
    {
        ManualClock later(QDateTime::currentDateTimeUtc().addSecs(qint64(4.5 * 86400)));
        const auto due = remind(later.now());
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().keyName, QString("expires-in-5-days"));
        QCOMPARE(due.first().days, 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_server.received.size(), 3, 5000);
        QCOMPARE(namesIn(m_server.received.last().body), QStringList{"expires-in-5-days"});
        QVERIFY(remind(later.now()).isEmpty());
    }

    void aNewExpiryStartsOver()
    {
        // Moved from 30 days to 3 through the app: a reminder for the new date.
        QString id;
        for (const ApiKey& k : m_session->snapshot().apiKeys) {
            if (k.name == QLatin1String("expires-in-30-days"))
                id = k.id;
        }
        QVERIFY(!id.isEmpty());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(remind(now).isEmpty());
        auto* request = m_session->changes()->updateKey(id, std::nullopt, std::nullopt,
                                                        std::optional<std::optional<QDateTime>>(now.addDays(3)));
        QSignalSpy done(request, &ChangeRequest::finished);
        QVERIFY(done.wait(10000));
        const auto due = remind(now);
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().keyName, QString("expires-in-30-days"));
        QCOMPARE(due.first().days, 7);
        QTRY_COMPARE_WITH_TIMEOUT(m_server.received.size(), 4, 5000);
        QCOMPARE(m_server.received.last().summary, QString("1 API key expires within 7 days"));
    }
};

QTEST_MAIN(TestExpiryReminders)
#include "tst_expiryreminders.moc"
