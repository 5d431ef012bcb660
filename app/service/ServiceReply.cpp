#include "ServiceReply.h"

#include "BackgroundThread.h"
#include "log/LogCategories.h"
#include "secrethandling/Redactor.h"
#include "secrethandling/SecretBuffer.h"

#include <QBuffer>
#include <QFutureWatcher>
#include <QHostAddress>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>
#include <QtConcurrent/QtConcurrentRun>

namespace podwarden {

QUrl urlUnder(const QUrl& base, const QString& path)
{
    QUrl url = base;
    QString basePath = url.path(QUrl::FullyEncoded);
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path, QUrl::TolerantMode);
    return url;
}

QString pathSegment(const QString& id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

bool isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool isSameOrigin(const QUrl& a, const QUrl& b)
{
    const auto defaultPort = [](const QUrl& u) { return u.scheme() == QLatin1String("https") ? 443 : 80; };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(defaultPort(a)) == b.port(defaultPort(b));
}

ServiceReply::PageRule ServiceReply::PageRule::runpod()
{
    return {QStringLiteral("cursor"), QStringLiteral("pagination.nextCursor"), &PageInfo::peekNextCursor};
}

ServiceReply::ServiceReply(QObject* parent)
    : QObject(parent)
{
    m_attemptTimer.setSingleShot(true);
    m_deadlineTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_attemptTimer, &QTimer::timeout, this, &ServiceReply::onAttemptTimeout);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &ServiceReply::onDeadline);
    connect(&m_retryTimer, &QTimer::timeout, this, &ServiceReply::sendAttempt);
}

ServiceReply::~ServiceReply()
{
    dropAttempt();
    SecretBuffer::wipe(m_body);
    SecretBuffer::wipe(m_authorization);
}

const ServiceError& ServiceReply::error() const
{
    static const ServiceError none = ServiceError::make(ServiceError::Kind::Cancelled);
    return m_error ? *m_error : none;
}

void ServiceReply::start(QNetworkAccessManager* nam, const QSslConfiguration& ssl, const RetryPolicy& policy,
                         Request request)
{
    m_nam = nam;
    m_ssl = ssl;
    m_policy = policy;
    m_method = request.method;
    m_url = request.url;
    m_body = std::move(request.body);
    m_authorization = std::move(request.authorization);
    m_idempotent = request.idempotent;
    m_expectBody = request.expectBody;
    m_maxReplyBytes = request.maxReplyBytes;
    m_errorDecoder = request.errorDecoder ? request.errorDecoder : &ServiceError::fromHttpStatus;
    m_pageRule = std::move(request.pageRule);
    m_firstPageUrl = m_url;
    m_elapsed.start();

    const QString scheme = m_url.scheme().toLower();
    const bool secure = scheme == QLatin1String("https");
    const bool loopbackHttp = scheme == QLatin1String("http") && isLoopbackHost(m_url.host());
    if (!m_url.isValid() || m_url.host().isEmpty() || (!secure && !loopbackHttp)) {
        // Refused before anything is sent; reported from the event loop so the caller can connect first.
        ServiceError e = ServiceError::make(ServiceError::Kind::InsecureUrl, m_url.toDisplayString());
        e.host = m_url.host();
        QTimer::singleShot(0, this, [this, e] { finishWith(e); });
        return;
    }
    m_deadlineTimer.start(m_policy.deadlineMs);
    sendAttempt();
}

void ServiceReply::sendAttempt()
{
    if (m_finished || !m_nam)
        return;
    ++m_attempts;
    m_sslErrors.clear();
    QNetworkRequest request(m_url);
    request.setRawHeader("Authorization", m_authorization);
    request.setRawHeader("Accept", "application/json, application/problem+json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Podwarden/" PODWARDEN_VERSION));
    if (!m_body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    // Every redirect is checked in onRedirected: only the same origin may see the key.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    if (m_url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0)
        request.setSslConfiguration(m_ssl);

    if (m_body.isEmpty()) {
        m_reply = m_nam->sendCustomRequest(request, m_method);
    } else {
        // Through a QBuffer over our own array: handing the QByteArray over would share its storage
        // with Qt, and a shared array can only be dropped, not wiped, when the call ends.
        auto* device = new QBuffer(&m_body);
        device->open(QIODevice::ReadOnly);
        m_reply = m_nam->sendCustomRequest(request, m_method, device);
        device->setParent(m_reply);
    }
    connect(m_reply, &QNetworkReply::finished, this, &ServiceReply::onAttemptFinished);
    connect(m_reply, &QNetworkReply::redirected, this, &ServiceReply::onRedirected);
    // A reply's size is bounded before it is in memory: by its declared length as soon as the head
    // is in, and by what arrived while it streams (a body with no length, or a wrong one).
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            stopIfLargerThanAllowed(length.toLongLong());
    });
    // The body is taken as it arrives, with Qt's own buffer kept small, so what is in memory is
    // what was read here and the check below sees it at once.
    m_reply->setReadBufferSize(kReadChunkBytes);
    connect(m_reply, &QNetworkReply::readyRead, this, [this] {
        m_received += m_reply->readAll();
        stopIfLargerThanAllowed(m_received.size());
    });
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        // Never ignored: the handshake fails and the request (with its key) is never sent.
        for (const QSslError& e : errors)
            m_sslErrors << e.errorString();
        qCWarning(lcNet).noquote() << "TLS errors for" << m_url.host() << ":" << m_sslErrors.join(QStringLiteral("; "));
    });
    m_attemptTimer.start(m_policy.requestMs);
    qCDebug(lcNet).noquote() << m_method << m_url.path() << "attempt" << m_attempts;
}

void ServiceReply::dropAttempt()
{
    m_attemptTimer.stop();
    SecretBuffer::wipe(m_received); // a part of an answer that will not be used; it may hold a raw key
    m_received = QByteArray();
    if (!m_reply)
        return;
    QNetworkReply* reply = m_reply;
    m_reply.clear();
    reply->disconnect(this);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

void ServiceReply::onRedirected(const QUrl& target)
{
    const QUrl resolved = m_url.resolved(target);
    if (isSameOrigin(resolved, m_url)) {
        if (++m_redirects > kMaxRedirects) {
            // Qt would go on and then report the last hop as an "HTTP 100" answer.
            qCInfo(lcNet).noquote() << m_method << m_url.path() << "failed: a redirect loop";
            dropAttempt();
            ServiceError e = ServiceError::make(ServiceError::Kind::RedirectLoop);
            e.host = m_url.host();
            finishWith(e);
            return;
        }
        qCDebug(lcNet).noquote() << "following a redirect to" << resolved.path();
        emit m_reply->redirectAllowed();
        return;
    }
    qCWarning(lcNet).noquote() << "refused a redirect from" << m_url.host() << "to" << resolved.host();
    dropAttempt();
    ServiceError e = ServiceError::make(ServiceError::Kind::Redirect, resolved.toDisplayString(QUrl::RemoveUserInfo));
    e.host = m_url.host();
    finishWith(e);
}

void ServiceReply::stopIfLargerThanAllowed(qint64 bytes)
{
    if (m_maxReplyBytes <= 0 || bytes <= m_maxReplyBytes || m_finished)
        return;
    qCWarning(lcNet).noquote() << m_method << m_url.path() << "answer of" << bytes << "bytes or more, over the limit of"
                               << m_maxReplyBytes << ": stopped";
    dropAttempt();
    ServiceError e =
        ServiceError::make(ServiceError::Kind::ReplyTooLarge, QLocale().formattedDataSize(m_maxReplyBytes));
    e.host = m_url.host();
    finishWith(e);
}

void ServiceReply::onAttemptTimeout()
{
    qCInfo(lcNet).noquote() << m_method << m_url.path() << "timed out after" << m_policy.requestMs << "ms";
    dropAttempt();
    ServiceError e = ServiceError::make(ServiceError::Kind::Timeout);
    e.host = m_url.host();
    finishWith(e);
}

void ServiceReply::onDeadline()
{
    if (m_finished)
        return;
    qCInfo(lcNet).noquote() << m_method << m_url.path() << "reached its deadline of" << m_policy.deadlineMs << "ms";
    dropAttempt();
    m_retryTimer.stop();
    ServiceError e = m_error && m_error->isRetryable() ? *m_error : ServiceError::make(ServiceError::Kind::Timeout);
    e.host = m_url.host();
    finishWith(e);
}

void ServiceReply::onAttemptFinished()
{
    QNetworkReply* reply = m_reply;
    m_attemptTimer.stop();
    if (m_decoding) {
        // The page asked for ahead is in before the page before it is decoded: it is read once
        // that one is adopted and found to lead here (completeDecode), or dropped.
        m_deadlineTimer.stop();
        m_answerWaiting = true;
        return;
    }
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QNetworkReply::NetworkError networkError = reply->error();
    const QString errorString = reply->errorString();
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    if (reply->hasRawHeader("RateLimit")) {
        RateLimitInfo info = RateLimitInfo::parse(reply->rawHeader("RateLimit"), reply->rawHeader("RateLimit-Policy"));
        if (info.isValid()) {
            info.receivedAt = QDateTime::currentDateTimeUtc();
            m_rateLimit = info;
            emit rateLimitReceived(info);
            if (m_finished) // a handler cancelled the call
                return;
        }
    }
    QByteArray body = std::move(m_received);
    m_received = QByteArray();
    body += reply->readAll();
    dropAttempt();
    if (m_maxReplyBytes > 0 && body.size() > m_maxReplyBytes) {
        SecretBuffer::wipe(body);
        stopIfLargerThanAllowed(m_maxReplyBytes + 1);
        return;
    }

    // Same-origin redirects are allowed one by one (onRedirected stops a loop after a few). Qt ends
    // some loops itself, with TooManyRedirectsError or, on a closed connection, an "HTTP 100" that
    // is no answer at all.
    const bool interimAfterRedirects = statusAttribute.isValid() && statusAttribute.toInt() < 200 && m_redirects > 0;
    if (networkError == QNetworkReply::TooManyRedirectsError || interimAfterRedirects) {
        ServiceError e = ServiceError::make(ServiceError::Kind::RedirectLoop, errorString);
        e.host = m_url.host();
        qCInfo(lcNet).noquote() << m_method << m_url.path() << "failed: a redirect loop";
        finishWith(e);
        return;
    }
    if (!statusAttribute.isValid()) {
        ServiceError e = ServiceError::fromNetworkError(networkError, errorString);
        if (!m_sslErrors.isEmpty() || e.kind == ServiceError::Kind::Tls) {
            e.kind = ServiceError::Kind::Tls;
            if (!m_sslErrors.isEmpty())
                e.technicalDetail = m_sslErrors.join(QStringLiteral("; "));
            // Qt keeps failing for this host after a failed handshake until the cache is cleared.
            if (m_nam)
                m_nam->clearConnectionCache();
        }
        e.host = m_url.host();
        qCInfo(lcNet).noquote() << m_method << m_url.path() << "failed:" << toWireString(e.kind) << errorString;
        finishWith(e);
        return;
    }
    handleHttpAnswer(statusAttribute.toInt(), std::move(body), contentType, retryAfter);
}

void ServiceReply::handleHttpAnswer(int status, QByteArray body, const QByteArray& contentType,
                                    const QByteArray& retryAfter)
{
    m_status = status;
    qCDebug(lcNet).noquote() << m_method << m_url.path() << "->" << status << "in" << m_elapsed.elapsed() << "ms";

    // A DELETE sent again after a 5xx may find its work already done.
    if (status == 404 && m_method == "DELETE" && m_hadServerError)
        status = 204;

    if (status >= 200 && status < 300) {
        const QByteArray mime = contentType.split(';').first().trimmed().toLower();
        if (m_expectBody && mime != "application/json") {
            SecretBuffer::wipe(body);
            completeDecode(DecodeError{DecodeError::Kind::WrongType,
                                       QStringLiteral("Content-Type: ") + QString::fromLatin1(mime),
                                       QStringLiteral("application/json")},
                           status);
            return;
        }
        const bool large = decodesOffThread(body.size());
        // The next page's cursor, read from the page's last bytes while the page is still whole.
        std::optional<QString> ahead;
        if (large && followsPages() && m_pageRule.peekCursor)
            ahead = m_pageRule.peekCursor(body);
        // The job owns the body and wipes it after decoding: it may hold a raw key.
        DecodeJob job = makeDecodeJob(std::move(body), status);
        if (!large) {
            completeDecode(job(), status);
            return;
        }
        // A big account (100,000 keys is 45 MB of JSON) decodes on a worker thread, so the window
        // stays responsive; so does the last page of a long list, which joins the pages. The deadline no longer
        // applies: the answer is here.
        m_deadlineTimer.stop();
        auto* watcher = new QFutureWatcher<std::optional<DecodeError>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, status] {
            const std::optional<DecodeError> failure = watcher->result();
            watcher->deleteLater();
            completeDecode(failure, status);
        });
        m_decoding = true;
        watcher->setFuture(QtConcurrent::run([job = std::move(job)] {
            runAsBackgroundThread();
            return job();
        }));
        // The service prepares the next page while this one decodes. A cursor seen before is not
        // asked for: the decoded one says whether the list repeats.
        if (ahead && !m_cursorsSeen.contains(*ahead)) {
            m_cursorAhead = ahead;
            requestPage(*ahead);
        }
        return;
    }

    // A 1xx or 3xx as the final answer is not one the contract has (redirects were followed).
    ServiceError e =
        status < 200 || (status >= 300 && status < 400)
            ? ServiceError::make(ServiceError::Kind::MalformedReply, QStringLiteral("unexpected HTTP %1").arg(status))
            : m_errorDecoder(status, body, contentType);
    e.httpStatus = status;
    e.host = m_url.host();
    if (status == 429 || status == 503)
        e.retryAfterSeconds = parseRetryAfterSeconds(retryAfter, QDateTime::currentDateTimeUtc());
    qCInfo(lcNet).noquote() << m_method << m_url.path() << "->" << status
                            << Redactor::redact(e.serviceDetail()).left(500);

    const RetryPolicy::Decision next = m_policy.afterFailure(e, m_idempotent, m_attempts, m_elapsed.elapsed());
    if (!next.retry) {
        finishWith(e);
        return;
    }
    const int delay = next.delayMs;
    if (status >= 500)
        m_hadServerError = true;
    m_error = e; // what the deadline reports if it strikes while waiting
    qCInfo(lcNet).noquote() << "retrying" << m_method << m_url.path() << "in" << delay << "ms";
    emit retrying(m_attempts + 1, delay);
    m_retryTimer.start(delay);
}

void ServiceReply::completeDecode(const std::optional<DecodeError>& failure, int status)
{
    if (m_finished) // cancelled while a worker decoded
        return;
    m_decoding = false;
    const std::optional<QString> ahead = std::exchange(m_cursorAhead, std::nullopt);
    const bool answerWaiting = std::exchange(m_answerWaiting, false);
    if (failure) {
        dropAttempt(); // a page asked for ahead
        ServiceError e = ServiceError::malformed(*failure);
        e.httpStatus = status;
        e.host = m_url.host();
        qCWarning(lcNet).noquote() << m_method << m_url.path() << "malformed reply:" << failure->message();
        finishWith(e);
        return;
    }
    ++m_pages;
    const std::optional<QString> next = adoptDecoded();
    if (ahead) {
        if (next == ahead) {
            // The page asked for ahead is the next one: it is on its way, or in.
            ++m_pagesAskedAhead;
            if (!acceptCursor(*next))
                return;
            if (answerWaiting)
                onAttemptFinished();
            return;
        }
        qCInfo(lcNet).noquote() << m_method << m_url.path() << "page" << m_pages + 1
                                << "was asked for with a cursor the page's decoding did not confirm: asked again";
        dropAttempt();
        m_retryTimer.stop();
    }
    if (next) {
        continueWithCursor(*next);
        return;
    }
    finishWith(std::nullopt);
}

void ServiceReply::continueWithCursor(const QString& cursor)
{
    if (acceptCursor(cursor))
        requestPage(cursor);
}

bool ServiceReply::acceptCursor(const QString& cursor)
{
    // A cursor seen before would walk the same pages forever.
    if (m_cursorsSeen.contains(cursor)) {
        dropAttempt();
        ServiceError e = ServiceError::malformed(DecodeError{DecodeError::Kind::InvalidValue, m_pageRule.cursorField,
                                                             QStringLiteral("a cursor not given before")});
        e.httpStatus = m_status;
        e.host = m_url.host();
        qCWarning(lcNet).noquote() << m_method << m_url.path() << "repeated a page cursor after page" << m_pages;
        finishWith(e);
        return false;
    }
    m_cursorsSeen.append(cursor);
    QPointer<ServiceReply> self(this);
    emit pageLoaded(m_pages, itemsLoaded());
    return self && !m_finished; // a handler may cancel the call
}

void ServiceReply::requestPage(const QString& cursor)
{
    QUrl next = m_firstPageUrl;
    QString query = next.query(QUrl::FullyEncoded);
    if (!query.isEmpty())
        query += QLatin1Char('&');
    query += m_pageRule.cursorParameter + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
    next.setQuery(query, QUrl::StrictMode);
    m_url = next;
    m_attempts = 0;
    m_hadServerError = false;
    m_error.reset();
    m_elapsed.restart();
    m_deadlineTimer.start(m_policy.deadlineMs);
    // While the page before is decoding, this is the page after it, asked for ahead.
    const int page = m_pages + (m_decoding ? 2 : 1);
    qCDebug(lcNet).noquote() << m_method << m_url.path() << "page" << page << "after" << itemsLoaded() << "items"
                             << (m_decoding ? "(asked ahead)" : "");
    sendAttempt();
}

void ServiceReply::cancel()
{
    if (m_finished)
        return;
    dropAttempt();
    ServiceError e = ServiceError::make(ServiceError::Kind::Cancelled);
    e.host = m_url.host();
    finishWith(e);
}

void ServiceReply::finishWith(std::optional<ServiceError> error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    m_attemptTimer.stop();
    m_deadlineTimer.stop();
    m_retryTimer.stop();
    SecretBuffer::wipe(m_body);
    SecretBuffer::wipe(m_authorization); // Qt's copies of the header are freed with its request, not wiped
    // A handler may delete the client, and this reply with it.
    QPointer<ServiceReply> self(this);
    emit finished();
    if (self)
        deleteLater();
}

} // namespace podwarden
