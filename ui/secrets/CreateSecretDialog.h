#pragma once

#include "SecretFormDialog.h"
#include "secrethandling/SecretBuffer.h"

#include <QSet>

class QLabel;
class QLineEdit;

namespace podwarden {

class SecretDescriptionField;
class SecretValueField;

// Collects a new secret: its name (checked as it is typed against the contract's rules and the
// account's names), its value (typed, pasted or generated; shown only while the user asks) and a
// description. It stays open while the page sends it, so a refusal (a name taken meanwhile, a
// network failure) is shown without losing anything; closing it, however it closes, clears the
// value from the screen.
class CreateSecretDialog final : public SecretFormDialog
{
    Q_OBJECT
public:
    explicit CreateSecretDialog(const QSet<QString>& takenNames, QWidget* parent = nullptr);
    ~CreateSecretDialog() override;

    QString name() const;
    QString description() const;
    // A copy of the value for one request (the field keeps it until the dialog closes).
    SecretBuffer value() const;

    void done(int result) override;

protected:
    bool canSubmit() const override;

private:
    void checkName();

    QSet<QString> m_taken;
    QLineEdit* m_name = nullptr;
    QLabel* m_nameProblem = nullptr;
    SecretValueField* m_value = nullptr;
    SecretDescriptionField* m_description = nullptr;
};

} // namespace podwarden
