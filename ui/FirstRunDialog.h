#pragma once

#include "account/Profile.h"
#include "service/SecretBuffer.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QPushButton;

namespace podwarden {

// Shown when no profile exists (and from "Connect an account…"): use my account (paste a key),
// try the sandbox, or work offline. It collects and checks input; the caller connects.
class FirstRunDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { None, UseAccount, TrySandbox, WorkOffline };

    explicit FirstRunDialog(QWidget* parent = nullptr);
    ~FirstRunDialog() override;

    Choice choice() const { return m_choice; }
    // Opens on the account page with `profile`'s name and addresses, to give it a (new) key.
    void editProfile(const Profile& profile);
    // For UseAccount: the profile to save (a fresh id) and the pasted key, taken once.
    Profile profile() const;
    SecretBuffer takeKey();

private:
    void choose(Choice choice);
    void validateAccount();

    Choice m_choice = Choice::None;
    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_key = nullptr;
    QLineEdit* m_management = nullptr;
    QLineEdit* m_invocation = nullptr;
    QLineEdit* m_caFile = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_connect = nullptr;
    QString m_profileId;
};

} // namespace podwarden
