#pragma once

#include "Profile.h"

#include <QList>
#include <QSettings>
#include <optional>

namespace podwarden {

// The profiles in the application's settings (QSettings, group "profiles/<id>"), and which one
// is current. Holds metadata only; a key written here would be a plaintext credential, so the
// type has no place for one.
//
//   ProfileStore profiles;               // the default QSettings of the application
//   profiles.save(Profile::makeNew(tr("Personal")));
class ProfileStore final
{
public:
    ProfileStore();                                     // QSettings() of the application
    explicit ProfileStore(const QString& settingsFile); // an INI file (tests)

    QList<Profile> profiles() const; // sorted by name
    std::optional<Profile> profile(const QString& id) const;
    void save(const Profile& profile); // insert or replace by id
    void remove(const QString& id);

    QString currentId() const;
    void setCurrentId(const QString& id);
    std::optional<Profile> current() const;

    void sync();

private:
    mutable QSettings m_settings;
};

} // namespace podwarden
