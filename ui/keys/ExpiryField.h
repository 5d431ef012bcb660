#pragma once

#include <QDateTime>
#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;

namespace podwarden {

// When a key stops working (SERVICE.md 5.2 expiry): Never, in 30, 90 or 365 days, or on a day of
// the user's choice (the end of that day, their time zone), with the resulting time in words.
// Used by the key dialog and by "Set expiry" on several keys.
class ExpiryField final : public QWidget
{
    Q_OBJECT
public:
    // `label` ("E&xpires:") is shown before the choice, as its buddy.
    explicit ExpiryField(const QString& label, QWidget* parent = nullptr);

    // A key's current expiry: "on a date" with its day, or Never.
    void setExpiry(const std::optional<QDateTime>& at);
    // What is chosen, as a time (nullopt: never). Presets count from now.
    std::optional<QDateTime> expiry() const;
    // The choice's combo (for a label's buddy).
    QComboBox* choice() const { return m_choice; }

signals:
    void changed();

private:
    void update();

    QComboBox* m_choice = nullptr;
    QDateEdit* m_date = nullptr;
    QLabel* m_when = nullptr;
    std::optional<QDateTime> m_exact; // an existing expiry, kept to the second while unchanged
};

} // namespace podwarden
