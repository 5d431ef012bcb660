#pragma once

#include "SecretFormDialog.h"
#include "service/SecretBuffer.h"

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
    ReplaceSecretValueDialog(const QString& secretName, const QStringList& usedBy, QWidget* parent = nullptr);
    ~ReplaceSecretValueDialog() override;

    SecretBuffer value() const;
    void done(int result) override;

protected:
    bool canSubmit() const override;

private:
    SecretValueField* m_value = nullptr;
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
