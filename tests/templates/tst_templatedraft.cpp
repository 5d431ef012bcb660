// The draft's own JSON: every field of the template and of its base survives, the env keeps its
// order and duplicates (the wire's object would not), and damaged input is refused with the field
// named.
#include "TemplateDraft.h"

#include <QJsonArray>
#include <QtTest>

using namespace podwarden;

class TestTemplateDraft final : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip()
    {
        Template server;
        server.id = "tpl_9";
        server.name = "ComfyUI";
        server.image = "ghcr.io/acme/comfyui:2024.11";
        server.args = "python main.py --listen";
        server.diskGb = 30;
        server.ports = {"8188/http", "22/tcp"};
        server.registry = QString("reg_1");
        server.persistentMount = PersistentMount{75, "/data"};
        server.serverless = true;
        server.isPublic = true;
        server.category = TemplateCategory::Amd;
        server.startSsh = false;
        server.startJupyter = false;
        server.allowedCudaVersions = {"12.4"};
        server.env = {{"B", "2"}, {"A", "1"}};
        TemplateDraft draft = TemplateDraft::fromTemplate("profile", server);
        QCOMPARE(draft.state, DraftState::Pushed);
        QCOMPARE(*draft.base, server);
        draft.draft.env = {{"B", "2"}, {"A", "1"}, {"B", "3"}};
        draft.state = DraftState::Conflict;
        draft.revision = 12;
        draft.updatedAt = QDateTime(QDate(2026, 11, 23), QTime(10, 0, 0, 123), Qt::UTC);

        const auto decoded = TemplateDraft::fromJson(draft.toJson());
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value(), draft);
        QCOMPARE(decoded->draft.env.at(2).value, QString("3"));
    }

    void newDraftsHaveDefaultsAndNoBase()
    {
        const TemplateDraft a = TemplateDraft::makeNew("p");
        const TemplateDraft b = TemplateDraft::makeNew("p");
        QVERIFY(a.id != b.id);
        QCOMPARE(a.state, DraftState::New);
        QVERIFY(!a.base);
        QVERIFY(a.draft.id.isEmpty());
        QVERIFY(a.draft.persistentMount.has_value());
        QCOMPARE(TemplateDraft::fromJson(a.toJson()).value(), a);
    }

    void damagedInputIsRefused()
    {
        QJsonObject json = TemplateDraft::makeNew("p").toJson();
        json.insert("state", "lost");
        QCOMPARE(TemplateDraft::fromJson(json).error().field, QString("state"));

        json = TemplateDraft::makeNew("p").toJson();
        QJsonObject draft = json.value("draft").toObject();
        draft.insert("env", QJsonArray{QJsonObject{{"key", "A"}}});
        json.insert("draft", draft);
        QCOMPARE(TemplateDraft::fromJson(json).error().field, QString("draft.env[0]"));

        json = TemplateDraft::makeNew("p").toJson();
        draft = json.value("draft").toObject();
        draft.remove("image");
        json.insert("draft", draft);
        QVERIFY(!TemplateDraft::fromJson(json).ok());
    }
};

QTEST_GUILESS_MAIN(TestTemplateDraft)
#include "tst_templatedraft.moc"
