// Pushing template drafts to the real sandbox: a new draft is created and reads back the same;
// an edited draft of an unchanged template is sent whole (env replaced whole); a template changed
// behind the app's back stops the push with the three-way comparison, nothing overwritten, and
// the user's field-by-field resolution goes through; a template deleted meanwhile and a dead
// service fail with the draft untouched.
#include "ReplyWaiter.h"
#include "SandboxProcess.h"
#include "service/ServiceClient.h"
#include "service/TemplatePush.h"

#include <QtTest>

using namespace podwarden;
using namespace podwarden::test;

class TestTemplatePush final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({"--seed", "demo"}), qPrintable(m_sandbox.errorString()));
        ServiceConfig config;
        config.managementBase = m_sandbox.apiBase();
        config.invocationBase = m_sandbox.invokeBase();
        config.retry.requestMs = 5000;
        config.retry.deadlineMs = 10000;
        config.retry.maxAttempts = 1;
        m_client = std::make_unique<ServiceClient>(config);
        QByteArray key = m_sandbox.adminKey();
        m_client->setKey(SecretBuffer::takeFrom(key));
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_sandbox.stop();
    }

    void aNewDraftIsCreated()
    {
        TemplateDraft draft = TemplateDraft::makeNew("p");
        draft.draft.name = "Drafted offline";
        draft.draft.image = "ghcr.io/acme/offline:1.0";
        draft.draft.ports = {"8888/http"};
        draft.draft.env = {{"HF_TOKEN", "{{ RUNPOD_SECRET_hf_token }}"},
                           {"WANDB_KEY", "{{ RUNPOD_SECRET_wandb_api_key }}"}};
        const TemplateDraft pushed = push(draft);
        QCOMPARE(m_last, TemplatePush::Outcome::Pushed);
        QVERIFY(!pushed.draft.id.isEmpty());
        QCOMPARE(pushed.state, DraftState::Pushed);

        const auto read = await(m_client->getTemplate(pushed.draft.id));
        QVERIFY(read.ok);
        QCOMPARE(read.value->name, QString("Drafted offline"));
        QCOMPARE(read.value->image, QString("ghcr.io/acme/offline:1.0"));
        QCOMPARE(read.value->env.size(), 2);
        QCOMPARE(*pushed.base, *read.value);
        m_created = pushed;
    }

    void anEditedDraftIsSentWhole()
    {
        QVERIFY(m_created.base);
        TemplateDraft draft = m_created;
        draft.draft.env = {{"HF_TOKEN", "{{ RUNPOD_SECRET_hf_token }}"}}; // WANDB_KEY removed
        draft.draft.diskGb = 55;
        draft.state = DraftState::Modified;
        const TemplateDraft pushed = push(draft);
        QCOMPARE(m_last, TemplatePush::Outcome::Pushed);
        const auto read = await(m_client->getTemplate(pushed.draft.id));
        QCOMPARE(read.value->env, EnvList({{"HF_TOKEN", "{{ RUNPOD_SECRET_hf_token }}"}})); // replaced whole
        QCOMPARE(read.value->diskGb, qint64(55));
        m_created = pushed;
    }

    void aChangeBehindTheAppsBackIsAConflict()
    {
        // The draft changes the image and HF_TOKEN; a colleague changes the image, HF_TOKEN and
        // the disk on the service.
        TemplateDraft draft = m_created;
        draft.draft.image = "ghcr.io/acme/offline:2.0-mine";
        draft.draft.env = {{"HF_TOKEN", "{{ RUNPOD_SECRET_hf_token_mine }}"}};
        draft.state = DraftState::Modified;
        HttpClient http;
        const HttpResult changed =
            http.patch(url(m_sandbox.apiBase(), "/v2/templates/" + draft.draft.id), m_sandbox.adminKey(),
                       {{"image", "ghcr.io/acme/offline:2.0-theirs"},
                        {"disk", 80},
                        {"env", QJsonObject{{"HF_TOKEN", "{{ RUNPOD_SECRET_hf_token_theirs }}"}}}});
        QVERIFY2(changed.status == 200, changed.body.constData());

        TemplatePush push(m_client.get(), draft);
        QSignalSpy finished(&push, &TemplatePush::finished);
        push.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QCOMPARE(push.outcome(), TemplatePush::Outcome::Conflict);
        QCOMPARE(push.draft().state, DraftState::Conflict);
        QVERIFY(push.comparison());
        QCOMPARE(push.comparison()->conflictIds(), QStringList({"field:image", "env:HF_TOKEN"}));
        // Nothing was overwritten.
        const auto unchanged = await(m_client->getTemplate(draft.draft.id));
        QCOMPARE(unchanged.value->image, QString("ghcr.io/acme/offline:2.0-theirs"));

        // Field by field: their image, my HF_TOKEN; their disk comes along (only they changed it).
        const Template resolved =
            push.comparison()->merge({{"field:image", MergeSide::Theirs}, {"env:HF_TOKEN", MergeSide::Mine}});
        push.pushResolved(resolved);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 15000);
        QCOMPARE(push.outcome(), TemplatePush::Outcome::Pushed);
        const auto merged = await(m_client->getTemplate(draft.draft.id));
        QCOMPARE(merged.value->image, QString("ghcr.io/acme/offline:2.0-theirs"));
        QCOMPARE(merged.value->diskGb, qint64(80));
        QCOMPARE(merged.value->env, EnvList({{"HF_TOKEN", "{{ RUNPOD_SECRET_hf_token_mine }}"}}));
        QCOMPARE(push.draft().state, DraftState::Pushed);
        m_created = push.draft();
    }

    void aTemplateDeletedMeanwhileFails()
    {
        HttpClient http;
        QCOMPARE(http.del(url(m_sandbox.apiBase(), "/v2/templates/" + m_created.draft.id), m_sandbox.adminKey()).status,
                 204);
        TemplateDraft draft = m_created;
        draft.state = DraftState::Modified;
        const TemplateDraft after = push(draft);
        QCOMPARE(m_last, TemplatePush::Outcome::Failed);
        QCOMPARE(m_error.kind, ServiceError::Kind::NotFound);
        QCOMPARE(after, draft); // the draft is not lost or changed
    }

    void aDeadServiceFailsAndKeepsTheDraft()
    {
        QCOMPARE(m_sandbox.stop(), 0);
        TemplateDraft draft = TemplateDraft::makeNew("p");
        draft.draft.name = "while down";
        draft.draft.image = "x:1";
        const TemplateDraft after = push(draft);
        QCOMPARE(m_last, TemplatePush::Outcome::Failed);
        QCOMPARE(m_error.kind, ServiceError::Kind::Network);
        QCOMPARE(after, draft);
    }

private:
    TemplateDraft push(const TemplateDraft& draft)
    {
        TemplatePush push(m_client.get(), draft);
        QSignalSpy finished(&push, &TemplatePush::finished);
        push.start();
        if (!finished.wait(20000))
            qWarning("the push did not finish");
        m_last = push.outcome();
        m_error = push.error();
        return push.draft();
    }

    SandboxProcess m_sandbox;
    std::unique_ptr<ServiceClient> m_client;
    TemplateDraft m_created;
    TemplatePush::Outcome m_last = TemplatePush::Outcome::Pending;
    ServiceError m_error;
};

QTEST_GUILESS_MAIN(TestTemplatePush)
#include "tst_templatepush.moc"
