#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QIcon>
#include <QIconEngine>
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

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        emit pageAboutToShow(row);
        m_pages->setCurrentIndex(row);
    });

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

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1100, 700);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    QAction* quit = file->addAction(tr("&Quit")); // its theme icon comes with addThemeIcons()
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

// An icon with a Selected mode in one colour (the highlighted text's), so that it stays visible on
// the selection highlight in any palette. Each size is drawn when first asked for, not before the
// window's first frame: the navigation shows one size, at the screen's pixel ratio.
namespace {

class TintedSelectedIconEngine final : public QIconEngine
{
public:
    TintedSelectedIconEngine(QIcon icon, QColor color)
        : m_icon(std::move(icon))
        , m_color(std::move(color))
    {}
    QIconEngine* clone() const override { return new TintedSelectedIconEngine(m_icon, m_color); }
    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State state) override
    {
        return m_icon.actualSize(size, QIcon::Normal, state);
    }
    QList<QSize> availableSizes(QIcon::Mode, QIcon::State state) override
    {
        return m_icon.availableSizes(QIcon::Normal, state);
    }
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }
    // `size` in device pixels (what QIcon::pixmap() asks for at a pixel ratio of `scale`).
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        const QString key = QStringLiteral("%1x%2@%3-%4-%5")
                                .arg(size.width())
                                .arg(size.height())
                                .arg(scale)
                                .arg(int(mode))
                                .arg(int(state));
        if (const auto found = m_cache.constFind(key); found != m_cache.cend())
            return found.value();
        QPixmap pixmap = m_icon.pixmap(size, 1.0, mode == QIcon::Selected ? QIcon::Normal : mode, state);
        if (mode == QIcon::Selected && !pixmap.isNull()) {
            QPainter painter(&pixmap);
            painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
            painter.fillRect(pixmap.rect(), m_color);
        }
        pixmap.setDevicePixelRatio(scale);
        m_cache.insert(key, pixmap);
        return pixmap;
    }
    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal scale = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        painter->drawPixmap(rect, scaledPixmap(rect.size() * scale, mode, state, scale));
    }

private:
    QIcon m_icon;
    QColor m_color;
    QHash<QString, QPixmap> m_cache;
};

} // namespace

static QIcon withSelectedVariant(const QIcon& icon, const QColor& color)
{
    return icon.isNull() ? icon : QIcon(new TintedSelectedIconEngine(icon, color));
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

QString MainWindow::pageName(int index) const
{
    const QWidget* page = m_pages->widget(index);
    return page ? page->objectName() : QString();
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
        old->setObjectName(QString());
        old->deleteLater();
        if (current)
            m_pages->setCurrentIndex(i);
        return;
    }
}

void MainWindow::addThemeIcons()
{
    // Looking an icon up in the desktop's theme reads the theme's index first: some milliseconds
    // a start need not spend before its first frame.
    const QMenu* file = menuBar()->findChild<QMenu*>(QStringLiteral("menuFile"));
    for (QAction* action : file->actions()) {
        if (action->objectName() == QLatin1String("actionQuit"))
            action->setIcon(QIcon::fromTheme(QStringLiteral("application-exit")));
        else if (action->objectName() == QLatin1String("actionRefresh"))
            action->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
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
