#pragma once

#include "service/SecretBuffer.h"

#include <QDialog>

class QLineEdit;
class QLabel;

namespace podwarden {

// The raw key of a new API key, shown once: a read-only field, Copy (to a clipboard that forgets
// it after 30 seconds), and "I have stored it", the only way out. The key is wiped from the dialog
// when it closes and is never shown again.
class NewKeyDialog final : public QDialog
{
    Q_OBJECT
public:
    NewKeyDialog(const QString& keyName, SecretBuffer rawKey, QWidget* parent = nullptr);
    ~NewKeyDialog() override;

    void done(int result) override;

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    SecretBuffer m_rawKey;
    QLineEdit* m_field = nullptr;
    QLabel* m_copied = nullptr;
};

} // namespace podwarden
