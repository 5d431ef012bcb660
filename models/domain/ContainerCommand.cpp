#include "ContainerCommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace podwarden {

namespace {

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

void setError(QString* error, const QString& text)
{
    if (error)
        *error = text;
}

std::optional<QStringList> readWords(const QJsonObject& object, const QString& key, QString* error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return QStringList();
    if (!value.isArray()) {
        setError(error, QStringLiteral("\"%1\" in args must be an array of strings").arg(key));
        return std::nullopt;
    }
    QStringList words;
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isString()) {
            setError(error, QStringLiteral("\"%1\" in args must be an array of strings").arg(key));
            return std::nullopt;
        }
        words.append(item.toString());
    }
    return words;
}

QByteArray wordsJson(const QStringList& words)
{
    return QJsonDocument(QJsonArray::fromStringList(words)).toJson(QJsonDocument::Compact);
}

} // namespace

std::optional<QStringList> splitShellWords(const QString& text, QString* error)
{
    QStringList words;
    QString word;
    bool inWord = false;
    enum class Quote { None, Single, Double } quote = Quote::None;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (quote) {
        case Quote::Single:
            if (c == QLatin1Char('\''))
                quote = Quote::None;
            else
                word.append(c);
            continue;
        case Quote::Double:
            if (c == QLatin1Char('"')) {
                quote = Quote::None;
            } else if (c == QLatin1Char('\\') && i + 1 < text.size() &&
                       QStringLiteral("\"\\$`").contains(text.at(i + 1))) {
                word.append(text.at(++i));
            } else {
                word.append(c);
            }
            continue;
        case Quote::None:
            break;
        }
        if (isBlank(c)) {
            if (inWord)
                words.append(word);
            word.clear();
            inWord = false;
        } else if (c == QLatin1Char('\'')) {
            quote = Quote::Single;
            inWord = true;
        } else if (c == QLatin1Char('"')) {
            quote = Quote::Double;
            inWord = true;
        } else if (c == QLatin1Char('\\')) {
            if (i + 1 >= text.size()) {
                setError(error, QStringLiteral("the command ends in a lone backslash"));
                return std::nullopt;
            }
            word.append(text.at(++i));
            inWord = true;
        } else {
            word.append(c);
            inWord = true;
        }
    }
    if (quote != Quote::None) {
        setError(error, quote == Quote::Single ? QStringLiteral("a single quote (') is not closed")
                                               : QStringLiteral("a double quote (\") is not closed"));
        return std::nullopt;
    }
    if (inWord)
        words.append(word);
    return words;
}

QString joinShellWords(const QStringList& words)
{
    static const QString plain =
        QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=:,+@%");
    QStringList out;
    out.reserve(words.size());
    for (const QString& word : words) {
        bool safe = !word.isEmpty();
        for (const QChar c : word) {
            if (!plain.contains(c)) {
                safe = false;
                break;
            }
        }
        if (safe) {
            out.append(word);
        } else {
            QString quoted = word;
            quoted.replace(QLatin1String("'"), QLatin1String("'\\''"));
            out.append(QLatin1Char('\'') + quoted + QLatin1Char('\''));
        }
    }
    return out.join(QLatin1Char(' '));
}

std::optional<ContainerCommand> ContainerCommand::fromArgs(const QString& args, QString* error)
{
    const QString trimmed = args.trimmed();
    if (trimmed.isEmpty())
        return ContainerCommand{};
    if (trimmed.startsWith(QLatin1Char('{'))) {
        QJsonParseError parse{};
        const QJsonDocument document = QJsonDocument::fromJson(trimmed.toUtf8(), &parse);
        if (parse.error != QJsonParseError::NoError || !document.isObject()) {
            setError(error, QStringLiteral("args starts with { but is not a JSON object"));
            return std::nullopt;
        }
        const QJsonObject object = document.object();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.key() != QLatin1String("entrypoint") && it.key() != QLatin1String("cmd")) {
                setError(error,
                         QStringLiteral("args may only hold \"entrypoint\" and \"cmd\", not \"%1\"").arg(it.key()));
                return std::nullopt;
            }
        }
        auto entrypoint = readWords(object, QStringLiteral("entrypoint"), error);
        auto cmd = entrypoint ? readWords(object, QStringLiteral("cmd"), error) : std::nullopt;
        if (!entrypoint || !cmd)
            return std::nullopt;
        return ContainerCommand{std::move(*entrypoint), std::move(*cmd)};
    }
    auto words = splitShellWords(args, error);
    if (!words)
        return std::nullopt;
    return ContainerCommand{{}, std::move(*words)};
}

QString ContainerCommand::toArgs() const
{
    if (isEmpty())
        return {};
    // Written by hand to keep the document's order: entrypoint first.
    QByteArray out("{");
    if (!entrypoint.isEmpty())
        out.append("\"entrypoint\":").append(wordsJson(entrypoint));
    if (!cmd.isEmpty()) {
        if (!entrypoint.isEmpty())
            out.append(',');
        out.append("\"cmd\":").append(wordsJson(cmd));
    }
    out.append('}');
    return QString::fromUtf8(out);
}

} // namespace podwarden
