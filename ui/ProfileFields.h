#pragma once

#include "account/Profile.h"

#include <QObject>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace podwarden {

// The fields of a profile that both profile dialogs show, as rows of their form: name, provider
// (Runpod or Paperspace; the sandbox kinds are the app's own and never offered), API key with a
// hint naming where the provider's keys are made, Paperspace's project and team ids, the management
// and invocation bases, and the CA file. The bases follow the provider while they hold the previous
// one's defaults; the rows that do not apply to the provider are hidden. The key field's text is
// cleared when the fields go.
class ProfileFields final : public QObject
{
    Q_OBJECT
public:
    // Adds the rows to `form`, with the widgets' parent `owner`, showing `shown`.
    ProfileFields(QWidget* owner, QFormLayout* form, const Profile& shown);
    ~ProfileFields() override;

    // Editing: the profile stays with its provider (its saved copy and drafts are that provider's).
    void keepProvider(const Profile& profile);
    // Shows the profile's name, ids, bases and CA file.
    void fill(const Profile& profile);
    // The profile as the fields say, under `id`.
    Profile profile(const QString& id) const;
    bool showsPaperspace() const;
    // Read-only while a key is checked; the provider can be chosen only when it is not kept.
    void setBusy(bool busy);
    // Editing: an empty key field keeps the stored key, and says so.
    void setKeyOptional(bool optional);

    QLineEdit* name() const { return m_name; }
    QLineEdit* key() const { return m_key; }

signals:
    // A field was edited or the provider chosen.
    void edited();
    // The provider's rows were shown (the dialogs word their explanation for it).
    void providerShown(bool paperspace);

private:
    Profile::Provider chosenProvider() const;
    void providerChosen();
    void showProvider();

    QFormLayout* m_form;
    std::optional<Profile::Provider> m_keptProvider;
    Profile::Provider m_shownProvider = Profile::Provider::Runpod; // whose defaults the bases hold
    bool m_keyOptional = false;
    QComboBox* m_provider = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_key = nullptr;
    QLabel* m_keyHint = nullptr;
    QLineEdit* m_projectId = nullptr;
    QLineEdit* m_teamId = nullptr;
    QLineEdit* m_management = nullptr;
    QLineEdit* m_invocation = nullptr;
    QLineEdit* m_caFile = nullptr;
};

} // namespace podwarden
