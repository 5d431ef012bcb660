#pragma once

// What the key benchmarks read: the sandbox's real key pages when PODWARDEN_BENCH_PAYLOAD names a
// file of them (one page a line, as `fetch_lists --save-keys` writes them), else keys made up.
#include "ApiKey.h"

#include <QByteArray>
#include <QFile>
#include <QList>

namespace podwarden::bench {

// The payload's pages; empty without PODWARDEN_BENCH_PAYLOAD, or when its file cannot be read
// (`*error` then names it).
inline QList<QByteArray> payloadPages(QString* error)
{
    const QString payload = qEnvironmentVariable("PODWARDEN_BENCH_PAYLOAD");
    if (payload.isEmpty())
        return {};
    QFile file(payload);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = payload + QStringLiteral(": ") + file.errorString();
        return {};
    }
    QList<QByteArray> pages;
    for (QByteArray line : file.readAll().split('\n')) {
        if (!line.isEmpty())
            pages.append(std::move(line));
    }
    return pages;
}

// `count` keys a minute apart: three kinds of policy, four in five used, forty people.
inline QList<ApiKey> madeUpKeys(int count)
{
    QList<ApiKey> keys;
    keys.reserve(count);
    for (int i = 0; i < count; ++i) {
        ApiKey k;
        k.id = QStringLiteral("key_%1").arg(i);
        k.name = QStringLiteral("key number %1").arg(i);
        k.prefix = QStringLiteral("rpa_%1").arg(i, 4, 36, QLatin1Char('0')).left(8);
        k.createdAt = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(i) * 60);
        if (i % 5)
            k.lastUsedAt = k.createdAt.addDays(3);
        k.createdBy = QStringLiteral("user%1@example.com").arg(i % 40);
        k.policy = i % 3 == 0 ? AccessPolicy::all()
                   : i % 3 == 1
                       ? AccessPolicy::readOnly()
                       : AccessPolicy::restricted(AccessLevel::Read,
                                                  {{QStringLiteral("ep_%1").arg(i % 97), AccessLevel::ReadWrite}});
        keys.append(k);
    }
    return keys;
}

} // namespace podwarden::bench
