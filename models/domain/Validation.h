#pragma once

#include "EnvVar.h"
#include "Template.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace podwarden {

// One failed rule: a code for programs and tests, a translated sentence for people.
struct ValidationIssue
{
    enum class Code {
        Empty,
        TooLong,
        TooLarge,
        InvalidStart,
        InvalidCharacter,
        ReservedPrefix,
        Taken,
        Duplicate,
        TooMany,
        UnknownSecret,
        Invalid,
    };
    Code code;
    QString message;
    int row = -1;  // for env lists: the offending row
    QString field; // for templates: the field's wire name ("image", "ports", "mounts", ...)
};

// The contract's input rules (SERVICE.md 5.1 and 5.2), shared by the client's dialogs and the
// sandbox so that both sides refuse exactly the same input.
class Validation final
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
public:
    static constexpr int kSecretNameMaxLength = 191;
    static constexpr qsizetype kSecretValueMaxBytes = 16 * 1024 * 1024 - 1; // "under 16 MiB"
    static constexpr qsizetype kSecretDescriptionMaxBytes = 65535;
    static constexpr int kEnvMaxVariables = 50;
    static constexpr int kApiKeyNameMaxLength = 64;

    static std::optional<ValidationIssue> secretName(const QString& name, const QSet<QString>& taken = {});
    static std::optional<ValidationIssue> secretValueSize(qsizetype bytes);
    static std::optional<ValidationIssue> secretDescription(const QString& description);
    static std::optional<ValidationIssue> envKey(const QString& key);
    static std::optional<ValidationIssue> envCount(qsizetype count);
    static std::optional<ValidationIssue> apiKeyName(const QString& name);

    // Every problem of an env list: bad keys, duplicate keys, too many variables, and, when
    // `knownSecrets` is given, references to secrets that do not exist.
    static QList<ValidationIssue> env(const EnvList& env, const std::optional<QSet<QString>>& knownSecrets = {});
    // The fields of a template other than env (OpenAPI Template / CreateTemplateRequest): a name
    // and an image, a start command that can be read as exec form (ContainerCommand), a disk of at least 1 GB, ports as
    // "port/http" or "port/tcp" without repeats, a persistent volume of at least 10 GB at an absolute path, CUDA
    // versions as major.minor.
    static QList<ValidationIssue> templateFields(const Template& t);
};

} // namespace podwarden
