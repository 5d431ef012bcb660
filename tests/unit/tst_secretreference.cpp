#include "SecretReference.h"

#include <QtTest>

using namespace podwarden;

class TestSecretReference final : public QObject
{
    Q_OBJECT
private slots:
    void parseAll_data();
    void parseAll();
    void positions();
    void formatRoundTrip_data();
    void formatRoundTrip();
    void namesIn();
    void readsWhatThePatternFinds();
};

void TestSecretReference::parseAll_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("canonical") << "{{ RUNPOD_SECRET_openai_key }}" << QStringList{"openai_key"};
    QTest::newRow("no spaces") << "{{RUNPOD_SECRET_openai_key}}" << QStringList{"openai_key"};
    QTest::newRow("uneven spaces") << "{{   RUNPOD_SECRET_a}}" << QStringList{"a"};
    QTest::newRow("tab") << "{{\tRUNPOD_SECRET_a\t}}" << QStringList{"a"};
    QTest::newRow("embedded") << "Bearer {{ RUNPOD_SECRET_tok }} please" << QStringList{"tok"};
    QTest::newRow("several") << "{{ RUNPOD_SECRET_user }}:{{RUNPOD_SECRET_pass}}@db" << QStringList{"user", "pass"};
    QTest::newRow("same twice") << "{{ RUNPOD_SECRET_a }}{{ RUNPOD_SECRET_a }}" << QStringList{"a", "a"};
    QTest::newRow("dot dash slash") << "{{ RUNPOD_SECRET_team/db-prod.password }}"
                                    << QStringList{"team/db-prod.password"};
    QTest::newRow("unterminated") << "{{ RUNPOD_SECRET_a" << QStringList{};
    QTest::newRow("one brace") << "{{ RUNPOD_SECRET_a }" << QStringList{};
    QTest::newRow("unterminated then good") << "{{ RUNPOD_SECRET_a {{ RUNPOD_SECRET_b }}" << QStringList{"b"};
    QTest::newRow("single braces") << "{ RUNPOD_SECRET_a }" << QStringList{};
    QTest::newRow("empty name") << "{{ RUNPOD_SECRET_ }}" << QStringList{};
    QTest::newRow("name starts with digit") << "{{ RUNPOD_SECRET_1abc }}" << QStringList{};
    QTest::newRow("space inside name") << "{{ RUNPOD_SECRET_a b }}" << QStringList{};
    QTest::newRow("lowercase prefix") << "{{ runpod_secret_a }}" << QStringList{};
    QTest::newRow("newline inside") << "{{\nRUNPOD_SECRET_a }}" << QStringList{};
    QTest::newRow("plain text") << "hello world" << QStringList{};
    QTest::newRow("empty") << "" << QStringList{};
}

void TestSecretReference::parseAll()
{
    QFETCH(QString, value);
    QFETCH(QStringList, names);
    QStringList actual;
    for (const SecretReference& ref : SecretReference::parseAll(value))
        actual << ref.name;
    QCOMPARE(actual, names);
}

void TestSecretReference::positions()
{
    const QString value = QStringLiteral("x={{ RUNPOD_SECRET_ab }};y={{RUNPOD_SECRET_c}}");
    const auto refs = SecretReference::parseAll(value);
    QCOMPARE(refs.size(), 2);
    QCOMPARE(refs.at(0).start, 2);
    QCOMPARE(value.mid(refs.at(0).start, refs.at(0).length), QStringLiteral("{{ RUNPOD_SECRET_ab }}"));
    QCOMPARE(value.mid(refs.at(0).nameStart, refs.at(0).name.size()), QStringLiteral("ab"));
    QCOMPARE(value.mid(refs.at(1).start, refs.at(1).length), QStringLiteral("{{RUNPOD_SECRET_c}}"));
    QCOMPARE(refs.at(1).nameStart, value.indexOf(QLatin1Char('c'), refs.at(1).start + 2));

    // Positions are in UTF-16 units, so text before the reference may hold any characters.
    const QString unicode = QStringLiteral("ü🔑 {{ RUNPOD_SECRET_k }}");
    const auto u = SecretReference::parseAll(unicode);
    QCOMPARE(u.size(), 1);
    QCOMPARE(unicode.mid(u.at(0).start, u.at(0).length), QStringLiteral("{{ RUNPOD_SECRET_k }}"));
}

void TestSecretReference::formatRoundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("simple") << "hf_token";
    QTest::newRow("punctuated") << "team/db-prod.password";
    QTest::newRow("underscore first") << "_x";
}

void TestSecretReference::formatRoundTrip()
{
    QFETCH(QString, name);
    const QString ref = SecretReference::format(name);
    QCOMPARE(ref, QStringLiteral("{{ RUNPOD_SECRET_") + name + QStringLiteral(" }}"));
    const auto parsed = SecretReference::parseAll(ref);
    QCOMPARE(parsed.size(), 1);
    QCOMPARE(parsed.at(0).name, name);
    QCOMPARE(parsed.at(0).start, 0);
    QCOMPARE(parsed.at(0).length, ref.size());
}

void TestSecretReference::namesIn()
{
    const EnvList env{{QStringLiteral("A"), QStringLiteral("{{ RUNPOD_SECRET_b }}")},
                      {QStringLiteral("B"), QStringLiteral("plain")},
                      {QStringLiteral("C"), QStringLiteral("{{RUNPOD_SECRET_a}}:{{ RUNPOD_SECRET_b }}")}};
    QCOMPARE(SecretReference::namesIn(env), (QStringList{QStringLiteral("b"), QStringLiteral("a")}));
    QVERIFY(SecretReference::namesIn({}).isEmpty());
}

void TestSecretReference::readsWhatThePatternFinds()
{
    // parseAll reads by hand what this pattern (the contract's rule) finds: the same references,
    // spans and names, over values made of the pieces that could confuse a reader.
    static const QRegularExpression pattern(
        QStringLiteral(R"(\{\{[ \t]*RUNPOD_SECRET_([A-Za-z_][A-Za-z0-9_.\-/]*)[ \t]*\}\})"));
    // Each value: a few near-references, every part of one chosen from forms right and wrong.
    const QList<QStringList> parts{
        {"{{", "{{", "{", "{{{", "", "x{{"}, // opener
        {"", " ", "\t", " \t ", "\n", "  "}, // blanks
        {"RUNPOD_SECRET_", "RUNPOD_SECRET_", "RUNPOD_SECRET", "runpod_secret_", "RUNPOD_SECRET_RUNPOD_SECRET_"},
        {"a", "_x", "hf_token", "a.b-c/d", "1a", "a b", "", "ü", "A9_", "a}"}, // name
        {"", " ", "\t", "\t ", "\n"},                                          // blanks
        {"}}", "}}", "}", "}}}", "", "} }"},                                   // closer
        {"", "", "x", "=", "ü", " "},                                          // between
    };
    quint32 state = 20261202; // a fixed sequence: the same values every run
    const auto next = [&state](quint32 below) {
        state = state * 1664525u + 1013904223u;
        return (state >> 8) % below;
    };
    int found = 0;
    for (int round = 0; round < 20000; ++round) {
        QString value;
        const int count = 1 + int(next(4));
        for (int i = 0; i < count; ++i) {
            for (const QStringList& forms : parts)
                value += forms.at(int(next(quint32(forms.size()))));
        }
        QList<SecretReference> expected;
        auto it = pattern.globalMatch(value);
        while (it.hasNext()) {
            const auto m = it.next();
            expected.append(
                SecretReference{m.captured(1), m.capturedStart(0), m.capturedLength(0), m.capturedStart(1)});
        }
        QVERIFY2(SecretReference::parseAll(value) == expected, qPrintable(value));
        found += int(expected.size());
    }
    QVERIFY2(found > 2000, qPrintable(QString::number(found))); // the values do hold references
}

QTEST_GUILESS_MAIN(TestSecretReference)
#include "tst_secretreference.moc"
