#pragma once

#include <QList>
#include <QString>

namespace podwarden {

// One environment variable of a template or endpoint. Kept as an ordered list, not a map, so the
// editor can show the user's order, duplicates and all, and flag them before anything is sent.
struct EnvVar
{
    QString key;
    QString value;
    bool operator==(const EnvVar& o) const { return key == o.key && value == o.value; }
    bool operator!=(const EnvVar& o) const { return !(*this == o); }
};

using EnvList = QList<EnvVar>;

} // namespace podwarden
