#include "FirstFrameWatch.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <QWindow>

namespace podwarden {

FirstFrameWatch::FirstFrameWatch(QWidget* window, std::function<void()> then)
    : QObject(window)
    , m_then(std::move(then))
{
    window->winId(); // makes the native window, and with it windowHandle()
    QWindow* handle = window->windowHandle();
    if (handle->isExposed())
        QTimer::singleShot(0, this, m_then);
    else
        handle->installEventFilter(this);
}

bool FirstFrameWatch::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Expose && static_cast<QWindow*>(watched)->isExposed()) {
        watched->removeEventFilter(this);
        // The filter runs before the window handles the expose (and paints): answer after that.
        QTimer::singleShot(0, this, m_then);
    }
    return false;
}

} // namespace podwarden
