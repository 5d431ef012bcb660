#pragma once

#include "account/Profile.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace podwarden {

class ProfileChanges;
class ProfileFields;

// Adds a profile, or edits one: its provider (Runpod or Paperspace), name, API key, management and
// invocation bases, Paperspace's project and team ids, and CA file. Save asks ProfileChanges, which
// checks a new key with the service before anything is saved; when the service refuses, the dialog
// stays open with its answer and the input as it was. Editing leaves the stored key alone unless a
// new one is pasted, and keeps the profile's provider.
class ProfileEditDialog final : public QDialog
{
    Q_OBJECT
public:
    // `existing` empty: a new profile.
    ProfileEditDialog(ProfileChanges* changes, const std::optional<Profile>& existing, QWidget* parent = nullptr);
    ~ProfileEditDialog() override;

    // After Save: the profile as saved, and what the keyring said when it did not keep the key.
    Profile profile() const;
    QString notice() const { return m_notice; }

private:
    void validate();
    void save();
    void setSaving(bool saving);

    ProfileChanges* m_changes;
    bool m_adding;
    QString m_profileId;
    QFormLayout* m_form = nullptr;
    ProfileFields* m_fields = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_save = nullptr;
    QString m_notice;
    int m_attempt = 0; // the save in flight; an answer to an earlier one is ignored
};

} // namespace podwarden
