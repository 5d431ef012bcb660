// The secrets screen driven like a user would, against the real sandbox: the table and search,
// create through the dialog (a taken name caught as typed, a name taken behind the app's back
// refused by the service and shown in the dialog with nothing lost), replace the value, edit the
// description, the history in the details (three events, newest first), delete with the typed
// name (a wrong name keeps Delete disabled), deleting a referenced secret breaks the sandbox's
// boot of that template, and a dead service reported in the dialog.
#include "AppTestEnvironment.h"
#include "SandboxProcess.h"
#include "SecretTableModel.h"
#include "Theme.h"
#include "account/Session.h"
#include "secrets/SecretChangeDialogs.h"
#include "secrets/SecretFormDialog.h"
#include "secrets/SecretsPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTranslator>
#include <QTreeWidget>
#include <QtTest>

using namespace podwarden;
using namespace podwarden::test;

namespace {

// A dialog that a test fails to close would block exec() for ever: close it after a while.
void closeAfter(QWidget* dialog, int ms = 30000)
{
    QTimer::singleShot(ms, dialog, [dialog] { static_cast<QDialog*>(dialog)->reject(); });
}

QLineEdit* edit(QWidget* w, const char* name)
{
    return w->findChild<QLineEdit*>(QLatin1String(name));
}

QAbstractButton* button(QWidget* w, const char* name)
{
    return w->findChild<QAbstractButton*>(QLatin1String(name));
}

} // namespace

class TestSecretsPage final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(prepareScreenTest(m_home, m_english));
        m_session = std::make_unique<Session>(nullptr, nullptr);
        const QString failure = openDemoSession(m_sandbox, *m_session, "Secrets");
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        m_page = std::make_unique<SecretsPage>(m_session.get());
        m_page->resize(1100, 560);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_session.reset();
        m_sandbox.stop(); // the last test has stopped it already
    }

    void showsTheAccountsSecrets()
    {
        SecretTableModel* model = m_page->model();
        QCOMPARE(model->rowCount(), 8);
        QCOMPARE(m_page->findChild<QLabel*>("secretCount")->text(), QString("8 secrets"));
        QCOMPARE(model->templatesUsing("hf_token"),
                 QStringList({"ComfyUI SDXL", "PyTorch 2.4 + Jupyter", "vLLM worker"}));
        QVERIFY(m_page->selectSecret("hf_token"));
        screenshot(m_page.get(), "secrets");

        // Search names and descriptions.
        QTest::keyClicks(m_page->findChild<QLineEdit*>("secretSearch"), "s3_");
        QCOMPARE(m_page->proxy()->rowCount(), 2);
        m_page->findChild<QLineEdit*>("secretSearch")->clear();
        QTest::keyClicks(m_page->findChild<QLineEdit*>("secretSearch"), "WEBHOOK");
        QCOMPARE(m_page->proxy()->rowCount(), 1);
        m_page->findChild<QLineEdit*>("secretSearch")->clear();
        QTest::keyClicks(m_page->findChild<QLineEdit*>("secretSearch"), "zzz-nothing");
        QCOMPARE(m_page->proxy()->rowCount(), 0);
        auto* state = m_page->findChild<QLabel*>("secretsState");
        QVERIFY(state->isVisible());
        QVERIFY2(state->text().contains("No secret matches"), qPrintable(state->text()));
        m_page->findChild<QLineEdit*>("secretSearch")->clear();
        QCOMPARE(m_page->proxy()->rowCount(), 8);
        QVERIFY(!state->isVisible());
    }

    void anAccountThatDoesNotLoadSaysWhy()
    {
        Profile profile = Profile::makeNew("Refused");
        profile.managementBase = m_sandbox.apiBase();
        profile.invocationBase = m_sandbox.invokeBase();
        Session refused(nullptr, nullptr);
        SecretsPage page(&refused);
        auto* state = page.findChild<QLabel*>("secretsState");
        QVERIFY(state->text().contains("No account is connected"));
        QVERIFY(!button(&page, "newSecretButton")->isEnabled());
        QByteArray wrong = "rpa_WRONGWRONGWRONGWRONGWRONGWRONGWRONGWRON";
        refused.open(profile, SecretBuffer::takeFrom(wrong));
        QTRY_COMPARE_WITH_TIMEOUT(refused.state(), Session::State::Error, 15000);
        QVERIFY2(state->text().contains("could not be loaded") && state->text().contains("invalid api key"),
                 qPrintable(state->text()));
        QVERIFY(!button(&page, "newSecretButton")->isEnabled());
    }

    void createThroughTheDialog()
    {
        bool takenCaught = false;
        bool reservedCaught = false;
        whenShown("createSecretDialog", [&](QWidget* dialog) {
            closeAfter(dialog);
            auto* name = edit(dialog, "secretName");
            auto* problem = dialog->findChild<QLabel*>("secretNameProblem");
            QTest::keyClicks(edit(dialog, "secretValue"), "first-value-typed");
            QTest::keyClicks(name, "hf_token"); // exists: caught before anything is sent
            takenCaught = problem->isVisible() && problem->text().contains("already exists") &&
                          !button(dialog, "createSecret")->isEnabled();
            name->clear();
            QTest::keyClicks(name, "RUNPOD_token");
            reservedCaught = problem->isVisible() && problem->text().contains("RUNPOD");
            screenshot(dialog, "create-secret-invalid");
            name->clear();
            QTest::keyClicks(name, "gui_secret");
            dialog->findChild<QPlainTextEdit*>("secretDescription")->setPlainText("Made through the window");
            QTest::mouseClick(button(dialog, "createSecret"), Qt::LeftButton);
        });
        m_page->createSecret();
        QVERIFY(takenCaught);
        QVERIFY(reservedCaught);
        QVERIFY(!findShown("createSecretDialog"));
        const int row = rowOf("gui_secret");
        QVERIFY(row >= 0);
        m_secretId = m_page->model()->secretAt(row).id;
        QCOMPARE(m_page->model()->rowCount(), 9);
        QCOMPARE(m_session->snapshot().secrets.size(), 9); // the overview's count follows
        QVERIFY(m_page->findChild<QLabel*>("secretsMessage")->text().contains("{{ RUNPOD_SECRET_gui_secret }}"));

        HttpClient http;
        const HttpResult got =
            http.get(url(m_sandbox.apiBase(), "/v2/account/secrets/" + m_secretId), m_sandbox.adminKey());
        QCOMPARE(got.status, 200);
        QCOMPARE(got.json().value("description").toString(), QString("Made through the window"));
        QVERIFY(!got.json().contains("value"));
    }

    void aRefusalStaysInTheDialog()
    {
        // Another console takes the name after this window loaded the account: the service says 409.
        HttpClient http;
        QCOMPARE(http.post(url(m_sandbox.apiBase(), "/v2/account/secrets"), m_sandbox.adminKey(),
                           {{"name", "raced"}, {"value", "theirs"}})
                     .status,
                 201);
        QString shownError;
        bool keptEverything = false;
        whenShown("createSecretDialog", [&](QWidget* widget) {
            closeAfter(widget);
            auto* dialog = static_cast<SecretFormDialog*>(widget);
            QTest::keyClicks(edit(dialog, "secretName"), "raced");
            QTest::keyClicks(edit(dialog, "secretValue"), "mine");
            dialog->findChild<QPlainTextEdit*>("secretDescription")->setPlainText("kept");
            QTest::mouseClick(button(dialog, "createSecret"), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), 10000);
            shownError = dialog->errorText();
            keptEverything = dialog->isVisible() && edit(dialog, "secretName")->text() == "raced" &&
                             edit(dialog, "secretValue")->text() == "mine" &&
                             dialog->findChild<QPlainTextEdit*>("secretDescription")->toPlainText() == "kept" &&
                             button(dialog, "createSecret")->isEnabled();
            // Another name, and it goes through.
            QTest::keyClicks(edit(dialog, "secretName"), "_2");
            QTest::mouseClick(button(dialog, "createSecret"), Qt::LeftButton);
        });
        m_page->createSecret();
        QVERIFY2(shownError.contains("raced") && shownError.contains("already taken"), qPrintable(shownError));
        QVERIFY(keptEverything);
        QVERIFY(rowOf("raced_2") >= 0);
    }

    void replaceTheValue()
    {
        QVERIFY(m_page->selectSecret("gui_secret"));
        const QDateTime before = m_page->model()->secretAt(rowOf("gui_secret")).valueLastUpdatedAt;
        QString explanation;
        whenShown("replaceSecretDialog", [&](QWidget* dialog) {
            closeAfter(dialog);
            explanation = dialog->findChild<QLabel*>("replaceExplanation")->text();
            QVERIFY(!button(dialog, "replaceValue")->isEnabled());
            QTest::mouseClick(button(dialog, "generateValue"), Qt::LeftButton);
            QCOMPARE(edit(dialog, "secretValue")->text().size(), 40);
            QTest::mouseClick(button(dialog, "replaceValue"), Qt::LeftButton);
        });
        QTest::mouseClick(button(m_page.get(), "replaceValueButton"), Qt::LeftButton);
        QVERIFY(explanation.contains("Pods booted after this use the new value; running pods keep the old one"));
        QVERIFY(!findShown("replaceSecretDialog"));
        const QDateTime after = m_page->model()->secretAt(rowOf("gui_secret")).valueLastUpdatedAt;
        QVERIFY2(after > before,
                 qPrintable(before.toString(Qt::ISODateWithMs) + " " + after.toString(Qt::ISODateWithMs)));
        QVERIFY(m_page->findChild<QLabel*>("secretsMessage")->text().contains("was replaced"));
    }

    void aValueAndADescriptionTogether()
    {
        QVERIFY(m_page->selectSecret("gui_secret"));
        const QDateTime before = m_page->model()->secretAt(rowOf("gui_secret")).valueLastUpdatedAt;
        bool overLimitRefused = false;
        whenShown("replaceSecretDialog", [&](QWidget* dialog) {
            closeAfter(dialog);
            QTest::mouseClick(button(dialog, "generateValue"), Qt::LeftButton);
            auto* description = dialog->findChild<QWidget*>("replaceDescription")->findChild<QPlainTextEdit*>();
            // 40,000 characters are 80,000 bytes: over the limit, refused as typed.
            description->setPlainText(QString(40000, QChar(0x00e9)));
            overLimitRefused = !button(dialog, "replaceValue")->isEnabled();
            description->setPlainText("Rotated together");
            QTest::mouseClick(button(dialog, "replaceValue"), Qt::LeftButton);
        });
        QTest::mouseClick(button(m_page.get(), "replaceValueButton"), Qt::LeftButton);
        QVERIFY(overLimitRefused);
        QTRY_VERIFY_WITH_TIMEOUT(!findShown("replaceSecretDialog"), 15000);
        const Secret after = m_page->model()->secretAt(rowOf("gui_secret"));
        QVERIFY(after.valueLastUpdatedAt > before);
        QCOMPARE(after.description, QString("Rotated together"));
        QVERIFY2(m_page->findChild<QLabel*>("secretsMessage")->text().contains("value and the description"),
                 qPrintable(m_page->findChild<QLabel*>("secretsMessage")->text()));
    }

    void aRefusedDescriptionAfterTheValueKeepsWhatWasTyped()
    {
        // What the dialog does when SecretUpdate reports ValueOnly (the service refused the
        // description after rotating the value; tst_serviceclient provokes that for real).
        ReplaceSecretValueDialog dialog("gui_secret", {}, "old note");
        auto* description = dialog.findChild<QWidget*>("replaceDescription")->findChild<QPlainTextEdit*>();
        QTest::mouseClick(button(&dialog, "generateValue"), Qt::LeftButton);
        description->setPlainText("new note");
        QVERIFY(button(&dialog, "replaceValue")->isEnabled());
        dialog.valueTookEffect();
        dialog.showError("The new value of gui_secret took effect, but the description was not saved.");
        QVERIFY(dialog.valueDone());
        QVERIFY(!edit(&dialog, "secretValue")->isEnabled());
        QVERIFY(edit(&dialog, "secretValue")->text().isEmpty());
        QCOMPARE(description->toPlainText(), QString("new note")); // what was typed stays
        QCOMPARE(button(&dialog, "replaceValue")->text(), QString("&Save description"));
        QVERIFY(button(&dialog, "replaceValue")->isEnabled());
        description->setPlainText("old note"); // back to the original: nothing left to save
        QVERIFY(!button(&dialog, "replaceValue")->isEnabled());
        QCOMPARE(dialog.changedDescription(), std::nullopt);
    }

    void editTheDescription()
    {
        QVERIFY(m_page->selectSecret("gui_secret"));
        whenShown("describeSecretDialog", [&](QWidget* dialog) {
            closeAfter(dialog);
            auto* editor = dialog->findChild<QPlainTextEdit*>("secretDescription");
            editor->selectAll();
            QTest::keyClicks(editor, "Rotated by the window");
            QTest::mouseClick(button(dialog, "saveDescription"), Qt::LeftButton);
        });
        QTest::mouseClick(button(m_page.get(), "describeButton"), Qt::LeftButton);
        QVERIFY(!findShown("describeSecretDialog"));
        QCOMPARE(m_page->model()->secretAt(rowOf("gui_secret")).description, QString("Rotated by the window"));
        HttpClient http;
        QCOMPARE(http.get(url(m_sandbox.apiBase(), "/v2/account/secrets/" + m_secretId), m_sandbox.adminKey())
                     .json()
                     .value("description")
                     .toString(),
                 QString("Rotated by the window"));
    }

    void theHistoryInTheDetails()
    {
        QVERIFY(m_page->selectSecret("gui_secret"));
        m_page->table()->setFocus();
        QTest::keyClick(m_page->table(), Qt::Key_Return); // Enter opens the details
        QTRY_VERIFY(findShown("secretDetailsDialog"));
        auto* dialog = static_cast<QDialog*>(findShown("secretDetailsDialog"));
        QTreeWidget* history = dialog->findChild<QTreeWidget*>("secretHistory");
        // Newest first: the edit, then the value and description sent together (the value applied
        // first), the plain replace, the creation.
        QTRY_COMPARE_WITH_TIMEOUT(history->topLevelItemCount(), 5, 10000);
        QCOMPARE(history->topLevelItem(0)->text(1), QString("Description edited"));
        QCOMPARE(history->topLevelItem(1)->text(1), QString("Description edited"));
        QCOMPARE(history->topLevelItem(2)->text(1), QString("Value replaced"));
        QCOMPARE(history->topLevelItem(3)->text(1), QString("Value replaced"));
        QCOMPARE(history->topLevelItem(4)->text(1), QString("Created"));
        QVERIFY(dialog->findChild<QLabel*>("historyState")->text().contains("5 events"));
        QCOMPARE(dialog->findChild<QLabel*>("detailsDescription")->text(), QString("Rotated by the window"));
        QVERIFY(dialog->findChild<QLabel*>("detailsUsedBy")->text().contains("No template"));
        screenshot(dialog, "secret-details");
        dialog->reject();
        QTRY_VERIFY(!findShown("secretDetailsDialog"));
    }

    void deleteWithTheTypedName()
    {
        QVERIFY(m_page->selectSecret("gui_secret"));
        bool wrongNameKeptItDisabled = false;
        whenShown("deleteSecretDialog", [&](QWidget* dialog) {
            closeAfter(dialog);
            auto* confirm = edit(dialog, "confirmName");
            auto* remove = button(dialog, "deleteSecret");
            QTest::keyClicks(confirm, "gui_secre");
            const bool shortNameDisabled = !remove->isEnabled();
            QTest::keyClicks(confirm, "T"); // names are case-sensitive
            const bool wrongCaseDisabled = !remove->isEnabled();
            QTest::keyClick(confirm, Qt::Key_Return); // Enter with a wrong name sends nothing
            QTest::qWait(300);
            HttpClient http;
            const bool stillThere =
                http.get(url(m_sandbox.apiBase(), "/v2/account/secrets/" + m_secretId), m_sandbox.adminKey()).status ==
                200;
            wrongNameKeptItDisabled = shortNameDisabled && wrongCaseDisabled && stillThere && dialog->isVisible();
            confirm->clear();
            QTest::keyClicks(confirm, "gui_secret");
            QTest::mouseClick(button(dialog, "deleteSecret"), Qt::LeftButton);
        });
        m_page->table()->setFocus();
        QTest::keyClick(m_page->table(), Qt::Key_Delete);
        QVERIFY(wrongNameKeptItDisabled);
        QVERIFY(!findShown("deleteSecretDialog"));
        QCOMPARE(rowOf("gui_secret"), -1);
        HttpClient http;
        QCOMPARE(http.get(url(m_sandbox.apiBase(), "/v2/account/secrets/" + m_secretId), m_sandbox.adminKey()).status,
                 404);
    }

    void deletingAReferencedSecretBreaksBoots()
    {
        QString templateId;
        for (const Template& t : m_session->snapshot().templates) {
            if (t.name == "Postgres backup")
                templateId = t.id;
        }
        QVERIFY(!templateId.isEmpty());
        HttpClient http;
        const QUrl boot = url(m_sandbox.apiBase(), "/v2/sandbox/boot");
        const HttpResult before = http.post(boot, m_sandbox.adminKey(), {{"templateId", templateId}});
        QCOMPARE(before.status, 200);
        QVERIFY(before.json().value("ok").toBool()); // the control: it boots while the secret exists

        QVERIFY(m_page->selectSecret("slack_webhook"));
        QStringList listed;
        QString warning;
        whenShown("deleteSecretDialog", [&](QWidget* dialog) {
            closeAfter(dialog);
            auto* list = dialog->findChild<QListWidget*>("referencingTemplates");
            for (int i = 0; list && i < list->count(); ++i)
                listed << list->item(i)->text();
            warning = dialog->findChild<QLabel*>("deleteWarning")->text();
            QTest::keyClicks(edit(dialog, "confirmName"), "slack_webhook");
            screenshot(dialog, "delete-secret");
            QTest::mouseClick(button(dialog, "deleteSecret"), Qt::LeftButton);
        });
        QTest::mouseClick(button(m_page.get(), "deleteSecretButton"), Qt::LeftButton);
        QCOMPARE(listed, QStringList({"Postgres backup"}));
        QVERIFY2(warning.contains("1 template still references it") && warning.contains("will fail"),
                 qPrintable(warning));
        QCOMPARE(rowOf("slack_webhook"), -1);
        const QString message = m_page->findChild<QLabel*>("secretsMessage")->text();
        QVERIFY2(message.contains("Postgres backup") && message.contains("will fail"), qPrintable(message));

        const HttpResult after = http.post(boot, m_sandbox.adminKey(), {{"templateId", templateId}});
        QCOMPARE(after.status, 200);
        QVERIFY(!after.json().value("ok").toBool());
        const QJsonArray failed = after.json().value("failed").toArray();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).toObject().value("env").toString(), QString("SLACK_WEBHOOK_URL"));
        QCOMPARE(failed.at(0).toObject().value("secret").toString(), QString("slack_webhook"));
        QVERIFY(after.json().value("resolved").toArray().contains(QJsonValue("PGPASSWORD")));
    }

    // Last: it stops the sandbox.
    void aDeadServiceIsReportedInTheDialog()
    {
        QCOMPARE(m_sandbox.stop(), 0);
        QString shownError;
        bool keptEverything = false;
        whenShown("createSecretDialog", [&](QWidget* widget) {
            closeAfter(widget);
            auto* dialog = static_cast<SecretFormDialog*>(widget);
            QTest::keyClicks(edit(dialog, "secretName"), "while_down");
            QTest::keyClicks(edit(dialog, "secretValue"), "value");
            QTest::mouseClick(button(dialog, "createSecret"), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), 20000);
            shownError = dialog->errorText();
            keptEverything = dialog->isVisible() && edit(dialog, "secretName")->text() == "while_down" &&
                             edit(dialog, "secretValue")->text() == "value";
            dialog->reject();
            keptEverything = keptEverything && edit(dialog, "secretValue")->text().isEmpty();
        });
        m_page->createSecret();
        QVERIFY2(shownError.contains("while_down") && shownError.contains("Could not reach"), qPrintable(shownError));
        QVERIFY(keptEverything);
        QCOMPARE(rowOf("while_down"), -1);
    }

private:
    int rowOf(const QString& name) const
    {
        const SecretTableModel* model = m_page->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->secretAt(row).name == name)
                return row;
        }
        return -1;
    }

    QTemporaryDir m_home;
    QTranslator m_english;
    SandboxProcess m_sandbox;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<SecretsPage> m_page;
    QString m_secretId;
};

QTEST_MAIN(TestSecretsPage)
#include "tst_secretspage.moc"
