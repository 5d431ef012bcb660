#pragma once

#include "EnvVar.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace podwarden {

// A `{{ RUNPOD_SECRET_<name> }}` reference inside an env value (SERVICE.md 5.1). Spaces inside the
// braces are optional. Positions are in UTF-16 code units of the value, for highlighting.
struct SecretReference
{
    QString name;
    qsizetype start = 0;     // index of the first '{'
    qsizetype length = 0;    // through the last '}'
    qsizetype nameStart = 0; // index of the first character of the name

    static QList<SecretReference> parseAll(const QString& value);
    static QString format(const QString& name); // "{{ RUNPOD_SECRET_name }}"
    // The distinct secret names referenced anywhere in `env`, in order of first appearance.
    static QStringList namesIn(const EnvList& env);

    bool operator==(const SecretReference& o) const
    {
        return name == o.name && start == o.start && length == o.length && nameStart == o.nameStart;
    }
};

} // namespace podwarden
