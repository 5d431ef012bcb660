#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace podwarden {

// A container's start command in exec form, as the September 2026 contract defines `args`,
// `entrypoint` and `cmd` (BaseContainerConfig). `args` is the stored form and takes two shapes:
// a bare shell string, which is CMD split into words (what the console's "Container start
// command" field writes), or a JSON object {"entrypoint":[...],"cmd":[...]} that sets either or
// both. An empty entrypoint means the image's own.
//
//   auto command = ContainerCommand::fromArgs(R"(python -u "my app.py")");  // cmd: python, -u, my app.py
//   command->entrypoint = {"/bin/bash", "-c"};
//   command->toArgs();  // {"entrypoint":["/bin/bash","-c"],"cmd":["python","-u","my app.py"]}
struct ContainerCommand
{
    QStringList entrypoint;
    QStringList cmd;

    bool isEmpty() const { return entrypoint.isEmpty() && cmd.isEmpty(); }
    bool operator==(const ContainerCommand& o) const { return entrypoint == o.entrypoint && cmd == o.cmd; }
    bool operator!=(const ContainerCommand& o) const { return !(*this == o); }

    // Reads `args` in either shape. nullopt, with `error` set to an English reason, when a quote
    // is not closed or the object has another shape.
    static std::optional<ContainerCommand> fromArgs(const QString& args, QString* error = nullptr);
    // The stored form: "" when empty, otherwise the JSON object with the non-empty parts.
    QString toArgs() const;
};

// POSIX shell word splitting without expansions: blanks separate words, '...' is literal,
// "..." allows \" \\ \$ \` escapes, and a backslash outside quotes escapes the next character.
// nullopt when a quote is left open or the text ends in a lone backslash.
std::optional<QStringList> splitShellWords(const QString& text, QString* error = nullptr);
// The inverse for display: words joined by spaces, each quoted only when it needs it.
QString joinShellWords(const QStringList& words);

} // namespace podwarden
