// Every screen is reached the three ways the window offers: its View menu entry, its Ctrl+N
// shortcut and its navigation item; each one shows the screen and highlights its item. Run on
// the real window AppController builds, where the keys, secrets and templates screens replace
// the planned pages they stand in for.
#include "AppController.h"
#include "AppTestEnvironment.h"
#include "MainWindow.h"

#include <QAction>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QtTest>

using namespace podwarden;
using namespace podwarden::test;

class TestNavigation final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(prepareScreenTest(m_home, m_english)); }

    void everyViewActionAndShortcutShowsItsScreen()
    {
        AppController app(AppOptions::parse({"podwarden", "--offline"}));
        app.start();
        MainWindow* window = app.window();
        QVERIFY(QTest::qWaitForWindowActive(window));
        auto* navigation = window->findChild<QListWidget*>(QStringLiteral("navigation"));
        auto* pages = window->findChild<QStackedWidget*>(QStringLiteral("pages"));
        auto* view = window->menuBar()->findChild<QMenu*>(QStringLiteral("menuView"));
        QVERIFY(navigation && pages && view);

        const QStringList expected = {"pageOverview",  "pageApiKeys",   "pageSecrets",
                                      "pageTemplates", "pageEndpoints", "pageAudit"};
        QList<QAction*> actions = view->actions();
        actions.removeIf([](QAction* a) { return a->isSeparator(); });
        QCOMPARE(actions.size(), expected.size());
        QCOMPARE(pages->count(), expected.size());

        // Starts somewhere else than the target each time, so a switch that does nothing shows.
        const auto startElsewhere = [&](int target) {
            window->setCurrentPage(target == 0 ? 1 : 0);
            QCOMPARE(navigation->currentRow(), target == 0 ? 1 : 0);
        };
        const auto shows = [&](int index) {
            const QString name = expected.at(index);
            QTRY_COMPARE(pages->currentWidget()->objectName(), name);
            QCOMPARE(window->currentPage(), index);
            QCOMPARE(navigation->currentRow(), index);
            QVERIFY2(navigation->item(index)->isSelected(), qPrintable(name));
        };

        for (int i = 0; i < expected.size(); ++i) {
            // View ▸ <screen>
            startElsewhere(i);
            QCOMPARE(actions.at(i)->shortcut(), QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
            actions.at(i)->trigger();
            shows(i);

            // Ctrl+<n>, from the window
            startElsewhere(i);
            QTest::keyClick(window, static_cast<Qt::Key>(Qt::Key_1 + i), Qt::ControlModifier);
            shows(i);

            // A click on the navigation item
            startElsewhere(i);
            QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                              navigation->visualItemRect(navigation->item(i)).center());
            shows(i);
        }
        screenshot(window, "navigation-audit-by-click");
    }

private:
    QTemporaryDir m_home;
    QTranslator m_english;
};

QTEST_MAIN(TestNavigation)
#include "tst_navigation.moc"
