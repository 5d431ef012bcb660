#pragma once

#include "SecretFormDialog.h"
#include "secrethandling/SecretBuffer.h"

#include <optional>

namespace podwarden {

class SecretDescriptionField;
class SecretValueField;

// Replaces a secret's value. Says what that does to pods (the next boot takes the new value,
// running pods keep the old one) and which templates are affected; like every secret dialog it
// stays open through a refusal and clears the value when it closes.
class ReplaceSecretValueDialog final : public SecretFormDialog
{
    Q_OBJECT
public:
    // `description` is the current one: edited here, it changes together with the value.
    ReplaceSecretValueDialog(const QString& secretName, const QStringList& usedBy, const QString& description = {},
                             QWidget* parent = nullptr);
    ~ReplaceSecretValueDialog() override;

    SecretBuffer value() const;
    // The new description when it was edited; nullopt when it stays as it is.
    std::optional<QString> changedDescription() const;
    // The value was replaced but the description refused: the value field empties and locks, and
    // the dialog goes on as "save the description" with what was typed there.
    void valueTookEffect();
    bool valueDone() const { return m_valueDone; }
    void done(int result) override;

protected:
    bool canSubmit() const override;

private:
    SecretValueField* m_value = nullptr;
    SecretDescriptionField* m_description = nullptr;
    QString m_originalDescription;
    bool m_valueDone = false;
};

// Edits a secret's description, on its own: the value is not touched.
class EditSecretDescriptionDialog final : public SecretFormDialog
{
    Q_OBJECT
public:
    EditSecretDescriptionDialog(const QString& secretName, const QString& description, QWidget* parent = nullptr);
    ~EditSecretDescriptionDialog() override;

    QString description() const;

protected:
    bool canSubmit() const override;

private:
    SecretDescriptionField* m_description = nullptr;
    QString m_original;
};

// "Used by PyTorch, ComfyUI and 3 more templates." style text for a list of template names:
// every name up to `shown`, then a count.
QString templateList(const QStringList& names, int shown = 6);

} // namespace podwarden
