// The create-secret dialog and the generator behind its Generate button: names checked as they
// are typed (the contract's rules, the account's names), values generated strong and unbiased,
// the limits named, a refusal shown without losing what was typed, and the value cleared from the
// field when the dialog closes.
#include "Validation.h"
#include "secrethandling/SecretGenerator.h"
#include "secrets/CreateSecretDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QtTest>

using namespace podwarden;

class TestCreateSecretDialog final : public QObject
{
    Q_OBJECT
private slots:
    void generatorIsStrongAndUnbiased()
    {
        const QByteArray alphabet = SecretGenerator::alphabet(SecretGenerator::Alphabet::Alphanumeric);
        QHash<char, int> counts;
        QSet<QByteArray> seen;
        for (int i = 0; i < 400; ++i) {
            const SecretBuffer value = SecretGenerator::generate(64);
            QCOMPARE(value.size(), 64);
            for (char c : value.bytes()) {
                QVERIFY(alphabet.contains(c));
                ++counts[c];
            }
            seen.insert(value.bytes());
        }
        QCOMPARE(seen.size(), 400);
        // 25,600 characters over 62: each about 413 times; bias from a modulo would show as a
        // skew of the first 8 characters (256 % 62 = 8) by about a quarter.
        for (char c : alphabet)
            QVERIFY2(counts.value(c) > 300 && counts.value(c) < 530,
                     qPrintable(QString("%1: %2").arg(c).arg(counts.value(c))));
        QCOMPARE(SecretGenerator::generate(3).size(), SecretGenerator::kMinLength); // clamped
        const QByteArray symbols = SecretGenerator::alphabet(SecretGenerator::Alphabet::WithSymbols);
        const SecretBuffer withSymbols = SecretGenerator::generate(256, SecretGenerator::Alphabet::WithSymbols);
        for (char c : withSymbols.bytes())
            QVERIFY(symbols.contains(c));
    }

    void namesAreCheckedAsTyped_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("problem");
        QTest::newRow("fine") << "hf_token"
                              << "";
        QTest::newRow("path-like") << "team/db.password-2"
                                   << "";
        QTest::newRow("reserved") << "runpod_key"
                                  << "RUNPOD";
        QTest::newRow("bad start") << "1password"
                                   << "must start";
        QTest::newRow("bad character") << "my key"
                                       << "not allowed";
        QTest::newRow("taken") << "db_password"
                               << "already exists";
        QTest::newRow("too long") << QString(Validation::kSecretNameMaxLength + 1, 'a') << "at most 191";
    }
    void namesAreCheckedAsTyped()
    {
        QFETCH(QString, name);
        QFETCH(QString, problem);
        CreateSecretDialog dialog({"db_password"});
        dialog.show();
        auto* field = dialog.findChild<QLineEdit*>("secretName");
        auto* label = dialog.findChild<QLabel*>("secretNameProblem");
        auto* create = dialog.findChild<QAbstractButton*>("createSecret");
        QVERIFY(!label->isVisible()); // empty is not an error yet
        dialog.findChild<QLineEdit*>("secretValue")->setText("v");
        QTest::keyClicks(field, name);
        if (problem.isEmpty()) {
            QVERIFY2(!label->isVisible(), qPrintable(label->text()));
            QVERIFY(create->isEnabled());
        } else {
            QVERIFY(label->isVisible());
            QVERIFY2(label->text().contains(problem), qPrintable(label->text()));
            QVERIFY(!create->isEnabled());
        }
    }

    void generateRevealAndLimits()
    {
        CreateSecretDialog dialog({});
        dialog.show();
        auto* value = dialog.findChild<QLineEdit*>("secretValue");
        auto* create = dialog.findChild<QAbstractButton*>("createSecret");
        QTest::keyClicks(dialog.findChild<QLineEdit*>("secretName"), "generated");
        QVERIFY(!create->isEnabled()); // no value yet
        QCOMPARE(value->echoMode(), QLineEdit::Password);
        dialog.findChild<QSpinBox*>("generateLength")->setValue(48);
        QTest::mouseClick(dialog.findChild<QAbstractButton*>("generateValue"), Qt::LeftButton);
        QCOMPARE(value->text().size(), 48);
        const QString first = value->text();
        QTest::mouseClick(dialog.findChild<QAbstractButton*>("generateValue"), Qt::LeftButton);
        QVERIFY(value->text() != first);
        QVERIFY(create->isEnabled());
        value->findChild<QAction*>("revealValue")->trigger();
        QCOMPARE(value->echoMode(), QLineEdit::Normal);
        value->findChild<QAction*>("revealValue")->trigger();
        QCOMPARE(value->echoMode(), QLineEdit::Password);

        // A description over 65,535 bytes (in UTF-8: "ü" is two) is refused with the limit named.
        auto* description = dialog.findChild<QPlainTextEdit*>("secretDescription");
        description->setPlainText(QString(32768, QChar(0xfc)));
        auto* problem = dialog.findChild<QLabel*>("secretDescriptionProblem");
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains("65535") || problem->text().contains("65,535"), qPrintable(problem->text()));
        QVERIFY(!create->isEnabled());
        description->setPlainText("fine");
        QVERIFY(create->isEnabled());
    }

    void aRefusalKeepsWhatWasTyped()
    {
        CreateSecretDialog dialog({});
        dialog.show();
        QSignalSpy submitted(&dialog, &CreateSecretDialog::submitted);
        QTest::keyClicks(dialog.findChild<QLineEdit*>("secretName"), "db_password");
        QTest::keyClicks(dialog.findChild<QLineEdit*>("secretValue"), "hunter2");
        dialog.findChild<QPlainTextEdit*>("secretDescription")->setPlainText("primary database");
        QTest::mouseClick(dialog.findChild<QAbstractButton*>("createSecret"), Qt::LeftButton);
        QCOMPARE(submitted.count(), 1);
        QVERIFY(dialog.isVisible()); // the page decides when it closes

        dialog.setBusy(true);
        QVERIFY(!dialog.findChild<QAbstractButton*>("createSecret")->isEnabled());
        dialog.setBusy(false);
        dialog.showError("The name is already taken (a secret named db_password exists). Choose another name.");
        QVERIFY(dialog.findChild<QLabel*>("secretError")->isVisible());
        if (const QString dir = qEnvironmentVariable("PODWARDEN_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QDir().mkpath(dir);
            QCoreApplication::processEvents(); // the layout makes room for the message
            dialog.grab().save(dir + "/create-secret.png");
        }
        QCOMPARE(dialog.name(), QString("db_password"));
        QCOMPARE(dialog.description(), QString("primary database"));
        QCOMPARE(dialog.findChild<QLineEdit*>("secretValue")->text(), QString("hunter2"));

        // Each attempt sends a copy; the field keeps the value while the dialog is open, so it can
        // be sent again after the refusal.
        SecretBuffer value = dialog.value();
        QVERIFY(value.equals("hunter2"));
        QCOMPARE(dialog.findChild<QLineEdit*>("secretValue")->text(), QString("hunter2"));
        QTest::mouseClick(dialog.findChild<QAbstractButton*>("createSecret"), Qt::LeftButton);
        QCOMPARE(submitted.count(), 2);
        QVERIFY(!dialog.findChild<QLabel*>("secretError")->isVisible()); // a new attempt clears the old error

        // Closing takes the value off the screen.
        dialog.reject();
        QVERIFY(dialog.findChild<QLineEdit*>("secretValue")->text().isEmpty());
        QCOMPARE(dialog.name(), QString("db_password")); // the rest stays for a dialog opened again
    }
};

QTEST_MAIN(TestCreateSecretDialog)
#include "tst_createsecretdialog.moc"
