#pragma once

// Drives the whole application as a user meets it: AppController with --sandbox (a real
// podwarden-sandbox process with the demo account), its main window, its pages by objectName, and
// the dialogs they open (many with exec(), so acted on from whenShown()).
#include "AppController.h"
#include "AppTestEnvironment.h"
#include "MainWindow.h"
#include "account/Session.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QListWidget>
#include <QMenu>
#include <QStackedWidget>
#include <QTableView>
#include <QtTest>

#include <memory>

namespace podwarden::test {

class AppDriver
{
public:
    // Starts the app on the sandbox and waits until the demo account is on screen. Empty, or what
    // went wrong.
    QString start()
    {
        m_app = std::make_unique<AppController>(
            AppOptions::parse({QStringLiteral("podwarden"), QStringLiteral("--sandbox")}));
        m_app->start();
        if (!QTest::qWaitFor([this] { return m_app->session()->state() == Session::State::Sandbox; }, 30000))
            return QStringLiteral("the sandbox did not come online: ") + m_app->session()->errorMessage();
        m_app->window()->resize(1100, 700);
        if (!QTest::qWaitForWindowExposed(m_app->window()))
            return QStringLiteral("the window was not shown");
        m_app->window()->activateWindow();
        return {};
    }

    void stop() { m_app.reset(); }

    AppController* app() const { return m_app.get(); }
    QWidget* window() const { return m_app->window(); }

    // Shows the page named `objectName` ("pageApiKeys") the way a user does, from the navigation.
    QWidget* showPage(const char* objectName) const
    {
        auto* pages = window()->findChild<QStackedWidget*>(QStringLiteral("pages"));
        auto* page = window()->findChild<QWidget*>(QLatin1String(objectName));
        if (!pages || !page)
            return nullptr;
        const int index = pages->indexOf(page);
        if (auto* navigation = window()->findChild<QListWidget*>(QStringLiteral("navigation")))
            navigation->setCurrentRow(index);
        if (pages->currentWidget() != page)
            pages->setCurrentWidget(page);
        // Back from a dialog, the window takes the focus again (offscreen, nothing else gives it).
        if (!window()->isActiveWindow()) {
            window()->activateWindow();
            if (!QTest::qWaitForWindowActive(window()))
                qWarning("the main window did not become active");
        }
        QCoreApplication::processEvents();
        return page;
    }

    // A menu's action by objectName ("actionConnect"), wherever it lives.
    QAction* action(const char* objectName) const
    {
        for (QMenu* menu : window()->findChildren<QMenu*>()) {
            for (QAction* action : menu->actions()) {
                if (action->objectName() == QLatin1String(objectName))
                    return action;
            }
        }
        return window()->findChild<QAction*>(QLatin1String(objectName));
    }

    template <typename T> T* find(const char* objectName) const
    {
        return window()->findChild<T*>(QLatin1String(objectName));
    }

private:
    std::unique_ptr<AppController> m_app;
};

// The row of `view` whose `column` shows `text`, as a view index; invalid when there is none.
inline QModelIndex rowShowing(QAbstractItemView* view, const QString& text, int column = 0)
{
    QAbstractItemModel* model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, column);
        if (index.data().toString() == text)
            return index;
    }
    return {};
}

// Selects the row of `view` showing `text` in its first column and gives the view the focus.
inline bool selectRowShowing(QTableView* view, const QString& text)
{
    const QModelIndex index = rowShowing(view, text);
    if (!index.isValid())
        return false;
    view->setFocus(Qt::OtherFocusReason);
    view->setCurrentIndex(index);
    view->selectRow(index.row());
    view->scrollTo(index);
    return true;
}

} // namespace podwarden::test
