#pragma once

#include "account/Profile.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace podwarden {

class ProfileChanges;

// File ▸ Profiles…: the profiles on this computer, with Add, Edit, Remove and Switch To. Changes go
// through ProfileChanges (a new key is checked with the service before it is saved; removing a
// profile removes its keyring entry, saved copy and drafts). Opening a profile is the caller's:
// the dialog asks for it with openProfileRequested(). The open profile cannot be removed.
class ProfilesDialog final : public QDialog
{
    Q_OBJECT
public:
    // `openProfileId`: the profile the window shows now (may be empty).
    ProfilesDialog(ProfileChanges* changes, const QString& openProfileId, QWidget* parent = nullptr);

signals:
    // Switch to `profile`, or open it again because it was edited while open.
    void openProfileRequested(const podwarden::Profile& profile);

private:
    void reload(const QString& selectId);
    void updateButtons();
    QString selectedId() const;
    void addProfile();
    void editProfile();
    void removeProfile();
    void switchToProfile();

    ProfileChanges* m_changes;
    QString m_openId;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_switch = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace podwarden
