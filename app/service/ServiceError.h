#pragma once

#include "DecodeError.h"
#include "ProblemDetails.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>

#include <optional>

namespace podwarden {

// Why a service call failed, as a value: what kind of failure, the HTTP status when there was
// one, the service's problem+json, and message(): a translated sentence that says what went
// wrong and what to do about it.
//
//   if (!reply->ok()) showError(reply->error().message());
struct ServiceError
{
    Q_DECLARE_TR_FUNCTIONS(ServiceError)
public:
    enum class Kind {
        InsecureUrl,     // plain http to a host other than this computer: refused before sending
        Network,         // connection refused or reset, host not found
        Timeout,         // no answer in time (one request, or the call's overall deadline)
        Tls,             // the certificate is not trusted or the handshake failed; the key was not sent
        Redirect,        // a redirect to another origin, not followed so the key stays with the service
        RedirectLoop,    // redirects on the same origin that never end in an answer
        Unauthorized,    // 401: missing, wrong, disabled or revoked key
        Forbidden,       // 403: the key is valid but lacks the permission
        NotFound,        // 404
        Conflict,        // 409: a name that must be unique is taken
        Validation,      // 422 (errors lists each failure)
        PaymentRequired, // 402: the account's balance is too low
        TooLarge,        // 413: the request body is over the service's limit
        BadRequest,      // 400 and other 4xx
        RateLimited,     // 429, after the retries the deadline and cap allowed
        Server,          // 5xx, after the retries
        MalformedReply,  // the reply is not the JSON the contract promises
        ReplyTooLarge,   // the answer is larger than the call can need (technicalDetail: the limit); not read
        Cancelled        // cancelled by the caller
    };

    Kind kind = Kind::Network;
    int httpStatus = 0;                      // 0 when no HTTP answer arrived
    ProblemDetails problem;                  // from an application/problem+json body, when there was one
    QString host;                            // the service's host, for messages
    QString technicalDetail;                 // Qt's network error text, TLS errors, or the decode failure (English)
    std::optional<qint64> retryAfterSeconds; // from the Retry-After of a 429 or 503

    QString message() const;
    // The service's own words: problem detail, and for 422 each error.
    QString serviceDetail() const;
    bool isRetryable() const { return kind == Kind::RateLimited || kind == Kind::Server; }

    static ServiceError fromHttpStatus(int status, const QByteArray& body, const QByteArray& contentType);
    // The same kinds by status, from Paperspace's {"code","message","details"?} body (SERVICE.md
    // section 8): `message` becomes problem.detail and `code` problem.title, so message() quotes the
    // service's words. A body of another shape leaves the problem empty: the sentence of the status.
    static ServiceError fromPaperspaceAnswer(int status, const QByteArray& body, const QByteArray& contentType);
    static ServiceError fromNetworkError(QNetworkReply::NetworkError error, const QString& errorString);
    static ServiceError malformed(const DecodeError& error);
    static ServiceError make(Kind kind, const QString& technicalDetail = {});
};

QString toWireString(ServiceError::Kind kind); // "unauthorized", ... for logs and tests

} // namespace podwarden
