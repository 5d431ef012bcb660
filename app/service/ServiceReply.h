#pragma once

#include "Pagination.h"
#include "RateLimitInfo.h"
#include "RetryPolicy.h"
#include "ServiceError.h"
#include "secrethandling/SecretBuffer.h"

#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace podwarden {

// One call to the service, from the first attempt to the last: the handle a ServiceClient call
// returns. It emits finished() exactly once (success, error, timeout or cancel) and deletes
// itself afterwards, so read it in the slot:
//
//   auto* reply = client->listSecrets();
//   connect(reply, &ServiceReply::finished, this, [this, reply] {
//       if (reply->ok()) show(reply->value()); else showError(reply->error().message());
//   });
class ServiceReply : public QObject
{
    Q_OBJECT
public:
    ~ServiceReply() override;

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error; }
    const ServiceError& error() const; // valid when finished and not ok()
    int httpStatus() const { return m_status; }
    const RateLimitInfo& rateLimit() const { return m_rateLimit; }
    int attempts() const { return m_attempts; }
    QByteArray method() const { return m_method; }
    // Pages of a paged list asked for while the page before them was still decoding, and found to
    // be the right ones (see PageRule::peekCursor).
    int pagesAskedAhead() const { return m_pagesAskedAhead; }
    QUrl url() const { return m_url; }

    // Aborts the call; finished() follows at once with a Cancelled error. No-op once finished.
    void cancel();

signals:
    void finished();
    // An idempotent call is about to be sent again after `delayMs` (429 or 5xx).
    void retrying(int nextAttempt, int delayMs);
    void rateLimitReceived(const podwarden::RateLimitInfo& info);
    // A paged list call received one more page and goes on to the next: `items` in all so far.
    void pageLoaded(int pages, qsizetype items);

public:
    // Replies at least this big are decoded on a worker thread.
    static constexpr qsizetype kDecodeOffThreadBytes = 256 * 1024;

    // How a service words a failure: the ServiceError for a final non-2xx answer (the kind from the
    // status, the service's own words in `problem`). Runpod: ServiceError::fromHttpStatus (problem+json).
    using ErrorDecoder = ServiceError (*)(int status, const QByteArray& body, const QByteArray& contentType);
    // How a paged list asks for its next page: the query parameter that carries the cursor a page
    // gave, and the field it came from (for the message when a cursor repeats).
    struct PageRule
    {
        QString cursorParameter;
        QString cursorField;
        // Reads the next cursor from a page's bytes before the page is decoded, so that the next
        // page is asked for while this one decodes (the decoded cursor must agree, or that early
        // request is dropped and the right one sent). nullptr: the next page waits for the decode.
        std::optional<QString> (*peekCursor)(const QByteArray& body) = nullptr;
        static PageRule runpod(); // cursor=<pagination.nextCursor>, peeked
    };

protected:
    explicit ServiceReply(QObject* parent);
    // Decoding a 2xx body, as a job that may run on another thread: it must not touch the reply.
    // It returns an error for a body that breaks the contract; adoptDecoded() then takes its value
    // on the reply's thread.
    using DecodeJob = std::function<std::optional<DecodeError>()>;
    virtual DecodeJob makeDecodeJob(QByteArray body, int status) = 0;
    // Takes the decoded value. A paged list returns the cursor of the next page while there is
    // one: the call then goes on with that page instead of finishing.
    virtual std::optional<QString> adoptDecoded() = 0;
    virtual qsizetype itemsLoaded() const { return 0; }
    // Whether adoptDecoded() may give a next page's cursor.
    virtual bool followsPages() const { return false; }
    // Whether the job for a body of this size runs on a worker thread.
    virtual bool decodesOffThread(qsizetype bodyBytes) const { return bodyBytes >= kDecodeOffThreadBytes; }

    // The job both kinds of reply run: `decode(body)` into `slot`, the body wiped afterwards (it may
    // hold a raw key).
    template <typename V, typename Decode>
    static DecodeJob decodeInto(Decode decode, QByteArray body, std::shared_ptr<std::optional<V>> slot)
    {
        return [decode = std::move(decode), body = std::move(body), slot]() mutable -> std::optional<DecodeError> {
            auto decoded = decode(body);
            SecretBuffer::wipe(body);
            if (!decoded.ok())
                return decoded.error();
            slot->emplace(std::move(decoded).value());
            return std::nullopt;
        };
    }

private:
    friend class ServiceClient;
    friend class PaperspaceClient;
    struct Request
    {
        QByteArray method;
        QUrl url;
        QByteArray body; // wiped when the call finishes: it may hold a secret value
        QByteArray authorization;
        bool idempotent = false;
        bool expectBody = true;
        qint64 maxReplyBytes = 0; // a longer answer stops the call at once (ReplyTooLarge); 0: no limit
        ErrorDecoder errorDecoder = &ServiceError::fromHttpStatus;
        PageRule pageRule = PageRule::runpod();
    };
    void start(QNetworkAccessManager* nam, const QSslConfiguration& ssl, const RetryPolicy& policy, Request request);
    void sendAttempt();
    void onAttemptFinished();
    void onAttemptTimeout();
    void onDeadline();
    void onRedirected(const QUrl& target);
    void stopIfLargerThanAllowed(qint64 bytes);
    void handleHttpAnswer(int status, QByteArray body, const QByteArray& contentType, const QByteArray& retryAfter);
    void dropAttempt();
    void completeDecode(const std::optional<DecodeError>& failure, int status);
    void continueWithCursor(const QString& cursor);
    bool acceptCursor(const QString& cursor);
    void requestPage(const QString& cursor);
    void finishWith(std::optional<ServiceError> error);

    QPointer<QNetworkAccessManager> m_nam;
    QSslConfiguration m_ssl;
    RetryPolicy m_policy;
    QByteArray m_method;
    QUrl m_url;
    QByteArray m_body;
    QByteArray m_authorization;
    bool m_idempotent = false;
    bool m_expectBody = true;
    qint64 m_maxReplyBytes = 0;
    ErrorDecoder m_errorDecoder = &ServiceError::fromHttpStatus;
    PageRule m_pageRule;

    QPointer<QNetworkReply> m_reply;
    QByteArray m_received; // the body of the attempt so far
    static constexpr qint64 kReadChunkBytes = 1 << 20;
    QTimer m_attemptTimer;
    QTimer m_deadlineTimer;
    QTimer m_retryTimer;
    QElapsedTimer m_elapsed;
    QStringList m_sslErrors;
    int m_attempts = 0;
    int m_redirects = 0; // same-origin redirects followed, over all attempts
    static constexpr int kMaxRedirects = 3;
    int m_pages = 0;
    QUrl m_firstPageUrl;
    QStringList m_cursorsSeen;
    // While a page decodes on a worker: the next page may already be on its way (asked for with
    // the peeked cursor), and its answer, when it is in first, waits for the decode to be adopted.
    bool m_decoding = false;
    std::optional<QString> m_cursorAhead;
    bool m_answerWaiting = false;
    int m_pagesAskedAhead = 0;
    int m_status = 0;
    bool m_hadServerError = false;
    bool m_finished = false;
    RateLimitInfo m_rateLimit;
    std::optional<ServiceError> m_error;
};

// A ServiceReply whose success carries a decoded T.
template <typename T> class TypedReply : public ServiceReply
{
public:
    using Decoder = std::function<Decoded<T>(QByteArray& body, int status)>;
    TypedReply(Decoder decoder, QObject* parent)
        : ServiceReply(parent)
        , m_decoder(std::move(decoder))
    {}

    const T& value() const { return *m_value; } // only when ok()
    T takeValue() { return std::move(*m_value); }

protected:
    DecodeJob makeDecodeJob(QByteArray body, int status) override
    {
        auto slot = std::make_shared<std::optional<T>>();
        m_decoded = slot;
        return this->decodeInto([decoder = m_decoder, status](QByteArray& bytes) { return decoder(bytes, status); },
                                std::move(body), slot);
    }
    std::optional<QString> adoptDecoded() override
    {
        if (m_decoded && *m_decoded)
            m_value = std::move(*m_decoded);
        m_decoded.reset();
        return std::nullopt;
    }

    std::optional<T> m_value;

private:
    Decoder m_decoder;
    std::shared_ptr<std::optional<T>> m_decoded; // filled by the decode job
};

// A list call that follows the next-page cursor to the last page and finishes once, with every
// item of every page (or the first error; a cancel drops what was loaded). pageLoaded() reports
// progress between pages. The page decoder reads the service's paging into ListPage::page (Runpod:
// `pagination.nextCursor`, where a body without `pagination`, the August 2026 shape, is the whole
// list; Paperspace: `hasMore` and `nextPage`); the call's PageRule says how the cursor goes back.
template <typename Item> class PagedListReply final : public TypedReply<QList<Item>>
{
public:
    using PageDecoder = std::function<Decoded<ListPage<Item>>(QByteArray& body)>;
    PagedListReply(PageDecoder decoder, QObject* parent)
        : TypedReply<QList<Item>>(nullptr, parent)
        , m_pageDecoder(std::move(decoder))
        , m_pages(std::make_shared<Pages>())
    {
        this->m_value.emplace();
    }

    // From this many items loaded on, the last page's job runs on a worker whatever its size: it
    // joins the pages, which takes 100,000 keys some 60 ms.
    static constexpr qsizetype kJoinOffThreadItems = 10000;

protected:
    ServiceReply::DecodeJob makeDecodeJob(QByteArray body, int) override
    {
        auto slot = std::make_shared<std::optional<ListPage<Item>>>();
        m_page = slot;
        // The last page's job also joins every page into one list, on the thread that decodes.
        // The reply leaves m_pages alone until the job is done (and a cancelled reply's job keeps
        // them alive by this pointer).
        ServiceReply::DecodeJob decode = this->decodeInto(m_pageDecoder, std::move(body), slot);
        return [decode = std::move(decode), slot, pages = m_pages]() -> std::optional<DecodeError> {
            std::optional<DecodeError> failure = decode();
            if (!failure && *slot && isLast(**slot))
                pages->join(std::move((*slot)->items));
            return failure;
        };
    }
    bool decodesOffThread(qsizetype bodyBytes) const override
    {
        return ServiceReply::decodesOffThread(bodyBytes) || m_loaded >= kJoinOffThreadItems;
    }
    std::optional<QString> adoptDecoded() override
    {
        if (!m_page || !*m_page)
            return std::nullopt;
        ListPage<Item> page = std::move(**m_page);
        m_page.reset();
        if (!isLast(page)) {
            m_loaded += page.items.size();
            m_pages->pages.append(std::move(page.items));
            return page.page.nextCursor;
        }
        QList<Item>& all = *this->m_value;
        all = std::move(m_pages->joined);
        m_loaded = all.size();
        return std::nullopt;
    }
    qsizetype itemsLoaded() const override { return m_loaded; }
    bool followsPages() const override { return true; }

private:
    static bool isLast(const ListPage<Item>& page) { return !(page.page.hasNextPage && page.page.nextCursor); }

    // The pages kept apart until the last one, then moved into one list of exactly their length,
    // each page freed once moved: appending page by page would leave the list up to twice the
    // size it needs (100,000 keys: some 20 MB for nothing) and copy it at every growth.
    struct Pages
    {
        QList<QList<Item>> pages; // the pages before the last, in order
        QList<Item> joined;       // every item, once the last page is in

        void join(QList<Item> last)
        {
            if (pages.isEmpty()) {
                joined = std::move(last);
                if (joined.capacity() > joined.size() + joined.size() / 8)
                    joined.squeeze();
                return;
            }
            qsizetype total = last.size();
            for (const QList<Item>& items : std::as_const(pages))
                total += items.size();
            joined.reserve(total);
            pages.append(std::move(last));
            for (QList<Item>& items : pages) {
                for (Item& item : items)
                    joined.append(std::move(item));
                items = QList<Item>();
            }
            pages.clear();
        }
    };

    PageDecoder m_pageDecoder;
    std::shared_ptr<std::optional<ListPage<Item>>> m_page;
    std::shared_ptr<Pages> m_pages; // touched by the last page's job, then by adoptDecoded
    qsizetype m_loaded = 0;
};

struct NoContent
{};

// True for 127.0.0.0/8, ::1 and "localhost": the only hosts plain http may reach.
bool isLoopbackHost(const QString& host);
// `base` with `path` (already percent-encoded, starting with '/') after its own path, whatever
// slashes the base ends with: "https://h/api/" + "/v2/x" is "https://h/api/v2/x".
QUrl urlUnder(const QUrl& base, const QString& path);
// One id as a URL path segment: percent-encoded, so a '/' or '?' in it cannot leave the segment.
QString pathSegment(const QString& id);
// Same scheme, host and port: a redirect may go there without the key leaving the service.
bool isSameOrigin(const QUrl& a, const QUrl& b);

} // namespace podwarden
