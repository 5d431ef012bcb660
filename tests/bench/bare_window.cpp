// bare_window: the anchor of issue 16's start and memory rows. A bare Qt Widgets window (a
// QMainWindow holding a QTableView, the size Podwarden's window opens at) that prints, in the words
// `podwarden --screenshot` uses, how long after the start of main() its first frame was on screen:
//   on screen: the window 41 ms after start
// First frame as Podwarden's main.cpp measures it: once the platform has exposed the window, from
// the event loop after the expose was handled (and the window painted), never after a fixed delay.
// --quit quits then; otherwise it stays (its peak memory can be read from /proc) until SIGTERM.
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QHeaderView>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QWindow>

#include <csignal>
#include <cstdio>
#include <functional>

namespace {

class FirstFrameWatch final : public QObject
{
public:
    FirstFrameWatch(QWidget* window, std::function<void()> then)
        : QObject(window)
        , m_then(std::move(then))
    {
        window->winId();
        QWindow* handle = window->windowHandle();
        if (handle->isExposed())
            QTimer::singleShot(0, this, m_then);
        else
            handle->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Expose && static_cast<QWindow*>(watched)->isExposed()) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, m_then);
        }
        return false;
    }

private:
    std::function<void()> m_then;
};

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer started;
    started.start();
    QApplication app(argc, argv);
    const bool quit = QCoreApplication::arguments().contains(QStringLiteral("--quit"));
    std::signal(SIGTERM, [](int) { std::_Exit(0); });

    QMainWindow window;
    auto* table = new QTableView;
    auto* model = new QStandardItemModel(0, 6, table);
    model->setHorizontalHeaderLabels({QStringLiteral("Name"), QStringLiteral("Prefix"), QStringLiteral("Access"),
                                      QStringLiteral("Created"), QStringLiteral("Last used"), QStringLiteral("By")});
    table->setModel(model);
    table->horizontalHeader()->setStretchLastSection(true);
    window.setCentralWidget(table);
    window.resize(1100, 700);
    window.show();
    new FirstFrameWatch(&window, [&] {
        std::printf("on screen: the window %lld ms after start\n", started.elapsed());
        std::fflush(stdout);
        if (quit)
            QApplication::quit();
    });
    return QApplication::exec();
}
