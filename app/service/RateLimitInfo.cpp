#include "RateLimitInfo.h"

#include <QList>
#include <QLocale>
#include <QTimeZone>

namespace podwarden {

namespace {

struct Item
{
    QString name;
    QList<QPair<QByteArray, int>> params;
    std::optional<int> param(const char* key) const
    {
        for (const auto& [k, v] : params) {
            if (k == key)
                return v;
        }
        return std::nullopt;
    }
};

// A small reader for the structured-field lists these headers use: `"name";k=v;k=v, ...`.
QList<Item> parseItems(const QByteArray& header)
{
    QList<Item> items;
    for (const QByteArray& rawItem : header.split(',')) {
        const QList<QByteArray> parts = rawItem.trimmed().split(';');
        if (parts.isEmpty() || parts.first().isEmpty())
            continue;
        Item item;
        QByteArray name = parts.first().trimmed();
        if (name.size() >= 2 && name.startsWith('"') && name.endsWith('"'))
            name = name.mid(1, name.size() - 2);
        item.name = QString::fromUtf8(name);
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray param = parts.at(i).trimmed();
            const qsizetype eq = param.indexOf('=');
            if (eq <= 0)
                continue;
            bool ok = false;
            const int value = param.mid(eq + 1).trimmed().toInt(&ok);
            if (ok && value >= 0)
                item.params.append({param.left(eq).trimmed(), value});
        }
        items.append(item);
    }
    return items;
}

} // namespace

RateLimitInfo RateLimitInfo::parse(const QByteArray& rateLimit, const QByteArray& rateLimitPolicy)
{
    RateLimitInfo info;
    const QList<Item> limits = parseItems(rateLimit);
    const Item* chosen = nullptr;
    for (const Item& item : limits) {
        const auto r = item.param("r");
        if (!r)
            continue;
        if (!chosen || *r < *chosen->param("r"))
            chosen = &item;
    }
    if (!chosen)
        return info;
    info.policy = chosen->name;
    info.remaining = chosen->param("r");
    info.resetSeconds = chosen->param("t");
    for (const Item& item : parseItems(rateLimitPolicy)) {
        if (item.name == info.policy) {
            info.quota = item.param("q");
            info.windowSeconds = item.param("w");
            break;
        }
    }
    return info;
}

std::optional<qint64> parseRetryAfterSeconds(const QByteArray& value, const QDateTime& now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? std::optional<qint64>(seconds) : std::nullopt;
    // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT".
    QDateTime at =
        QLocale::c().toDateTime(QString::fromLatin1(text), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid())
        return std::nullopt;
    at.setTimeZone(QTimeZone::utc());
    return std::max<qint64>(0, now.secsTo(at));
}

} // namespace podwarden
