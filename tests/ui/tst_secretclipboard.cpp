// Secrets on the clipboard, as a user puts them there, against the real sandbox: a generated
// secret value copied with its Copy button, a value and a new API key copied by hand (Ctrl+C, the
// context menu) all reach the clipboard marked for password managers (x-kde-passwordManagerHint)
// and leave it after the timeout, and when the app quits. A hidden value cannot be copied at all.
#include "AppDriver.h"
#include "Confirm.h"
#include "SecretClipboard.h"

#include <QAbstractButton>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QTimer>
#include <QTranslator>
#include <QtTest>

using namespace podwarden;
using namespace podwarden::test;

namespace {

const QByteArray kHint("x-kde-passwordManagerHint");

QClipboard* clipboard()
{
    return QGuiApplication::clipboard();
}

bool markedAsSecret()
{
    const QMimeData* data = clipboard()->mimeData();
    return data && data->data(QString::fromLatin1(kHint)) == QByteArray("secret");
}

// Opens `edit`'s context menu as a right click does and picks its Copy; false when there was no
// menu with a Copy to pick.
bool copyFromContextMenu(QLineEdit* edit)
{
    bool picked = false;
    QTimer::singleShot(0, edit, [&picked] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            auto* menu = qobject_cast<QMenu*>(w);
            if (!menu || !menu->isVisible())
                continue;
            for (QAction* action : menu->actions()) {
                // "edit-copy" from Qt 6.5 on; "&Copy\tCtrl+C" before.
                const bool copy = action->objectName() == QLatin1String("edit-copy") ||
                                  action->text().startsWith(QLatin1String("&Copy"));
                if (copy && action->isEnabled()) {
                    action->trigger();
                    picked = true;
                }
            }
            menu->close();
        }
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, edit->rect().center(), edit->mapToGlobal(edit->rect().center()));
    QCoreApplication::sendEvent(edit, &event);
    return picked;
}

} // namespace

class TestSecretClipboard final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(prepareScreenTest(m_home, m_english));
        Confirm::setTestHook([](const QString&, const QString&) { return true; });
        const QString failure = m_app.start();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }
    void init()
    {
        SecretClipboard::instance()->setClearAfterMs(600);
        clipboard()->setText(QStringLiteral("something else"));
    }
    void cleanupTestCase()
    {
        Confirm::setTestHook({});
        m_app.stop();
    }

    void aGeneratedValueHasACopyButton()
    {
        QVERIFY(m_app.showPage("pageSecrets"));
        QString generated;
        QString onClipboard;
        bool marked = false;
        QString notice;
        bool seen = false;
        whenShown("createSecretDialog", [&](QWidget* dialog) {
            seen = true;
            auto* copy = dialog->findChild<QAbstractButton*>("copyValue");
            QTest::mouseClick(dialog->findChild<QAbstractButton*>("generateValue"), Qt::LeftButton);
            generated = dialog->findChild<QLineEdit*>("secretValue")->text();
            if (copy)
                QTest::mouseClick(copy, Qt::LeftButton);
            onClipboard = clipboard()->text();
            marked = markedAsSecret();
            if (auto* copied = dialog->findChild<QLabel*>("valueCopiedNotice"))
                notice = copied->text() + QLatin1Char('\n') + copied->toolTip();
            screenshot(dialog, "secret-generated-copied");
            dialog->close();
        });
        QTest::mouseClick(m_app.find<QAbstractButton>("newSecretButton"), Qt::LeftButton);
        QTRY_VERIFY(seen);
        QTRY_VERIFY(!findShown("createSecretDialog"));
        QCOMPARE(generated.size(), 40);
        QCOMPARE(onClipboard, generated);
        QVERIFY(marked);
        QVERIFY2(notice.contains("forgets"), qPrintable(notice));
        // Still there to be pasted after the dialog closed, gone after the timeout.
        QTRY_VERIFY_WITH_TIMEOUT(clipboard()->text().isEmpty(), 10000);
    }

    void aValueCopiedByHandIsMarkedAndCleared()
    {
        QVERIFY(m_app.showPage("pageSecrets"));
        QString whileHidden;
        QString afterCopy;
        bool marked = false;
        bool seen = false;
        whenShown("createSecretDialog", [&](QWidget* dialog) {
            seen = true;
            auto* value = dialog->findChild<QLineEdit*>("secretValue");
            QTest::keyClicks(value, "typed-by-hand-1234");
            value->selectAll();
            QTest::keyClick(value, Qt::Key_C, Qt::ControlModifier); // hidden behind dots: nothing
            whileHidden = clipboard()->text();
            value->findChild<QAction*>("revealValue")->trigger();
            value->selectAll();
            QTest::keyClick(value, Qt::Key_C, Qt::ControlModifier);
            afterCopy = clipboard()->text();
            marked = markedAsSecret();
            dialog->close();
        });
        QTest::mouseClick(m_app.find<QAbstractButton>("newSecretButton"), Qt::LeftButton);
        QTRY_VERIFY(seen);
        QTRY_VERIFY(!findShown("createSecretDialog"));
        QCOMPARE(whileHidden, QString("something else"));
        QCOMPARE(afterCopy, QString("typed-by-hand-1234"));
        QVERIFY(marked);
        QTRY_VERIFY_WITH_TIMEOUT(clipboard()->text().isEmpty(), 10000);
    }

    void theNewKeyCopiedByHandIsMarkedAndCleared()
    {
        QVERIFY(m_app.showPage("pageApiKeys"));
        whenShown("apiKeyDialog", [](QWidget* dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit*>("keyName"), "copied-by-hand");
            auto* api = dialog->findChild<QComboBox*>("apiLevel");
            api->setCurrentIndex(api->findData(int(AccessLevel::Read)));
            QTest::mouseClick(dialog->findChild<QAbstractButton*>("acceptKey"), Qt::LeftButton);
        });
        QTest::mouseClick(m_app.find<QAbstractButton>("newKeyButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(findShown("newKeyDialog"), 15000);
        QWidget* shown = findShown("newKeyDialog");
        auto* field = shown->findChild<QLineEdit*>("rawKey");
        const QString key = field->text();
        QVERIFY(key.startsWith("rpa_"));

        field->setFocus();
        field->selectAll();
        QTest::keyClick(field, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(clipboard()->text(), key);
        QVERIFY(markedAsSecret());
        QTRY_VERIFY_WITH_TIMEOUT(clipboard()->text().isEmpty(), 10000);

        clipboard()->setText(QStringLiteral("something else"));
        field->selectAll();
        QVERIFY(copyFromContextMenu(field));
        QCOMPARE(clipboard()->text(), key);
        QVERIFY(markedAsSecret());
        QTRY_VERIFY_WITH_TIMEOUT(clipboard()->text().isEmpty(), 10000);

        // What was copied by hand counts as copied: closing asks nothing.
        QTest::mouseClick(shown->findChild<QAbstractButton*>("keyStored"), Qt::LeftButton);
        QTRY_VERIFY(!findShown("newKeyDialog"));
    }

    void anAccountKeyCopiedByHandIsMarked()
    {
        QString afterCopy;
        bool marked = false;
        bool seen = false;
        whenShown("firstRunDialog", [&](QWidget* dialog) {
            seen = true;
            QTest::mouseClick(dialog->findChild<QAbstractButton*>("useAccountButton"), Qt::LeftButton);
            auto* key = dialog->findChild<QLineEdit*>("accountKey");
            QTest::keyClicks(key, "rpa_PASTEDPASTEDPASTED");
            key->findChild<QAction*>("revealKeyAction")->trigger();
            key->selectAll();
            QTest::keyClick(key, Qt::Key_C, Qt::ControlModifier);
            afterCopy = clipboard()->text();
            marked = markedAsSecret();
            dialog->close();
        });
        QAction* connectAccount = m_app.action("actionConnect");
        QVERIFY(connectAccount);
        connectAccount->trigger();
        QTRY_VERIFY(seen);
        QTRY_VERIFY(!findShown("firstRunDialog"));
        QCOMPARE(afterCopy, QString("rpa_PASTEDPASTEDPASTED"));
        QVERIFY(marked);
        QTRY_VERIFY_WITH_TIMEOUT(clipboard()->text().isEmpty(), 10000);
    }

    void somethingElseOnTheClipboardIsLeftAlone()
    {
        SecretBuffer secret;
        {
            QByteArray bytes("short-lived");
            secret = SecretBuffer::takeFrom(bytes);
        }
        SecretClipboard::instance()->copy(secret);
        clipboard()->setText(QStringLiteral("the user's own text"));
        SecretClipboard::instance()->clearIfStillHeld();
        QCOMPARE(clipboard()->text(), QString("the user's own text"));
    }

    // Last: it runs the application's event loop to its end.
    void quittingClearsTheClipboard()
    {
        SecretClipboard::instance()->setClearAfterMs(10 * 60 * 1000); // not the timer: the quit
        SecretBuffer secret;
        {
            QByteArray bytes("until-the-app-quits");
            secret = SecretBuffer::takeFrom(bytes);
        }
        SecretClipboard::instance()->copy(secret);
        QCOMPARE(clipboard()->text(), QString("until-the-app-quits"));
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        QCoreApplication::exec();
        QVERIFY(clipboard()->text().isEmpty());
    }

private:
    QTemporaryDir m_home;
    QTranslator m_english;
    AppDriver m_app;
};

QTEST_MAIN(TestSecretClipboard)
#include "tst_secretclipboard.moc"
