// Issue 20, item 3: the rule that turns a key's usage record into narrower access.
#include "LeastPrivilege.h"

#include <QtTest>

using namespace podwarden;
using LeastPrivilege::Change;
using LeastPrivilege::Verdict;

namespace {

const QDateTime kNow(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);

QDateTime daysAgo(int days)
{
    return kNow.addDays(-days);
}

ApiKey keyWith(const AccessPolicy& policy, int ageDays = 400)
{
    ApiKey k;
    k.id = QStringLiteral("key_1");
    k.name = QStringLiteral("k");
    k.createdAt = daysAgo(ageDays);
    k.policy = policy;
    return k;
}

} // namespace

class TestLeastPrivilege final : public QObject
{
    Q_OBJECT
private slots:
    void allNarrowsToWhatWasUsed()
    {
        KeyUsage usage;
        usage.api.read = daysAgo(1);
        usage.api.write = daysAgo(120); // outside the window
        usage.endpoints.insert("ep_a", {daysAgo(2), daysAgo(3)});
        usage.endpoints.insert("ep_b", {daysAgo(89), std::nullopt});
        usage.endpoints.insert("ep_c", {daysAgo(91), daysAgo(200)}); // nothing within
        const auto s = LeastPrivilege::suggest(keyWith(AccessPolicy::all()), usage, kNow);
        QCOMPARE(s.verdict, Verdict::Narrower);
        QCOMPARE(s.suggested, AccessPolicy::restricted(
                                  AccessLevel::Read, {{"ep_a", AccessLevel::ReadWrite}, {"ep_b", AccessLevel::Read}}));
        QCOMPARE(s.changes.size(), 4);
        QCOMPARE(s.changes.at(0), (Change{Change::Scope::Api,
                                          {},
                                          AccessLevel::ReadWrite,
                                          AccessLevel::Read,
                                          std::optional<QDateTime>(daysAgo(120))}));
        QCOMPARE(s.changes.at(1).scope, Change::Scope::AllEndpoints);
        QCOMPARE(s.changes.at(1).to, AccessLevel::None);
        QCOMPARE(s.changes.at(2), (Change{Change::Scope::Endpoint, "ep_a", AccessLevel::None, AccessLevel::ReadWrite,
                                          std::optional<QDateTime>(daysAgo(2))}));
        QCOMPARE(s.changes.at(3).endpointId, QString("ep_b"));
        QVERIFY(s.suggested.isWithin(s.current));
    }

    void ownGrantsLoseOnlyTheirUnusedPart()
    {
        const AccessPolicy p = AccessPolicy::restricted(
            AccessLevel::None,
            {{"ep_a", AccessLevel::ReadWrite}, {"ep_b", AccessLevel::Read}, {"ep_c", AccessLevel::ReadWrite}});
        KeyUsage usage;
        usage.endpoints.insert("ep_a", {daysAgo(1), daysAgo(100)});
        usage.endpoints.insert("ep_c", {daysAgo(5), daysAgo(5)});
        usage.endpoints.insert("ep_x", {daysAgo(1), std::nullopt}); // not granted: stays out
        const auto s = LeastPrivilege::suggest(keyWith(p), usage, kNow);
        QCOMPARE(s.suggested, AccessPolicy::restricted(
                                  AccessLevel::None, {{"ep_a", AccessLevel::Read}, {"ep_c", AccessLevel::ReadWrite}}));
        QCOMPARE(s.changes.size(), 2);
        QCOMPARE(s.changes.at(0), (Change{Change::Scope::Endpoint, "ep_a", AccessLevel::ReadWrite, AccessLevel::Read,
                                          std::optional<QDateTime>(daysAgo(100))}));
        QCOMPARE(s.changes.at(1),
                 (Change{Change::Scope::Endpoint, "ep_b", AccessLevel::Read, AccessLevel::None, std::nullopt}));
    }

    void neverWidens()
    {
        // A use recorded beyond what the key holds now (it was narrowed since) grants nothing back.
        const AccessPolicy p = AccessPolicy::restricted(AccessLevel::Read, {{"ep_a", AccessLevel::Read}});
        KeyUsage usage;
        usage.api = {daysAgo(1), daysAgo(1)};
        usage.endpoints.insert("ep_a", {daysAgo(1), daysAgo(1)});
        const auto s = LeastPrivilege::suggest(keyWith(p), usage, kNow);
        QCOMPARE(s.verdict, Verdict::UsesAll);
        QVERIFY(s.changes.isEmpty());
        QCOMPARE(s.suggested, p);
    }

    void customStatementsAreKept()
    {
        AccessPolicy p = AccessPolicy::restricted(AccessLevel::ReadWrite);
        PolicyStatement billing;
        billing.actions = {"billing:Read"};
        billing.resources = {"runpod/billing/*"};
        billing.version = AccessPolicy::kVersion;
        p.setCustomStatements({billing});
        KeyUsage usage;
        usage.api.read = daysAgo(3);
        const auto s = LeastPrivilege::suggest(keyWith(p), usage, kNow);
        QCOMPARE(s.verdict, Verdict::Narrower);
        QCOMPARE(s.suggested.customStatements(), p.customStatements());
        QCOMPARE(s.suggested.apiLevel(), AccessLevel::Read);
    }

    void legacyAndNewKeysGetNoAdvice()
    {
        ApiKey legacy = keyWith(AccessPolicy::all());
        legacy.legacy = true;
        QCOMPARE(LeastPrivilege::suggest(legacy, {}, kNow).verdict, Verdict::Legacy);
        const auto young = LeastPrivilege::suggest(keyWith(AccessPolicy::all(), 3), {}, kNow);
        QCOMPARE(young.verdict, Verdict::TooNew);
        QCOMPARE(young.suggested, AccessPolicy::all());
        // A week old and never used: everything is unused.
        const auto unused = LeastPrivilege::suggest(keyWith(AccessPolicy::readOnly(), 8), {}, kNow);
        QCOMPARE(unused.verdict, Verdict::Narrower);
        QCOMPARE(unused.suggested, AccessPolicy());
    }

    void usageRoundTripsThroughJson()
    {
        KeyUsage usage;
        usage.api = {daysAgo(1), std::nullopt};
        usage.endpoints.insert("ep_a", {std::nullopt, daysAgo(2)});
        const auto decoded = KeyUsage::fromJson(usage.toJson());
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value(), usage);
        const auto bad = KeyUsage::fromJson(QJsonObject{{"api", 3}});
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().field, QString("api"));
    }
};

QTEST_GUILESS_MAIN(TestLeastPrivilege)
#include "tst_leastprivilegerule.moc"
