#include "MainWindow.h"
#include "Theme.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QStackedWidget>
#include <QTimer>
#include <QTranslator>
#include <QtTest>

using namespace podwarden;

namespace {

// Five screens, as the application plugs its own in (AppController).
void addScreens(MainWindow& window)
{
    const char* names[] = {"pageApiKeys", "pageSecrets", "pageTemplates", "pageEndpoints", "pageAudit"};
    const char* icons[] = {":/icons/keys.svg", ":/icons/secrets.svg", ":/icons/templates.svg", ":/icons/endpoints.svg",
                           ":/icons/audit.svg"};
    const char* titles[] = {"API keys", "Secrets", "Templates", "Endpoints", "Audit"};
    for (int i = 0; i < 5; ++i) {
        auto* page = new QLabel(QString::fromLatin1(titles[i]));
        page->setObjectName(QLatin1String(names[i]));
        window.addPage(page, QIcon(QLatin1String(icons[i])), QString::fromLatin1(titles[i]));
    }
    window.setCurrentPage(0);
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void opensWithNavigationAndIcon();
    void navigationByClickAndShortcut();
    void iconsHaveASelectedVariant();
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
    QCOMPARE(window.pageCount(), 0);
    addScreens(window);
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
    addScreens(window);
    QList<int> announced;
    connect(&window, &MainWindow::pageAboutToShow, this, [&](int index) {
        // Before the page shows: a screen built now is the one shown.
        QVERIFY(window.currentPage() != index);
        announced.append(index);
    });
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
    QCOMPARE(announced, (QList<int>{1, 2, 3}));
}

void TestMainWindow::iconsHaveASelectedVariant()
{
    // The navigation's icons are drawn in the highlighted text's colour when selected, at the size
    // and pixel ratio asked for, when first asked for.
    MainWindow window;
    addScreens(window);
    auto* nav = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    const QIcon icon = nav->item(1)->icon();
    const QColor highlighted = nav->palette().color(QPalette::HighlightedText);
    const QImage normal = icon.pixmap(QSize(20, 20), 1.0, QIcon::Normal).toImage();
    const QImage selected = icon.pixmap(QSize(20, 20), 2.0, QIcon::Selected).toImage();
    QCOMPARE(normal.size(), QSize(20, 20));
    QCOMPARE(selected.size(), QSize(40, 40));
    int tinted = 0;
    for (int y = 0; y < selected.height(); ++y) {
        for (int x = 0; x < selected.width(); ++x) {
            const QColor c = selected.pixelColor(x, y);
            if (c.alpha() == 255) {
                QCOMPARE(c.rgb(), highlighted.rgb());
                ++tinted;
            }
        }
    }
    QVERIFY(tinted > 20);
    QVERIFY(normal != icon.pixmap(QSize(20, 20), 1.0, QIcon::Selected).toImage());
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
    addScreens(window);
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
        auto* file = window.findChild<QMenu*>(QStringLiteral("menuFile"));
        QCOMPARE(file->title(), QStringLiteral("&Datei"));
        auto* state = window.findChild<QLabel*>(QStringLiteral("connectionState"));
        QCOMPARE(state->text(), QStringLiteral("Offline · kein Konto verbunden"));
    }
    QApplication::removeTranslator(&german);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
