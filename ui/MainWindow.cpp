#include "MainWindow.h"

#include "NotYetAvailablePage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>

namespace podwarden {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Podwarden"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/podwarden.svg")));

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Screens"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_navigation->setAutoFillBackground(true);
    m_navigation->setBackgroundRole(QPalette::Window);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto* separator = new QFrame(central);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    layout->addWidget(separator);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionState"));
    createMenus();

    m_loadBox = new QWidget(this);
    m_loadBox->setObjectName(QStringLiteral("loadProgress"));
    auto* loadLayout = new QHBoxLayout(m_loadBox);
    loadLayout->setContentsMargins(0, 0, 0, 0);
    m_loadLabel = new QLabel(m_loadBox);
    m_loadLabel->setObjectName(QStringLiteral("loadProgressText"));
    auto* busy = new QProgressBar(m_loadBox);
    busy->setRange(0, 0);
    busy->setTextVisible(false);
    busy->setMaximumWidth(120);
    busy->setMaximumHeight(m_loadLabel->sizeHint().height());
    busy->setAccessibleName(tr("Loading the account"));
    auto* stop = new QToolButton(m_loadBox);
    stop->setObjectName(QStringLiteral("stopLoadingButton"));
    stop->setDefaultAction(m_stopLoading);
    stop->setToolButtonStyle(Qt::ToolButtonTextOnly);
    stop->setAutoRaise(true);
    loadLayout->addWidget(m_loadLabel);
    loadLayout->addWidget(busy);
    loadLayout->addWidget(stop);
    m_loadBox->hide();
    statusBar()->addPermanentWidget(m_loadBox);
    statusBar()->addPermanentWidget(m_connectionLabel);
    setConnectionState(tr("Offline · no account connected"));

    addPlannedPages();
    setCurrentPage(0);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1100, 700);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    QAction* quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"));
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    m_stopLoading = new QAction(tr("&Stop Loading"), this);
    m_stopLoading->setObjectName(QStringLiteral("actionStopLoading"));
    m_stopLoading->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_stopLoading->setToolTip(tr("Stop loading the account (Ctrl+.)"));
    m_stopLoading->setEnabled(false);
    connect(m_stopLoading, &QAction::triggered, this, &MainWindow::stopLoadingRequested);
    addAction(m_stopLoading); // its shortcut works before addFileActions() puts it in the menu

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Podwarden"));
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction* aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::addPlannedPages()
{
    struct Planned
    {
        const char* object;
        const char* icon;
        QString title;
        QString description;
    };
    const Planned planned[] = {
        {"pageApiKeys", ":/icons/keys.svg", tr("API keys"),
         tr("Every API key of the account with its access, when it was created and last used, and a switch "
            "to turn it off. Create keys with exactly the access they need; the new key is shown once.")},
        {"pageSecrets", ":/icons/secrets.svg", tr("Secrets"),
         tr("Write-only secrets: create, replace, describe, audit and delete them. A value is sent once and "
            "never shown again.")},
        {"pageTemplates", ":/icons/templates.svg", tr("Templates"),
         tr("Pod and serverless templates whose environment references secrets. Draft them offline and push "
            "them when you are ready.")},
        {"pageEndpoints", ":/icons/endpoints.svg", tr("Endpoints"),
         tr("Serverless endpoints, which keys can reach each one, and ready-made invocation commands.")},
        {"pageAudit", ":/icons/audit.svg", tr("Audit"),
         tr("Risky keys, the history of changes to keys and secrets, and exports to CSV and JSON.")},
    };
    for (const Planned& p : planned) {
        auto* page = new NotYetAvailablePage(p.title, p.description, m_pages);
        page->setObjectName(QLatin1String(p.object));
        addPage(page, QIcon(QLatin1String(p.icon)), p.title);
    }
}

// The icon with a Selected variant in the highlighted-text colour, so it stays visible on the
// selection highlight in any palette.
static QIcon withSelectedVariant(const QIcon& icon, const QColor& color)
{
    // Built from pixmaps: the SVG icon engine would render its file again for every mode.
    QIcon out;
    for (int size : {20, 40, 60}) {
        QPixmap pixmap = icon.pixmap(size, size);
        if (pixmap.isNull())
            continue;
        out.addPixmap(pixmap, QIcon::Normal);
        QPainter painter(&pixmap);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(pixmap.rect(), color);
        painter.end();
        out.addPixmap(pixmap, QIcon::Selected);
    }
    return out.isNull() ? icon : out;
}

int MainWindow::addPage(QWidget* page, const QIcon& icon, const QString& title)
{
    return insertPage(m_pages->count(), page, icon, title);
}

int MainWindow::insertPage(int index, QWidget* page, const QIcon& icon, const QString& title)
{
    index = m_pages->insertWidget(index, page);
    auto* item =
        new QListWidgetItem(withSelectedVariant(icon, m_navigation->palette().color(QPalette::HighlightedText)), title);
    item->setSizeHint(QSize(180, 36));
    item->setToolTip(title);
    m_navigation->insertItem(index, item);

    QMenu* view = menuBar()->findChild<QMenu*>(QStringLiteral("menuView"));
    QAction* go = new QAction(icon, title, view);
    view->insertAction(index < m_pageActions.size() ? m_pageActions.at(index) : nullptr, go);
    m_pageActions.insert(index, go);
    // By the action's place, not by `page`: replacePage() puts another widget there later, and a
    // captured pointer to the old one would lead nowhere (index -1 only cleared the highlight).
    connect(go, &QAction::triggered, this, [this, go] { setCurrentPage(m_pageActions.indexOf(go)); });
    assignShortcuts();

    const int width = m_navigation->sizeHintForColumn(0) + 2 * m_navigation->frameWidth() + 24;
    m_navigation->setFixedWidth(std::max(width, 180));
    return index;
}

void MainWindow::assignShortcuts()
{
    // Ctrl+1 … Ctrl+9 reach the first nine shown screens from anywhere, in the navigation's order.
    int shown = 0;
    for (int i = 0; i < m_pageActions.size(); ++i) {
        QAction* go = m_pageActions.at(i);
        const bool visible = isPageShown(i);
        go->setShortcut(visible && shown < 9 ? QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + shown))
                                             : QKeySequence());
        if (visible)
            ++shown;
    }
}

bool MainWindow::isPageShown(int index) const
{
    const QListWidgetItem* item = m_navigation->item(index);
    return item && !item->isHidden();
}

int MainWindow::pageIndex(const QString& objectName) const
{
    for (int i = 0; i < m_pages->count(); ++i) {
        if (m_pages->widget(i)->objectName() == objectName)
            return i;
    }
    return -1;
}

void MainWindow::setShownPages(const QStringList& objectNames)
{
    for (int i = 0; i < m_pages->count(); ++i) {
        const bool shown = objectNames.contains(m_pages->widget(i)->objectName());
        m_navigation->item(i)->setHidden(!shown);
        m_pageActions.at(i)->setVisible(shown);
    }
    assignShortcuts();
    if (!isPageShown(currentPage())) {
        for (int i = 0; i < m_pages->count(); ++i) {
            if (isPageShown(i)) {
                setCurrentPage(i);
                break;
            }
        }
    }
}

void MainWindow::replacePage(const QString& objectName, QWidget* page)
{
    for (int i = 0; i < m_pages->count(); ++i) {
        QWidget* old = m_pages->widget(i);
        if (old->objectName() != objectName)
            continue;
        const bool current = m_pages->currentIndex() == i;
        m_pages->insertWidget(i, page);
        m_pages->removeWidget(old);
        old->deleteLater();
        if (current)
            m_pages->setCurrentIndex(i);
        return;
    }
}

void MainWindow::addFileActions(const QList<QAction*>& actions)
{
    QMenu* file = menuBar()->findChild<QMenu*>(QStringLiteral("menuFile"));
    QAction* quit = findChild<QAction*>(QStringLiteral("actionQuit"));
    for (QAction* action : actions)
        file->insertAction(quit, action);
    file->insertAction(quit, m_stopLoading);
    file->insertSeparator(quit);
}

int MainWindow::pageCount() const
{
    return m_pages->count();
}

int MainWindow::currentPage() const
{
    return m_pages->currentIndex();
}

void MainWindow::setCurrentPage(int index)
{
    m_navigation->setCurrentRow(index);
}

void MainWindow::setLoadProgress(const QString& text)
{
    m_loadLabel->setText(text);
    m_loadBox->setVisible(!text.isEmpty());
    m_stopLoading->setEnabled(!text.isEmpty());
}

void MainWindow::setConnectionState(const QString& text)
{
    m_connectionLabel->setText(text);
}

void MainWindow::showAbout()
{
    QMessageBox box(this);
    box.setObjectName(QStringLiteral("aboutBox"));
    box.setWindowTitle(tr("About Podwarden"));
    box.setIconPixmap(QIcon(QStringLiteral(":/icons/podwarden.svg")).pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(tr("<h3>Podwarden %1</h3>"
                   "<p>A desktop console for the people who hold the keys to a GPU cloud account: scoped API "
                   "keys, write-only secrets and pod templates.</p>")
                    .arg(QStringLiteral(PODWARDEN_VERSION).toHtmlEscaped()));
    box.setInformativeText(tr("Your account key stays in the system keyring. Secret values are sent once and "
                              "never stored.<br>Built with Qt %1.")
                               .arg(QString::fromLatin1(qVersion()).toHtmlEscaped()));
    box.setStandardButtons(QMessageBox::Close);
    box.exec();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    event->accept();
}

} // namespace podwarden
