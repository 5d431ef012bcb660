#include "ServiceClient.h"

#include "ApiKeyPageDecoder.h"

#include "JsonBody.h"
#include "JsonReader.h"
#include "log/LogCategories.h"

#include <QFile>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QUrlQuery>

namespace podwarden {

namespace {

// Decodes a JSON object body with `fromObject`.
template <typename T, typename Fn> typename TypedReply<T>::Decoder objectDecoder(Fn fromObject)
{
    return [fromObject](QByteArray& body, int) -> Decoded<T> {
        auto json = parseJsonObject(body);
        if (!json)
            return json.error();
        return fromObject(json.value());
    };
}

template <typename T> typename TypedReply<T>::Decoder itemDecoder()
{
    return objectDecoder<T>([](const QJsonObject& o) { return T::fromJson(o); });
}

Decoded<NoContent> noContent(QByteArray&, int)
{
    return NoContent{};
}

QByteArray compact(const QJsonObject& object)
{
    return compactJson(object);
}

} // namespace

ServiceClient::ServiceClient(ServiceConfig config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    m_ssl = sslConfiguration(m_config.caFile, &m_configError);
    // Plain http and "localhost" stay on this machine; nothing goes through a proxy either way.
    m_nam.setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
    m_nam.setStrictTransportSecurityEnabled(false);
}

QSslConfiguration ServiceClient::sslConfiguration(const QString& caFile, QString* error)
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (caFile.isEmpty())
        return ssl;
    const QList<QSslCertificate> extra =
        QSslCertificate::fromPath(caFile, QSsl::Pem, QSslCertificate::PatternSyntax::FixedString);
    if (extra.isEmpty()) {
        if (error)
            *error = tr("The CA file %1 holds no certificate Podwarden can read.").arg(caFile);
        qCWarning(lcNet).noquote() << "no certificate in the CA file" << caFile;
    }
    // Setting CA certificates turns off the on-demand loading of the system's, so add those too.
    ssl.setCaCertificates(QSslConfiguration::systemCaCertificates() + extra);
    return ssl;
}

ServiceClient::~ServiceClient()
{
    cancelAll();
}

void ServiceClient::setKey(SecretBuffer key)
{
    m_key = std::move(key);
}

void ServiceClient::cancelAll()
{
    const auto replies = findChildren<ServiceReply*>(QString(), Qt::FindDirectChildrenOnly);
    for (ServiceReply* reply : replies)
        reply->cancel();
}

QUrl ServiceClient::managementUrl(const QString& path, const QStringList& ids) const
{
    QString filled = path;
    for (const QString& id : ids)
        filled = filled.arg(pathSegment(id));
    return urlUnder(m_config.managementBase, filled);
}

void ServiceClient::startReply(ServiceReply* reply, const QByteArray& method, const QUrl& url, QByteArray body,
                               bool expectBody, qint64 maxReplyBytes)
{
    connect(reply, &ServiceReply::rateLimitReceived, this, [this](const RateLimitInfo& info) {
        m_rateLimit = info;
        emit rateLimitChanged(info);
    });
    ServiceReply::Request request;
    request.method = method;
    request.url = url;
    request.body = std::move(body);
    request.authorization = QByteArray("Bearer ") + m_key.bytes();
    request.idempotent = method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE";
    request.expectBody = expectBody;
    request.maxReplyBytes = maxReplyBytes;
    reply->start(&m_nam, m_ssl, m_config.retry, std::move(request));
}

template <typename T>
TypedReply<T>* ServiceClient::send(const QByteArray& method, const QUrl& url, QByteArray body,
                                   typename TypedReply<T>::Decoder decoder, bool expectBody, qint64 maxReplyBytes)
{
    auto* reply = new TypedReply<T>(std::move(decoder), this);
    startReply(reply, method, url, std::move(body), expectBody, maxReplyBytes);
    return reply;
}

template <typename Item>
TypedReply<QList<Item>>* ServiceClient::sendPaged(QUrl url, Decoded<QList<Item>> (*decodeList)(const QJsonObject&),
                                                  std::function<std::optional<ListPage<Item>>(QByteArray&)> fastPage)
{
    if (m_config.pageSize > 0) {
        QUrlQuery query(url);
        query.addQueryItem(QStringLiteral("limit"), QString::number(m_config.pageSize));
        url.setQuery(query);
    }
    auto decoder = [decodeList, fastPage = std::move(fastPage)](QByteArray& body) -> Decoded<ListPage<Item>> {
        if (fastPage) {
            if (auto page = fastPage(body))
                return std::move(*page);
        }
        auto json = parseJsonObject(body);
        if (!json)
            return json.error();
        auto items = decodeList(json.value());
        if (!items)
            return items.error();
        auto page = PageInfo::fromListBody(json.value());
        if (!page)
            return page.error();
        return ListPage<Item>{std::move(items).value(), page.value()};
    };
    auto* reply = new PagedListReply<Item>(std::move(decoder), this);
    startReply(reply, "GET", url, {}, true, ReplyLimits::listPage);
    return reply;
}

// Templates

TypedReply<QList<Template>>* ServiceClient::listTemplates()
{
    return sendPaged<Template>(managementUrl(QStringLiteral("/v2/templates")), &decodeTemplateList);
}

TypedReply<NoContent>* ServiceClient::checkKey()
{
    QUrl url = managementUrl(QStringLiteral("/v2/templates"));
    url.setQuery(QStringLiteral("limit=1"));
    return send<NoContent>("GET", url, {}, &noContent);
}

TypedReply<Template>* ServiceClient::getTemplate(const QString& id)
{
    return send<Template>("GET", managementUrl(QStringLiteral("/v2/templates/%1"), {id}), {}, itemDecoder<Template>());
}

TypedReply<Template>* ServiceClient::createTemplate(const TemplateInput& input)
{
    return send<Template>("POST", managementUrl(QStringLiteral("/v2/templates")), compact(input.toJson()),
                          itemDecoder<Template>());
}

TypedReply<Template>* ServiceClient::updateTemplate(const QString& id, const TemplateInput& changes)
{
    return send<Template>("PATCH", managementUrl(QStringLiteral("/v2/templates/%1"), {id}), compact(changes.toJson()),
                          itemDecoder<Template>());
}

TypedReply<NoContent>* ServiceClient::deleteTemplate(const QString& id)
{
    return send<NoContent>("DELETE", managementUrl(QStringLiteral("/v2/templates/%1"), {id}), {}, &noContent, false);
}

// Endpoints

TypedReply<QList<Endpoint>>* ServiceClient::listEndpoints()
{
    return sendPaged<Endpoint>(managementUrl(QStringLiteral("/v2/serverless")), &decodeEndpointList);
}

TypedReply<Endpoint>* ServiceClient::getEndpoint(const QString& id)
{
    return send<Endpoint>("GET", managementUrl(QStringLiteral("/v2/serverless/%1"), {id}), {}, itemDecoder<Endpoint>());
}

TypedReply<Endpoint>* ServiceClient::createEndpoint(const EndpointInput& input)
{
    return send<Endpoint>("POST", managementUrl(QStringLiteral("/v2/serverless")), compact(input.toJson()),
                          itemDecoder<Endpoint>());
}

TypedReply<Endpoint>* ServiceClient::updateEndpoint(const QString& id, const EndpointInput& changes)
{
    return send<Endpoint>("PATCH", managementUrl(QStringLiteral("/v2/serverless/%1"), {id}), compact(changes.toJson()),
                          itemDecoder<Endpoint>());
}

TypedReply<NoContent>* ServiceClient::deleteEndpoint(const QString& id)
{
    return send<NoContent>("DELETE", managementUrl(QStringLiteral("/v2/serverless/%1"), {id}), {}, &noContent, false);
}

TypedReply<QList<Build>>* ServiceClient::listBuilds(const QString& endpointId)
{
    return sendPaged<Build>(managementUrl(QStringLiteral("/v2/serverless/%1/builds"), {endpointId}), &decodeBuildList);
}

TypedReply<Build>* ServiceClient::getBuild(const QString& endpointId, const QString& buildId)
{
    return send<Build>("GET", managementUrl(QStringLiteral("/v2/serverless/%1/builds/%2"), {endpointId, buildId}), {},
                       itemDecoder<Build>());
}

TypedReply<EndpointHealth>* ServiceClient::endpointHealth(const QString& endpointId)
{
    return send<EndpointHealth>("GET", invocationUrl(endpointId, QStringLiteral("health")), {},
                                objectDecoder<EndpointHealth>(&EndpointHealth::fromJson));
}

TypedReply<JobResult>* ServiceClient::runSync(const QString& endpointId, const QJsonObject& input, int waitMs)
{
    QUrl url = invocationUrl(endpointId, QStringLiteral("runsync"));
    url.setQuery(QStringLiteral("wait=%1").arg(waitMs));
    return send<JobResult>("POST", url, compact(QJsonObject{{QStringLiteral("input"), input}}),
                           objectDecoder<JobResult>(&JobResult::fromJson));
}

TypedReply<WorkerList>* ServiceClient::listWorkers(const QString& endpointId)
{
    return send<WorkerList>("GET", managementUrl(QStringLiteral("/v2/serverless/%1/workers"), {endpointId}), {},
                            objectDecoder<WorkerList>(&WorkerList::fromJson), true, ReplyLimits::listPage);
}

TypedReply<ReleasePage>* ServiceClient::listReleases(const QString& endpointId)
{
    QUrl url = managementUrl(QStringLiteral("/v2/serverless/%1/releases"), {endpointId});
    if (m_config.pageSize > 0)
        url.setQuery(QStringLiteral("limit=%1").arg(m_config.pageSize));
    return send<ReleasePage>("GET", url, {}, objectDecoder<ReleasePage>(&ReleasePage::fromJson), true,
                             ReplyLimits::listPage);
}

QUrl ServiceClient::invocationUrl(const QString& endpointId, const QString& tail) const
{
    return urlUnder(m_config.invocationBase,
                    QStringLiteral("/v2/") + pathSegment(endpointId) + QLatin1Char('/') + tail);
}

// Pods

TypedReply<QList<Pod>>* ServiceClient::listPods()
{
    return sendPaged<Pod>(managementUrl(QStringLiteral("/v2/pods")), &decodePodList);
}

TypedReply<Pod>* ServiceClient::getPod(const QString& id)
{
    return send<Pod>("GET", managementUrl(QStringLiteral("/v2/pods/%1"), {id}), {}, itemDecoder<Pod>());
}

TypedReply<std::optional<Pod>>* ServiceClient::podAction(const QString& id, PodAction action)
{
    const bool answersPod = action != PodAction::Terminate;
    return send<std::optional<Pod>>(
        "POST", managementUrl(QStringLiteral("/v2/pods/%1/action"), {id}),
        compact(QJsonObject{{QStringLiteral("action"), toWireString(action)}}),
        [](QByteArray& body, int status) -> Decoded<std::optional<Pod>> {
            if (status == 204)
                return std::optional<Pod>();
            auto json = parseJsonObject(body);
            if (!json)
                return json.error();
            auto pod = Pod::fromJson(json.value());
            if (!pod)
                return pod.error();
            return std::optional<Pod>(std::move(pod).value());
        },
        answersPod);
}

// Secrets

TypedReply<QList<Secret>>* ServiceClient::listSecrets()
{
    // Not paged in the September document; followed all the same should it ever be.
    return sendPaged<Secret>(managementUrl(QStringLiteral("/v2/account/secrets")), &decodeSecretList);
}

TypedReply<Secret>* ServiceClient::getSecret(const QString& id)
{
    return send<Secret>("GET", managementUrl(QStringLiteral("/v2/account/secrets/%1"), {id}), {},
                        itemDecoder<Secret>());
}

TypedReply<Secret>* ServiceClient::createSecret(const QString& name, SecretBuffer value, const QString& description)
{
    QJsonObject fields{{QStringLiteral("name"), name}};
    if (!description.isEmpty())
        fields.insert(QStringLiteral("description"), description);
    QByteArray body = bodyWithValue(value, fields);
    value.wipe();
    return send<Secret>("POST", managementUrl(QStringLiteral("/v2/account/secrets")), std::move(body),
                        itemDecoder<Secret>());
}

TypedReply<Secret>* ServiceClient::replaceSecretValue(const QString& id, SecretBuffer value)
{
    QByteArray body = bodyWithValue(value, {});
    value.wipe();
    return send<Secret>("PATCH", managementUrl(QStringLiteral("/v2/account/secrets/%1"), {id}), std::move(body),
                        itemDecoder<Secret>());
}

TypedReply<Secret>* ServiceClient::updateSecretDescription(const QString& id, const QString& description)
{
    return send<Secret>("PATCH", managementUrl(QStringLiteral("/v2/account/secrets/%1"), {id}),
                        compact({{QStringLiteral("description"), description}}), itemDecoder<Secret>());
}

TypedReply<Secret>* ServiceClient::updateSecret(const QString& id, SecretBuffer value, const QString& description)
{
    QByteArray body = bodyWithValue(value, {{QStringLiteral("description"), description}});
    value.wipe();
    return send<Secret>("PATCH", managementUrl(QStringLiteral("/v2/account/secrets/%1"), {id}), std::move(body),
                        itemDecoder<Secret>());
}

TypedReply<NoContent>* ServiceClient::deleteSecret(const QString& id)
{
    return send<NoContent>("DELETE", managementUrl(QStringLiteral("/v2/account/secrets/%1"), {id}), {}, &noContent,
                           false);
}

// API keys

TypedReply<QList<ApiKey>>* ServiceClient::listApiKeys()
{
    // 100,000 keys are 45 MB: decoded straight from the bytes when simdjson is there (issue 16).
    std::function<std::optional<ListPage<ApiKey>>(QByteArray&)> fast;
#ifdef PODWARDEN_HAVE_SIMDJSON
    // One decoder for the list's pages (decoded one after another, never two at once): equal
    // policies are decoded once and shared by every key that has them.
    fast = [decoder = std::make_shared<ApiKeyPageDecoder>()](QByteArray& body) -> std::optional<ListPage<ApiKey>> {
        auto page = decoder->decode(body);
        if (!page)
            return std::nullopt;
        return ListPage<ApiKey>{std::move(page->keys), page->page};
    };
#endif
    return sendPaged<ApiKey>(managementUrl(QStringLiteral("/v2/account/api-keys")), &decodeApiKeyList, fast);
}

TypedReply<ApiKey>* ServiceClient::getApiKey(const QString& id)
{
    return send<ApiKey>("GET", managementUrl(QStringLiteral("/v2/account/api-keys/%1"), {id}), {},
                        itemDecoder<ApiKey>());
}

TypedReply<KeyUsage>* ServiceClient::getApiKeyUsage(const QString& id)
{
    return send<KeyUsage>("GET", managementUrl(QStringLiteral("/v2/account/api-keys/%1/usage"), {id}), {},
                          itemDecoder<KeyUsage>());
}

TypedReply<CreatedApiKey>* ServiceClient::createApiKey(const QString& name, const AccessPolicy& policy,
                                                       const std::optional<QDateTime>& expiresAt,
                                                       const QString& rolledFrom)
{
    QJsonObject body{{QStringLiteral("name"), name}, {QStringLiteral("policies"), policy.toDocuments()}};
    if (expiresAt)
        body.insert(QStringLiteral("expiresAt"), formatTimestamp(*expiresAt));
    if (!rolledFrom.isEmpty())
        body.insert(QStringLiteral("rolledFrom"), rolledFrom);
    auto decoder = [](QByteArray& bytes, int) -> Decoded<CreatedApiKey> {
        auto json = parseJsonObject(bytes);
        if (!json)
            return json.error();
        auto key = ApiKey::fromJson(json.value());
        if (!key)
            return key.error();
        const QJsonValue raw = json.value().value(QStringLiteral("rawKey"));
        if (!raw.isString() || raw.toString().isEmpty())
            return DecodeError{DecodeError::Kind::Missing, QStringLiteral("rawKey"), QStringLiteral("string")};
        QString text = raw.toString();
        return CreatedApiKey{std::move(key).value(), SecretBuffer::takeFrom(text)};
    };
    return send<CreatedApiKey>("POST", managementUrl(QStringLiteral("/v2/account/api-keys")), compact(body), decoder);
}

TypedReply<ApiKey>* ServiceClient::setApiKeyEnabled(const QString& id, bool enabled)
{
    return send<ApiKey>("PATCH", managementUrl(QStringLiteral("/v2/account/api-keys/%1"), {id}),
                        compact({{QStringLiteral("enabled"), enabled}}), itemDecoder<ApiKey>());
}

TypedReply<ApiKey>* ServiceClient::updateApiKey(const QString& id, const std::optional<QString>& name,
                                                const std::optional<AccessPolicy>& policy,
                                                const std::optional<std::optional<QDateTime>>& expiresAt)
{
    QJsonObject body;
    if (name)
        body.insert(QStringLiteral("name"), *name);
    if (policy)
        body.insert(QStringLiteral("policies"), policy->toDocuments());
    if (expiresAt)
        body.insert(QStringLiteral("expiresAt"),
                    *expiresAt ? QJsonValue(formatTimestamp(**expiresAt)) : QJsonValue(QJsonValue::Null));
    return send<ApiKey>("PATCH", managementUrl(QStringLiteral("/v2/account/api-keys/%1"), {id}), compact(body),
                        itemDecoder<ApiKey>());
}

TypedReply<NoContent>* ServiceClient::revokeApiKey(const QString& id)
{
    return send<NoContent>("DELETE", managementUrl(QStringLiteral("/v2/account/api-keys/%1"), {id}), {}, &noContent,
                           false);
}

// Events

TypedReply<AuditEventPage>* ServiceClient::listEvents(const EventQuery& query)
{
    QUrl url = managementUrl(QStringLiteral("/v2/account/events"));
    QUrlQuery q;
    if (query.resourceType)
        q.addQueryItem(QStringLiteral("resourceType"), toWireString(*query.resourceType));
    if (!query.resourceId.isEmpty())
        q.addQueryItem(QStringLiteral("resourceId"), query.resourceId);
    if (!query.actions.isEmpty()) {
        QStringList names;
        for (AuditAction action : query.actions)
            names << toWireString(action);
        q.addQueryItem(QStringLiteral("actions"), names.join(QLatin1Char(',')));
    }
    if (!query.actorIds.isEmpty())
        q.addQueryItem(QStringLiteral("actorIds"), query.actorIds.join(QLatin1Char(',')));
    if (query.startTime.isValid())
        q.addQueryItem(QStringLiteral("startTime"), formatTimestamp(query.startTime)); // milliseconds kept
    if (query.endTime.isValid())
        q.addQueryItem(QStringLiteral("endTime"), formatTimestamp(query.endTime));
    if (!query.search.isEmpty())
        q.addQueryItem(QStringLiteral("search"), query.search);
    if (!query.cursor.isEmpty())
        q.addQueryItem(QStringLiteral("cursor"), query.cursor);
    if (query.limit > 0)
        q.addQueryItem(QStringLiteral("limit"), QString::number(query.limit));
    // QUrlQuery leaves '+' as it is, which a server reads as a space: encode it (times, search).
    url.setQuery(q.query(QUrl::FullyEncoded).replace(QLatin1Char('+'), QLatin1String("%2B")), QUrl::StrictMode);
    return send<AuditEventPage>("GET", url, {}, objectDecoder<AuditEventPage>(&AuditEventPage::fromJson), true,
                                ReplyLimits::eventsPage);
}

} // namespace podwarden
