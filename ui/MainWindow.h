#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace podwarden {

// The application's frame: a navigation list on the left, one page per screen on the right,
// menus, and a status bar with the connection state. Screens plug in with addPage().
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Adds a screen to the navigation; returns its index. `objectName` names the navigation item's
    // page for tests and accessibility.
    int addPage(QWidget* page, const QIcon& icon, const QString& title);
    int insertPage(int index, QWidget* page, const QIcon& icon, const QString& title);
    // Puts `page` where the page named `objectName` is (a planned screen that has arrived); the
    // old one loses its name at once, so that nothing finds it while it waits to be deleted.
    void replacePage(const QString& objectName, QWidget* page);
    // The desktop theme's icons of Quit and Refresh (after the first frame: the lookup is slow).
    void addThemeIcons();
    // Adds actions to the File menu, above Quit.
    void addFileActions(const QList<QAction*>& actions);
    // Shows only the pages with these object names (a provider's screens) in the navigation, the
    // View menu and the Ctrl+1… shortcuts; the others stay built but out of reach. When the current
    // page is hidden, the first shown one becomes current.
    void setShownPages(const QStringList& objectNames);
    bool isPageShown(int index) const;
    int pageIndex(const QString& objectName) const; // -1 when there is none
    QString pageName(int index) const;              // the object name of the page at `index`
    int pageCount() const;
    int currentPage() const;
    void setCurrentPage(int index);
    void setConnectionState(const QString& text);
    // While the account loads: what has arrived so far, a busy bar and a Stop button; an empty
    // text hides them.
    void setLoadProgress(const QString& text);

    void showAbout();

signals:
    void stopLoadingRequested();
    // The page at `index` is about to become the current one (from the navigation, the View menu,
    // a shortcut or setCurrentPage()): a screen still to be built is built now, before it shows.
    void pageAboutToShow(int index);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void assignShortcuts();

    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_connectionLabel = nullptr;
    QWidget* m_loadBox = nullptr;
    QLabel* m_loadLabel = nullptr;
    QAction* m_stopLoading = nullptr;
    QList<QAction*> m_pageActions;
};

} // namespace podwarden
