#include "AccessPolicy.h"
#include "TestPaths.h"
#include "Validation.h"

#include <QFile>
#include <QRegularExpression>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

using namespace podwarden;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString type;             // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or the numerus forms
    bool numerus = false;
};

QList<TsMessage> readTs(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<TsMessage> out;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("translation") && current.numerus)
            out << current;
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = TsMessage{
                context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus) {
                current.translations << xml.readElementText();
                out << current;
            }
        } else if (name == QLatin1String("numerusform")) {
            current.translations << xml.readElementText();
        }
    }
    return out;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d|n)"));
    QStringList out;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        out << it.next().captured(0);
    out.sort();
    out.removeDuplicates();
    return out;
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT
private slots:
    void germanCatalogueIsComplete();
    void catalogsCoverTheSameStrings();
    void compiledCataloguesLoad();
    void germanUsesOneTermPerIdea();
};

void TestTranslations::germanCatalogueIsComplete()
{
    const QString path = test::sourceDir() + QStringLiteral("/translations/podwarden_de.ts");
    QFile raw(path);
    QVERIFY2(raw.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray text = raw.readAll();
    const QList<TsMessage> messages = readTs(path);
    QVERIFY(messages.size() > 50);
    QStringList problems;
    for (const TsMessage& m : messages) {
        if (!m.type.isEmpty())
            problems << QStringLiteral("%1 “%2”: %3").arg(m.context, m.source, m.type);
        for (const QString& t : m.translations) {
            if (t.trimmed().isEmpty())
                problems << QStringLiteral("%1 “%2”: empty translation").arg(m.context, m.source);
            else if (placeholders(t) != placeholders(m.source))
                problems << QStringLiteral("%1 “%2”: placeholders differ in “%3”").arg(m.context, m.source, t);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(!text.contains("type=\"unfinished\""));
    QVERIFY(!text.contains("type=\"vanished\""));
    QVERIFY(!text.contains("type=\"obsolete\""));
}

void TestTranslations::catalogsCoverTheSameStrings()
{
    auto keys = [](const QList<TsMessage>& messages) {
        QStringList out;
        for (const TsMessage& m : messages)
            out << m.context + QLatin1Char('|') + m.source;
        out.sort();
        return out;
    };
    const QString dir = test::sourceDir() + QStringLiteral("/translations/");
    const auto en = readTs(dir + QStringLiteral("podwarden_en.ts"));
    QVERIFY(!en.isEmpty());
    QVERIFY(std::any_of(en.cbegin(), en.cend(), [](const TsMessage& m) { return m.numerus; }));
    QCOMPARE(keys(readTs(dir + QStringLiteral("podwarden_de.ts"))), keys(en));
    // English plural forms are filled in, so "%n endpoint(s)" never reaches the screen.
    for (const TsMessage& m : en) {
        if (m.numerus) {
            QCOMPARE(m.translations.size(), 2);
            QVERIFY2(!m.translations.at(0).contains(QStringLiteral("(s)")), qPrintable(m.source));
            QVERIFY2(!m.translations.at(1).isEmpty(), qPrintable(m.source));
        }
    }
}

void TestTranslations::compiledCataloguesLoad()
{
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/podwarden_de.qm")));
    QVERIFY(QCoreApplication::installTranslator(&german));
    QCOMPARE(AccessPolicy::readOnly().summary(), QStringLiteral("Nur lesen"));
    QCOMPARE(AccessPolicy::restricted(AccessLevel::Read, {{QStringLiteral("e1"), AccessLevel::Read},
                                                          {QStringLiteral("e2"), AccessLevel::Read}})
                 .summary(),
             QStringLiteral("API lesen · 2 Endpunkte"));
    QVERIFY(Validation::secretName(QStringLiteral("RUNPOD_X"))->message.contains(QStringLiteral("reserviert")));
    QCoreApplication::removeTranslator(&german);
    QCOMPARE(AccessPolicy::readOnly().summary(), QStringLiteral("Read Only"));
}

void TestTranslations::germanUsesOneTermPerIdea()
{
    // In the catalogue: a secret is a "Geheimnis" in every message (the sidebar said "Secrets" while
    // every dialog said "Geheimnis"), and the audit screen is never a "Prüfung".
    const QString path = test::sourceDir() + QStringLiteral("/translations/podwarden_de.ts");
    static const QRegularExpression secretWord(QStringLiteral("\\bSecret")); // RUNPOD_SECRET_ is code
    QStringList mixed;
    for (const TsMessage& m : readTs(path)) {
        for (const QString& t : m.translations) {
            if (secretWord.match(t).hasMatch() || t.contains(QStringLiteral("Prüfung")))
                mixed << QStringLiteral("%1 “%2”: %3").arg(m.context, m.source, t);
        }
    }
    QVERIFY2(mixed.isEmpty(), qPrintable(mixed.join(QLatin1Char('\n'))));

    // On screen, through the compiled catalogue.
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/podwarden_de.qm")));
    QVERIFY(QCoreApplication::installTranslator(&german));
    const auto de = [](const char* context, const char* source) {
        return QCoreApplication::translate(context, source);
    };
    for (const char* context :
         {"podwarden::AppController", "podwarden::OverviewPage", "podwarden::SecretsPage", "podwarden::SecretSelector"})
        QCOMPARE(de(context, "Secrets"), QStringLiteral("Geheimnisse"));
    QCOMPARE(de("podwarden::CreateSecretDialog", "New secret"), QStringLiteral("Neues Geheimnis"));
    QCOMPARE(de("podwarden::AppController", "Audit"), QStringLiteral("Audit"));
    QCOMPARE(de("podwarden::AppController", "Endpoints"), QStringLiteral("Endpunkte"));

    // Push (the action) and Pushed (the state a draft is in) read differently, and the state differs
    // from "On the service" (a template with no draft).
    QString push = de("podwarden::TemplatesPage", "&Push");
    push.remove(QLatin1Char('&'));
    const QString pushed = de("podwarden::TemplateListModel", "Pushed");
    const QString onService = de("podwarden::TemplateListModel", "On the service");
    QCOMPARE(push, QStringLiteral("Übertragen"));
    QCOMPARE(pushed, QStringLiteral("Hochgeladen"));
    QVERIFY(pushed.compare(push, Qt::CaseInsensitive) != 0);
    QVERIFY(pushed != onService);
    QCoreApplication::removeTranslator(&german);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
