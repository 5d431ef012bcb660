#pragma once

#include "ApiKey.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>

namespace podwarden {

// Sends a desktop notification through the freedesktop.org Notifications service on the session
// bus (what GNOME, KDE and the other Linux desktops show). Asynchronous: a desktop without the
// service drops it, and sent() says false.
class DesktopNotifications final : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    void send(const QString& summary, const QString& body);

signals:
    void sent(bool delivered);
};

// Reminders before keys expire (issue 20, item 2): a notification when a key has 7 days left and
// another when it has 1 day left, once each. What was sent is remembered in the settings, per
// profile and per key expiry, so a restart does not repeat it and a new expiry starts over.
class ExpiryReminders final
{
    Q_DECLARE_TR_FUNCTIONS(ExpiryReminders)
public:
    static constexpr int kFirstDays = 7;
    static constexpr int kLastDays = 1;

    struct Due
    {
        QString keyId;
        QString keyName;
        QDateTime expiresAt;
        int days = 0; // kFirstDays or kLastDays
    };
    // The keys due a reminder now: enabled, not yet expired, within a threshold, and not yet
    // reminded at that threshold for this expiry (`profileId` keys what was sent).
    static QList<Due> due(const QString& profileId, const QList<ApiKey>& keys, const QDateTime& now);
    // Sends what is due (one notification per threshold, naming the keys) and remembers it.
    // Returns what was sent.
    static QList<Due> remind(const QString& profileId, const QList<ApiKey>& keys, const QDateTime& now,
                             DesktopNotifications* notifications);
};

} // namespace podwarden
