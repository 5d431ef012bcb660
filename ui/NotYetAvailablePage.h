#pragma once

#include <QWidget>

class QLabel;

namespace podwarden {

// Stands in for a screen that a later version brings: says what it will do and that it does
// not work yet, instead of showing controls that do nothing.
class NotYetAvailablePage final : public QWidget
{
    Q_OBJECT
public:
    NotYetAvailablePage(const QString& title, const QString& description, QWidget* parent = nullptr);
    // A note about the connected service under the notice (e.g. that it offers no audit routes);
    // empty hides it.
    void setServiceNote(const QString& text);

private:
    QLabel* m_serviceNote = nullptr;
};

} // namespace podwarden
