// The network layer's small value types: rate-limit headers, Retry-After, the mapping of HTTP
// answers and network failures to ServiceError kinds and sentences, and SecretBuffer's wiping.
#include "secrethandling/SecretBuffer.h"
#include "service/RateLimitInfo.h"
#include "service/RetryPolicy.h"
#include "service/ServiceError.h"
#include "service/ServiceReply.h"

#include <QtTest>

using namespace podwarden;

class TestServiceTypes final : public QObject
{
    Q_OBJECT
private slots:
    void rateLimitHeaders()
    {
        const RateLimitInfo info = RateLimitInfo::parse("\"minute\";r=57;t=12", "\"minute\";q=60;w=60");
        QVERIFY(info.isValid());
        QCOMPARE(info.policy, QStringLiteral("minute"));
        QCOMPARE(*info.remaining, 57);
        QCOMPARE(*info.resetSeconds, 12);
        QCOMPARE(*info.quota, 60);
        QCOMPARE(*info.windowSeconds, 60);

        // Several windows: the one with the least headroom, with its own policy.
        const RateLimitInfo two = RateLimitInfo::parse("\"minute\";r=50;t=3, \"day\";r=7;t=4000",
                                                       "\"minute\";q=60;w=60, \"day\";q=1000;w=86400");
        QCOMPARE(two.policy, QStringLiteral("day"));
        QCOMPARE(*two.remaining, 7);
        QCOMPARE(*two.quota, 1000);

        // The September document's three windows: the day is the tightest here.
        const RateLimitInfo three =
            RateLimitInfo::parse("\"minute\";r=57;t=12, \"hour\";r=2800;t=1812, \"day\";r=20;t=40000",
                                 "\"minute\";q=60;w=60, \"hour\";q=3000;w=3600, \"day\";q=50000;w=86400");
        QCOMPARE(three.policy, QStringLiteral("day"));
        QCOMPARE(*three.remaining, 20);
        QCOMPARE(*three.quota, 50000);
        QCOMPARE(*three.windowSeconds, 86400);

        QVERIFY(!RateLimitInfo::parse("", "").isValid());
        QVERIFY(!RateLimitInfo::parse("garbage", "").isValid());
        QVERIFY(!RateLimitInfo::parse("\"minute\";r=abc", "").isValid());
        const RateLimitInfo noPolicy = RateLimitInfo::parse("\"minute\";r=1;t=2", "");
        QVERIFY(noPolicy.isValid());
        QVERIFY(!noPolicy.quota.has_value());
    }

    void retryAfter()
    {
        const QDateTime now = QDateTime(QDate(2026, 11, 23), QTime(10, 0, 0), QTimeZone::utc());
        QCOMPARE(*parseRetryAfterSeconds("7", now), 7);
        QCOMPARE(*parseRetryAfterSeconds(" 0 ", now), 0);
        QCOMPARE(*parseRetryAfterSeconds("Mon, 23 Nov 2026 10:00:30 GMT", now), 30);
        QCOMPARE(*parseRetryAfterSeconds("Mon, 23 Nov 2026 09:00:00 GMT", now), 0); // in the past: now
        QVERIFY(!parseRetryAfterSeconds("", now));
        QVERIFY(!parseRetryAfterSeconds("-3", now));
        QVERIFY(!parseRetryAfterSeconds("soon", now));
    }

    void httpAnswers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("400") << 400 << int(ServiceError::Kind::BadRequest) << false;
        QTest::newRow("401") << 401 << int(ServiceError::Kind::Unauthorized) << false;
        QTest::newRow("403") << 403 << int(ServiceError::Kind::Forbidden) << false;
        QTest::newRow("404") << 404 << int(ServiceError::Kind::NotFound) << false;
        QTest::newRow("409") << 409 << int(ServiceError::Kind::Conflict) << false;
        QTest::newRow("402") << 402 << int(ServiceError::Kind::PaymentRequired) << false;
        QTest::newRow("413") << 413 << int(ServiceError::Kind::TooLarge) << false;
        QTest::newRow("422") << 422 << int(ServiceError::Kind::Validation) << false;
        QTest::newRow("429") << 429 << int(ServiceError::Kind::RateLimited) << true;
        QTest::newRow("500") << 500 << int(ServiceError::Kind::Server) << true;
        QTest::newRow("503") << 503 << int(ServiceError::Kind::Server) << true;
    }
    void httpAnswers()
    {
        QFETCH(int, status);
        QFETCH(int, kind);
        QFETCH(bool, retryable);
        const QByteArray body = "{\"title\":\"T\",\"status\":" + QByteArray::number(status) +
                                ",\"detail\":\"the detail\",\"errors\":[\"$.name: too long\"]}";
        const ServiceError e = ServiceError::fromHttpStatus(status, body, "application/problem+json; charset=utf-8");
        QCOMPARE(int(e.kind), kind);
        QCOMPARE(e.isRetryable(), retryable);
        QCOMPARE(e.httpStatus, status);
        QCOMPARE(e.problem.detail, QStringLiteral("the detail"));
        QCOMPARE(e.problem.errors, QStringList{"$.name: too long"});
        QVERIFY(!e.message().isEmpty());
        // A body that is not problem+json is ignored, not trusted.
        const ServiceError html = ServiceError::fromHttpStatus(status, "<html>oops</html>", "text/html");
        QVERIFY(html.problem.detail.isEmpty());
        QVERIFY(!html.message().isEmpty());
    }

    void anExpiredKeyIsSaidSo()
    {
        const ServiceError expired = ServiceError::fromHttpStatus(
            401, R"({"title":"Unauthorized","status":401,"detail":"expired api key"})", "application/problem+json");
        QCOMPARE(expired.kind, ServiceError::Kind::Unauthorized);
        QVERIFY2(expired.message().contains("expired"), qPrintable(expired.message()));
        const ServiceError invalid = ServiceError::fromHttpStatus(
            401, R"({"title":"Unauthorized","status":401,"detail":"invalid api key"})", "application/problem+json");
        QVERIFY(!invalid.message().contains("has expired"));
        QVERIFY(invalid.message().contains("invalid api key"));
    }

    void everyKindHasItsOwnSentence()
    {
        QSet<QString> sentences;
        for (int k = int(ServiceError::Kind::InsecureUrl); k <= int(ServiceError::Kind::Cancelled); ++k) {
            ServiceError e = ServiceError::make(ServiceError::Kind(k), "detail");
            e.host = "api.example.com";
            e.httpStatus = 500;
            QVERIFY(!toWireString(e.kind).isEmpty());
            sentences.insert(e.message());
        }
        QCOMPARE(sentences.size(), int(ServiceError::Kind::Cancelled) + 1);
    }

    void networkErrors()
    {
        QCOMPARE(ServiceError::fromNetworkError(QNetworkReply::ConnectionRefusedError, "refused").kind,
                 ServiceError::Kind::Network);
        QCOMPARE(ServiceError::fromNetworkError(QNetworkReply::HostNotFoundError, "nx").kind,
                 ServiceError::Kind::Network);
        QCOMPARE(ServiceError::fromNetworkError(QNetworkReply::SslHandshakeFailedError, "tls").kind,
                 ServiceError::Kind::Tls);
        QCOMPARE(ServiceError::fromNetworkError(QNetworkReply::TimeoutError, "t").kind, ServiceError::Kind::Timeout);
        QCOMPARE(ServiceError::fromNetworkError(QNetworkReply::OperationCanceledError, "c").kind,
                 ServiceError::Kind::Cancelled);
    }

    void origins()
    {
        QVERIFY(isLoopbackHost("127.0.0.1"));
        QVERIFY(isLoopbackHost("127.8.9.10"));
        QVERIFY(isLoopbackHost("::1"));
        QVERIFY(isLoopbackHost("LocalHost"));
        QVERIFY(!isLoopbackHost("10.0.0.1"));
        QVERIFY(!isLoopbackHost("localhost.example.com"));
        QVERIFY(isSameOrigin(QUrl("https://api.runpod.io/v2/a"), QUrl("https://API.runpod.io:443/b")));
        QVERIFY(!isSameOrigin(QUrl("https://api.runpod.io"), QUrl("http://api.runpod.io")));
        QVERIFY(!isSameOrigin(QUrl("https://api.runpod.io"), QUrl("https://evil.example")));
        QVERIFY(!isSameOrigin(QUrl("http://127.0.0.1:1000"), QUrl("http://127.0.0.1:1001")));
    }

    // The retry decision, in one place: which failures are sent again, after how long, and when not.
    void retryPolicyDecides()
    {
        const RetryPolicy policy; // the defaults: 4 attempts, 500 ms backoff base, 30 s Retry-After cap
        const auto answer = [](int status, std::optional<qint64> retryAfter = std::nullopt) {
            ServiceError e = ServiceError::fromHttpStatus(status, {}, {});
            e.retryAfterSeconds = retryAfter;
            return e;
        };

        RetryPolicy::Decision d = policy.afterFailure(answer(503), true, 1, 0);
        QVERIFY(d.retry);
        QVERIFY2(d.delayMs >= 500 && d.delayMs <= 625, qPrintable(QString::number(d.delayMs)));
        d = policy.afterFailure(answer(500), true, 3, 0);
        QVERIFY(d.retry);
        QVERIFY2(d.delayMs >= 2000 && d.delayMs <= 2500, qPrintable(QString::number(d.delayMs)));

        // Not sent again: a call that is not idempotent, a 4xx, the last attempt.
        QVERIFY(!policy.afterFailure(answer(503), false, 1, 0).retry);
        for (int status : {400, 401, 403, 404, 409, 422})
            QVERIFY2(!policy.afterFailure(answer(status), true, 1, 0).retry, qPrintable(QString::number(status)));
        QVERIFY(!policy.afterFailure(answer(503), true, policy.maxAttempts, 0).retry);

        // Retry-After: waited for when short, reported when longer than the cap.
        d = policy.afterFailure(answer(429, 5), true, 1, 0);
        QVERIFY(d.retry);
        QCOMPARE(d.delayMs, 5000);
        QVERIFY(!policy.afterFailure(answer(429, 31), true, 1, 0).retry);

        // Never past the call's deadline.
        QVERIFY(!policy.afterFailure(answer(429, 5), true, 1, policy.deadlineMs - 4000).retry);

        // The backoff is capped (with its jitter) however many attempts a policy allows.
        RetryPolicy patient;
        patient.maxAttempts = 40;
        const int late = patient.backoffDelayMs(30);
        QVERIFY2(late >= patient.backoffMaxMs && late <= patient.backoffMaxMs * 5 / 4,
                 qPrintable(QString::number(late)));
    }

    void secretBufferTakesAndWipes()
    {
        QByteArray source("hunter2-secret");
        source.detach();
        SecretBuffer buffer = SecretBuffer::takeFrom(source);
        QVERIFY(source.isEmpty());
        QVERIFY(buffer.equals("hunter2-secret"));
        QVERIFY(!buffer.equals("hunter2-secreT"));

        SecretBuffer moved = std::move(buffer);
        QVERIFY(buffer.isEmpty()); // NOLINT(bugprone-use-after-move): moved-from is empty by contract
        QVERIFY(moved.equals("hunter2-secret"));
        SecretBuffer copy = moved.clone();
        moved.wipe();
        QVERIFY(moved.isEmpty());
        QVERIFY(copy.equals("hunter2-secret"));

        // A shared array is only dropped: the other owner keeps its bytes.
        QByteArray first("shared-bytes");
        QByteArray second = first;
        SecretBuffer::wipe(second);
        QVERIFY(second.isEmpty());
        QCOMPARE(first, QByteArray("shared-bytes"));

        // ...unless the other owner is known to be done with it (a finished keyring job).
        QByteArray jobs("job-storage!");
        QByteArray ours = jobs;
        SecretBuffer::wipeShared(ours);
        QVERIFY(ours.isEmpty());
        QCOMPARE(jobs, QByteArray(12, '\0'));
        QByteArray raw = QByteArray::fromRawData("read-only", 9); // never written to
        SecretBuffer::wipeShared(raw);
        QVERIFY(raw.isEmpty());

        QString text = QStringLiteral("päss");
        SecretBuffer fromText = SecretBuffer::takeFrom(text);
        QVERIFY(text.isEmpty());
        QVERIFY(fromText.equals(QStringLiteral("päss").toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestServiceTypes)
#include "tst_servicetypes.moc"
