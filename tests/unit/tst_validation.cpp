#include "Validation.h"

#include <QtTest>

using namespace podwarden;
using Code = ValidationIssue::Code;

Q_DECLARE_METATYPE(std::optional<podwarden::ValidationIssue::Code>)

namespace {
std::optional<Code> codeOf(const std::optional<ValidationIssue>& issue)
{
    if (!issue)
        return std::nullopt;
    return issue->code;
}
const std::optional<Code> ok = std::nullopt;
} // namespace

class TestValidation final : public QObject
{
    Q_OBJECT
private slots:
    void secretName_data();
    void secretName();
    void secretNameMessagesAreSentences();
    void secretValueSize_data();
    void secretValueSize();
    void secretDescription_data();
    void secretDescription();
    void envKey_data();
    void envKey();
    void envCount_data();
    void envCount();
    void apiKeyName_data();
    void apiKeyName();
    void envList();
    void templateFields();
};

void TestValidation::secretName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<std::optional<Code>>("code");
    QTest::newRow("empty") << "" << std::optional(Code::Empty);
    QTest::newRow("one char") << "a" << ok;
    QTest::newRow("underscore") << "_" << ok;
    QTest::newRow("191 chars") << QString(191, QLatin1Char('a')) << ok;
    QTest::newRow("192 chars") << QString(192, QLatin1Char('a')) << std::optional(Code::TooLong);
    QTest::newRow("digit first") << "1abc" << std::optional(Code::InvalidStart);
    QTest::newRow("dot first") << ".abc" << std::optional(Code::InvalidStart);
    QTest::newRow("dash first") << "-abc" << std::optional(Code::InvalidStart);
    QTest::newRow("slash first") << "/abc" << std::optional(Code::InvalidStart);
    QTest::newRow("all allowed") << "a_B.c-d/e9" << ok;
    QTest::newRow("space") << "a b" << std::optional(Code::InvalidCharacter);
    QTest::newRow("colon") << "a:b" << std::optional(Code::InvalidCharacter);
    QTest::newRow("umlaut") << "schlüssel" << std::optional(Code::InvalidCharacter);
    QTest::newRow("braces") << "a}}" << std::optional(Code::InvalidCharacter);
    QTest::newRow("RUNPOD prefix") << "RUNPOD_x" << std::optional(Code::ReservedPrefix);
    QTest::newRow("runpod lowercase") << "runpodKey" << std::optional(Code::ReservedPrefix);
    QTest::newRow("RunPod mixed") << "RunPod" << std::optional(Code::ReservedPrefix);
    QTest::newRow("RUNPO is fine") << "RUNPO" << ok;
    QTest::newRow("runpod later is fine") << "my_runpod" << ok;
    QTest::newRow("taken") << "taken_name" << std::optional(Code::Taken);
}

void TestValidation::secretName()
{
    QFETCH(QString, name);
    QFETCH(std::optional<Code>, code);
    QCOMPARE(codeOf(Validation::secretName(name, {QStringLiteral("taken_name")})), code);
}

void TestValidation::secretNameMessagesAreSentences()
{
    const auto bad = Validation::secretName(QStringLiteral("a b"));
    QVERIFY(bad.has_value());
    // #23: in words, not as an invisible character between quotes.
    QVERIFY2(bad->message.startsWith(QStringLiteral("A space is not allowed")), qPrintable(bad->message));
    QVERIFY(!bad->message.contains(QStringLiteral("“ ”")));
    const auto control = Validation::secretName(QStringLiteral("a\tb"));
    QVERIFY2(control->message.startsWith(QStringLiteral("A tab is not allowed")), qPrintable(control->message));
    const auto longName = Validation::secretName(QString(200, QLatin1Char('x')));
    QVERIFY(longName->message.contains(QStringLiteral("191")));
    QVERIFY(longName->message.contains(QStringLiteral("200")));
    QVERIFY(Validation::secretName(QStringLiteral("taken"), {QStringLiteral("taken")})
                ->message.contains(QStringLiteral("taken")));
}

void TestValidation::secretValueSize_data()
{
    QTest::addColumn<qsizetype>("bytes");
    QTest::addColumn<std::optional<Code>>("code");
    QTest::newRow("empty") << qsizetype(0) << std::optional(Code::Empty);
    QTest::newRow("one byte") << qsizetype(1) << ok;
    QTest::newRow("16 MiB - 1") << qsizetype(16 * 1024 * 1024 - 1) << ok;
    QTest::newRow("16 MiB") << qsizetype(16 * 1024 * 1024) << std::optional(Code::TooLarge);
}

void TestValidation::secretValueSize()
{
    QFETCH(qsizetype, bytes);
    QFETCH(std::optional<Code>, code);
    QCOMPARE(codeOf(Validation::secretValueSize(bytes)), code);
}

void TestValidation::secretDescription_data()
{
    QTest::addColumn<QString>("description");
    QTest::addColumn<std::optional<Code>>("code");
    QTest::newRow("empty") << "" << ok;
    QTest::newRow("65535 bytes") << QString(65535, QLatin1Char('d')) << ok;
    QTest::newRow("65536 bytes") << QString(65536, QLatin1Char('d')) << std::optional(Code::TooLong);
    // "ä" is two bytes in UTF-8: 32768 of them are 65536 bytes though only 32768 characters.
    QTest::newRow("multibyte over") << QString(32768, QChar(0xe4)) << std::optional(Code::TooLong);
    QTest::newRow("multibyte under") << QString(32767, QChar(0xe4)) << ok;
}

void TestValidation::secretDescription()
{
    QFETCH(QString, description);
    QFETCH(std::optional<Code>, code);
    QCOMPARE(codeOf(Validation::secretDescription(description)), code);
}

void TestValidation::envKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<std::optional<Code>>("code");
    QTest::newRow("empty") << "" << std::optional(Code::Empty);
    QTest::newRow("simple") << "HF_TOKEN" << ok;
    QTest::newRow("lowercase") << "path" << ok;
    QTest::newRow("underscore first") << "_X1" << ok;
    QTest::newRow("digit first") << "1X" << std::optional(Code::InvalidStart);
    QTest::newRow("dash") << "MY-VAR" << std::optional(Code::InvalidCharacter);
    QTest::newRow("dot") << "MY.VAR" << std::optional(Code::InvalidCharacter);
    QTest::newRow("equals") << "A=B" << std::optional(Code::InvalidCharacter);
    QTest::newRow("space") << "A B" << std::optional(Code::InvalidCharacter);
}

void TestValidation::envKey()
{
    QFETCH(QString, key);
    QFETCH(std::optional<Code>, code);
    QCOMPARE(codeOf(Validation::envKey(key)), code);
}

void TestValidation::envCount_data()
{
    QTest::addColumn<qsizetype>("count");
    QTest::addColumn<std::optional<Code>>("code");
    QTest::newRow("0") << qsizetype(0) << ok;
    QTest::newRow("50") << qsizetype(50) << ok;
    QTest::newRow("51") << qsizetype(51) << std::optional(Code::TooMany);
}

void TestValidation::envCount()
{
    QFETCH(qsizetype, count);
    QFETCH(std::optional<Code>, code);
    QCOMPARE(codeOf(Validation::envCount(count)), code);
}

void TestValidation::apiKeyName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<std::optional<Code>>("code");
    QTest::newRow("empty") << "" << std::optional(Code::Empty);
    QTest::newRow("blank") << "   " << std::optional(Code::Empty);
    QTest::newRow("normal") << "ci-deployer (prod)" << ok;
    QTest::newRow("64") << QString(64, QLatin1Char('k')) << ok;
    QTest::newRow("65") << QString(65, QLatin1Char('k')) << std::optional(Code::TooLong);
    QTest::newRow("newline") << "a\nb" << std::optional(Code::InvalidCharacter);
}

void TestValidation::apiKeyName()
{
    QFETCH(QString, name);
    QFETCH(std::optional<Code>, code);
    QCOMPARE(codeOf(Validation::apiKeyName(name)), code);
}

void TestValidation::envList()
{
    EnvList env{{QStringLiteral("A"), QStringLiteral("{{ RUNPOD_SECRET_known }}")},
                {QStringLiteral("1BAD"), QStringLiteral("x")},
                {QStringLiteral("A"), QStringLiteral("{{ RUNPOD_SECRET_missing }}")}};
    const auto issues = Validation::env(env, QSet<QString>{QStringLiteral("known")});
    QCOMPARE(issues.size(), 3);
    QCOMPARE(issues.at(0).code, Code::InvalidStart);
    QCOMPARE(issues.at(0).row, 1);
    QCOMPARE(issues.at(1).code, Code::Duplicate);
    QCOMPARE(issues.at(1).row, 2);
    QCOMPARE(issues.at(2).code, Code::UnknownSecret);
    QCOMPARE(issues.at(2).row, 2);
    QVERIFY(issues.at(2).message.contains(QStringLiteral("missing")));

    // Without a list of secrets (nothing loaded yet) references are not judged.
    QCOMPARE(Validation::env(env).size(), 2);

    EnvList many;
    for (int i = 0; i < 50; ++i)
        many.append({QStringLiteral("V%1").arg(i), QString()});
    QVERIFY(Validation::env(many).isEmpty());
    many.append({QStringLiteral("V50"), QString()});
    const auto tooMany = Validation::env(many);
    QCOMPARE(tooMany.size(), 1);
    QCOMPARE(tooMany.at(0).code, Code::TooMany);
    QCOMPARE(tooMany.at(0).row, -1);
}

void TestValidation::templateFields()
{
    Template t;
    t.name = "ok";
    t.image = "runpod/pytorch:2.4";
    t.diskGb = 20;
    t.ports = {"8888/http", "22/tcp"};
    t.persistentMount = PersistentMount{20, "/workspace"};
    t.allowedCudaVersions = {"12.4"};
    QVERIFY(Validation::templateFields(t).isEmpty());

    Template bad = t;
    bad.name = "  ";
    bad.image = "my image";
    bad.diskGb = 0;
    bad.ports = {"8888/http", "8888/http", "80/udp", "99999/tcp", "http"};
    bad.persistentMount = PersistentMount{5, "workspace"};
    bad.allowedCudaVersions = {"12", "12.6"};
    QStringList fields;
    for (const ValidationIssue& issue : Validation::templateFields(bad))
        fields << issue.field;
    QCOMPARE(fields, QStringList({"name", "image", "disk", "ports", "ports", "ports", "ports", "mounts", "mounts",
                                  "allowedCudaVersions"}));
    const QList<ValidationIssue> issues = Validation::templateFields(bad);
    QVERIFY(issues.at(3).message.contains("twice"));
    QVERIFY(issues.at(4).message.contains("80/udp"));
    QVERIFY(issues.at(7).message.contains("10 GB"));
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
