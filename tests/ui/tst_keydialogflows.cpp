// The key dialogs as a user meets them on the keys screen, against the real sandbox: a legacy key's
// dialog says the same thing about its endpoints everywhere; the New key dialog keeps every control
// where it is while the name problem and the hints come and go, and "Set all shown" can be undone;
// the key shown once asks before it closes from the window's close button, as from Escape, while
// the key has not been copied.
#include "AppDriver.h"
#include "Confirm.h"
#include "EndpointAccessModel.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTranslator>
#include <QtTest>

using namespace podwarden;
using namespace podwarden::test;

namespace {

// Where every control a user points at sits in the dialog, and how big it is.
QMap<QString, QRect> controlPlaces(QWidget* dialog)
{
    QMap<QString, QRect> places;
    for (const char* name :
         {"presetAll", "presetReadOnly", "presetRestricted", "apiLevel", "endpointFilter", "endpointTable",
          "setAllShownLevel", "setAllShownButton", "undoSetAllShown", "grantedCount", "acceptKey", "cancelKey"}) {
        auto* widget = dialog->findChild<QWidget*>(QLatin1String(name));
        if (!widget) {
            places.insert(QLatin1String(name), QRect());
            continue;
        }
        places.insert(QLatin1String(name), QRect(widget->mapTo(dialog, QPoint(0, 0)), widget->size()));
    }
    return places;
}

// The controls that moved, or an empty string.
QString moved(const QMap<QString, QRect>& before, const QMap<QString, QRect>& after)
{
    QStringList out;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const QRect a = it.value();
        const QRect b = after.value(it.key());
        if (!a.isValid()) {
            out << it.key() + QStringLiteral(" (missing)");
        } else if (a != b) {
            out << QStringLiteral("%1 from %2,%3 %4x%5 to %6,%7 %8x%9")
                       .arg(it.key())
                       .arg(a.x())
                       .arg(a.y())
                       .arg(a.width())
                       .arg(a.height())
                       .arg(b.x())
                       .arg(b.y())
                       .arg(b.width())
                       .arg(b.height());
        }
    }
    return out.join(QStringLiteral("; "));
}

QModelIndex accessCell(QTableView* table, int row)
{
    return table->model()->index(row, EndpointAccessModel::Access);
}

} // namespace

class TestKeyDialogFlows final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(prepareScreenTest(m_home, m_english));
        Confirm::setTestHook([this](const QString& title, const QString& text) {
            m_asked << title + QLatin1Char('\n') + text;
            return m_answer;
        });
        const QString failure = m_app.start();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(m_app.showPage("pageApiKeys"));
        m_keys = m_app.find<QTableView>("keyTable");
        QTRY_VERIFY(m_keys->model()->rowCount() >= 13);
    }
    void cleanupTestCase()
    {
        Confirm::setTestHook({});
        m_app.stop();
    }

    void legacyKeySaysOneThingAboutItsEndpoints()
    {
        QVERIFY(selectRowShowing(m_keys, "legacy-readonly"));
        QString everyEndpoint;
        QStringList rowLevels;
        QString summary;
        bool seen = false;
        whenShown("apiKeyDialog", [&](QWidget* dialog) {
            seen = true;
            auto* all = dialog->findChild<QComboBox*>("allEndpointsLevel");
            everyEndpoint = all && all->isVisible() ? all->currentText() : QString();
            auto* table = dialog->findChild<QTableView*>("endpointTable");
            for (int row = 0; row < table->model()->rowCount(); ++row)
                rowLevels << accessCell(table, row).data().toString();
            summary = dialog->findChild<QLabel*>("grantedCount")->text();
            screenshot(dialog, "key-dialog-legacy-endpoints");
            QTest::mouseClick(dialog->findChild<QAbstractButton*>("cancelKey"), Qt::LeftButton);
        });
        QTest::mouseClick(m_app.find<QAbstractButton>("editKeyButton"), Qt::LeftButton);
        QTRY_VERIFY(seen);
        QTRY_VERIFY(!findShown("apiKeyDialog"));
        QCOMPARE(everyEndpoint, QString("Read-Write"));
        QCOMPARE(rowLevels.size(), 10);
        for (const QString& level : std::as_const(rowLevels))
            QCOMPARE(level, everyEndpoint);
        QVERIFY2(!summary.contains("No endpoint"), qPrintable(summary));
        QVERIFY2(summary.contains(everyEndpoint), qPrintable(summary));
    }

    void newKeyDialogKeepsItsControlsInPlace()
    {
        QStringList jumps;
        bool seen = false;
        whenShown("apiKeyDialog", [&](QWidget* dialog) {
            seen = true;
            auto* name = dialog->findChild<QLineEdit*>("keyName");
            auto* table = dialog->findChild<QTableView*>("endpointTable");
            auto* api = dialog->findChild<QComboBox*>("apiLevel");
            QCoreApplication::processEvents(); // the first layout, from posted events
            const QMap<QString, QRect> start = controlPlaces(dialog);
            const auto check = [&](const char* step) {
                QCoreApplication::processEvents(); // layouts run from posted events
                const QString what = moved(start, controlPlaces(dialog));
                if (!what.isEmpty())
                    jumps << QLatin1String(step) + QStringLiteral(": ") + what;
            };
            QTest::keyClicks(name, "layout-check");
            check("a name typed, its problem gone");
            name->clear();
            check("the name cleared, its problem back");
            QTest::keyClicks(name, "ci-deployer");
            check("a name another key has");
            name->setText("layout-check-2");
            check("a fresh name");
            QTest::mouseClick(dialog->findChild<QRadioButton*>("presetReadOnly"), Qt::LeftButton);
            check("Read Only chosen, the nothing-granted hint gone");
            QTest::mouseClick(dialog->findChild<QRadioButton*>("presetRestricted"), Qt::LeftButton);
            check("Restricted again, the hint back");
            api->setCurrentIndex(api->findData(int(AccessLevel::Read)));
            check("API Read, the hint gone");
            table->setFocus();
            table->setCurrentIndex(accessCell(table, 0));
            QTest::keyClick(table, Qt::Key_2);
            check("an endpoint granted");
            auto* level = dialog->findChild<QComboBox*>("setAllShownLevel");
            level->setCurrentIndex(level->findData(int(AccessLevel::None)));
            QTest::mouseClick(dialog->findChild<QAbstractButton*>("setAllShownButton"), Qt::LeftButton);
            check("Set all shown to None");
            if (auto* undo = dialog->findChild<QAbstractButton*>("undoSetAllShown"))
                QTest::mouseClick(undo, Qt::LeftButton);
            check("Undo");
            QTest::keyClicks(dialog->findChild<QLineEdit*>("endpointFilter"), "zzz-no-such-endpoint");
            check("a filter that shows nothing");
            screenshot(dialog, "key-dialog-stable");
            QTest::mouseClick(dialog->findChild<QAbstractButton*>("cancelKey"), Qt::LeftButton);
        });
        QTest::mouseClick(m_app.find<QAbstractButton>("newKeyButton"), Qt::LeftButton);
        QTRY_VERIFY(seen);
        QTRY_VERIFY(!findShown("apiKeyDialog"));
        QVERIFY2(jumps.isEmpty(), qPrintable(jumps.join(QStringLiteral("\n"))));
    }

    void setAllShownCanBeUndone()
    {
        QList<int> granted;
        QList<int> afterApply;
        QList<int> afterUndo;
        bool undoOffered = false;
        bool undoGoneAfterUndo = false;
        bool undoGoneAfterAnEdit = false;
        QString said;
        bool seen = false;
        whenShown("apiKeyDialog", [&](QWidget* dialog) {
            seen = true;
            auto* table = dialog->findChild<QTableView*>("endpointTable");
            auto* level = dialog->findChild<QComboBox*>("setAllShownLevel");
            auto* apply = dialog->findChild<QAbstractButton*>("setAllShownButton");
            auto* undo = dialog->findChild<QAbstractButton*>("undoSetAllShown");
            const auto levels = [table] {
                QList<int> out;
                for (int row = 0; row < table->model()->rowCount(); ++row)
                    out << accessCell(table, row).data(Qt::EditRole).toInt();
                return out;
            };
            table->setFocus();
            for (int row : {0, 2, 5}) {
                table->setCurrentIndex(accessCell(table, row));
                QTest::keyClick(table, row == 2 ? Qt::Key_2 : Qt::Key_1);
            }
            granted = levels();
            level->setCurrentIndex(level->findData(int(AccessLevel::None)));
            QTest::mouseClick(apply, Qt::LeftButton);
            afterApply = levels();
            undoOffered = undo && undo->isEnabled();
            if (auto* done = dialog->findChild<QLabel*>("setAllShownDone"))
                said = done->toolTip();
            if (undo)
                QTest::mouseClick(undo, Qt::LeftButton);
            afterUndo = levels();
            undoGoneAfterUndo = undo && !undo->isEnabled();
            // After another change by hand an undo would overwrite it: none is offered.
            QTest::mouseClick(apply, Qt::LeftButton);
            table->setFocus();
            table->setCurrentIndex(accessCell(table, 7));
            QTest::keyClick(table, Qt::Key_1);
            undoGoneAfterAnEdit = undo && !undo->isEnabled();
            QTest::mouseClick(dialog->findChild<QAbstractButton*>("cancelKey"), Qt::LeftButton);
        });
        QTest::mouseClick(m_app.find<QAbstractButton>("newKeyButton"), Qt::LeftButton);
        QTRY_VERIFY(seen);
        QTRY_VERIFY(!findShown("apiKeyDialog"));
        QCOMPARE(granted.count(int(AccessLevel::None)), granted.size() - 3);
        QCOMPARE(afterApply, QList<int>(granted.size(), int(AccessLevel::None)));
        QVERIFY(undoOffered);
        QVERIFY2(said.startsWith("3 endpoint") && said.contains("None"), qPrintable(said));
        QCOMPARE(afterUndo, granted);
        QVERIFY(undoGoneAfterUndo);
        QVERIFY(undoGoneAfterAnEdit);
    }

    void keyShownOnceAsksBeforeClosingFromTheTitleBar()
    {
        // Not copied: the window's close button asks, as Escape does; "no" keeps the key on screen.
        QWidget* shown = createKey("closes-from-title-bar");
        QVERIFY(shown);
        m_asked.clear();
        m_answer = false;
        shown->close(); // what the title bar's ✕ does
        QCOMPARE(m_asked.size(), 1);
        QVERIFY2(m_asked.last().contains("not been copied"), qPrintable(m_asked.last()));
        QVERIFY(shown->isVisible());
        QTest::keyClick(shown, Qt::Key_Escape);
        QCOMPARE(m_asked.size(), 2);
        QVERIFY(shown->isVisible());
        QVERIFY(!shown->findChild<QLineEdit*>("rawKey")->text().isEmpty());
        m_answer = true;
        shown->close();
        QCOMPARE(m_asked.size(), 3);
        QTRY_VERIFY(!findShown("newKeyDialog"));

        // Copied: it closes without a question.
        shown = createKey("copied-then-closed");
        QVERIFY(shown);
        m_asked.clear();
        QTest::mouseClick(shown->findChild<QAbstractButton*>("copyKey"), Qt::LeftButton);
        screenshot(shown, "key-shown-once-copied");
        shown->close();
        QVERIFY(m_asked.isEmpty());
        QTRY_VERIFY(!findShown("newKeyDialog"));
    }

private:
    // Creates a key with API Read through the New key dialog; returns the key-shown-once dialog.
    QWidget* createKey(const QString& name)
    {
        whenShown("apiKeyDialog", [name](QWidget* dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit*>("keyName"), name);
            auto* api = dialog->findChild<QComboBox*>("apiLevel");
            api->setCurrentIndex(api->findData(int(AccessLevel::Read)));
            QTest::mouseClick(dialog->findChild<QAbstractButton*>("acceptKey"), Qt::LeftButton);
        });
        QTest::mouseClick(m_app.find<QAbstractButton>("newKeyButton"), Qt::LeftButton);
        if (!QTest::qWaitFor([] { return findShown(QStringLiteral("newKeyDialog")) != nullptr; }, 15000))
            return nullptr;
        return findShown(QStringLiteral("newKeyDialog"));
    }

    QTemporaryDir m_home;
    QTranslator m_english;
    AppDriver m_app;
    QTableView* m_keys = nullptr;
    QStringList m_asked;
    bool m_answer = false;
};

QTEST_MAIN(TestKeyDialogFlows)
#include "tst_keydialogflows.moc"
