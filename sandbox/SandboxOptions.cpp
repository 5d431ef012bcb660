#include "SandboxOptions.h"

#include <QCommandLineParser>

namespace podwarden::sandbox {

QString SeedSpec::text() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Demo:
        return QStringLiteral("demo");
    case Kind::Large:
        return QStringLiteral("large:") + QString::number(count);
    }
    return {};
}

std::optional<SeedSpec> SandboxOptions::parseSeed(const QString& text)
{
    if (text == QLatin1String("demo"))
        return SeedSpec{SeedSpec::Kind::Demo, 0};
    if (text.startsWith(QLatin1String("large:"))) {
        bool ok = false;
        const int n = text.mid(6).toInt(&ok);
        if (ok && n >= 1 && n <= 10'000'000)
            return SeedSpec{SeedSpec::Kind::Large, n};
    }
    return std::nullopt;
}

static std::optional<int> parseInt(const QCommandLineParser& p, const QString& name, int min, int max, QString* error)
{
    bool ok = false;
    const int v = p.value(name).toInt(&ok);
    if (!ok || v < min || v > max) {
        *error = QStringLiteral("--%1 must be a whole number from %2 to %3, not \"%4\"")
                     .arg(name)
                     .arg(min)
                     .arg(max)
                     .arg(p.value(name));
        return std::nullopt;
    }
    return v;
}

std::optional<SandboxOptions> SandboxOptions::parse(const QStringList& arguments, QString* error, QString* exitMessage)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("podwarden-sandbox: a local implementation of the cloud API that Podwarden speaks.\n"
                       "It listens on 127.0.0.1 only and prints one JSON line when it is ready."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), QStringLiteral("Show the version."));
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("Data directory (created if missing)."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Management port (0: a free port)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption invokePort(
        QStringLiteral("invoke-port"),
        QStringLiteral("Invocation port (0: a free port; omitted: the management port serves both)."),
        QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed an empty data directory: demo, or large:N (N keys)."),
                                  QStringLiteral("SPEC"));
    const QCommandLineOption adminKeyFile(
        QStringLiteral("admin-key-file"),
        QStringLiteral("Where to write the account's admin key (mode 0600). Default: DIR/admin-key."),
        QStringLiteral("PATH"));
    const QCommandLineOption rateLimit(QStringLiteral("rate-limit"),
                                       QStringLiteral("Requests per minute per key (default 600)."),
                                       QStringLiteral("N"), QStringLiteral("600"));
    const QCommandLineOption rateWindow(
        QStringLiteral("rate-window"),
        QStringLiteral("Length in seconds of the window --rate-limit counts in (default 60; another length names "
                       "it \"window\" in the RateLimit headers)."),
        QStringLiteral("SECONDS"), QStringLiteral("60"));
    const QCommandLineOption rateLimitHour(QStringLiteral("rate-limit-hour"),
                                           QStringLiteral("Requests per hour per key (default 36000)."),
                                           QStringLiteral("N"), QStringLiteral("36000"));
    const QCommandLineOption rateLimitDay(QStringLiteral("rate-limit-day"),
                                          QStringLiteral("Requests per day per key (default 864000)."),
                                          QStringLiteral("N"), QStringLiteral("864000"));
    const QCommandLineOption authFailureLimit(
        QStringLiteral("auth-failure-limit"),
        QStringLiteral("Failed authentications (401) one client may have within --auth-failure-window before "
                       "every request of it is answered 429 for that long (default 100; 0: no limit)."),
        QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption authFailureWindow(
        QStringLiteral("auth-failure-window"),
        QStringLiteral("Seconds that --auth-failure-limit counts in, and that a client over it waits (default 10)."),
        QStringLiteral("SECONDS"), QStringLiteral("10"));
    const QCommandLineOption officialOnly(
        QStringLiteral("official-only"),
        QStringLiteral("Serve only the cloud's published routes: the [ext] routes (/v2/account/api-keys, "
                       "/v2/account/events) answer 404, and endpoints carry no templateId, as on the real "
                       "cloud today."));
    const QCommandLineOption jobDelay(QStringLiteral("job-delay"),
                                      QStringLiteral("Milliseconds a job waits in the queue (default 300)."),
                                      QStringLiteral("MS"), QStringLiteral("300"));
    const QCommandLineOption rolloutStep(
        QStringLiteral("rollout-step-ms"),
        QStringLiteral("Milliseconds between two worker replacements of a rolling update (default 3000; 0: all "
                       "at once)."),
        QStringLiteral("MS"), QStringLiteral("3000"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"), QStringLiteral("PEM certificate: serve HTTPS."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"), QStringLiteral("PEM private key for --tls-cert."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption provider(
        QStringList{QStringLiteral("provider")},
        QStringLiteral("Which cloud's API to serve: runpod (default; /v2/...) or paperspace (/v1/... and each "
                       "deployment's endpoint at /deployments/<id>/endpoint/..., SERVICE.md section 8)."),
        QStringLiteral("NAME"), QStringLiteral("runpod"));
    p.addOptions({help, version, data, port, invokePort, seed, adminKeyFile, rateLimit, rateWindow, rateLimitHour,
                  rateLimitDay, authFailureLimit, authFailureWindow, officialOnly, jobDelay, rolloutStep, tlsCert,
                  tlsKey, provider});

    if (!p.parse(arguments)) {
        *error = p.errorText();
        return std::nullopt;
    }
    if (p.isSet(help)) {
        *exitMessage = p.helpText();
        return std::nullopt;
    }
    if (p.isSet(version)) {
        *exitMessage = QStringLiteral("podwarden-sandbox " PODWARDEN_VERSION "\n");
        return std::nullopt;
    }
    if (!p.positionalArguments().isEmpty()) {
        *error = QStringLiteral("unexpected argument \"%1\"").arg(p.positionalArguments().constFirst());
        return std::nullopt;
    }

    SandboxOptions o;
    o.dataDir = p.value(data);
    if (o.dataDir.isEmpty()) {
        *error = QStringLiteral("--data DIR is required");
        return std::nullopt;
    }
    const auto mgmt = parseInt(p, QStringLiteral("port"), 0, 65535, error);
    if (!mgmt)
        return std::nullopt;
    o.port = static_cast<quint16>(*mgmt);
    if (p.isSet(invokePort)) {
        const auto inv = parseInt(p, QStringLiteral("invoke-port"), 0, 65535, error);
        if (!inv)
            return std::nullopt;
        o.invokePort = static_cast<quint16>(*inv);
    }
    if (p.isSet(seed)) {
        const auto spec = parseSeed(p.value(seed));
        if (!spec) {
            *error =
                QStringLiteral("--seed must be demo or large:N (N from 1 to 10000000), not \"%1\"").arg(p.value(seed));
            return std::nullopt;
        }
        o.seed = *spec;
    }
    o.adminKeyFile = p.value(adminKeyFile);
    const auto limit = parseInt(p, QStringLiteral("rate-limit"), 1, 1'000'000, error);
    const auto window = limit ? parseInt(p, QStringLiteral("rate-window"), 1, 3600, error) : std::nullopt;
    const auto perHour =
        window ? parseInt(p, QStringLiteral("rate-limit-hour"), 1, 1'000'000'000, error) : std::nullopt;
    const auto perDay = perHour ? parseInt(p, QStringLiteral("rate-limit-day"), 1, 1'000'000'000, error) : std::nullopt;
    const auto delay = perDay ? parseInt(p, QStringLiteral("job-delay"), 0, 600'000, error) : std::nullopt;
    const auto failures = delay ? parseInt(p, QStringLiteral("auth-failure-limit"), 0, 1'000'000, error) : std::nullopt;
    const auto failureWindow =
        failures ? parseInt(p, QStringLiteral("auth-failure-window"), 1, 86400, error) : std::nullopt;
    const auto step =
        failureWindow ? parseInt(p, QStringLiteral("rollout-step-ms"), 0, 86'400'000, error) : std::nullopt;
    if (!step)
        return std::nullopt;
    o.rolloutStepMs = *step;
    o.authFailureLimit = *failures;
    o.authFailureWindowSeconds = *failureWindow;
    o.rateLimit = *limit;
    o.rateWindowSeconds = *window;
    o.rateLimitHour = *perHour;
    o.rateLimitDay = *perDay;
    o.officialOnly = p.isSet(officialOnly);
    o.jobDelayMs = *delay;
    o.tlsCert = p.value(tlsCert);
    o.tlsKey = p.value(tlsKey);
    const QString providerName = p.value(provider);
    if (providerName != QLatin1String("runpod") && providerName != QLatin1String("paperspace")) {
        *error = QStringLiteral("--provider must be runpod or paperspace, not \"%1\"").arg(providerName);
        return std::nullopt;
    }
    o.paperspace = providerName == QLatin1String("paperspace");
    if (o.paperspace && (o.officialOnly || o.invokePort)) {
        *error = QStringLiteral("--official-only and --invoke-port are Runpod options; --provider paperspace serves "
                                "one port");
        return std::nullopt;
    }
    if (o.tlsCert.isEmpty() != o.tlsKey.isEmpty()) {
        *error = QStringLiteral("--tls-cert and --tls-key go together");
        return std::nullopt;
    }
    return o;
}

} // namespace podwarden::sandbox
