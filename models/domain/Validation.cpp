#include "Validation.h"

#include "ContainerCommand.h"

#include <QRegularExpression>

#include "SecretReference.h"

namespace podwarden {

namespace {

bool isNameStart(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           c == QLatin1Char('_');
}

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

ValidationIssue issue(ValidationIssue::Code code, const QString& message, int row = -1)
{
    return ValidationIssue{code, message, row, {}};
}

QString quoted(QChar c)
{
    return c.isPrint() ? QString(c) : QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
}

// Why `character` (one code point: one QChar, or a surrogate pair) cannot be in a secret name. A
// character nobody can see between quotation marks, a space above all, is named in words.
QString secretNameCharacterMessage(const QString& character)
{
    const char32_t c = character.size() == 2 ? QChar::surrogateToUcs4(character.at(0), character.at(1))
                                             : char32_t(character.at(0).unicode());
    const QString code = QString::number(quint32(c), 16).toUpper().rightJustified(4, QLatin1Char('0'));
    QString what;
    if (c == U' ')
        what = Validation::tr("A space is not allowed in a secret name.");
    else if (c == U'\t')
        what = Validation::tr("A tab is not allowed in a secret name.");
    else if (c == U'\n' || c == U'\r' || c == 0x2028 || c == 0x2029)
        what = Validation::tr("A line break is not allowed in a secret name.");
    else if (c == 0x00a0 || c == 0x2007 || c == 0x202f)
        what = Validation::tr("A non-breaking space is not allowed in a secret name.");
    else if (QChar::isSpace(c))
        what = Validation::tr("A space character (U+%1) is not allowed in a secret name.").arg(code);
    else if (!QChar::isPrint(c))
        what = Validation::tr("An invisible character (U+%1) is not allowed in a secret name.").arg(code);
    else
        what = Validation::tr("“%1” is not allowed in a secret name.").arg(character);
    return what + QLatin1Char(' ') + Validation::tr("Use letters, digits, underscores, dots, hyphens and slashes.");
}

} // namespace

std::optional<ValidationIssue> Validation::secretName(const QString& name, const QSet<QString>& taken)
{
    using C = ValidationIssue::Code;
    if (name.isEmpty())
        return issue(C::Empty, tr("Enter a name for the secret."));
    if (name.size() > kSecretNameMaxLength) {
        return issue(C::TooLong, tr("A secret name can have at most %1 characters; this one has %2.")
                                     .arg(kSecretNameMaxLength)
                                     .arg(name.size()));
    }
    if (!isNameStart(name.front()))
        return issue(C::InvalidStart, tr("A secret name must start with a letter or an underscore."));
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (isNameStart(c) || isDigit(c) || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('/'))
            continue;
        const bool pair = c.isHighSurrogate() && i + 1 < name.size() && name.at(i + 1).isLowSurrogate();
        return issue(C::InvalidCharacter, secretNameCharacterMessage(name.mid(i, pair ? 2 : 1)));
    }
    if (name.startsWith(QLatin1String("RUNPOD"), Qt::CaseInsensitive))
        return issue(C::ReservedPrefix, tr("Secret names must not begin with “RUNPOD”; that prefix is reserved."));
    if (taken.contains(name))
        return issue(C::Taken, tr("A secret named “%1” already exists. Choose another name.").arg(name));
    return std::nullopt;
}

std::optional<ValidationIssue> Validation::secretValueSize(qsizetype bytes)
{
    using C = ValidationIssue::Code;
    if (bytes <= 0)
        return issue(C::Empty, tr("Enter a value for the secret."));
    if (bytes > kSecretValueMaxBytes)
        return issue(C::TooLarge, tr("A secret value must be smaller than 16 MiB."));
    return std::nullopt;
}

std::optional<ValidationIssue> Validation::secretDescription(const QString& description)
{
    const qsizetype bytes = description.toUtf8().size();
    if (bytes > kSecretDescriptionMaxBytes) {
        return issue(ValidationIssue::Code::TooLong, tr("A description can be at most %1 bytes long; this one has %2.")
                                                         .arg(kSecretDescriptionMaxBytes)
                                                         .arg(bytes));
    }
    return std::nullopt;
}

std::optional<ValidationIssue> Validation::envKey(const QString& key)
{
    using C = ValidationIssue::Code;
    if (key.isEmpty())
        return issue(C::Empty, tr("Enter a name for the variable."));
    if (!isNameStart(key.front()))
        return issue(C::InvalidStart, tr("A variable name must start with a letter or an underscore."));
    for (QChar c : key) {
        if (!isNameStart(c) && !isDigit(c)) {
            return issue(
                C::InvalidCharacter,
                tr("“%1” is not allowed in a variable name. Use letters, digits and underscores.").arg(quoted(c)));
        }
    }
    return std::nullopt;
}

std::optional<ValidationIssue> Validation::envCount(qsizetype count)
{
    if (count > kEnvMaxVariables) {
        return issue(ValidationIssue::Code::TooMany,
                     tr("A template can have at most %1 environment variables; this one has %2.")
                         .arg(kEnvMaxVariables)
                         .arg(count));
    }
    return std::nullopt;
}

std::optional<ValidationIssue> Validation::apiKeyName(const QString& name)
{
    using C = ValidationIssue::Code;
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return issue(C::Empty, tr("Enter a name for the key."));
    if (name.size() > kApiKeyNameMaxLength)
        return issue(C::TooLong, tr("A key name can have at most %1 characters.").arg(kApiKeyNameMaxLength));
    for (QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return issue(C::InvalidCharacter, tr("A key name cannot contain control characters."));
    }
    return std::nullopt;
}

QList<ValidationIssue> Validation::env(const EnvList& env, const std::optional<QSet<QString>>& knownSecrets)
{
    QList<ValidationIssue> issues;
    QSet<QString> seen;
    for (qsizetype row = 0; row < env.size(); ++row) {
        const EnvVar& var = env.at(row);
        if (auto bad = envKey(var.key)) {
            bad->row = static_cast<int>(row);
            issues.append(*bad);
        } else if (seen.contains(var.key)) {
            issues.append(issue(ValidationIssue::Code::Duplicate,
                                tr("“%1” is set more than once; keep one.").arg(var.key), static_cast<int>(row)));
        }
        seen.insert(var.key);
        if (knownSecrets) {
            for (const SecretReference& ref : SecretReference::parseAll(var.value)) {
                if (!knownSecrets->contains(ref.name)) {
                    issues.append(issue(ValidationIssue::Code::UnknownSecret,
                                        tr("There is no secret named “%1”; pods booted from this template would "
                                           "fail.")
                                            .arg(ref.name),
                                        static_cast<int>(row)));
                }
            }
        }
    }
    if (auto tooMany = envCount(env.size()))
        issues.append(*tooMany);
    return issues;
}

QList<ValidationIssue> Validation::templateFields(const Template& t)
{
    using C = ValidationIssue::Code;
    QList<ValidationIssue> issues;
    const auto add = [&issues](C code, const QString& field, const QString& message) {
        ValidationIssue i = issue(code, message);
        i.field = field;
        issues.append(i);
    };
    if (t.name.trimmed().isEmpty())
        add(C::Empty, QStringLiteral("name"), tr("Enter a name for the template."));
    if (t.image.trimmed().isEmpty())
        add(C::Empty, QStringLiteral("image"), tr("Enter the container image, such as runpod/pytorch:2.4.0."));
    else if (t.image.contains(QLatin1Char(' ')))
        add(C::InvalidCharacter, QStringLiteral("image"), tr("An image reference cannot contain spaces."));
    if (!ContainerCommand::fromArgs(t.args)) {
        add(C::Invalid, QStringLiteral("args"),
            t.args.trimmed().startsWith(QLatin1Char('{'))
                ? tr("A start command that begins with { must be the exec form "
                     "{\"entrypoint\": [...], \"cmd\": [...]} with lists of strings.")
                : tr("The start command has a quote that is not closed, or ends in a lone backslash."));
    }
    if (t.diskGb < 1)
        add(C::Invalid, QStringLiteral("disk"), tr("The container disk must be at least 1 GB."));

    QSet<QString> ports;
    for (const QString& port : t.ports) {
        const QStringList parts = port.split(QLatin1Char('/'));
        bool number = false;
        const int value = parts.value(0).toInt(&number);
        const QString protocol = parts.value(1);
        if (parts.size() != 2 || !number || value < 1 || value > 65535 ||
            (protocol != QLatin1String("http") && protocol != QLatin1String("tcp"))) {
            add(C::Invalid, QStringLiteral("ports"),
                tr("“%1” is not a port. Write each as number/protocol, such as 8888/http or 22/tcp.").arg(port));
        } else if (ports.contains(port)) {
            add(C::Duplicate, QStringLiteral("ports"), tr("The port %1 is listed twice.").arg(port));
        }
        ports.insert(port);
    }

    if (t.persistentMount) {
        if (t.persistentMount->sizeGb < 10)
            add(C::Invalid, QStringLiteral("mounts"), tr("A persistent volume must be at least 10 GB."));
        if (!t.persistentMount->path.startsWith(QLatin1Char('/')))
            add(C::Invalid, QStringLiteral("mounts"),
                tr("The volume's mount path must be absolute, such as /workspace."));
    }
    static const QRegularExpression cuda(QStringLiteral("^\\d+\\.\\d+$"));
    for (const QString& version : t.allowedCudaVersions) {
        if (!cuda.match(version).hasMatch())
            add(C::Invalid, QStringLiteral("allowedCudaVersions"),
                tr("“%1” is not a CUDA version. Write major.minor, such as 12.4.").arg(version));
    }
    return issues;
}

} // namespace podwarden
