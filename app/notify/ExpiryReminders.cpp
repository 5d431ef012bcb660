#include "ExpiryReminders.h"

#include "RelativeTime.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLocale>
#include <QSettings>
#include <QVariantMap>

namespace podwarden {

namespace {

// settings: expiryReminders/<profile>/<key> = "<expiresAt ms>:<smallest threshold sent>"
QString settingsKey(const QString& profileId, const QString& keyId)
{
    return QStringLiteral("expiryReminders/%1/%2").arg(profileId, keyId);
}

// The smallest threshold already sent for this expiry; 0 when none.
int sentFor(const QSettings& settings, const QString& profileId, const ApiKey& key)
{
    const QStringList parts = settings.value(settingsKey(profileId, key.id)).toString().split(QLatin1Char(':'));
    if (parts.size() != 2 || parts.at(0).toLongLong() != key.expiresAt->toMSecsSinceEpoch())
        return 0; // never sent, or for an expiry since changed
    return parts.at(1).toInt();
}

} // namespace

void DesktopNotifications::send(const QString& summary, const QString& body)
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
    call << QStringLiteral("Podwarden") << uint(0) << QStringLiteral("podwarden") << summary << body << QStringList()
         << QVariantMap{{QStringLiteral("urgency"), QVariant::fromValue(uchar(1))}} << int(-1);
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        emit sent(false);
        return;
    }
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
        emit sent(!watcher->isError());
        watcher->deleteLater();
    });
}

QList<ExpiryReminders::Due> ExpiryReminders::due(const QString& profileId, const QList<ApiKey>& keys,
                                                 const QDateTime& now)
{
    const QSettings settings;
    QList<Due> out;
    for (const ApiKey& key : keys) {
        if (!key.enabled || !key.expiresAt || *key.expiresAt <= now)
            continue;
        const qint64 left = now.secsTo(*key.expiresAt);
        const int threshold = left <= qint64(kLastDays) * 86400    ? kLastDays
                              : left <= qint64(kFirstDays) * 86400 ? kFirstDays
                                                                   : 0;
        if (threshold == 0)
            continue;
        const int sent = sentFor(settings, profileId, key);
        if (sent != 0 && sent <= threshold)
            continue;
        out.append({key.id, key.name, *key.expiresAt, threshold});
    }
    return out;
}

QList<ExpiryReminders::Due> ExpiryReminders::remind(const QString& profileId, const QList<ApiKey>& keys,
                                                    const QDateTime& now, DesktopNotifications* notifications)
{
    const QList<Due> due = ExpiryReminders::due(profileId, keys, now);
    for (int days : {kLastDays, kFirstDays}) {
        QStringList lines;
        for (const Due& d : due) {
            if (d.days == days)
                lines << tr("%1: %2").arg(d.keyName, exactTime(d.expiresAt));
        }
        if (lines.isEmpty())
            continue;
        const int n = int(lines.size());
        const QString summary = days == kLastDays ? tr("%n API key(s) expire within a day", nullptr, n)
                                                  : tr("%n API key(s) expire within %1 days", nullptr, n).arg(days);
        if (n > 8) {
            lines = lines.mid(0, 8);
            lines << tr("… and %n more", nullptr, n - 8);
        }
        lines << tr("Roll them, or give them a later expiry, in Podwarden.");
        if (notifications)
            notifications->send(summary, lines.join(QLatin1Char('\n')));
    }
    QSettings settings;
    for (const Due& d : due)
        settings.setValue(settingsKey(profileId, d.keyId),
                          QStringLiteral("%1:%2").arg(d.expiresAt.toMSecsSinceEpoch()).arg(d.days));
    return due;
}

} // namespace podwarden
