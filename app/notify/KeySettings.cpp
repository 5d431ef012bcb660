#include "KeySettings.h"

#include <QSettings>

namespace podwarden::KeySettings {

namespace {
const QString kRemind = QStringLiteral("keys/remindBeforeExpiry");
const QString kRequire = QStringLiteral("keys/requireExpiryForApiWrite");
} // namespace

bool remindBeforeExpiry()
{
    return QSettings().value(kRemind, true).toBool();
}

void setRemindBeforeExpiry(bool on)
{
    QSettings().setValue(kRemind, on);
}

bool requireExpiryForApiWrite()
{
    return QSettings().value(kRequire, false).toBool();
}

void setRequireExpiryForApiWrite(bool on)
{
    QSettings().setValue(kRequire, on);
}

} // namespace podwarden::KeySettings
