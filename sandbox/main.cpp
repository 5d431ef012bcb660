// podwarden-sandbox: a local, faithful implementation of the service Podwarden speaks
// (SERVICE.md). Prints one JSON "ready" line on stdout; logs go to stderr; SIGTERM stops it.
#include "SandboxOptions.h"
#include "SandboxServer.h"
#include "SandboxService.h"
#include "Seeder.h"
#include "paperspace/PaperspaceSeeder.h"
#include "paperspace/PaperspaceService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTranslator>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcMain, "podwarden.sandbox", QtInfoMsg)

using namespace podwarden::sandbox;

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[0], &c, 1);
}

// SIGTERM and SIGINT end the event loop from the main thread, so the database closes cleanly.
bool installSignalHandlers(QCoreApplication* app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return false;
    auto* notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [app, notifier] {
        notifier->setEnabled(false);
        char c = 0;
        [[maybe_unused]] const auto n = ::read(g_signalPipe[1], &c, 1);
        qCInfo(lcMain) << "stopping";
        app->quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &action, nullptr) == 0 && ::sigaction(SIGINT, &action, nullptr) == 0;
}

// Writes the admin key with owner-only permissions from the first byte on.
bool writeAdminKey(const QString& path, const QString& rawKey, QString* error)
{
    QFile::remove(path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = QStringLiteral("cannot create %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.write(rawKey.toLatin1() + '\n') < 0 || !file.flush()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

// Qt's network categories may log what passes through a socket at debug level. Those categories
// stay off whatever QT_LOGGING_RULES says; our own categories never log a key.
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

void filterCategories(QLoggingCategory* category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0 ||
        qstrncmp(category->categoryName(), "qt.network", 10) == 0) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}

int fail(const QString& message)
{
    std::fprintf(stderr, "podwarden-sandbox: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char* argv[])
{
    // Whatever the sandbox writes (database, its -wal and -shm, key files) is its owner's alone.
    ::umask(077);
    g_previousFilter = QLoggingCategory::installFilter(filterCategories);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("podwarden-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PODWARDEN_VERSION));
    // The service speaks English; the catalogue gives the words it shares with the client their
    // plural forms ("3 endpoints", not "3 endpoint(s)") in what it records, such as events.
    QTranslator english;
    if (english.load(QStringLiteral(":/i18n/podwarden_en.qm")))
        QCoreApplication::installTranslator(&english);

    QString error;
    QString exitMessage;
    const auto options = SandboxOptions::parse(QCoreApplication::arguments(), &error, &exitMessage);
    if (!options) {
        if (!exitMessage.isEmpty()) {
            std::fputs(qPrintable(exitMessage), stdout);
            return 0;
        }
        return fail(error + QStringLiteral("\nTry --help."));
    }
    if (!installSignalHandlers(&app))
        return fail(QStringLiteral("cannot install the signal handlers"));

    SandboxService::Config config;
    config.rateLimit = options->rateLimit;
    config.rateWindowSeconds = options->rateWindowSeconds;
    config.rateLimitHour = options->rateLimitHour;
    config.rateLimitDay = options->rateLimitDay;
    config.officialOnly = options->officialOnly;
    config.jobDelayMs = options->jobDelayMs;
    config.authFailureLimit = options->authFailureLimit;
    config.authFailureWindowSeconds = options->authFailureWindowSeconds;
    config.rolloutStepMs = options->rolloutStepMs;
    config.paperspace = options->paperspace;
    auto service = SandboxService::open(options->dataDir, config, &error);
    if (!service)
        return fail(error);
    Store& store = service->store();
    // Paperspace mode counts its /v1 requests against the same --rate-limit options as Runpod mode.
    if (PaperspaceService* paperspace = service->paperspace()) {
        paperspace->setRateLimit(RateLimiter::windows(options->rateLimit, options->rateWindowSeconds,
                                                      options->rateLimitHour, options->rateLimitDay));
    }

    const QString adminKeyFile = options->adminKeyFile.isEmpty()
                                     ? QDir(options->dataDir).filePath(QStringLiteral("admin-key"))
                                     : options->adminKeyFile;
    // An account is one provider's: the other's routes would show it half empty. Accounts from before
    // --provider have no mark and are Runpod's.
    const QString provider = options->paperspace ? QStringLiteral("paperspace") : QStringLiteral("runpod");
    const QString accountProvider = store.meta(QStringLiteral("provider"));
    if (!store.isEmpty() && (accountProvider.isEmpty() ? QStringLiteral("runpod") : accountProvider) != provider) {
        return fail(QStringLiteral("%1 holds a %2 account; start with --provider %2 or an empty data directory")
                        .arg(options->dataDir, accountProvider.isEmpty() ? QStringLiteral("runpod") : accountProvider));
    }
    QString adminKey;
    if (store.isEmpty()) {
        // One transaction: a kill during the first start leaves an empty account, seeded at the next
        // start, never a partly seeded one or one marked seeded.
        if (!store.transaction())
            return fail(QStringLiteral("cannot write to the account in %1; see the log above").arg(options->dataDir));
        adminKey = options->paperspace ? PaperspaceSeeder::seed(*service, options->seed)
                                       : Seeder::seed(*service, options->seed);
        store.setMeta(QStringLiteral("seed"), options->seed.text());
        if (options->paperspace)
            store.setMeta(QStringLiteral("provider"), provider);
        if (store.takeFailure() || !store.commit()) {
            store.rollback();
            return fail(QStringLiteral("cannot seed the account in %1; see the log above").arg(options->dataDir));
        }
    } else if (options->seed.kind != SeedSpec::Kind::None &&
               store.meta(QStringLiteral("seed")) != options->seed.text()) {
        return fail(QStringLiteral("--seed %1 needs an empty data directory; %2 already holds an account")
                        .arg(options->seed.text(), options->dataDir));
    } else if (!QFile::exists(adminKeyFile)) {
        // Only the hash of the old admin key is kept: issue a new one rather than strand the user.
        if (!store.transaction())
            return fail(QStringLiteral("cannot write to the account in %1; see the log above").arg(options->dataDir));
        const auto minted = service->mintKey(QStringLiteral("Sandbox admin (reissued)"), podwarden::AccessPolicy::all(),
                                             QStringLiteral("owner@sandbox.local"), QDateTime::currentDateTimeUtc());
        adminKey = minted.rawKey;
        service->record({minted.key.id, minted.key.name, minted.key.createdBy}, podwarden::AuditAction::Created,
                        podwarden::ResourceType::ApiKey, minted.key.id, minted.key.name, minted.key.createdAt,
                        QJsonObject{{QStringLiteral("access"), minted.key.policy.summary()},
                                    {QStringLiteral("reason"), QStringLiteral("admin key file missing at start")}});
        if (store.takeFailure() || !store.commit()) {
            store.rollback();
            return fail(QStringLiteral("cannot issue a new admin key in %1; see the log above").arg(options->dataDir));
        }
        qCInfo(lcMain) << "the admin key file was missing; issued a new admin key" << minted.key.id;
    }
    if (!adminKey.isEmpty()) {
        if (!writeAdminKey(adminKeyFile, adminKey, &error))
            return fail(error);
        qCInfo(lcMain).noquote() << "admin key written to" << adminKeyFile;
    }
    adminKey.fill(QLatin1Char('\0'));

    SandboxServer server(service.get());
    if (!server.start(options->port, options->invokePort, options->tlsCert, options->tlsKey, &error))
        return fail(error);
    service->setInvokeBase(server.invokeBase());
    if (PaperspaceService* paperspace = service->paperspace())
        paperspace->setBase(server.apiBase());

    // Field order as documented; QJsonObject would sort the keys. In Paperspace mode apiBase has no
    // /v1 (clients append /v1/...; deployment endpoints live beside it) and "provider" says so.
    const QByteArray provided = options->paperspace ? QByteArrayLiteral(R"(,"provider":"paperspace")") : QByteArray();
    const QByteArray ready = R"({"event":"ready","apiBase":")" + server.apiBase().toLatin1() + R"(","invokeBase":")" +
                             server.invokeBase().toLatin1() + "\"" + provided + "}\n";
    std::fputs(ready.constData(), stdout);
    std::fflush(stdout);

    const int rc = app.exec();
    qCInfo(lcMain) << "stopped";
    return rc;
}
