#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace podwarden {

// Calls `then` once, from the event loop, after `window` has been exposed on the screen: the
// platform's first expose is handled by painting the whole window, so its first frame is there.
// Owned by the window. Never a fixed delay: the start-up probe and the screens built after the
// first frame both mean the frame itself.
class FirstFrameWatch final : public QObject
{
public:
    FirstFrameWatch(QWidget* window, std::function<void()> then);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    std::function<void()> m_then;
};

} // namespace podwarden
