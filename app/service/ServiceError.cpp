#include "ServiceError.h"

#include "JsonReader.h"
#include "Paperspace.h"

namespace podwarden {

namespace {

bool isJsonType(const QByteArray& contentType)
{
    const QByteArray mime = contentType.split(';').first().trimmed().toLower();
    return mime == "application/json" || mime == "application/problem+json" || mime.endsWith("+json");
}

ServiceError::Kind kindForStatus(int status)
{
    using K = ServiceError::Kind;
    switch (status) {
    case 401:
        return K::Unauthorized;
    case 403:
        return K::Forbidden;
    case 404:
        return K::NotFound;
    case 402:
        return K::PaymentRequired;
    case 409:
        return K::Conflict;
    case 413:
        return K::TooLarge;
    case 422:
        return K::Validation;
    case 429:
        return K::RateLimited;
    default:
        return status >= 500 ? K::Server : K::BadRequest;
    }
}

} // namespace

ServiceError ServiceError::make(Kind kind, const QString& technicalDetail)
{
    ServiceError e;
    e.kind = kind;
    e.technicalDetail = technicalDetail;
    return e;
}

ServiceError ServiceError::fromHttpStatus(int status, const QByteArray& body, const QByteArray& contentType)
{
    ServiceError e = make(kindForStatus(status));
    e.httpStatus = status;
    if (isJsonType(contentType)) {
        const auto json = parseJsonObject(body);
        if (json) {
            if (auto problem = ProblemDetails::fromJson(json.value()))
                e.problem = problem.value();
        }
    }
    return e;
}

ServiceError ServiceError::fromPaperspaceAnswer(int status, const QByteArray& body, const QByteArray& contentType)
{
    ServiceError e = make(kindForStatus(status));
    e.httpStatus = status;
    e.problem.status = status;
    if (isJsonType(contentType)) {
        if (const auto json = parseJsonObject(body)) {
            if (const auto answer = PaperspaceError::fromJson(json.value())) {
                e.problem.title = answer->code;
                e.problem.detail = answer->message;
                return e;
            }
        }
    }
    e.technicalDetail = QStringLiteral("the error body is not {code, message}");
    return e;
}

ServiceError ServiceError::fromNetworkError(QNetworkReply::NetworkError error, const QString& errorString)
{
    switch (error) {
    case QNetworkReply::TimeoutError:
        return make(Kind::Timeout, errorString);
    case QNetworkReply::SslHandshakeFailedError:
        return make(Kind::Tls, errorString);
    case QNetworkReply::OperationCanceledError:
        return make(Kind::Cancelled, errorString);
    case QNetworkReply::InsecureRedirectError:
        return make(Kind::Redirect, errorString);
    case QNetworkReply::TooManyRedirectsError:
        return make(Kind::RedirectLoop, errorString);
    default:
        return make(Kind::Network, errorString);
    }
}

ServiceError ServiceError::malformed(const DecodeError& error)
{
    return make(Kind::MalformedReply, error.message());
}

QString ServiceError::serviceDetail() const
{
    QStringList parts;
    if (!problem.detail.isEmpty())
        parts << problem.detail;
    else if (!problem.title.isEmpty())
        parts << problem.title;
    parts << problem.errors;
    return parts.join(QStringLiteral("; "));
}

QString ServiceError::message() const
{
    const QString who = host.isEmpty() ? tr("the service") : host;
    const QString said = serviceDetail();
    switch (kind) {
    case Kind::InsecureUrl:
        return tr("Podwarden sends the account key over plain http only to this computer. Use an https:// address "
                  "for %1.")
            .arg(who);
    case Kind::Network:
        return tr("Could not reach %1 (%2). Check the profile's address and your network connection; if it is "
                  "the sandbox, start it again.")
            .arg(who, technicalDetail);
    case Kind::Timeout:
        return tr("%1 did not answer in time. Check your connection and try again.").arg(who);
    case Kind::Tls:
        return tr("The connection to %1 is not trusted (%2), so Podwarden did not send the key. If the service uses "
                  "a private certificate authority, add its CA file to the profile.")
            .arg(who, technicalDetail);
    case Kind::Redirect:
        return tr("%1 redirected the request to another address (%2). Podwarden does not follow it, so the key "
                  "never leaves the service's own address. Check the profile's address.")
            .arg(who, technicalDetail);
    case Kind::RedirectLoop:
        return tr("%1 kept redirecting the request without ever answering it, so Podwarden gave up. Check the "
                  "profile's address; if it is right, the service is misconfigured.")
            .arg(who);
    case Kind::Unauthorized:
        // SERVICE.md 5.2: an expired key has its own reason, and its own way back.
        if (problem.detail == QLatin1String("expired api key"))
            return tr("The account key has expired, so the service refuses it. Give it a later expiry (or none) "
                      "from a key with API write access, or use another key (File ▸ Profiles…).");
        return tr("The service did not accept the account key (%1). The key may be mistyped, disabled or revoked: "
                  "paste a valid key in the profile.")
            .arg(said.isEmpty() ? tr("HTTP 401") : said);
    case Kind::Forbidden:
        return tr("The account key is valid but does not allow this (%1). Use a key with more access, or ask the "
                  "account owner.")
            .arg(said.isEmpty() ? tr("HTTP 403") : said);
    case Kind::NotFound:
        return tr("It no longer exists on the service; it may have been deleted elsewhere. Refresh to see the "
                  "account as it is now.");
    case Kind::Conflict:
        return said.isEmpty() ? tr("The name is already taken. Choose another name.")
                              : tr("The name is already taken (%1). Choose another name.").arg(said);
    case Kind::Validation:
        return said.isEmpty() ? tr("The service refused the input. Check the fields and try again.")
                              : tr("The service refused the input: %1.").arg(said);
    case Kind::PaymentRequired:
        return said.isEmpty()
                   ? tr("The account's balance is too low for this (HTTP 402). Add funds in the cloud's console, then "
                        "try again.")
                   : tr("The account's balance is too low for this (%1). Add funds in the cloud's console, then try "
                        "again.")
                         .arg(said);
    case Kind::TooLarge:
        return said.isEmpty()
                   ? tr("The request is larger than the service accepts (HTTP 413). Shorten the environment "
                        "variables, the command or the value, and try again.")
                   : tr("The request is larger than the service accepts (%1). Shorten the environment variables, "
                        "the command or the value, and try again.")
                         .arg(said);
    case Kind::BadRequest:
        return said.isEmpty() ? tr("The service refused the request (HTTP %1).").arg(httpStatus)
                              : tr("The service refused the request (HTTP %1): %2.").arg(httpStatus).arg(said);
    case Kind::RateLimited:
        if (retryAfterSeconds)
            return tr("The service's rate limit was reached. Try again in %n second(s).", nullptr,
                      static_cast<int>(*retryAfterSeconds));
        return tr("The service's rate limit was reached. Wait a minute and try again.");
    case Kind::Server:
        return tr("The service had a problem of its own (HTTP %1). Try again in a moment; if it keeps happening, "
                  "check the service's status page.")
            .arg(httpStatus);
    case Kind::MalformedReply:
        return tr("%1 Check that the profile's address (%2) points at the service's API.").arg(technicalDetail, who);
    case Kind::ReplyTooLarge:
        return tr("%1 sent an answer larger than %2, far more than this request can need, so Podwarden stopped "
                  "reading it and kept nothing of it. The service, or something between you and it, is not working "
                  "as it should; try again later.")
            .arg(who, technicalDetail);
    case Kind::Cancelled:
        return tr("Cancelled.");
    }
    return {};
}

QString toWireString(ServiceError::Kind kind)
{
    using K = ServiceError::Kind;
    switch (kind) {
    case K::InsecureUrl:
        return QStringLiteral("insecureUrl");
    case K::Network:
        return QStringLiteral("network");
    case K::Timeout:
        return QStringLiteral("timeout");
    case K::Tls:
        return QStringLiteral("tls");
    case K::Redirect:
        return QStringLiteral("redirect");
    case K::Unauthorized:
        return QStringLiteral("unauthorized");
    case K::Forbidden:
        return QStringLiteral("forbidden");
    case K::NotFound:
        return QStringLiteral("notFound");
    case K::Conflict:
        return QStringLiteral("conflict");
    case K::Validation:
        return QStringLiteral("validation");
    case K::PaymentRequired:
        return QStringLiteral("paymentRequired");
    case K::TooLarge:
        return QStringLiteral("tooLarge");
    case K::RedirectLoop:
        return QStringLiteral("redirectLoop");
    case K::ReplyTooLarge:
        return QStringLiteral("replyTooLarge");
    case K::BadRequest:
        return QStringLiteral("badRequest");
    case K::RateLimited:
        return QStringLiteral("rateLimited");
    case K::Server:
        return QStringLiteral("server");
    case K::MalformedReply:
        return QStringLiteral("malformedReply");
    case K::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace podwarden
