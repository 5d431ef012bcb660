#include "SandboxService.h"

#include "BodySchema.h"
#include "JsonReader.h"
#include "RequestSchemas.h"
#include "paperspace/PaperspaceService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcService, "podwarden.sandbox.service", QtInfoMsg)

namespace podwarden::sandbox {

QString reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 409:
        return QStringLiteral("Conflict");
    case 411:
        return QStringLiteral("Length Required");
    case 413:
        return QStringLiteral("Payload Too Large");
    case 422:
        return QStringLiteral("Unprocessable Entity");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 431:
        return QStringLiteral("Request Header Fields Too Large");
    case 500:
        return QStringLiteral("Internal Server Error");
    }
    return QStringLiteral("Error");
}

HttpResponse HttpResponse::problem(int status, const QString& detail, const QStringList& errors)
{
    QJsonObject body{{QStringLiteral("title"), reasonPhrase(status)},
                     {QStringLiteral("status"), status},
                     {QStringLiteral("detail"), detail}};
    if (!errors.isEmpty())
        body.insert(QStringLiteral("errors"), toJsonArray(errors));
    HttpResponse r = json(status, body);
    r.contentType = QByteArrayLiteral("application/problem+json");
    return r;
}

HttpMethod methodFromString(const QString& method)
{
    if (method == QLatin1String("GET"))
        return HttpMethod::Get;
    if (method == QLatin1String("POST"))
        return HttpMethod::Post;
    if (method == QLatin1String("PATCH"))
        return HttpMethod::Patch;
    if (method == QLatin1String("DELETE"))
        return HttpMethod::Delete;
    return HttpMethod::Other;
}

static QString methodName(HttpMethod m)
{
    switch (m) {
    case HttpMethod::Get:
        return QStringLiteral("GET");
    case HttpMethod::Post:
        return QStringLiteral("POST");
    case HttpMethod::Patch:
        return QStringLiteral("PATCH");
    case HttpMethod::Delete:
        return QStringLiteral("DELETE");
    case HttpMethod::Other:
        break;
    }
    return QStringLiteral("OTHER");
}

std::unique_ptr<SandboxService> SandboxService::open(const QString& dataDir, const Config& config, QString* error)
{
    QDir dir(dataDir);
    if (!dir.exists() && !QDir().mkpath(dataDir)) {
        *error = QStringLiteral("cannot create the data directory %1").arg(dataDir);
        return nullptr;
    }
    // The database holds key hashes and encrypted values: keep the directory to its owner, also
    // when it was made beforehand.
    if (!QFile::setPermissions(dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
        *error = QStringLiteral("cannot make the data directory %1 private to its owner").arg(dataDir);
        return nullptr;
    }
    auto store = Store::open(dir.filePath(QStringLiteral("sandbox.db")), error);
    if (!store)
        return nullptr;
    const QString keyFile = dir.filePath(QStringLiteral("secrets.key"));
    const auto sample = store->anySecretBlob(); // a stored secret, if any, to try a key on
    const QFileInfo keyInfo(keyFile);
    const bool keyFileThere = keyInfo.exists() || keyInfo.isSymLink();
    if (!keyFileThere && sample) {
        // A new key would silently turn every stored value into noise.
        *error = QStringLiteral("%1 is missing but the account holds secrets encrypted with it; restore the file "
                                "or start with an empty data directory")
                     .arg(keyFile);
        return nullptr;
    }
    auto cipher = SecretCipher::openOrCreate(keyFile, error);
    if (!cipher)
        return nullptr;
    // The key must be the one the account's secrets were encrypted with: the database keeps a
    // check value of it (written now for a new key, or for an account from before the check, once
    // a stored secret has shown that the key is right).
    const QString check = store->meta(Store::kKeyCheckMeta);
    const bool keyMatches = keyFileThere && !check.isEmpty()
                                ? check.toLatin1() == cipher->checkValue()
                                : !sample || cipher->decrypt(sample->blob, sample->id.toLatin1()).has_value();
    if (!keyMatches) {
        *error = QStringLiteral("%1 is not the key of this account: the secrets in %2 were encrypted with another "
                                "one. Put the account's own secrets.key back, or start with an empty data directory")
                     .arg(keyFile, dir.filePath(QStringLiteral("sandbox.db")));
        return nullptr;
    }
    if (check.toLatin1() != cipher->checkValue()) {
        store->setMeta(Store::kKeyCheckMeta, QString::fromLatin1(cipher->checkValue()));
        if (store->takeFailure()) {
            *error = QStringLiteral("cannot write to %1").arg(dir.filePath(QStringLiteral("sandbox.db")));
            return nullptr;
        }
    }
    std::unique_ptr<SandboxService> service(new SandboxService(std::move(store), *cipher, config));
    if (service->m_paperspace && !service->m_paperspace->createSchema()) {
        *error =
            QStringLiteral("cannot create the Paperspace tables in %1").arg(dir.filePath(QStringLiteral("sandbox.db")));
        return nullptr;
    }
    // Jobs queued before a restart still run.
    for (const Job& job : service->m_store->jobsInState(QStringLiteral("IN_QUEUE")))
        service->scheduleJob(job.endpointId, job.id, config.jobDelayMs);
    return service;
}

SandboxService::SandboxService(std::unique_ptr<Store> store, SecretCipher cipher, const Config& config)
    : m_store(std::move(store))
    , m_cipher(std::move(cipher))
    , m_config(config)
    , m_rateLimiter(
          RateLimiter::windows(config.rateLimit, config.rateWindowSeconds, config.rateLimitHour, config.rateLimitDay))
    , m_authThrottle(config.authFailureLimit, config.authFailureWindowSeconds)
{
    buildRoutes();
    if (config.paperspace) {
        m_paperspace = std::make_unique<PaperspaceService>(*m_store, m_cipher, config.authFailureLimit,
                                                           config.authFailureWindowSeconds);
    }
}

SandboxService::~SandboxService() = default;

void SandboxService::buildRoutes()
{
    const auto p = [](const char* path) { return QString::fromLatin1(path).split(QLatin1Char('/')); };
    using S = SandboxService;
    m_routes = {
        {p("v2/templates"), HttpMethod::Get, Need::ApiRead, &S::listTemplates},
        {p("v2/templates"), HttpMethod::Post, Need::ApiWrite, &S::createTemplate, &schemas::createTemplate()},
        {p("v2/templates/{}"), HttpMethod::Get, Need::ApiRead, &S::getTemplate},
        {p("v2/templates/{}"), HttpMethod::Patch, Need::ApiWrite, &S::updateTemplate, &schemas::updateTemplate()},
        {p("v2/templates/{}"), HttpMethod::Delete, Need::ApiWrite, &S::deleteTemplate},
        {p("v2/serverless"), HttpMethod::Get, Need::ApiRead, &S::listEndpoints},
        {p("v2/serverless"), HttpMethod::Post, Need::ApiWrite, &S::createEndpoint, &schemas::createEndpoint()},
        {p("v2/serverless/{}"), HttpMethod::Get, Need::ApiRead, &S::getEndpoint},
        {p("v2/serverless/{}"), HttpMethod::Patch, Need::ApiWrite, &S::updateEndpoint, &schemas::updateEndpoint()},
        {p("v2/serverless/{}"), HttpMethod::Delete, Need::ApiWrite, &S::deleteEndpoint},
        {p("v2/serverless/{}/workers"), HttpMethod::Get, Need::ApiRead, &S::listWorkers},
        {p("v2/serverless/{}/releases"), HttpMethod::Get, Need::ApiRead, &S::listReleases},
        {p("v2/serverless/{}/builds"), HttpMethod::Get, Need::ApiRead, &S::listBuilds},
        {p("v2/serverless/{}/builds/{}"), HttpMethod::Get, Need::ApiRead, &S::getBuild},
        {p("v2/pods"), HttpMethod::Get, Need::ApiRead, &S::listPods},
        {p("v2/pods/{}"), HttpMethod::Get, Need::ApiRead, &S::getPod},
        {p("v2/pods/{}/action"), HttpMethod::Post, Need::ApiWrite, &S::podAction, &schemas::podAction()},
        {p("v2/account/secrets"), HttpMethod::Get, Need::ApiRead, &S::listSecrets},
        {p("v2/account/secrets"), HttpMethod::Post, Need::ApiWrite, &S::createSecret, &schemas::createSecret()},
        {p("v2/account/secrets/{}"), HttpMethod::Get, Need::ApiRead, &S::getSecret},
        {p("v2/account/secrets/{}"), HttpMethod::Patch, Need::ApiWrite, &S::updateSecret, &schemas::updateSecret()},
        {p("v2/account/secrets/{}"), HttpMethod::Delete, Need::ApiWrite, &S::deleteSecret},
        {p("v2/account/api-keys"), HttpMethod::Get, Need::ApiRead, &S::listKeys, nullptr, false, true},
        {p("v2/account/api-keys"), HttpMethod::Post, Need::ApiWrite, &S::createKey, &schemas::createKey(), false, true},
        {p("v2/account/api-keys/{}"), HttpMethod::Get, Need::ApiRead, &S::getKey, nullptr, false, true},
        {p("v2/account/api-keys/{}"), HttpMethod::Patch, Need::ApiWrite, &S::updateKey, &schemas::updateKey(), false,
         true},
        {p("v2/account/api-keys/{}"), HttpMethod::Delete, Need::ApiWrite, &S::revokeKey, nullptr, false, true},
        {p("v2/account/api-keys/{}/usage"), HttpMethod::Get, Need::ApiRead, &S::keyUsage, nullptr, false, true},
        {p("v2/account/events"), HttpMethod::Get, Need::ApiRead, &S::listEvents, nullptr, false, true},
        {p("v2/sandbox/boot"), HttpMethod::Post, Need::ApiWrite, &S::boot, &schemas::boot()},
        {p("v2/{}/run"), HttpMethod::Post, Need::ServerlessWrite, &S::run, &schemas::jobInput(), true},
        {p("v2/{}/runsync"), HttpMethod::Post, Need::ServerlessWrite, &S::runSync, &schemas::jobInput(), true},
        {p("v2/{}/status/{}"), HttpMethod::Get, Need::ServerlessRead, &S::jobStatus, nullptr, true},
        {p("v2/{}/status-sync/{}"), HttpMethod::Get, Need::ServerlessRead, &S::jobStatusSync, nullptr, true},
        {p("v2/{}/stream/{}"), HttpMethod::Get, Need::ServerlessRead, &S::jobStream, nullptr, true},
        {p("v2/{}/cancel/{}"), HttpMethod::Post, Need::ServerlessWrite, &S::cancelJob, nullptr, true},
        {p("v2/{}/retry/{}"), HttpMethod::Post, Need::ServerlessWrite, &S::retryJob, nullptr, true},
        {p("v2/{}/purge-queue"), HttpMethod::Post, Need::ServerlessWrite, &S::purgeQueue, nullptr, true},
        {p("v2/{}/health"), HttpMethod::Get, Need::ServerlessRead, &S::health, nullptr, true},
    };
}

// Matches `segments` against a route pattern; management paths win over the invocation
// patterns because an endpoint id always starts with "ep_".
static bool matches(const QStringList& pattern, const QStringList& segments, bool invocation, QStringList* args)
{
    if (pattern.size() != segments.size())
        return false;
    QStringList found;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) == QLatin1String("{}")) {
            if (segments.at(i).isEmpty())
                return false;
            found.append(segments.at(i));
        } else if (pattern.at(i) != segments.at(i)) {
            return false;
        }
    }
    if (invocation && !found.constFirst().startsWith(QLatin1String("ep_")))
        return false;
    *args = found;
    return true;
}

static QByteArray bearerToken(const QByteArray& authorization)
{
    const QByteArray trimmed = authorization.trimmed();
    if (trimmed.size() < 7 || qstrnicmp(trimmed.constData(), "Bearer ", 7) != 0)
        return {};
    return trimmed.mid(7).trimmed();
}

HttpResponse SandboxService::handle(const HttpRequest& request)
{
    if (m_paperspace)
        return m_paperspace->handle(request);
    return dispatch(request, nullptr);
}

void SandboxService::handle(const HttpRequest& request, const Responder& respond)
{
    if (m_paperspace) {
        respond(m_paperspace->handle(request));
        return;
    }
    const HttpResponse response = dispatch(request, &respond);
    if (response.status != 0)
        respond(response);
}

static QStringList pathSegments(const QString& requestPath, QString* path)
{
    *path = requestPath;
    while (path->endsWith(QLatin1Char('/')) && path->size() > 1)
        path->chop(1);
    if (path->startsWith(QLatin1Char('/')))
        path->remove(0, 1);
    return path->split(QLatin1Char('/'));
}

const SandboxService::Route* SandboxService::findRoute(const HttpRequest& request, const QStringList& segments,
                                                       QStringList* args, QStringList* allow) const
{
    for (const Route& r : m_routes) {
        QStringList found;
        if (r.ext && m_config.officialOnly)
            continue; // as on the real cloud: no such route
        if (!matches(r.pattern, segments, r.invocation, &found))
            continue;
        if ((r.invocation && !request.onInvocationPort) || (!r.invocation && !request.onManagementPort))
            continue;
        if (r.method == request.method) {
            *args = found;
            return &r;
        }
        if (allow)
            allow->append(methodName(r.method));
    }
    return nullptr;
}

qint64 SandboxService::bodyLimit(const Route* route)
{
    if (!route || !route->schema)
        return kMaxPlainBodyBytes;
    if (route->handler == &SandboxService::createSecret || route->handler == &SandboxService::updateSecret)
        return kMaxBodyBytes;
    if (route->handler == &SandboxService::run)
        return kMaxRunBodyBytes;
    if (route->handler == &SandboxService::runSync)
        return kMaxRunSyncBodyBytes;
    return kMaxJsonBodyBytes;
}

std::optional<HttpResponse> SandboxService::admit(const HttpRequest& head, qint64* limit)
{
    if (m_paperspace)
        return m_paperspace->admit(head, limit);
    Admission a = admission(head, QDateTime::currentMSecsSinceEpoch());
    *limit = a.bodyLimit;
    return a.refusal;
}

SandboxService::Admission SandboxService::admission(const HttpRequest& request, qint64 nowMs)
{
    Admission a;
    // A client that has just failed authentication too often is not heard at all for a while:
    // refusing only its wrong keys would tell it which of its guesses are right.
    if (const int wait = m_authThrottle.retryAfter(request.peer, nowMs); wait > 0) {
        HttpResponse r = HttpResponse::problem(
            429, QStringLiteral("too many requests with a missing or invalid api key from this client; try again in "
                                "%1 s")
                     .arg(wait));
        r.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(wait)});
        a.refusal = r;
        return a;
    }

    // Too large is decided from the declared length before anything else, authentication
    // included, as the contract says of its one documented limit; each route has its own limit.
    QString path;
    const QStringList segments = pathSegments(request.path, &path);
    QStringList args;
    a.bodyLimit = bodyLimit(findRoute(request, segments, &args, nullptr));
    const qint64 length = std::max<qint64>(request.contentLength, request.body.size());
    if (length > a.bodyLimit) {
        a.refusal = HttpResponse::problem(
            413, QStringLiteral("request body of %1 bytes exceeds the limit of %2 bytes").arg(length).arg(a.bodyLimit));
        return a;
    }

    // Section 2: who is calling, whatever the route (an unknown route with a valid key is a use).
    const QByteArray token = bearerToken(request.authorization);
    if (token.isEmpty()) {
        m_authThrottle.fail(request.peer, nowMs);
        a.refusal = HttpResponse::problem(401, QStringLiteral("missing bearer token"));
        return a;
    }
    a.auth = m_store->keyByHash(sha256Hex(token));
    if (!a.auth || a.auth->revoked || !a.auth->key.enabled) {
        m_authThrottle.fail(request.peer, nowMs);
        a.auth.reset();
        a.refusal = HttpResponse::problem(401, QStringLiteral("invalid api key"));
    } else if (a.auth->key.expiresAt && a.auth->key.expiresAt->toMSecsSinceEpoch() <= nowMs) {
        // SERVICE.md 5.2: an expired key is refused with its own reason, and lists as it is.
        a.auth.reset();
        a.refusal = HttpResponse::problem(401, QStringLiteral("expired api key"));
    }
    return a;
}

HttpResponse SandboxService::dispatch(const HttpRequest& request, const Responder* respondLater)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Admission admitted = admission(request, now.toMSecsSinceEpoch());
    if (admitted.refusal)
        return *admitted.refusal;
    const KeyAuth& auth = *admitted.auth;
    QString path;
    const QStringList segments = pathSegments(request.path, &path);

    m_store->touchKey(auth.key.id, now);
    const RateLimiter::Decision rate = m_rateLimiter.take(auth.key.id, now.toMSecsSinceEpoch());
    const auto withRateHeaders = [rate](HttpResponse r) {
        r.headers.append({QByteArrayLiteral("RateLimit"), rate.rateLimitHeader});
        r.headers.append({QByteArrayLiteral("RateLimit-Policy"), rate.policyHeader});
        return r;
    };
    if (!rate.allowed) {
        HttpResponse r = HttpResponse::problem(
            429, QStringLiteral("rate limit exceeded for the %1 window").arg(QString::fromLatin1(rate.exceeded)));
        r.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(rate.retryAfterSeconds)});
        return withRateHeaders(r);
    }
    // Which route.
    QStringList args;
    QStringList allow;
    const Route* route = findRoute(request, segments, &args, &allow);
    if (!route) {
        if (allow.isEmpty())
            return withRateHeaders(HttpResponse::problem(404, QStringLiteral("no route for /%1").arg(path)));
        HttpResponse r = HttpResponse::problem(
            405, QStringLiteral("method not allowed; use %1").arg(allow.join(QStringLiteral(", "))));
        r.headers.append({QByteArrayLiteral("Allow"), allow.join(QStringLiteral(", ")).toLatin1()});
        return withRateHeaders(r);
    }

    if (!allowed(auth.key, route->need, args))
        return withRateHeaders(HttpResponse::problem(403, QStringLiteral("access denied")));
    // SERVICE.md 5.2 usage: every request a grant allowed is a use of that grant.
    const bool serverless = route->need == Need::ServerlessRead || route->need == Need::ServerlessWrite;
    m_store->recordUse(auth.key.id, serverless ? args.constFirst() : QString(),
                       route->need == Need::ApiWrite || route->need == Need::ServerlessWrite, now);

    // A deferred answer gets the rate-limit headers of the request it answers.
    const Responder later = respondLater ? Responder([respond = *respondLater, withRateHeaders](const HttpResponse& r) {
        respond(withRateHeaders(r));
    })
                                         : Responder();
    Call call{request, args, auth.key, {}, now, respondLater ? &later : nullptr};
    if (route->schema) {
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
        if (request.body.trimmed().isEmpty())
            return withRateHeaders(HttpResponse::problem(400, QStringLiteral("request body is required")));
        if (parseError.error != QJsonParseError::NoError)
            return withRateHeaders(HttpResponse::problem(400, QStringLiteral("malformed JSON at offset %1: %2")
                                                                  .arg(parseError.offset)
                                                                  .arg(parseError.errorString())));
        if (!doc.isObject())
            return withRateHeaders(HttpResponse::problem(400, QStringLiteral("request body must be a JSON object")));
        call.body = doc.object();
        const QStringList errors = route->schema->validate(call.body);
        if (!errors.isEmpty())
            return withRateHeaders(HttpResponse::problem(422, QStringLiteral("Request validation failed."), errors));
    }

    qCDebug(lcService).noquote() << methodName(request.method) << QStringLiteral("/") + path << "by" << auth.key.id;
    m_store->takeFailure();
    // Everything a request writes, a resource and its audit event among them, is one transaction:
    // a failed statement or a kill leaves none of it.
    if (!m_store->transaction()) {
        m_store->takeFailure();
        return withRateHeaders(
            HttpResponse::problem(500, QStringLiteral("the sandbox could not write its database; see its log")));
    }
    HttpResponse response = (this->*route->handler)(call);
    bool failed = m_store->takeFailure();
    if (failed) {
        m_store->rollback();
    } else if (!m_store->commit()) {
        m_store->takeFailure();
        failed = true;
    }
    if (response.status == 0)
        return response; // deferred: answered through `later`, which adds the headers
    if (failed)
        response = HttpResponse::problem(500, QStringLiteral("the sandbox could not read or write its database; see "
                                                             "its log"));
    return withRateHeaders(response);
}

bool SandboxService::allowed(const ApiKey& key, Need need, const QStringList& args) const
{
    const AccessPolicy& policy = key.policy;
    switch (need) {
    case Need::ApiRead:
        return policy.apiLevel() != AccessLevel::None;
    case Need::ApiWrite:
        return policy.apiLevel() == AccessLevel::ReadWrite;
    case Need::ServerlessRead:
        return policy.endpointLevel(args.constFirst()) != AccessLevel::None;
    case Need::ServerlessWrite:
        return policy.endpointLevel(args.constFirst()) == AccessLevel::ReadWrite;
    }
    return false;
}

SandboxService::MintedKey SandboxService::mintKey(const QString& name, const AccessPolicy& policy,
                                                  const QString& createdBy, const QDateTime& at, bool legacy,
                                                  const std::optional<QDateTime>& expiresAt, const QString& rolledFrom)
{
    MintedKey m;
    // Legacy keys predate the rpa_ format: 32 upper-case characters and digits, no prefix.
    m.rawKey = legacy ? randomAlphanumeric(32).toUpper() : QStringLiteral("rpa_") + randomAlphanumeric(40);
    m.key.id = randomId(QStringLiteral("key_"));
    m.key.name = name;
    m.key.prefix = m.rawKey.left(8);
    m.key.legacy = legacy;
    m.key.enabled = true;
    m.key.createdAt = at;
    m.key.createdBy = createdBy;
    m.key.policy = policy;
    m.key.expiresAt = expiresAt;
    m.key.rolledFrom = rolledFrom;
    m_store->insertKey(m.key, sha256Hex(m.rawKey.toLatin1()));
    return m;
}

Secret SandboxService::addSecret(const QString& name, const QByteArray& value, const QString& description,
                                 const QDateTime& at)
{
    Secret s;
    s.id = randomId(QStringLiteral("sec_"));
    s.name = name;
    s.description = description;
    s.createdAt = at;
    s.valueLastUpdatedAt = at;
    m_store->insertSecret(s, m_cipher.encrypt(value, s.id.toLatin1()));
    return s;
}

void SandboxService::record(const AuditActor& actor, AuditAction action, ResourceType type, const QString& id,
                            const QString& name, const QDateTime& at, const std::optional<QJsonObject>& changes)
{
    AuditEvent e;
    e.at = at;
    e.actor = actor;
    e.action = action;
    e.resourceType = type;
    e.resourceId = id;
    e.resourceName = name;
    e.changes = changes;
    m_store->appendEvent(&e);
}

} // namespace podwarden::sandbox
