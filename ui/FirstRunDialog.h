#pragma once

#include "account/Profile.h"
#include "secrethandling/SecretBuffer.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QPushButton;

namespace podwarden {

class ProfileChanges;
class ProfileFields;

// Shown when no profile exists (and from "Connect an account…"): use my account (choose Runpod or
// Paperspace, paste a key), try the sandbox, or work offline. It collects and checks input; the caller connects. Its
// title and greeting say why it is open: "Welcome" on the first start only (setOccasion()), "Connect an account" when
// opened again, the profile's name when it needs a new key (editProfile()).
class FirstRunDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { None, UseAccount, TrySandbox, WorkOffline };
    enum class Occasion { FirstStart, Connect };

    // `changes` checks a pasted key with the service before the dialog accepts it.
    explicit FirstRunDialog(ProfileChanges* changes, QWidget* parent = nullptr);
    ~FirstRunDialog() override;

    // Connect unless told: the first start is the one time the dialog welcomes.
    void setOccasion(Occasion occasion);
    Occasion occasion() const { return m_occasion; }
    Choice choice() const { return m_choice; }
    // Opens on the account page with `profile`'s provider, name, addresses and ids, to give it a
    // (new) key. The provider stays the profile's.
    void editProfile(const Profile& profile);
    // For UseAccount: the profile to save (a fresh id) and the pasted key, taken once.
    Profile profile() const;
    SecretBuffer takeKey();

private:
    void choose(Choice choice);
    void explainProvider(bool paperspace);
    void validateAccount();
    // Connect: the key is checked with one read; the dialog closes only when the service accepts it.
    void checkAccount();
    void setChecking(bool checking);

    ProfileChanges* m_changes = nullptr;
    int m_check = 0; // the key check in flight; an answer to an older one is ignored
    Choice m_choice = Choice::None;
    Occasion m_occasion = Occasion::Connect;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_explain = nullptr;
    QFormLayout* m_form = nullptr;
    ProfileFields* m_fields = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_connect = nullptr;
    QString m_profileId;
};

} // namespace podwarden
