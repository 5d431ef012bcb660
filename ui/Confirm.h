#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace podwarden {

// The one place that asks "are you sure?": a message box whose accept button names the action,
// with Cancel as the default. Tests answer through the hook and can read what was asked.
//
//   if (!Confirm::ask(this, tr("Disable key?"), text, tr("Disable"))) return;
class Confirm final
{
public:
    enum class Kind { Normal, Destructive };
    static bool ask(QWidget* parent, const QString& title, const QString& text, const QString& acceptText,
                    Kind kind = Kind::Normal);
    // For what cannot be undone from here: the accept button stays off until `word` is typed
    // exactly (a name). The test hook answers these too.
    static bool askTyped(QWidget* parent, const QString& title, const QString& text, const QString& word,
                         const QString& acceptText);

    using Hook = std::function<bool(const QString& title, const QString& text)>;
    static void setTestHook(Hook hook); // an empty hook shows real dialogs again
};

} // namespace podwarden
