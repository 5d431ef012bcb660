// Every screen is reached the three ways the window offers: its View menu entry, its Ctrl+N
// shortcut and its navigation item; each one shows the screen and highlights its item. Run on
// the real window AppController builds, where the keys, secrets and templates screens replace
// the planned pages they stand in for.
#include "AppController.h"
#include "AppTestEnvironment.h"
#include "MainWindow.h"
#include "account/Session.h"

#include <QLabel>

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
        actions.removeIf([](QAction* a) { return a->isSeparator() || !a->isVisible(); });
        QCOMPARE(actions.size(), expected.size());
        // The Paperspace screens are built too, after Runpod's, and out of reach for a Runpod account.
        QCOMPARE(pages->count(), expected.size() + 2);
        for (int i = int(expected.size()); i < pages->count(); ++i) {
            QVERIFY(navigation->item(i)->isHidden());
            QVERIFY(!window->isPageShown(i));
        }

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

    // `podwarden --sandbox paperspace`: the Paperspace sandbox starts, its account loads, and only the
    // provider's screens are offered: Overview, Secrets, Endpoints, on Ctrl+1 to Ctrl+3.
    void paperspaceShowsOnlyItsScreens()
    {
        AppController app(AppOptions::parse({"podwarden", "--sandbox", "paperspace"}));
        app.start();
        MainWindow* window = app.window();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTRY_VERIFY_WITH_TIMEOUT(app.session()->state() == Session::State::Sandbox, 60000);
        QVERIFY(app.session()->isPaperspace());
        QCOMPARE(app.session()->profile()->projectId, QStringLiteral("pr_sandbox"));
        QVERIFY(!app.session()->snapshot().deployments.isEmpty());
        auto* navigation = window->findChild<QListWidget*>(QStringLiteral("navigation"));
        auto* pages = window->findChild<QStackedWidget*>(QStringLiteral("pages"));
        QStringList shown;
        for (int i = 0; i < pages->count(); ++i) {
            if (window->isPageShown(i))
                shown << pages->widget(i)->objectName();
        }
        QCOMPARE(shown, (QStringList{"pageOverview", "pagePaperspaceSecrets", "pageDeployments"}));
        QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
        QTRY_COMPARE(pages->currentWidget()->objectName(), QStringLiteral("pagePaperspaceSecrets"));
        QVERIFY(navigation->currentItem()->text() == QStringLiteral("Secrets"));
        QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier);
        QTRY_COMPARE(pages->currentWidget()->objectName(), QStringLiteral("pageDeployments"));
        // The Overview counts what a Paperspace account has: its secrets and deployments.
        QTest::keyClick(window, Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(pages->currentWidget()->objectName(), QStringLiteral("pageOverview"));
        QVERIFY(window->findChild<QWidget*>(QStringLiteral("countApiKeysTile"))->isHidden());
        QCOMPARE(window->findChild<QLabel*>(QStringLiteral("countEndpoints"))->text(),
                 QString::number(app.session()->snapshot().deployments.size()));
        screenshot(window, "paperspace-overview");
        QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier);
        QTRY_COMPARE(pages->currentWidget()->objectName(), QStringLiteral("pageDeployments"));
        screenshot(window, "paperspace-window");
    }

private:
    QTemporaryDir m_home;
    QTranslator m_english;
};

QTEST_MAIN(TestNavigation)
#include "tst_navigation.moc"
