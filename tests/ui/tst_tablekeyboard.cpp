// The keyboard in the app's tables, against the real sandbox: Tab leaves every table (the keys,
// the secrets, the templates, a template's env table, the key dialog's endpoints) in one press
// and Shift+Tab comes back, while the arrows move inside; Enter on an endpoint's access list in
// the key dialog picks the level and does not also press "Create key".
#include "AppDriver.h"
#include "EndpointAccessModel.h"
#include "EnvTableModel.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QTranslator>
#include <QtTest>

using namespace podwarden;
using namespace podwarden::test;

namespace {

bool inside(const QWidget* widget, const QWidget* container)
{
    return widget && (widget == container || container->isAncestorOf(widget));
}

struct TabResult
{
    QString leftTo;         // objectName of what had the focus after Tab ("" when nothing did)
    bool leftTable = false; // Tab took the focus out of the table
    bool cameBack = false;  // Shift+Tab from there brought it back
    bool currentKept = false;
    bool arrowsMove = false;
};

// Focuses `table` at its first cell, presses Tab once, then Shift+Tab, then Right and Down.
TabResult tabThrough(QTableView* table)
{
    TabResult result;
    // Made the active window at once: a window activated through the platform may still be
    // waiting for its turn on a slow run (./dev asan), and then Tab would go to another window.
    table->window()->activateWindow();
    QApplication::setActiveWindow(table->window());
    if (!QTest::qWaitForWindowActive(table->window()))
        qWarning("the table's window is not active");
    table->setFocus(Qt::TabFocusReason);
    const QModelIndex first = table->model()->index(0, 0);
    table->setCurrentIndex(first);
    QTest::keyClick(table, Qt::Key_Tab);
    QWidget* after = QApplication::focusWidget();
    result.leftTo = after ? after->objectName() : QString();
    result.leftTable = !inside(after, table);
    result.currentKept = table->currentIndex() == first;
    if (after && result.leftTable) {
        // Under a loaded machine another window's activation may land in between: the dialog is
        // made active again first, and the focus given a moment to settle.
        if (!after->window()->isActiveWindow()) {
            QApplication::setActiveWindow(after->window());
            after->setFocus(Qt::TabFocusReason);
        }
        QTest::keyClick(after, Qt::Key_Backtab, Qt::ShiftModifier);
        result.cameBack = QTest::qWaitFor([table] { return inside(QApplication::focusWidget(), table); }, 1000);
        if (!result.cameBack) {
            QWidget* back = QApplication::focusWidget();
            result.leftTo += QStringLiteral(", then Shift+Tab to ") +
                             (back ? back->metaObject()->className() + QStringLiteral(" ") + back->objectName()
                                   : QStringLiteral("nothing"));
        }
    }
    table->setFocus(Qt::OtherFocusReason);
    table->setCurrentIndex(first);
    QTest::keyClick(table, Qt::Key_Down);
    const bool down = table->currentIndex().row() == 1;
    QTest::keyClick(table, Qt::Key_Right);
    result.arrowsMove = down && table->currentIndex().column() == 1;
    return result;
}

// The access list open in `table` (a closed one may linger until it is deleted).
QComboBox* openEditor(QTableView* table)
{
    for (QComboBox* editor : table->findChildren<QComboBox*>(QStringLiteral("accessLevelEditor"))) {
        if (editor->isVisible())
            return editor;
    }
    return nullptr;
}

} // namespace

class TestTableKeyboard final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(prepareScreenTest(m_home, m_english));
        const QString failure = m_app.start();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }
    void cleanupTestCase() { m_app.stop(); }

    void tabLeavesThePagesTables_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("table");
        QTest::newRow("keys") << "pageApiKeys"
                              << "keyTable";
        QTest::newRow("secrets") << "pageSecrets"
                                 << "secretTable";
        QTest::newRow("templates") << "pageTemplates"
                                   << "templateList";
    }
    void tabLeavesThePagesTables()
    {
        QFETCH(QString, page);
        QFETCH(QString, table);
        QVERIFY(m_app.showPage(page.toLatin1().constData()));
        auto* view = m_app.find<QTableView>(table.toLatin1().constData());
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 2, 10000);
        QVERIFY(view->model()->columnCount() > 1);
        const TabResult result = tabThrough(view);
        QVERIFY2(result.leftTable, qPrintable("Tab stayed in the table, at " + result.leftTo));
        QVERIFY(result.currentKept);
        QVERIFY(result.cameBack);
        QVERIFY(result.arrowsMove);
    }

    void tabLeavesTheEnvTable()
    {
        QVERIFY(m_app.showPage("pageTemplates"));
        auto* list = m_app.find<QTableView>("templateList");
        QVERIFY(selectRowShowing(list, "vLLM worker"));
        auto* env = m_app.find<QTableView>("envTable");
        QVERIFY(env);
        QTRY_VERIFY(env->isVisible() && env->model()->rowCount() > 2);
        const TabResult result = tabThrough(env);
        QVERIFY2(result.leftTable, qPrintable("Tab stayed in the env table, at " + result.leftTo));
        QVERIFY(result.arrowsMove);
    }

    void tabLeavesTheKeyDialogsEndpoints()
    {
        QVERIFY(m_app.showPage("pageApiKeys"));
        TabResult result;
        bool seen = false;
        whenShown("apiKeyDialog", [&](QWidget* dialog) {
            seen = true;
            result = tabThrough(dialog->findChild<QTableView*>("endpointTable"));
            QTest::mouseClick(dialog->findChild<QAbstractButton*>("cancelKey"), Qt::LeftButton);
        });
        QTest::mouseClick(m_app.find<QAbstractButton>("newKeyButton"), Qt::LeftButton);
        QTRY_VERIFY(seen);
        QTRY_VERIFY(!findShown("apiKeyDialog"));
        QVERIFY2(result.leftTable, qPrintable(result.leftTo));
        QVERIFY2(result.cameBack, qPrintable(result.leftTo));
    }

    void enterOnAnAccessListDoesNotCreateTheKey()
    {
        QVERIFY(m_app.showPage("pageApiKeys"));
        auto* keys = m_app.find<QTableView>("keyTable");
        const int before = keys->model()->rowCount();
        bool seen = false;
        bool editorOpened = false;
        bool openAfterEnterOnTheList = false;
        bool editorClosed = false;
        int levelAfterEnter = -1;
        int levelAfterDown = -1;
        bool openAfterEnterOnTheTable = false;
        bool listOpenedAgain = false;
        whenShown("apiKeyDialog", [&](QWidget* dialog) {
            seen = true;
            QTest::keyClicks(dialog->findChild<QLineEdit*>("keyName"), "enter-on-a-list");
            auto* table = dialog->findChild<QTableView*>("endpointTable");
            QAbstractItemModel* model = table->model();
            const auto openList = [table](int row) -> QComboBox* {
                table->setFocus(Qt::TabFocusReason);
                table->setCurrentIndex(table->model()->index(row, EndpointAccessModel::Access));
                QTest::keyClick(table, Qt::Key_F2);
                return openEditor(table);
            };
            const auto listClosed = [table] {
                return QTest::qWaitFor([table] {
                    for (QComboBox* open : table->findChildren<QComboBox*>("accessLevelEditor")) {
                        if (open->isVisible())
                            return false;
                    }
                    return true;
                });
            };

            // The list open, a level chosen in it, Enter: the level is taken, the dialog stays.
            QComboBox* editor = openList(0);
            editorOpened = editor != nullptr;
            if (editor) {
                editor->setCurrentIndex(editor->findData(int(AccessLevel::Read)));
                QTest::keyClick(editor, Qt::Key_Return);
            }
            openAfterEnterOnTheList = dialog->isVisible();
            editorClosed = listClosed();
            levelAfterEnter = model->index(0, EndpointAccessModel::Access).data(Qt::EditRole).toInt();

            // Down picks the next level and closes the list at once; the Enter that follows, on
            // the table, opens the list again instead of creating the key.
            editor = openList(1);
            if (editor && dialog->isVisible()) {
                QTest::keyClick(editor, Qt::Key_Down);
                levelAfterDown = model->index(1, EndpointAccessModel::Access).data(Qt::EditRole).toInt();
                if (listClosed())
                    QTest::keyClick(table, Qt::Key_Return);
                openAfterEnterOnTheTable = dialog->isVisible();
                QComboBox* again = openEditor(table);
                listOpenedAgain = again != nullptr;
                if (listOpenedAgain)
                    QTest::keyClick(again, Qt::Key_Escape);
            }
            if (dialog->isVisible())
                QTest::mouseClick(dialog->findChild<QAbstractButton*>("cancelKey"), Qt::LeftButton);
        });
        QTest::mouseClick(m_app.find<QAbstractButton>("newKeyButton"), Qt::LeftButton);
        QTRY_VERIFY(seen);
        QTRY_VERIFY(!findShown("apiKeyDialog"));
        QVERIFY(editorOpened);
        QVERIFY2(openAfterEnterOnTheList, "Enter on the access list pressed Create key");
        QVERIFY(editorClosed);
        QCOMPARE(levelAfterEnter, int(AccessLevel::Read)); // Enter committed the level it showed
        QCOMPARE(levelAfterDown, int(AccessLevel::Read));
        QVERIFY2(openAfterEnterOnTheTable, "Enter after picking a level pressed Create key");
        QVERIFY(listOpenedAgain);
        QVERIFY(!findShown("newKeyDialog"));
        QCOMPARE(keys->model()->rowCount(), before);
    }

private:
    QTemporaryDir m_home;
    QTranslator m_english;
    AppDriver m_app;
};

QTEST_MAIN(TestTableKeyboard)
#include "tst_tablekeyboard.moc"
