#pragma once

#include "SecretFormDialog.h"

class QLineEdit;

namespace podwarden {

// Deleting a secret cannot be undone, and templates that still reference it break: the dialog
// names them, warns that pods booted from them will fail, and enables Delete only once the
// secret's exact name is typed.
class DeleteSecretDialog final : public SecretFormDialog
{
    Q_OBJECT
public:
    // `usedBy`: the templates that reference it; `bootsFrom`: the endpoints and pods that read it when
    // they boot ("Endpoint x (through template y)"), which fail to start once it is gone.
    DeleteSecretDialog(const QString& secretName, const QStringList& usedBy, const QStringList& bootsFrom = {},
                       QWidget* parent = nullptr);
    ~DeleteSecretDialog() override;

protected:
    bool canSubmit() const override;

private:
    QString m_name;
    QLineEdit* m_confirm = nullptr;
};

} // namespace podwarden
