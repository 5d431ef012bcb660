#pragma once

namespace podwarden::KeySettings {

// The user's rules for keys (File ▸ Preferences…), kept in the application's settings.
// A desktop notification 7 days and 1 day before a key expires (on by default).
bool remindBeforeExpiry();
void setRemindBeforeExpiry(bool on);
// New and edited keys with API write access must have an expiry (off by default).
bool requireExpiryForApiWrite();
void setRequireExpiryForApiWrite(bool on);

} // namespace podwarden::KeySettings
