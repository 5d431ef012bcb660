// The secret dialogs other than create, offscreen: replace the value (what it does to pods said
// plainly, the templates named, an oversize value refused with the limit, the value cleared on
// close), edit the description (only when changed, limit named), delete (the templates that
// still reference the secret listed, Delete enabled only by the exact name), and the details
// dialog when offline (metadata, never a value, the history says how to see it).
#include "SecretTableModel.h"
#include "Validation.h"
#include "secrets/DeleteSecretDialog.h"
#include "secrets/SecretChangeDialogs.h"
#include "secrets/SecretDetailsDialog.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTranslator>
#include <QTreeWidget>
#include <QtTest>

using namespace podwarden;

class TestSecretDialogs final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_english.load(QStringLiteral(":/i18n/podwarden_en.qm")));
        QCoreApplication::installTranslator(&m_english);
    }

    void replaceSaysWhatHappens()
    {
        ReplaceSecretValueDialog dialog("hf_token", {"ComfyUI SDXL", "PyTorch 2.4 + Jupyter"});
        dialog.show();
        const QString text = dialog.findChild<QLabel*>("replaceExplanation")->text();
        QVERIFY2(text.contains("Pods booted after this use the new value; running pods keep the old one"),
                 qPrintable(text));
        QVERIFY2(text.contains("ComfyUI SDXL") && text.contains("PyTorch 2.4 + Jupyter"), qPrintable(text));
        auto* replace = dialog.findChild<QAbstractButton*>("replaceValue");
        auto* value = dialog.findChild<QLineEdit*>("secretValue");
        QVERIFY(!replace->isEnabled());
        QCOMPARE(value->echoMode(), QLineEdit::Password);
        QTest::keyClicks(value, "new-value");
        QVERIFY(replace->isEnabled());
        QVERIFY(dialog.value().equals("new-value"));

        // One byte over the contract's limit (under 16 MiB) is refused, with the limit named.
        value->setText(QString(int(Validation::kSecretValueMaxBytes) + 1, QLatin1Char('x')));
        auto* problem = dialog.findChild<QLabel*>("secretValueProblem");
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains("16 MiB"), qPrintable(problem->text()));
        QVERIFY(!replace->isEnabled());
        value->setText(QString(int(Validation::kSecretValueMaxBytes), QLatin1Char('x')));
        QVERIFY(!problem->isVisible());
        QVERIFY(replace->isEnabled());

        // A refusal keeps the dialog and its value; closing clears the value.
        QSignalSpy submitted(&dialog, &SecretFormDialog::submitted);
        value->setText("again");
        QTest::mouseClick(replace, Qt::LeftButton);
        QCOMPARE(submitted.count(), 1);
        dialog.setBusy(true);
        QVERIFY(!replace->isEnabled());
        dialog.setBusy(false);
        dialog.showError("The service could not be reached.");
        QVERIFY(dialog.isVisible());
        QCOMPARE(value->text(), QString("again"));
        dialog.reject();
        QVERIFY(value->text().isEmpty());
    }

    void descriptionOnlyWhenChanged()
    {
        EditSecretDescriptionDialog dialog("hf_token", "Hugging Face read token");
        dialog.show();
        auto* save = dialog.findChild<QAbstractButton*>("saveDescription");
        auto* editor = dialog.findChild<QPlainTextEdit*>("secretDescription");
        QCOMPARE(editor->toPlainText(), QString("Hugging Face read token"));
        QVERIFY(!save->isEnabled()); // nothing changed yet
        editor->setPlainText("Hugging Face read token, rotated monthly");
        QVERIFY(save->isEnabled());
        QVERIFY(!dialog.findChild<QLineEdit*>("secretValue")); // the value is not part of it
        editor->setPlainText(QString(int(Validation::kSecretDescriptionMaxBytes) + 1, QLatin1Char('d')));
        QVERIFY(!save->isEnabled());
        QVERIFY(dialog.findChild<QLabel*>("secretDescriptionProblem")->isVisible());
        editor->clear(); // clearing is a change: it removes the description
        QVERIFY(save->isEnabled());
        QCOMPARE(dialog.description(), QString());
    }

    void deleteNeedsTheExactName()
    {
        DeleteSecretDialog dialog("postgres_password", {"Eval harness", "Postgres backup"});
        dialog.show();
        const QString warning = dialog.findChild<QLabel*>("deleteWarning")->text();
        QVERIFY2(warning.contains("2 templates still reference it") && warning.contains("will fail"),
                 qPrintable(warning));
        auto* list = dialog.findChild<QListWidget*>("referencingTemplates");
        QVERIFY(list);
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->text(), QString("Eval harness"));
        QCOMPARE(list->item(1)->text(), QString("Postgres backup"));

        auto* remove = dialog.findChild<QAbstractButton*>("deleteSecret");
        auto* confirm = dialog.findChild<QLineEdit*>("confirmName");
        QSignalSpy submitted(&dialog, &SecretFormDialog::submitted);
        QVERIFY(!remove->isEnabled());
        QTest::keyClicks(confirm, "postgres_passwor");
        QVERIFY(!remove->isEnabled());
        QTest::keyClick(confirm, Qt::Key_Return); // Enter with the wrong name does nothing
        QCOMPARE(submitted.count(), 0);
        QTest::keyClicks(confirm, "D"); // names are case-sensitive
        QVERIFY(!remove->isEnabled());
        QTest::keyClick(confirm, Qt::Key_Backspace);
        QTest::keyClicks(confirm, "d");
        QVERIFY(remove->isEnabled());
        QTest::keyClick(confirm, Qt::Key_Return);
        QCOMPARE(submitted.count(), 1);
        QVERIFY(dialog.isVisible()); // the page closes it once the service agreed
    }

    void deleteOfAnUnusedSecret()
    {
        DeleteSecretDialog dialog("unused", {});
        QVERIFY(dialog.findChild<QLabel*>("deleteWarning")->text().contains("No template references it"));
        QVERIFY(!dialog.findChild<QListWidget*>("referencingTemplates"));
    }

    void detailsOfflineShowMetadataOnly()
    {
        Secret secret;
        secret.id = "sec_1";
        secret.name = "hf_token";
        secret.description = "Hugging Face read token";
        secret.createdAt = QDateTime::currentDateTimeUtc().addDays(-30);
        secret.valueLastUpdatedAt = QDateTime::currentDateTimeUtc().addDays(-2);
        SecretDetailsDialog dialog(secret, {"ComfyUI SDXL"}, nullptr);
        dialog.show();
        QCOMPARE(dialog.findChild<QLabel*>("detailsReference")->text(), QString("{{ RUNPOD_SECRET_hf_token }}"));
        QCOMPARE(dialog.findChild<QLabel*>("detailsDescription")->text(), secret.description);
        QCOMPARE(dialog.findChild<QLabel*>("detailsUsedBy")->text(), QString("ComfyUI SDXL"));
        QVERIFY(dialog.findChild<QLabel*>("detailsValue")->text().contains("Write-only"));
        QVERIFY(dialog.findChild<QLabel*>("detailsValueUpdated")->text().contains("2 days ago"));
        QCOMPARE(dialog.history()->topLevelItemCount(), 0);
        QVERIFY(dialog.findChild<QLabel*>("historyState")->text().contains("Connect"));
        QVERIFY(!dialog.isLoading());
    }

private:
    QTranslator m_english;
};

QTEST_MAIN(TestSecretDialogs)
#include "tst_secretdialogs.moc"
