#include "PaperspaceService.h"

#include "AccessPolicy.h"
#include "JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>

#include <openssl/crypto.h>

Q_LOGGING_CATEGORY(lcPaperspace, "podwarden.sandbox.paperspace", QtInfoMsg)

namespace podwarden::sandbox {

namespace {

// Holds a value taken from a request body or decrypted for a moment, and wipes it when done.
class WipedBytes final
{
public:
    explicit WipedBytes(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {}
    ~WipedBytes()
    {
        if (!m_bytes.isEmpty())
            OPENSSL_cleanse(m_bytes.data(), static_cast<size_t>(m_bytes.size()));
    }
    Q_DISABLE_COPY_MOVE(WipedBytes)
    const QByteArray& bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

QStringList segmentsOf(const QString& requestPath)
{
    QString path = requestPath;
    while (path.endsWith(QLatin1Char('/')) && path.size() > 1)
        path.chop(1);
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    return path.split(QLatin1Char('/'));
}

bool isEndpointPath(const QStringList& s)
{
    return s.size() >= 3 && s.at(0) == QLatin1String("deployments") && !s.at(1).isEmpty() &&
           s.at(2) == QLatin1String("endpoint");
}

QByteArray bearerToken(const QByteArray& authorization)
{
    const QByteArray trimmed = authorization.trimmed();
    if (trimmed.size() < 7 || qstrnicmp(trimmed.constData(), "Bearer ", 7) != 0)
        return {};
    return trimmed.mid(7).trimmed();
}

// The credentials of a Basic header ("user:password"), decoded; empty when there are none.
QByteArray basicCredentials(const QByteArray& authorization)
{
    const QByteArray trimmed = authorization.trimmed();
    if (trimmed.size() < 6 || qstrnicmp(trimmed.constData(), "Basic ", 6) != 0)
        return {};
    const auto decoded =
        QByteArray::fromBase64Encoding(trimmed.mid(6).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

// Salted with the deployment id, so equal values give different digests on two deployments.
QByteArray tokenDigest(const QString& deploymentId, const QByteArray& credentials)
{
    return sha256Hex(deploymentId.toUtf8() + '\n' + credentials);
}

// A list's cursor: base64url of {"l": list, "o": order, "t": ms (history: the upsert number), "k":
// key}. A cursor of another list or order is refused instead of resuming somewhere else.
QString cursorAfter(const QString& list, bool descending, const ListPosition& p)
{
    const QJsonObject o{{QStringLiteral("l"), list},
                        {QStringLiteral("o"), descending ? QStringLiteral("desc") : QStringLiteral("asc")},
                        {QStringLiteral("t"), QString::number(p.primary)},
                        {QStringLiteral("k"), p.secondary}};
    return QString::fromLatin1(QJsonDocument(o)
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

struct ListParams
{
    PageRequest page;
    bool descending = true;
};

HttpResponse badParameter(const QString& parameter, const QString& message)
{
    return PaperspaceService::error(400, QStringLiteral("invalid_parameter"), message,
                                    QJsonObject{{QStringLiteral("parameter"), parameter}});
}

std::optional<ListParams> readListParams(const QUrlQuery& query, const QString& list, HttpResponse* refusal)
{
    ListParams out;
    out.page.limit = PaperspaceService::kDefaultLimit;
    const auto value = [&](const char* name) {
        return query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
    };
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        out.page.limit = value("limit").toInt(&ok);
        if (!ok || out.page.limit < 1 || out.page.limit > PaperspaceService::kMaxLimit) {
            *refusal = badParameter(
                QStringLiteral("limit"),
                QStringLiteral("limit must be a whole number from 1 to %1").arg(PaperspaceService::kMaxLimit));
            return std::nullopt;
        }
    }
    if (query.hasQueryItem(QStringLiteral("orderBy")) && value("orderBy") != QLatin1String("dtCreated")) {
        *refusal = badParameter(QStringLiteral("orderBy"), QStringLiteral("orderBy must be dtCreated"));
        return std::nullopt;
    }
    if (query.hasQueryItem(QStringLiteral("order"))) {
        const QString order = value("order");
        if (order != QLatin1String("asc") && order != QLatin1String("desc")) {
            *refusal = badParameter(QStringLiteral("order"), QStringLiteral("order must be asc or desc"));
            return std::nullopt;
        }
        out.descending = order == QLatin1String("desc");
    }
    if (!query.hasQueryItem(QStringLiteral("after")))
        return out;
    const auto bytes = QByteArray::fromBase64Encoding(
        value("after").toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    const QJsonObject o = bytes ? QJsonDocument::fromJson(*bytes).object() : QJsonObject();
    bool ok = false;
    const qint64 t = o.value(QStringLiteral("t")).toString().toLongLong(&ok);
    const QString order = out.descending ? QStringLiteral("desc") : QStringLiteral("asc");
    if (!ok || o.value(QStringLiteral("l")).toString() != list || o.value(QStringLiteral("o")).toString() != order ||
        !o.value(QStringLiteral("k")).isString()) {
        *refusal =
            badParameter(QStringLiteral("after"), QStringLiteral("after is not a cursor of this list in this order"));
        return std::nullopt;
    }
    out.page.after = ListPosition{t, o.value(QStringLiteral("k")).toString()};
    return out;
}

template <typename T>
QJsonObject pageJson(const StorePage<T>& page, const QJsonArray& items, const QString& list, bool descending)
{
    return QJsonObject{{QStringLiteral("hasMore"), page.hasMore},
                       {QStringLiteral("items"), items},
                       {QStringLiteral("nextPage"), page.hasMore && page.last
                                                        ? QJsonValue(cursorAfter(list, descending, *page.last))
                                                        : QJsonValue(QJsonValue::Null)}};
}

QJsonObject secretStamp(const PaperspaceSecret& s)
{
    PaperspaceSecret bare = s;
    bare.hasDeploymentAttached.reset();
    return bare.toJson();
}

} // namespace

PaperspaceService::PaperspaceService(Store& store, const SecretCipher& cipher, int authFailureLimit,
                                     int authFailureWindowSeconds)
    : m_accounts(store)
    , m_store(store)
    , m_cipher(cipher)
    , m_authThrottle(authFailureLimit, authFailureWindowSeconds)
{}

HttpResponse PaperspaceService::error(int status, const QString& code, const QString& message,
                                      const std::optional<QJsonObject>& details)
{
    return HttpResponse::json(status, PaperspaceError{code, message, details}.toJson());
}

std::optional<HttpResponse> PaperspaceService::admit(const HttpRequest& head, qint64* bodyLimit)
{
    *bodyLimit = kMaxBodyBytes;
    const qint64 length = std::max<qint64>(head.contentLength, head.body.size());
    if (length > kMaxBodyBytes) {
        return error(
            413, QStringLiteral("payload_too_large"),
            QStringLiteral("request body of %1 bytes exceeds the limit of %2 bytes").arg(length).arg(kMaxBodyBytes));
    }
    const QStringList segments = segmentsOf(head.path);
    if (isEndpointPath(segments))
        return endpointRefusal(head);
    if (segments.constFirst() != QLatin1String("v1"))
        return std::nullopt; // 404 from handle()
    ApiKey key;
    return authenticate(head, QDateTime::currentMSecsSinceEpoch(), &key);
}

HttpResponse PaperspaceService::handle(const HttpRequest& request)
{
    qint64 limit = 0;
    if (auto refusal = admit(request, &limit))
        return *refusal;
    const QStringList segments = segmentsOf(request.path);
    if (isEndpointPath(segments))
        return endpointCall(request, segments);
    if (segments.constFirst() == QLatin1String("v1"))
        return api(request, segments.mid(1));
    return error(404, QStringLiteral("not_found"), QStringLiteral("no route for %1").arg(request.path));
}

std::optional<HttpResponse> PaperspaceService::authenticate(const HttpRequest& request, qint64 nowMs, ApiKey* key)
{
    if (const int wait = m_authThrottle.retryAfter(request.peer, nowMs); wait > 0) {
        HttpResponse r = error(429, QStringLiteral("too_many_requests"),
                               QStringLiteral("too many requests with a missing or invalid api key from this "
                                              "client; try again in %1 s")
                                   .arg(wait));
        r.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(wait)});
        return r;
    }
    const QByteArray token = bearerToken(request.authorization);
    const auto auth = token.isEmpty() ? std::nullopt : m_accounts.keyByHash(sha256Hex(token));
    if (!auth || auth->revoked || !auth->key.enabled) {
        m_authThrottle.fail(request.peer, nowMs);
        return error(401, QStringLiteral("unauthorized"),
                     token.isEmpty() ? QStringLiteral("missing bearer token") : QStringLiteral("invalid api key"));
    }
    *key = auth->key;
    return std::nullopt;
}

void PaperspaceService::setRateLimit(QList<RateLimiter::Window> windows)
{
    m_rateLimiter.emplace(std::move(windows));
}

std::optional<HttpResponse> PaperspaceService::rateRefusal(const QString& keyId, qint64 nowMs)
{
    if (!m_rateLimiter)
        return std::nullopt;
    const RateLimiter::Decision rate = m_rateLimiter->take(keyId, nowMs);
    if (rate.allowed)
        return std::nullopt;
    const QString window = QString::fromLatin1(rate.exceeded);
    HttpResponse r = error(429, QStringLiteral("too_many_requests"),
                           QStringLiteral("rate limit exceeded for the %1 window; try again in %2 s")
                               .arg(window)
                               .arg(rate.retryAfterSeconds),
                           QJsonObject{{QStringLiteral("window"), window}});
    r.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(rate.retryAfterSeconds)});
    return r;
}

PaperspaceService::Handler PaperspaceService::route(const QStringList& s, HttpMethod method, bool* knownPath) const
{
    using P = PaperspaceService;
    *knownPath = true;
    const bool deployments = s.constFirst() == QLatin1String("deployments");
    const bool secrets = s.size() >= 3 && (s.at(0) == QLatin1String("projects") || s.at(0) == QLatin1String("teams")) &&
                         s.at(2) == QLatin1String("secrets");
    if (deployments && s.size() == 1)
        return method == HttpMethod::Get    ? &P::listDeployments
               : method == HttpMethod::Post ? &P::upsertDeployment
                                            : nullptr;
    if (deployments && s.size() == 2)
        return method == HttpMethod::Get      ? &P::getDeployment
               : method == HttpMethod::Delete ? &P::deleteDeployment
                                              : nullptr;
    if (deployments && s.size() == 3 && s.at(2) == QLatin1String("history"))
        return method == HttpMethod::Get ? &P::deploymentHistory : nullptr;
    if (secrets && s.size() == 3)
        return method == HttpMethod::Get ? &P::listSecrets : method == HttpMethod::Post ? &P::createSecret : nullptr;
    if (secrets && s.size() == 4) {
        switch (method) {
        case HttpMethod::Get:
            return &P::getSecret;
        case HttpMethod::Patch:
            return &P::updateSecret;
        case HttpMethod::Delete:
            return &P::deleteSecret;
        default:
            return nullptr;
        }
    }
    *knownPath = false;
    return nullptr;
}

HttpResponse PaperspaceService::api(const HttpRequest& request, const QStringList& segments)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ApiKey key;
    if (auto refusal = authenticate(request, now.toMSecsSinceEpoch(), &key))
        return *refusal;
    m_accounts.touchKey(key.id, now);
    if (auto refusal = rateRefusal(key.id, now.toMSecsSinceEpoch()))
        return *refusal;
    bool knownPath = false;
    const Handler handler = route(segments, request.method, &knownPath);
    if (!handler) {
        return knownPath ? error(405, QStringLiteral("method_not_allowed"), QStringLiteral("method not allowed"))
                         : error(404, QStringLiteral("not_found"), QStringLiteral("no route for %1").arg(request.path));
    }
    const bool writes = request.method != HttpMethod::Get;
    const AccessLevel level = key.policy.apiLevel();
    if (level == AccessLevel::None || (writes && level != AccessLevel::ReadWrite))
        return error(403, QStringLiteral("forbidden"), QStringLiteral("access denied"));

    Call call{request, segments, {}, now};
    if (request.method == HttpMethod::Post || request.method == HttpMethod::Patch) {
        const QJsonDocument doc = QJsonDocument::fromJson(request.body);
        if (!doc.isObject())
            return error(400, QStringLiteral("invalid_request"), QStringLiteral("the body must be a JSON object"));
        call.body = doc.object();
    }
    qCDebug(lcPaperspace).noquote() << request.path << "by" << key.id;
    m_accounts.takeFailure();
    if (!m_accounts.transaction()) {
        m_accounts.takeFailure();
        return error(500, QStringLiteral("internal"), QStringLiteral("the sandbox could not write its database"));
    }
    HttpResponse response = (this->*handler)(call);
    bool failed = m_accounts.takeFailure();
    if (failed) {
        m_accounts.rollback();
    } else if (!m_accounts.commit()) {
        m_accounts.takeFailure();
        failed = true;
    }
    if (failed)
        return error(500, QStringLiteral("internal"),
                     QStringLiteral("the sandbox could not read or write its database; "
                                    "see its log"));
    return response;
}

// ---- endpoint security ----

std::optional<HttpResponse> PaperspaceService::endpointRefusal(const HttpRequest& request) const
{
    const QString id = segmentsOf(request.path).at(1);
    const auto d = m_store.deployment(id);
    if (!d)
        return error(404, QStringLiteral("not_found"), QStringLiteral("deployment %1 not found").arg(id));
    if (d->authDigest.isEmpty())
        return std::nullopt; // public
    const WipedBytes credentials(basicCredentials(request.authorization));
    const QByteArray presented = tokenDigest(id, credentials.bytes());
    if (!credentials.bytes().isEmpty() && presented.size() == d->authDigest.size() &&
        CRYPTO_memcmp(presented.constData(), d->authDigest.constData(), static_cast<size_t>(presented.size())) == 0)
        return std::nullopt;
    HttpResponse r = error(401, QStringLiteral("unauthorized"),
                           QStringLiteral("this deployment is protected: send its basic authorization"));
    r.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Basic realm=\"deployment\"")});
    return r;
}

HttpResponse PaperspaceService::endpointCall(const HttpRequest& request, const QStringList& segments)
{
    const auto d = m_store.deployment(segments.at(1));
    if (!d)
        return error(404, QStringLiteral("not_found"), QStringLiteral("deployment %1 not found").arg(segments.at(1)));
    if (!d->deployment.latestSpec.data.enabled)
        return error(503, QStringLiteral("deployment_disabled"), QStringLiteral("the deployment is disabled"));
    QJsonObject query;
    for (const auto& item : request.query.queryItems(QUrl::FullyDecoded))
        query.insert(item.first, item.second);
    const QJsonDocument bodyJson = QJsonDocument::fromJson(request.body);
    const QJsonValue body = request.body.isEmpty() ? QJsonValue(QJsonValue::Null)
                            : bodyJson.isNull()    ? QJsonValue(QString::fromUtf8(request.body))
                            : bodyJson.isObject()  ? QJsonValue(bodyJson.object())
                                                   : QJsonValue(bodyJson.array());
    // Never Authorization: the echo shows what arrived, not the caller's credentials.
    QJsonObject headers;
    if (!request.contentType.isEmpty())
        headers.insert(QStringLiteral("content-type"), QString::fromLatin1(request.contentType));
    if (!request.userAgent.isEmpty())
        headers.insert(QStringLiteral("user-agent"), QString::fromLatin1(request.userAgent));
    const QString subPath = QLatin1Char('/') + segments.mid(3).join(QLatin1Char('/'));
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("deploymentId"), d->deployment.id},
                                               {QStringLiteral("method"), QString::fromLatin1(request.methodText)},
                                               {QStringLiteral("path"), subPath},
                                               {QStringLiteral("query"), query},
                                               {QStringLiteral("body"), body},
                                               {QStringLiteral("headers"), headers}});
}

// ---- deployments ----

std::optional<QByteArray> PaperspaceService::resolveSecret(const QString& projectId, const QString& name) const
{
    // The project's secret wins over the team's of the same name.
    auto blob = m_store.secretBlob(SecretScope::Project, projectId, name);
    auto scope = SecretScope::Project;
    QString scopeId = projectId;
    if (!blob) {
        blob = m_store.secretBlob(SecretScope::Team, kTeamId, name);
        scope = SecretScope::Team;
        scopeId = kTeamId;
    }
    if (!blob)
        return std::nullopt;
    return m_cipher.decrypt(*blob, PaperspaceStore::blobContext(scope, scopeId, name));
}

std::optional<QByteArray> PaperspaceService::fixToken(const DeploymentSpec& spec, const QString& projectId,
                                                      const QString& id, HttpResponse* refusal) const
{
    if (!spec.basicAuthKey)
        return QByteArray();
    const auto name = PaperspaceSecrets::referenceName(*spec.basicAuthKey);
    if (!name) {
        *refusal = error(400, QStringLiteral("invalid_spec"),
                         QStringLiteral("basicAuthKey must be a secret reference, secret:<name>"),
                         QJsonObject{{QStringLiteral("field"), QStringLiteral("basicAuthKey")}});
        return std::nullopt;
    }
    const auto value = resolveSecret(projectId, *name);
    if (!value) {
        *refusal = error(
            400, QStringLiteral("invalid_spec"),
            QStringLiteral("basicAuthKey refers to the secret %1, which exists neither in the project "
                           "nor in its team")
                .arg(*name),
            QJsonObject{{QStringLiteral("field"), QStringLiteral("basicAuthKey")}, {QStringLiteral("secret"), *name}});
        return std::nullopt;
    }
    const WipedBytes credentials(QByteArrayLiteral("paperspace:") + *value);
    WipedBytes wipeValue(*value);
    return tokenDigest(id, credentials.bytes());
}

std::optional<HttpResponse> PaperspaceService::upsert(const QJsonObject& config, const QString& projectId,
                                                      const std::optional<QString>& deploymentId, const QDateTime& now,
                                                      QString* id)
{
    const auto spec = DeploymentSpec::fromJson(config, QStringLiteral("config"));
    if (!spec) {
        const DecodeError& e = spec.error();
        const QString what = e.kind == DecodeError::Kind::Missing ? QStringLiteral("is required")
                                                                  : QStringLiteral("must be ") + e.expected;
        return error(400, QStringLiteral("invalid_spec"), e.field + QLatin1Char(' ') + what,
                     QJsonObject{{QStringLiteral("field"), e.field}});
    }
    if (spec->name.trimmed().isEmpty() || spec->image.trimmed().isEmpty())
        return error(400, QStringLiteral("invalid_spec"), QStringLiteral("a spec needs a name and an image"));
    if (projectId != kProjectId)
        return error(404, QStringLiteral("not_found"), QStringLiteral("project %1 not found").arg(projectId));
    std::optional<StoredDeployment> existing;
    if (deploymentId) {
        existing = m_store.deployment(*deploymentId);
        if (!existing || existing->deployment.projectId != projectId)
            return error(404, QStringLiteral("not_found"),
                         QStringLiteral("deployment %1 not found").arg(*deploymentId));
    }
    *id = existing ? existing->deployment.id : randomId(QStringLiteral("de_"));
    if (m_store.deploymentNameTaken(projectId, spec->name, *id)) {
        return error(409, QStringLiteral("already_exists"),
                     QStringLiteral("a deployment named %1 already exists in the project").arg(spec->name));
    }
    HttpResponse refusal;
    const auto digest = fixToken(spec.value(), projectId, *id, &refusal);
    if (!digest)
        return refusal;

    StoredDeployment d = existing.value_or(StoredDeployment());
    d.deployment.id = *id;
    d.deployment.projectId = projectId;
    d.deployment.name = spec->name;
    if (!existing)
        d.deployment.dtCreated = now;
    d.deployment.latestSpec = {randomId(QStringLiteral("ds_")), now, spec.value()};
    d.authDigest = *digest;
    m_store.insertSpec(*id, d.deployment.latestSpec);
    if (existing)
        m_store.updateDeployment(d);
    else
        m_store.insertDeployment(d);
    return std::nullopt;
}

QJsonObject PaperspaceService::deploymentJson(const StoredDeployment& d) const
{
    Deployment out = d.deployment;
    out.endpoint = m_base + QStringLiteral("/deployments/") + out.id + QStringLiteral("/endpoint");
    return out.toJson();
}

HttpResponse PaperspaceService::listDeployments(Call& c)
{
    HttpResponse refusal;
    const auto params = readListParams(c.request.query, QStringLiteral("deployments"), &refusal);
    if (!params)
        return refusal;
    const QString projectId = c.request.query.hasQueryItem(QStringLiteral("projectId"))
                                  ? c.request.query.queryItemValue(QStringLiteral("projectId"), QUrl::FullyDecoded)
                                  : kProjectId;
    const auto page = m_store.deployments(projectId, params->page, params->descending);
    QJsonArray items;
    for (const StoredDeployment& d : page.items)
        items.append(deploymentJson(d));
    return HttpResponse::json(200, pageJson(page, items, QStringLiteral("deployments"), params->descending));
}

HttpResponse PaperspaceService::upsertDeployment(Call& c)
{
    const QJsonValue config = c.body.value(QStringLiteral("config"));
    const QJsonValue projectId = c.body.value(QStringLiteral("projectId"));
    const QJsonValue deploymentId = c.body.value(QStringLiteral("deploymentId"));
    if (!config.isObject())
        return error(400, QStringLiteral("invalid_spec"), QStringLiteral("config must be a deployment spec object"));
    if (!projectId.isString())
        return error(400, QStringLiteral("invalid_request"), QStringLiteral("projectId must be a string"));
    if (!deploymentId.isUndefined() && !deploymentId.isNull() && !deploymentId.isString())
        return error(400, QStringLiteral("invalid_request"), QStringLiteral("deploymentId must be a string"));
    const auto existingId = deploymentId.isString() ? std::optional<QString>(deploymentId.toString()) : std::nullopt;
    QString id;
    if (auto refusal = upsert(config.toObject(), projectId.toString(), existingId, c.now, &id))
        return *refusal;
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("deploymentId"), id}});
}

HttpResponse PaperspaceService::getDeployment(Call& c)
{
    const auto d = m_store.deployment(c.segments.at(1));
    if (!d)
        return error(404, QStringLiteral("not_found"), QStringLiteral("deployment %1 not found").arg(c.segments.at(1)));
    return HttpResponse::json(200, deploymentJson(*d));
}

HttpResponse PaperspaceService::deleteDeployment(Call& c)
{
    const auto d = m_store.deployment(c.segments.at(1));
    if (!d)
        return error(404, QStringLiteral("not_found"), QStringLiteral("deployment %1 not found").arg(c.segments.at(1)));
    m_store.deleteDeployment(d->deployment.id);
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("id"), d->deployment.id}});
}

HttpResponse PaperspaceService::deploymentHistory(Call& c)
{
    const auto d = m_store.deployment(c.segments.at(1));
    if (!d)
        return error(404, QStringLiteral("not_found"), QStringLiteral("deployment %1 not found").arg(c.segments.at(1)));
    // A cursor names the deployment it walks: another deployment's cursor is refused.
    HttpResponse refusal;
    const QString list = QStringLiteral("history:") + d->deployment.id;
    const auto params = readListParams(c.request.query, list, &refusal);
    if (!params)
        return refusal;
    const auto page = m_store.history(d->deployment.id, params->page, params->descending);
    QJsonArray items;
    for (const DeploymentHistoryEntry& e : page.items)
        items.append(e.toJson());
    return HttpResponse::json(200, pageJson(page, items, list, params->descending));
}

// ---- secrets ----

std::optional<SecretScope> PaperspaceService::scopeOf(const Call& c, HttpResponse* refusal) const
{
    const bool project = c.segments.at(0) == QLatin1String("projects");
    const QString& id = c.segments.at(1);
    if (id != (project ? kProjectId : kTeamId)) {
        *refusal =
            error(404, QStringLiteral("not_found"),
                  (project ? QStringLiteral("project %1 not found") : QStringLiteral("team %1 not found")).arg(id));
        return std::nullopt;
    }
    return project ? SecretScope::Project : SecretScope::Team;
}

// The names whose secret in `scope` a deployment's latest spec uses: referenced, and (for the
// team) not shadowed by a project secret of the same name.
QSet<QString> PaperspaceService::attachedNames(SecretScope scope) const
{
    QSet<QString> names;
    for (const DeploymentSpec& spec : m_store.latestSpecs(kProjectId)) {
        for (const QString& name : PaperspaceSecrets::referencedNames(spec)) {
            if (scope == SecretScope::Project || !m_store.secret(SecretScope::Project, kProjectId, name))
                names.insert(name);
        }
    }
    return names;
}

HttpResponse PaperspaceService::listSecrets(Call& c)
{
    HttpResponse refusal;
    const auto scope = scopeOf(c, &refusal);
    if (!scope)
        return refusal;
    const QString list = QStringLiteral("secrets:") + toWireString(*scope);
    const auto params = readListParams(c.request.query, list, &refusal);
    if (!params)
        return refusal;
    const auto page = m_store.secrets(*scope, c.segments.at(1), params->page, params->descending);
    const QSet<QString> attached = attachedNames(*scope);
    QJsonArray items;
    for (PaperspaceSecret s : page.items) {
        s.hasDeploymentAttached = attached.contains(s.name);
        items.append(s.toJson());
    }
    return HttpResponse::json(200, pageJson(page, items, list, params->descending));
}

HttpResponse PaperspaceService::createSecret(Call& c)
{
    HttpResponse refusal;
    const auto scope = scopeOf(c, &refusal);
    if (!scope)
        return refusal;
    const QJsonValue name = c.body.value(QStringLiteral("name"));
    const QJsonValue value = c.body.value(QStringLiteral("value"));
    if (!name.isString() || !value.isString())
        return error(400, QStringLiteral("invalid_request"), QStringLiteral("name and value must be strings"));
    const WipedBytes bytes(value.toString().toUtf8());
    if (const auto issue = PaperspaceSecrets::nameIssue(name.toString()))
        return error(400, QStringLiteral("invalid_name"), issue->message,
                     QJsonObject{{QStringLiteral("field"), QStringLiteral("name")}});
    if (const auto issue = PaperspaceSecrets::valueIssue(value.toString()))
        return error(400, QStringLiteral("invalid_value"), issue->message,
                     QJsonObject{{QStringLiteral("field"), QStringLiteral("value")}});
    if (m_store.secret(*scope, c.segments.at(1), name.toString())) {
        return error(
            409, QStringLiteral("already_exists"),
            QStringLiteral("a secret named %1 already exists in this %2").arg(name.toString(), toWireString(*scope)));
    }
    const PaperspaceSecret s{name.toString(), c.now, c.now, std::nullopt};
    m_store.insertSecret(
        *scope, c.segments.at(1), s,
        m_cipher.encrypt(bytes.bytes(), PaperspaceStore::blobContext(*scope, c.segments.at(1), s.name)));
    return HttpResponse::json(200, s.toJson());
}

HttpResponse PaperspaceService::getSecret(Call& c)
{
    HttpResponse refusal;
    const auto scope = scopeOf(c, &refusal);
    if (!scope)
        return refusal;
    auto s = m_store.secret(*scope, c.segments.at(1), c.segments.at(3));
    if (!s)
        return error(404, QStringLiteral("not_found"), QStringLiteral("secret %1 not found").arg(c.segments.at(3)));
    s->hasDeploymentAttached = attachedNames(*scope).contains(s->name);
    return HttpResponse::json(200, s->toJson());
}

HttpResponse PaperspaceService::updateSecret(Call& c)
{
    HttpResponse refusal;
    const auto scope = scopeOf(c, &refusal);
    if (!scope)
        return refusal;
    const QJsonValue value = c.body.value(QStringLiteral("value"));
    if (!value.isString())
        return error(400, QStringLiteral("invalid_request"), QStringLiteral("value must be a string"));
    const WipedBytes bytes(value.toString().toUtf8());
    if (const auto issue = PaperspaceSecrets::valueIssue(value.toString()))
        return error(400, QStringLiteral("invalid_value"), issue->message,
                     QJsonObject{{QStringLiteral("field"), QStringLiteral("value")}});
    auto s = m_store.secret(*scope, c.segments.at(1), c.segments.at(3));
    if (!s)
        return error(404, QStringLiteral("not_found"), QStringLiteral("secret %1 not found").arg(c.segments.at(3)));
    // Deployed tokens stay as they were: they change at each deployment's next upsert.
    s->dtModified = c.now;
    m_store.updateSecretValue(
        *scope, c.segments.at(1), s->name,
        m_cipher.encrypt(bytes.bytes(), PaperspaceStore::blobContext(*scope, c.segments.at(1), s->name)), c.now);
    return HttpResponse::json(200, secretStamp(*s));
}

HttpResponse PaperspaceService::deleteSecret(Call& c)
{
    HttpResponse refusal;
    const auto scope = scopeOf(c, &refusal);
    if (!scope)
        return refusal;
    const auto s = m_store.secret(*scope, c.segments.at(1), c.segments.at(3));
    if (!s)
        return error(404, QStringLiteral("not_found"), QStringLiteral("secret %1 not found").arg(c.segments.at(3)));
    m_store.deleteSecret(*scope, c.segments.at(1), s->name);
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("name"), s->name}});
}

void PaperspaceService::putSecret(SecretScope scope, const QString& name, const QByteArray& value, const QDateTime& now)
{
    const QString scopeId = scope == SecretScope::Project ? kProjectId : kTeamId;
    const QByteArray blob = m_cipher.encrypt(value, PaperspaceStore::blobContext(scope, scopeId, name));
    if (m_store.secret(scope, scopeId, name))
        m_store.updateSecretValue(scope, scopeId, name, blob, now);
    else
        m_store.insertSecret(scope, scopeId, {name, now, now, std::nullopt}, blob);
}

} // namespace podwarden::sandbox
