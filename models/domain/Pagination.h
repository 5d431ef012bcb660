#pragma once

#include "DecodeError.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace podwarden {

// The `pagination` block of a paged list (September 2026: templates, endpoints, builds, pods, and
// our [ext] keys and events): follow nextCursor while hasNextPage. A list body without the block
// (the August 2026 shape) is one complete page.
struct PageInfo
{
    std::optional<QString> nextCursor;
    bool hasNextPage = false;

    bool operator==(const PageInfo& o) const { return nextCursor == o.nextCursor && hasNextPage == o.hasNextPage; }

    // Reads `pagination` from a list body. A page that says there is more but gives no cursor
    // breaks the contract (it could only be followed by reading the same page again).
    static Decoded<PageInfo> fromListBody(const QJsonObject& body);
    // The next page's cursor read from a list body's first or last bytes, without parsing the body:
    // the `pagination` block right after its opening brace or right before its closing one, when
    // it says there is more. A guess to ask for the next page early: the decoded block decides
    // (nullopt when the block is not where it looks, is unusual, or says this is the last page).
    static std::optional<QString> peekNextCursor(const QByteArray& body);
    QJsonObject toJson() const;            // {"nextCursor": ..., "hasNextPage": ...}
    void writeTo(QJsonObject& body) const; // adds "pagination"
};

// A decoded page of a paged list.
template <typename T> struct ListPage
{
    QList<T> items;
    PageInfo page;
};

} // namespace podwarden
