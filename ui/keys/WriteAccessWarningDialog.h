#pragma once

#include <QDialog>

class QCheckBox;
class QPushButton;

namespace podwarden {

// The "GraphQL warning": shown before a key gets Read-Write access to the management API (the
// API level Read-Write, or the All preset). It says what such a key can do to the account and its
// balance, gives the least-privilege advice, and proceeds only after an explicit acknowledgement.
// Cancel is the default, so Enter alone never grants anything.
//
//     if (!WriteAccessWarningDialog::confirm(this, name))
//         restorePreviousChoice();
class WriteAccessWarningDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit WriteAccessWarningDialog(const QString& keyName, QWidget* parent = nullptr);

    // Opens the dialog modally; true when the user acknowledged and chose to proceed.
    static bool confirm(QWidget* parent, const QString& keyName);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QCheckBox* m_acknowledge = nullptr;
    QPushButton* m_proceed = nullptr;
};

} // namespace podwarden
