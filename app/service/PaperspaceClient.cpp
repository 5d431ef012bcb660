#include "PaperspaceClient.h"

#include "JsonBody.h"
#include "JsonReader.h"
#include "ServiceClient.h"

#include <QUrlQuery>

namespace podwarden {

namespace {

template <typename T> typename TypedReply<T>::Decoder itemDecoder()
{
    return [](QByteArray& body, int) -> Decoded<T> {
        auto json = parseJsonObject(body);
        if (!json)
            return json.error();
        return T::fromJson(json.value());
    };
}

Decoded<NoContent> noContent(QByteArray&, int)
{
    return NoContent{};
}

// after=<nextPage>, as SERVICE.md section 8 pages its lists.
ServiceReply::PageRule paperspacePages()
{
    return {QStringLiteral("after"), QStringLiteral("nextPage")};
}

} // namespace

PaperspaceClient::PaperspaceClient(PaperspaceConfig config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    m_ssl = ServiceClient::sslConfiguration(m_config.caFile, &m_configError);
    m_nam.setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
    m_nam.setStrictTransportSecurityEnabled(false);
}

PaperspaceClient::~PaperspaceClient()
{
    cancelAll();
}

void PaperspaceClient::setKey(SecretBuffer key)
{
    m_key = std::move(key);
}

void PaperspaceClient::cancelAll()
{
    const auto replies = findChildren<ServiceReply*>(QString(), Qt::FindDirectChildrenOnly);
    for (ServiceReply* reply : replies)
        reply->cancel();
}

QUrl PaperspaceClient::apiUrl(const QString& path, const QStringList& segments) const
{
    QString filled = path;
    for (const QString& s : segments)
        filled = filled.arg(pathSegment(s));
    return urlUnder(m_config.base, QStringLiteral("/v1") + filled);
}

QUrl PaperspaceClient::secretsUrl(PaperspaceScope scope, const QString& scopeId, const QString& name) const
{
    const QString owner = scope == PaperspaceScope::Project ? QStringLiteral("/projects/%1/secrets")
                                                            : QStringLiteral("/teams/%1/secrets");
    if (name.isEmpty())
        return apiUrl(owner, {scopeId});
    return apiUrl(owner + QStringLiteral("/%2"), {scopeId, name});
}

void PaperspaceClient::startReply(ServiceReply* reply, const QByteArray& method, const QUrl& url, QByteArray body,
                                  bool expectBody, qint64 maxReplyBytes, const SecretBuffer* authorization)
{
    ServiceReply::Request request;
    request.method = method;
    request.url = url;
    request.body = std::move(body);
    // The account key goes only to the API; a deployment's endpoint gets only its own Basic header.
    // A detached copy, which ServiceReply wipes when the call ends (the buffer wipes its own).
    request.authorization = authorization
                                ? QByteArray(authorization->bytes().constData(), authorization->bytes().size())
                                : QByteArray("Bearer ") + m_key.bytes();
    request.idempotent = method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE";
    request.expectBody = expectBody;
    request.maxReplyBytes = maxReplyBytes;
    request.errorDecoder = &ServiceError::fromPaperspaceAnswer;
    request.pageRule = paperspacePages();
    reply->start(&m_nam, m_ssl, m_config.retry, std::move(request));
}

template <typename T>
TypedReply<T>* PaperspaceClient::send(const QByteArray& method, const QUrl& url, QByteArray body,
                                      typename TypedReply<T>::Decoder decoder, bool expectBody)
{
    auto* reply = new TypedReply<T>(std::move(decoder), this);
    startReply(reply, method, url, std::move(body), expectBody, ReplyLimits::object);
    return reply;
}

template <typename Item> TypedReply<QList<Item>>* PaperspaceClient::sendPaged(QUrl url, bool listQuery)
{
    if (listQuery) {
        const int limit = m_config.pageSize > 0 ? std::min(m_config.pageSize, kMaxPageSize) : kMaxPageSize;
        QUrlQuery query(url);
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        query.addQueryItem(QStringLiteral("orderBy"), QStringLiteral("dtCreated"));
        query.addQueryItem(QStringLiteral("order"), QStringLiteral("asc"));
        url.setQuery(query);
    }
    auto decoder = [](QByteArray& body) -> Decoded<ListPage<Item>> {
        auto json = parseJsonObject(body);
        if (!json)
            return json.error();
        auto page = PaperspacePage<Item>::fromJson(json.value());
        if (!page)
            return page.error();
        PaperspacePage<Item> p = std::move(page).value();
        // More to come with no cursor to ask for it: following would read the same page again.
        if (p.hasMore && (!p.nextPage || p.nextPage->isEmpty()))
            return DecodeError{DecodeError::Kind::Missing, QStringLiteral("nextPage"),
                               QStringLiteral("a cursor when hasMore is true")};
        return ListPage<Item>{std::move(p.items), PageInfo{p.nextPage, p.hasMore}};
    };
    auto* reply = new PagedListReply<Item>(std::move(decoder), this);
    startReply(reply, "GET", url, {}, true, ReplyLimits::listPage);
    return reply;
}

TypedReply<NoContent>* PaperspaceClient::checkKey(const QString& projectId)
{
    QUrl url = secretsUrl(PaperspaceScope::Project, projectId);
    url.setQuery(QStringLiteral("limit=1"));
    return send<NoContent>("GET", url, {}, &noContent);
}

TypedReply<NoContent>* PaperspaceClient::callEndpoint(const QUrl& endpoint, SecretBuffer authorization)
{
    auto* reply = new TypedReply<NoContent>(&noContent, this);
    startReply(reply, "GET", endpoint, {}, false, ReplyLimits::object, &authorization);
    return reply; // `authorization` is wiped as it goes out of scope
}

// Deployments

TypedReply<QList<Deployment>>* PaperspaceClient::listDeployments()
{
    return sendPaged<Deployment>(apiUrl(QStringLiteral("/deployments")), true);
}

TypedReply<Deployment>* PaperspaceClient::getDeployment(const QString& id)
{
    return send<Deployment>("GET", apiUrl(QStringLiteral("/deployments/%1"), {id}), {}, itemDecoder<Deployment>());
}

TypedReply<QList<DeploymentHistoryEntry>>* PaperspaceClient::deploymentHistory(const QString& id)
{
    // One page in practice; followed all the same should the service ever page it.
    return sendPaged<DeploymentHistoryEntry>(apiUrl(QStringLiteral("/deployments/%1/history"), {id}), false);
}

TypedReply<QString>* PaperspaceClient::upsertDeployment(const DeploymentSpec& spec, const QString& projectId,
                                                        const std::optional<QString>& deploymentId)
{
    QJsonObject body{{QStringLiteral("config"), spec.toJson()}, {QStringLiteral("projectId"), projectId}};
    if (deploymentId)
        body.insert(QStringLiteral("deploymentId"), *deploymentId);
    auto decoder = [](QByteArray& bytes, int) -> Decoded<QString> {
        auto json = parseJsonObject(bytes);
        if (!json)
            return json.error();
        const QJsonValue id = json.value().value(QStringLiteral("deploymentId"));
        if (!id.isString() || id.toString().isEmpty())
            return DecodeError{DecodeError::Kind::Missing, QStringLiteral("deploymentId"), QStringLiteral("string")};
        return id.toString();
    };
    return send<QString>("POST", apiUrl(QStringLiteral("/deployments")), compactJson(body), decoder);
}

TypedReply<NoContent>* PaperspaceClient::deleteDeployment(const QString& id)
{
    return send<NoContent>("DELETE", apiUrl(QStringLiteral("/deployments/%1"), {id}), {}, &noContent, false);
}

// Secrets

TypedReply<QList<PaperspaceSecret>>* PaperspaceClient::listSecrets(PaperspaceScope scope, const QString& scopeId)
{
    return sendPaged<PaperspaceSecret>(secretsUrl(scope, scopeId), true);
}

TypedReply<PaperspaceSecret>* PaperspaceClient::getSecret(PaperspaceScope scope, const QString& scopeId,
                                                          const QString& name)
{
    return send<PaperspaceSecret>("GET", secretsUrl(scope, scopeId, name), {}, itemDecoder<PaperspaceSecret>());
}

TypedReply<PaperspaceSecret>* PaperspaceClient::createSecret(PaperspaceScope scope, const QString& scopeId,
                                                             const QString& name, SecretBuffer value)
{
    QByteArray body = bodyWithValue(value, {{QStringLiteral("name"), name}});
    value.wipe();
    return send<PaperspaceSecret>("POST", secretsUrl(scope, scopeId), std::move(body), itemDecoder<PaperspaceSecret>());
}

TypedReply<PaperspaceSecret>* PaperspaceClient::updateSecretValue(PaperspaceScope scope, const QString& scopeId,
                                                                  const QString& name, SecretBuffer value)
{
    QByteArray body = bodyWithValue(value, {});
    value.wipe();
    return send<PaperspaceSecret>("PATCH", secretsUrl(scope, scopeId, name), std::move(body),
                                  itemDecoder<PaperspaceSecret>());
}

TypedReply<NoContent>* PaperspaceClient::deleteSecret(PaperspaceScope scope, const QString& scopeId,
                                                      const QString& name)
{
    return send<NoContent>("DELETE", secretsUrl(scope, scopeId, name), {}, &noContent, false);
}

} // namespace podwarden
