#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace podwarden::sandbox {

struct SeedSpec
{
    enum class Kind { None, Demo, Large };
    Kind kind = Kind::None;
    int count = 0; // for Large: the number of keys
    QString text() const;
};

// podwarden-sandbox's command line. Tests, the app's launcher and scripts rely on these names.
struct SandboxOptions
{
    QString dataDir;
    quint16 port = 0;
    std::optional<quint16> invokePort; // nullopt: the management port serves invocation too
    SeedSpec seed;
    QString adminKeyFile;
    int rateLimit = 600; // requests per window per key
    int rateWindowSeconds = 60;
    int rateLimitHour = 36000;
    int rateLimitDay = 864000;
    int authFailureLimit = 100; // failed authentications per client per window before 429; 0: off
    int authFailureWindowSeconds = 10;
    bool officialOnly = false; // [ext] routes answer 404, as the cloud does
    int jobDelayMs = 300;      // how long the echo worker leaves a job in the queue
    int rolloutStepMs = 3000;  // a rolling update replaces one stale worker this often
    QString tlsCert;
    QString tlsKey;
    bool paperspace = false; // --provider paperspace: SERVICE.md section 8 instead of the Runpod API

    // Parses `arguments` (argv, program name first). On failure returns nullopt and sets `error`;
    // --help and --version set `exitMessage` instead and also return nullopt.
    static std::optional<SandboxOptions> parse(const QStringList& arguments, QString* error, QString* exitMessage);
    static std::optional<SeedSpec> parseSeed(const QString& text);
};

} // namespace podwarden::sandbox
