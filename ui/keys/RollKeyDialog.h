#pragma once

#include "ApiKey.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace podwarden {

// Rolling a key (issue 20, item 1): the successor's name, and how long the old key keeps working
// beside it: until the user finishes the roll, or until a chosen day (then the old key expires on
// its own, SERVICE.md 5.2).
class RollKeyDialog final : public QDialog
{
    Q_OBJECT
public:
    RollKeyDialog(const ApiKey& key, const QStringList& takenNames, QWidget* parent = nullptr);

    QString newName() const;
    // When the old key stops working: nullopt, until the roll is finished by hand.
    std::optional<QDateTime> cutOver() const;
    // Chooses "until a date" with this day (tests, and a key that already expires).
    void setCutOverDate(const QDate& day);

private:
    void update();

    ApiKey m_key;
    QStringList m_taken;
    QLineEdit* m_name = nullptr;
    QComboBox* m_overlap = nullptr;
    QDateEdit* m_date = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_when = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace podwarden
