#pragma once

#include <QString>
#include <QStringList>
#include <QUrlQuery>
#include <optional>

namespace podwarden::sandbox {

// Where a paged list resumes: the sort key of the last item of the previous page. Lists are read
// with a keyset ("after this key"), not an offset, so that items created or deleted while a client
// walks the pages never make it skip or repeat one.
struct ListPosition
{
    qint64 primary = 0; // createdAt in ms, or an event's time
    QString secondary;  // the id (an event's sequence number) that breaks ties
    bool operator==(const ListPosition& o) const { return primary == o.primary && secondary == o.secondary; }
};

struct PageRequest
{
    int limit = 1000;
    std::optional<ListPosition> after; // nullopt: the first page
};

// The query parameters `cursor` and `limit` of a paged list (PaginationCursor, PaginationLimit).
// A cursor is base64url of a small JSON object that names the list it came from and a digest of
// the filter parameters it was issued with, so that a cursor of another list, another endpoint or
// other filters is refused (422) instead of silently resuming somewhere else.
class PageCursor final
{
public:
    // `operation` names the list ("listTemplates", "listEndpointBuilds:ep_x"); `filters` is the
    // canonical text of the parameters that select its items (not `limit`).
    PageCursor(QString operation, QString filters);

    // Reads cursor and limit. nullopt with one message per failure in `errors` when either is bad.
    std::optional<PageRequest> read(const QUrlQuery& query, int defaultLimit, int maxLimit, QStringList* errors) const;
    // The cursor that resumes after `position`.
    QString cursorAfter(const ListPosition& position) const;

private:
    QString m_operation;
    QString m_filterDigest;
};

} // namespace podwarden::sandbox
