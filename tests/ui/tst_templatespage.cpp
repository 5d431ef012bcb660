// The templates screen driven like a user would, against the real sandbox and a real SQLite
// store: build a template with two secret references through the selector (its button and "{{"),
// see an unknown reference flagged and the push refused, push and read it back; draft a new
// template with the sandbox stopped, "restart" (everything made again from the same store file),
// push once the sandbox is back; a template changed on the sandbox behind the app's back,
// resolved field by field in the comparison.
#include "AppTestEnvironment.h"
#include "Confirm.h"
#include "EnvTableModel.h"
#include "TemplateListModel.h"
#include "account/AccountChanges.h"
#include "store/LocalStore.h"
#include "templates/TemplateConflictDialog.h"
#include "templates/TemplateEditor.h"
#include "templates/TemplatesPage.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace podwarden;
using namespace podwarden::test;

namespace {

QWidget* visibleSelector()
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (w->objectName() == "secretSelector" && w->isVisible())
            return w;
    }
    return nullptr;
}

QString readBackEnv(const QJsonObject& json, const QString& key)
{
    return json.value("env").toObject().value(key).toString();
}

} // namespace

class TestTemplatesPage final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(prepareScreenTest(m_home, m_english));
        m_storePath = m_home.filePath("podwarden.sqlite");
        Confirm::setTestHook([this](const QString& title, const QString& text) {
            m_asked << title + QLatin1Char('|') + text;
            return m_answer;
        });
        startApp(true);
    }

    void cleanupTestCase()
    {
        Confirm::setTestHook({});
        stopApp();
        m_sandbox.stop();
    }

    void listsTheAccountsTemplates()
    {
        QCOMPARE(m_page->model()->rowCount(), 6);
        QVERIFY(m_page->selectTemplate("vLLM worker"));
        QCOMPARE(m_page->editor()->findChild<QLineEdit*>("templateImage")->text(), QString("runpod/worker-vllm:1.6.0"));
        QVERIFY(!m_page->currentDraft()); // looking is not editing
    }

    void buildWithTheSelectorAndPush()
    {
        m_page->newTemplate();
        TemplateEditor* editor = m_page->editor();
        QLineEdit* name = editor->findChild<QLineEdit*>("templateName");
        name->selectAll();
        QTest::keyClicks(name, "GUI template");
        QTest::keyClicks(editor->findChild<QLineEdit*>("templateImage"), "ghcr.io/acme/gui:1.0");
        QVERIFY(m_page->currentDraft());
        QCOMPARE(m_page->currentDraft()->state, DraftState::New);

        // Row 1 through the button.
        QTest::mouseClick(editor->findChild<QAbstractButton*>("envAdd"), Qt::LeftButton);
        QLineEdit* keyEditor = cellEditor(editor, 0, EnvTableModel::Key);
        QVERIFY(keyEditor);
        QTest::keyClicks(keyEditor, "HF_TOKEN");
        QTest::keyClick(keyEditor, Qt::Key_Return);
        QTRY_COMPARE(editor->envModel()->env().at(0).key, QString("HF_TOKEN"));
        editor->envTable()->setCurrentIndex(editor->envModel()->index(0, EnvTableModel::Value));
        QTest::mouseClick(editor->findChild<QAbstractButton*>("envInsertSecret"), Qt::LeftButton);
        QTRY_VERIFY(visibleSelector());
        QWidget* selector = visibleSelector();
        QTest::keyClicks(selector->findChild<QLineEdit*>("secretFilter"), "hf_");
        screenshotWithPopup(selector, "secret-selector");
        QTest::keyClick(selector->findChild<QLineEdit*>("secretFilter"), Qt::Key_Return);
        QTRY_VERIFY(!visibleSelector());
        QLineEdit* valueEditor = cellEditor(editor, 0, EnvTableModel::Value);
        QVERIFY(valueEditor);
        QTest::keyClick(valueEditor, Qt::Key_Return);
        QTRY_COMPARE(editor->envModel()->env().at(0).value, QString("{{ RUNPOD_SECRET_hf_token }}"));

        // Row 2 by typing "{{".
        QTest::mouseClick(editor->findChild<QAbstractButton*>("envAdd"), Qt::LeftButton);
        keyEditor = cellEditor(editor, 1, EnvTableModel::Key);
        QVERIFY(keyEditor);
        QTest::keyClicks(keyEditor, "WANDB_API_KEY");
        QTest::keyClick(keyEditor, Qt::Key_Return);
        QTRY_COMPARE(editor->envModel()->env().at(1).key, QString("WANDB_API_KEY"));
        const QModelIndex value = editor->envModel()->index(1, EnvTableModel::Value);
        editor->envTable()->setCurrentIndex(value);
        editor->envTable()->edit(value);
        valueEditor = cellEditor(editor, 1, EnvTableModel::Value);
        QVERIFY(valueEditor);
        QTest::keyClicks(valueEditor, "{{");
        QTRY_VERIFY(visibleSelector());
        selector = visibleSelector();
        QTest::keyClicks(selector->findChild<QLineEdit*>("secretFilter"), "wandb");
        QTest::keyClick(selector->findChild<QLineEdit*>("secretFilter"), Qt::Key_Return);
        QTRY_VERIFY(!visibleSelector());
        QTest::keyClick(valueEditor, Qt::Key_Return);
        QTRY_COMPARE(editor->envModel()->env().at(1).value, QString("{{ RUNPOD_SECRET_wandb_api_key }}"));

        // An unknown reference is flagged, and the push refused.
        const int row = editor->envModel()->addRow();
        editor->envModel()->setData(editor->envModel()->index(row, EnvTableModel::Key), "ANTHROPIC_API_KEY");
        editor->envModel()->setData(editor->envModel()->index(row, EnvTableModel::Value),
                                    "{{ RUNPOD_SECRET_anthropic_key }}");
        auto* problems = editor->findChild<QLabel*>("envProblems");
        QVERIFY(problems->isVisible());
        QVERIFY2(problems->text().contains("anthropic_key"), qPrintable(problems->text()));
        screenshot(window(), "template-editor");
        // #5: a reference to a missing secret does not stop a push outright: the user is told which
        // references will fail at boot and may push anyway. Here they decline.
        m_asked.clear();
        m_answer = false;
        QTest::mouseClick(m_page->findChild<QAbstractButton*>("pushButton"), Qt::LeftButton);
        m_answer = true;
        QCOMPARE(m_asked.size(), 1);
        QVERIFY2(m_asked.first().startsWith("Push with missing secrets?") && m_asked.first().contains("anthropic_key"),
                 qPrintable(m_asked.first()));
        QVERIFY(m_page->findChild<QLabel*>("templatesMessage")->text().contains("not pushed"));
        QVERIFY(m_page->currentDraft()->draft.id.isEmpty());
        editor->envModel()->removeRows(row, 1);
        QVERIFY(!problems->isVisible());

        // The draft is in the store after every edit.
        {
            LocalStore other(m_storePath);
            QVERIFY(other.open());
            const auto saved = other.loadDraft(m_page->currentDraft()->id);
            QVERIFY(saved);
            QCOMPARE(saved->draft.env.size(), 2);
            QCOMPARE(saved->draft.name, QString("GUI template"));
        }

        QTest::mouseClick(m_page->findChild<QAbstractButton*>("pushButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->currentDraft()->state, DraftState::Pushed, 15000);
        const QString id = m_page->currentDraft()->draft.id;
        QVERIFY(!id.isEmpty());
        HttpClient http;
        const HttpResult read = http.get(url(m_sandbox.apiBase(), "/v2/templates/" + id), m_sandbox.adminKey());
        QCOMPARE(read.status, 200);
        QCOMPARE(read.json().value("name").toString(), QString("GUI template"));
        QCOMPARE(readBackEnv(read.json(), "HF_TOKEN"), QString("{{ RUNPOD_SECRET_hf_token }}"));
        QCOMPARE(readBackEnv(read.json(), "WANDB_API_KEY"), QString("{{ RUNPOD_SECRET_wandb_api_key }}"));
        QCOMPARE(read.json().value("env").toObject().size(), 2);
    }

    void creatingTheMissingSecretClearsTheRefusal()
    {
        // #4: the checks follow the account's secrets as they change, without F5.
        m_page->newTemplate();
        TemplateEditor* editor = m_page->editor();
        QLineEdit* name = editor->findChild<QLineEdit*>("templateName");
        name->selectAll();
        QTest::keyClicks(name, "Late secret");
        QTest::keyClicks(editor->findChild<QLineEdit*>("templateImage"), "ghcr.io/acme/late:1.0");
        const int row = editor->envModel()->addRow();
        editor->envModel()->setData(editor->envModel()->index(row, EnvTableModel::Key), "LATE");
        editor->envModel()->setData(editor->envModel()->index(row, EnvTableModel::Value),
                                    "{{ RUNPOD_SECRET_late_secret }}");
        auto* problems = editor->findChild<QLabel*>("envProblems");
        QVERIFY(problems->isVisible());
        m_answer = false;
        QTest::mouseClick(m_page->findChild<QAbstractButton*>("pushButton"), Qt::LeftButton);
        m_answer = true;
        auto* message = m_page->findChild<QLabel*>("templatesMessage");
        QVERIFY(message->text().contains("not pushed"));

        // The secret is created elsewhere in the window (the secrets screen uses the same owner).
        QByteArray value("late value");
        auto* created = m_session->changes()->createSecret("late_secret", SecretBuffer::takeFrom(value), {});
        QSignalSpy done(created, &ChangeRequest::finished);
        QVERIFY(done.wait(10000));
        QVERIFY(!problems->isVisible());    // the reference resolves now
        QVERIFY(message->text().isEmpty()); // and the refusal has lost its cause
        m_asked.clear();
        QTest::mouseClick(m_page->findChild<QAbstractButton*>("pushButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->currentDraft()->state, DraftState::Pushed, 15000);
        QVERIFY(m_asked.isEmpty()); // nothing missing, nothing asked
        // #23: a pushed draft has nothing to discard, and its tooltip speaks of time, not revisions.
        QVERIFY(!m_page->findChild<QAbstractButton*>("discardButton")->isEnabled());
        const QModelIndex state =
            m_page->model()->index(m_page->list()->currentIndex().row(), TemplateListModel::State);
        const QString tip = state.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.startsWith("Draft saved on this computer") && !tip.contains("revision"), qPrintable(tip));
    }

    void theStartCommandRoundTripsInExecForm()
    {
        m_page->newTemplate();
        TemplateEditor* editor = m_page->editor();
        QLineEdit* name = editor->findChild<QLineEdit*>("templateName");
        name->selectAll();
        QTest::keyClicks(name, "Exec form");
        QTest::keyClicks(editor->findChild<QLineEdit*>("templateImage"), "ghcr.io/acme/exec:1.0");
        editor->findChild<QRadioButton*>("kindServerless")->setChecked(true); // endpoints may be built on it
        auto* entrypoint = editor->findChild<QLineEdit*>("templateEntrypoint");
        auto* command = editor->findChild<QLineEdit*>("templateArgs");
        QVERIFY(entrypoint && command);

        // A quote left open is named under its field, and nothing is pushed.
        QTest::keyClicks(entrypoint, "/bin/bash -c");
        QTest::keyClicks(command, "'python -u main.py");
        auto* problem = editor->findChild<QLabel*>("problem_args");
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains("quote"), qPrintable(problem->text()));
        QTest::mouseClick(m_page->findChild<QAbstractButton*>("pushButton"), Qt::LeftButton);
        QVERIFY(m_page->currentDraft()->draft.id.isEmpty());
        QTest::keyClick(command, Qt::Key_End);
        QTest::keyClicks(command, "'");
        QVERIFY(!problem->isVisible());
        QCOMPARE(m_page->currentDraft()->draft.args,
                 QString(R"({"entrypoint":["/bin/bash","-c"],"cmd":["python -u main.py"]})"));

        QTest::mouseClick(m_page->findChild<QAbstractButton*>("pushButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->currentDraft()->state, DraftState::Pushed, 15000);
        const QString id = m_page->currentDraft()->draft.id;
        HttpClient http;
        const HttpResult read = http.get(url(m_sandbox.apiBase(), "/v2/templates/" + id), m_sandbox.adminKey());
        QCOMPARE(read.status, 200);
        // The service keeps args as sent and answers the exec form beside it.
        QCOMPARE(read.json().value("args").toString(),
                 QString(R"({"entrypoint":["/bin/bash","-c"],"cmd":["python -u main.py"]})"));
        QCOMPARE(read.json().value("entrypoint").toArray(), QJsonArray({"/bin/bash", "-c"}));
        QCOMPARE(read.json().value("cmd").toArray(), QJsonArray({"python -u main.py"}));

        // Read back from the service, the fields show the same words, and looking changes nothing.
        const auto decoded = Template::fromJson(read.json());
        QVERIFY(decoded.ok());
        TemplateEditor reader;
        reader.setTemplate(decoded.value());
        QCOMPARE(reader.findChild<QLineEdit*>("templateEntrypoint")->text(), QString("/bin/bash -c"));
        QCOMPARE(reader.findChild<QLineEdit*>("templateArgs")->text(), QString("'python -u main.py'"));
        QCOMPARE(reader.currentTemplate().args, decoded->args);

        // A bare shell line stays as typed: the console's form.
        reader.findChild<QLineEdit*>("templateEntrypoint")->clear();
        reader.findChild<QLineEdit*>("templateArgs")->setText("python -u handler.py --port 8000");
        QCOMPARE(reader.currentTemplate().args, QString("python -u handler.py --port 8000"));
        QCOMPARE(reader.currentTemplate().command().cmd, QStringList({"python", "-u", "handler.py", "--port", "8000"}));
    }

    void draftOfflineRestartAndPush()
    {
        // The service goes away; the window works from the cache.
        QCOMPARE(m_sandbox.stop(), 0);
        stopApp();
        startApp(false);
        QCOMPARE(m_session->state(), Session::State::Offline);
        QVERIFY(m_page->model()->rowCount() >= 7); // the cache, with the pushed template

        m_page->newTemplate();
        TemplateEditor* editor = m_page->editor();
        QLineEdit* name = editor->findChild<QLineEdit*>("templateName");
        name->selectAll();
        QTest::keyClicks(name, "Drafted offline");
        QTest::keyClicks(editor->findChild<QLineEdit*>("templateImage"), "ghcr.io/acme/offline:1");
        editor->envModel()->pasteLines("HF_TOKEN={{ RUNPOD_SECRET_hf_token }}\nMODE=batch\n");
        QVERIFY(!m_page->findChild<QAbstractButton*>("pushButton")->isEnabled());
        const QString draftId = m_page->currentDraft()->id;

        // "Restart": the page, session and store are made again from the same file.
        stopApp();
        startApp(false);
        const int row = m_page->model()->rowOfDraft(draftId);
        QVERIFY(row >= 0);
        QCOMPARE(m_page->model()->stateOf(row), TemplateListModel::RowState::NewDraft);
        QCOMPARE(m_page->model()->rowAt(row).draft->draft.env.size(), 2);

        // The service is back: push.
        stopApp();
        startApp(true);
        QVERIFY(m_page->selectTemplate("Drafted offline"));
        QVERIFY2(m_page->findChild<QAbstractButton*>("pushButton")->isEnabled(),
                 qPrintable(QString("state %1, draft %2, session %3")
                                .arg(int(m_page->model()->stateOf(m_page->list()->currentIndex().row())))
                                .arg(m_page->currentDraft().has_value())
                                .arg(int(m_session->state()))));
        QTest::mouseClick(m_page->findChild<QAbstractButton*>("pushButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->currentDraft()->state, DraftState::Pushed, 15000);
        HttpClient http;
        const HttpResult read = http.get(url(m_sandbox.apiBase(), "/v2/templates/" + m_page->currentDraft()->draft.id),
                                         m_sandbox.adminKey());
        QCOMPARE(read.status, 200);
        QCOMPARE(readBackEnv(read.json(), "MODE"), QString("batch"));
    }

    void aConflictResolvedFieldByField()
    {
        QVERIFY(m_page->selectTemplate("vLLM worker"));
        const QString id = m_page->model()->rowAt(m_page->list()->currentIndex().row()).templateId();
        TemplateEditor* editor = m_page->editor();
        QLineEdit* image = editor->findChild<QLineEdit*>("templateImage");
        image->selectAll();
        QTest::keyClicks(image, "runpod/worker-vllm:1.7.0-mine");
        QLineEdit* args = editor->findChild<QLineEdit*>("templateArgs");
        args->selectAll();
        QTest::keyClicks(args, "--max-num-seqs 64");
        QCOMPARE(m_page->currentDraft()->state, DraftState::Modified);

        // A colleague changes the image and the disk on the service.
        HttpClient http;
        QCOMPARE(http.patch(url(m_sandbox.apiBase(), "/v2/templates/" + id), m_sandbox.adminKey(),
                            {{"image", "runpod/worker-vllm:1.7.1-theirs"}, {"disk", 80}})
                     .status,
                 200);

        bool sawConflict = false;
        whenShown("templateConflictDialog", [&](QWidget* widget) {
            auto* dialog = static_cast<TemplateConflictDialog*>(widget);
            sawConflict = dialog->choices().contains("field:image");
            dialog->resize(1000, 400); // as on a desktop; the offscreen screen is 800 pixels wide
            screenshot(dialog, "template-conflict");
            dialog->choose("field:image", MergeSide::Theirs); // their image, my args, their disk
            dialog->findChild<QAbstractButton*>("pushMerged")->click();
        });
        QTest::mouseClick(m_page->findChild<QAbstractButton*>("pushButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->currentDraft()->state, DraftState::Pushed, 15000);
        QVERIFY(sawConflict);
        const QJsonObject read = http.get(url(m_sandbox.apiBase(), "/v2/templates/" + id), m_sandbox.adminKey()).json();
        QCOMPARE(read.value("image").toString(), QString("runpod/worker-vllm:1.7.1-theirs"));
        QCOMPARE(read.value("args").toString(), QString("--max-num-seqs 64"));
        QCOMPARE(read.value("disk").toInt(), 80);
        QCOMPARE(editor->findChild<QLineEdit*>("templateImage")->text(), QString("runpod/worker-vllm:1.7.1-theirs"));
    }

    void removingAVolumeIsReported()
    {
        // The API's PATCH cannot take a volume away: the push says so instead of claiming success.
        QVERIFY(m_page->selectTemplate("PyTorch 2.4 + Jupyter"));
        auto* volume = m_page->editor()->findChild<QCheckBox*>("templateVolume");
        QVERIFY(volume->isChecked());
        volume->click();
        QCOMPARE(m_page->currentDraft()->state, DraftState::Modified);
        QTest::mouseClick(m_page->findChild<QAbstractButton*>("pushButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->currentDraft()->state, DraftState::Pushed, 15000);
        const QString message = m_page->findChild<QLabel*>("templatesMessage")->text();
        QVERIFY2(message.contains("kept its persistent volume"), qPrintable(message));
    }

    void aTemplateWithAnEndpointOnItIsNotDeleted()
    {
        QVERIFY(m_page->selectTemplate("Exec form"));
        const QString id = m_page->model()->rowAt(m_page->list()->currentIndex().row()).templateId();
        QVERIFY(!id.isEmpty());
        HttpClient http;
        const HttpResult endpoint = http.post(url(m_sandbox.apiBase(), "/v2/serverless"), m_sandbox.adminKey(),
                                              {{"name", "built-on-exec"},
                                               {"type", "QUEUE"},
                                               {"templateId", id},
                                               {"gpu", QJsonObject{{"pools", QJsonArray{"ADA_24"}}}},
                                               {"scaling", QJsonObject{{"type", "QUEUE_DELAY"}, {"queueDelay", 4}}}});
        QCOMPARE(endpoint.status, 201);
        m_page->deleteCurrentTemplate();
        auto* message = m_page->findChild<QLabel*>("templatesMessage");
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains("was not deleted"), 10000);
        QVERIFY2(message->text().contains("built-on-exec") && message->text().contains("another template"),
                 qPrintable(message->text()));
        QVERIFY(m_page->selectTemplate("Exec form"));
        QCOMPARE(http.get(url(m_sandbox.apiBase(), "/v2/templates/" + id), m_sandbox.adminKey()).status, 200);

        // Without the endpoint the delete goes through.
        const QString endpointId = endpoint.json().value("id").toString();
        QCOMPARE(http.del(url(m_sandbox.apiBase(), "/v2/serverless/" + endpointId), m_sandbox.adminKey()).status, 204);
        m_page->deleteCurrentTemplate();
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->selectTemplate("Exec form"), 10000);
        QCOMPARE(http.get(url(m_sandbox.apiBase(), "/v2/templates/" + id), m_sandbox.adminKey()).status, 404);
    }

    void discardAndDelete()
    {
        QVERIFY(m_page->selectTemplate("GUI template"));
        QLineEdit* image = m_page->editor()->findChild<QLineEdit*>("templateImage");
        image->selectAll();
        QTest::keyClicks(image, "changed:2");
        QCOMPARE(m_page->currentDraft()->state, DraftState::Modified);
        m_page->discardCurrentDraft();
        QCOMPARE(image->text(), QString("ghcr.io/acme/gui:1.0")); // the service's copy again

        const QString id = m_page->model()->rowAt(m_page->list()->currentIndex().row()).templateId();
        m_page->deleteCurrentTemplate();
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->selectTemplate("GUI template"), 10000);
        HttpClient http;
        QCOMPARE(http.get(url(m_sandbox.apiBase(), "/v2/templates/" + id), m_sandbox.adminKey()).status, 404);
    }

private:
    QWidget* window() const { return m_page.get(); }
    QStringList m_asked;
    bool m_answer = true;

    // The selector is a popup window of its own: drawn over the page where it stands.
    void screenshotWithPopup(QWidget* popup, const char* name)
    {
        const QString dir = qEnvironmentVariable("PODWARDEN_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QCoreApplication::processEvents();
        QPixmap picture = m_page->grab();
        QPainter painter(&picture);
        painter.drawPixmap(popup->mapToGlobal(QPoint(0, 0)) - m_page->mapToGlobal(QPoint(0, 0)), popup->grab());
        painter.end();
        const QString suffix = qEnvironmentVariable("PODWARDEN_SCREENSHOT_PALETTE") == QLatin1String("dark")
                                   ? QStringLiteral("-dark.png")
                                   : QStringLiteral(".png");
        QDir().mkpath(dir);
        picture.save(dir + QLatin1Char('/') + QLatin1String(name) + suffix);
    }

    static QLineEdit* cellEditor(TemplateEditor* editor, int row, int column)
    {
        return qobject_cast<QLineEdit*>(editor->envTable()->indexWidget(editor->envModel()->index(row, column)));
    }

    // The app's parts for this profile; with `online`, the sandbox is (re)started and connected.
    void startApp(bool online)
    {
        m_store = std::make_unique<LocalStore>(m_storePath);
        QVERIFY2(m_store->open(), qPrintable(m_store->errorString()));
        m_session = std::make_unique<Session>(m_store.get(), nullptr);
        if (m_profile.id.isEmpty())
            m_profile = Profile::makeNew("Templates");
        if (online) {
            QVERIFY2(m_sandbox.start({"--seed", "demo"}), qPrintable(m_sandbox.errorString()));
            m_profile.managementBase = m_sandbox.apiBase();
            m_profile.invocationBase = m_sandbox.invokeBase();
            QByteArray key = m_sandbox.adminKey();
            m_session->open(m_profile, SecretBuffer::takeFrom(key));
            QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), Session::State::Online, 15000);
        } else {
            m_session->openOffline(m_profile);
        }
        m_page = std::make_unique<TemplatesPage>(m_session.get());
        m_page->resize(1280, 760);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        // Offline, the window comes first and the saved copy's rows arrive after it, from their
        // own thread: the tests below look at those rows, so they wait for them as a user would.
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->isReadingSavedCopy(), 15000);
    }

    void stopApp()
    {
        m_page.reset();
        m_session.reset();
        m_store.reset();
    }

    QTemporaryDir m_home;
    QTranslator m_english;
    QString m_storePath;
    Profile m_profile;
    SandboxProcess m_sandbox;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<TemplatesPage> m_page;
};

QTEST_MAIN(TestTemplatesPage)
#include "tst_templatespage.moc"
