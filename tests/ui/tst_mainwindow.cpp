#include "MainWindow.h"
#include "Theme.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QStackedWidget>
#include <QTimer>
#include <QTranslator>
#include <QtTest>

using namespace podwarden;

class TestMainWindow final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void opensWithNavigationAndIcon();
    void navigationByClickAndShortcut();
    void pagesSayTheyAreNotAvailable();
    void aboutBox();
    void addPagePlugsIn();
    void darkPalette();
    void german();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("PodwardenTest"));
}

void TestMainWindow::opensWithNavigationAndIcon()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), QStringLiteral("Podwarden"));
    QVERIFY(!window.windowIcon().isNull());
    QVERIFY(!window.windowIcon().pixmap(64, 64).isNull());

    auto* nav = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    QVERIFY(nav);
    QCOMPARE(nav->count(), 5);
    QStringList titles;
    for (int i = 0; i < nav->count(); ++i) {
        titles << nav->item(i)->text();
        QVERIFY2(!nav->item(i)->icon().pixmap(20, 20).isNull(), qPrintable(nav->item(i)->text()));
    }
    QCOMPARE(titles, (QStringList{"API keys", "Secrets", "Templates", "Endpoints", "Audit"}));
    QCOMPARE(window.pageCount(), 5);
    QCOMPARE(window.currentPage(), 0);
    auto* state = window.findChild<QLabel*>(QStringLiteral("connectionState"));
    QVERIFY(state && state->text().contains(QStringLiteral("Offline")));
    QVERIFY(!window.grab().isNull());
}

void TestMainWindow::navigationByClickAndShortcut()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* nav = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(nav->item(1)).center());
    QTRY_COMPARE(window.currentPage(), 1);
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("pageSecrets"));

    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QTRY_COMPARE(window.currentPage(), 2);
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("pageTemplates"));

    // Arrow keys move through the navigation list.
    nav->setFocus();
    QTest::keyClick(nav, Qt::Key_Down);
    QTRY_COMPARE(window.currentPage(), 3);
}

void TestMainWindow::pagesSayTheyAreNotAvailable()
{
    MainWindow window;
    for (const char* name : {"pageApiKeys", "pageSecrets", "pageTemplates", "pageEndpoints", "pageAudit"}) {
        auto* page = window.findChild<QWidget*>(QLatin1String(name));
        QVERIFY2(page, name);
        auto* notice = page->findChild<QLabel*>(QStringLiteral("notAvailableText"));
        QVERIFY2(notice, name);
        QVERIFY(notice->text().contains(QStringLiteral("not available")));
        auto* title = page->findChild<QLabel*>(QStringLiteral("pageTitle"));
        QVERIFY(title && !title->text().isEmpty());
        // No page offers a control that would pretend to act on the account.
        QVERIFY2(page->findChildren<QAbstractButton*>().isEmpty(), name);
    }
}

void TestMainWindow::aboutBox()
{
    MainWindow window;
    window.show();
    QString text;
    QString informative;
    bool found = false;
    QTimer::singleShot(0, this, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        found = box->objectName() == QLatin1String("aboutBox");
        text = box->text();
        informative = box->informativeText();
        QVERIFY(!box->iconPixmap().isNull());
        box->close();
    });
    auto* about = window.findChild<QAction*>(QStringLiteral("actionAbout"));
    QVERIFY(about);
    about->trigger();
    QVERIFY(found);
    QVERIFY2(text.contains(QStringLiteral(PODWARDEN_VERSION)), qPrintable(text));
    QVERIFY(informative.contains(QString::fromLatin1(qVersion())));
}

void TestMainWindow::addPagePlugsIn()
{
    MainWindow window;
    auto* page = new QLabel(QStringLiteral("a later screen"));
    page->setObjectName(QStringLiteral("pageLater"));
    const int index = window.addPage(page, QIcon(QStringLiteral(":/icons/keys.svg")), QStringLiteral("Later"));
    QCOMPARE(index, 5);
    QCOMPARE(window.pageCount(), 6);
    window.setCurrentPage(index);
    QCOMPARE(window.findChild<QStackedWidget*>(QStringLiteral("pages"))->currentWidget(), page);
}

void TestMainWindow::darkPalette()
{
    const QPalette before = QApplication::palette();
    Theme::apply(Theme::Scheme::Dark);
    QVERIFY(Theme::isDark(QApplication::palette()));
    // Text stays readable: strong contrast between window and text.
    const QPalette p = QApplication::palette();
    QVERIFY(qAbs(p.color(QPalette::WindowText).lightness() - p.color(QPalette::Window).lightness()) > 150);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.grab().isNull());
    Theme::apply(Theme::Scheme::Light);
    QVERIFY(!Theme::isDark(QApplication::palette()));
    QApplication::setPalette(before);
}

void TestMainWindow::german()
{
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/podwarden_de.qm")));
    QApplication::installTranslator(&german);
    {
        MainWindow window;
        auto* nav = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        QCOMPARE(nav->item(0)->text(), QStringLiteral("API-Schlüssel"));
        QCOMPARE(nav->item(2)->text(), QStringLiteral("Vorlagen"));
        auto* state = window.findChild<QLabel*>(QStringLiteral("connectionState"));
        QCOMPARE(state->text(), QStringLiteral("Offline · kein Konto verbunden"));
    }
    QApplication::removeTranslator(&german);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
