#pragma once

#include "secrethandling/SecretBuffer.h"

#include <QDialog>

class QLineEdit;
class QLabel;

namespace podwarden {

// The raw key of a new API key, shown once: a read-only field, Copy (to a clipboard that forgets
// it after 30 seconds; copying by hand from the field goes the same way), and "I have stored it".
// Escape and the window's close button ask first while the key has not been copied. The key is
// wiped from the dialog when it closes and is never shown again.
class NewKeyDialog final : public QDialog
{
    Q_OBJECT
public:
    NewKeyDialog(const QString& keyName, SecretBuffer rawKey, QWidget* parent = nullptr);
    ~NewKeyDialog() override;

    void done(int result) override;

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    // True when the dialog may close other than by "I have stored it": the key was copied, or the
    // user says to close without it.
    bool mayLeave();

    SecretBuffer m_rawKey;
    QString m_keyName;
    bool m_copied = false;
    QLineEdit* m_field = nullptr;
    QLabel* m_copiedNotice = nullptr;
};

} // namespace podwarden
