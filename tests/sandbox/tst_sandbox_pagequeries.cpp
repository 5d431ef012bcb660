// The sandbox's lists at 100,000 keys (issue 16): each page is found through an index, from the
// cursor on (a page query that walked the index from its first row made reading every page of a
// 100,000-key list quadratic), a database from an older sandbox gets the indexes at open, and the
// key list's pages still hold every key once, in order, when many keys share one creation time.
#include "Store.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace podwarden;
using namespace podwarden::sandbox;

namespace {

const QStringList kListIndexes = {"api_keys_by_created",   "templates_by_created", "endpoints_by_created",
                                  "endpoints_by_template", "builds_by_endpoint",   "events_by_resource_time",
                                  "events_by_time",        "jobs_by_endpoint",     "workers_by_endpoint",
                                  "releases_by_endpoint",  "pods_by_created"};

// A connection of the test's own to `file`, closed and removed with it.
class Connection final
{
public:
    explicit Connection(const QString& file)
        : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(file);
        db.open();
    }
    ~Connection() { QSqlDatabase::removeDatabase(m_name); }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name); }

    QStringList column(const QString& sql, int column = 0) const
    {
        QSqlQuery q(db());
        QStringList out;
        if (!q.exec(sql))
            return {q.lastError().text()};
        while (q.next())
            out.append(q.value(column).toString());
        return out;
    }

private:
    QString m_name;
};

} // namespace

class TestSandboxPageQueries final : public QObject
{
    Q_OBJECT
private slots:
    void everyPageIsFoundThroughAnIndex()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath("sandbox.db");
        QString error;
        auto store = Store::open(file, &error);
        QVERIFY2(store, qPrintable(error));
        Connection plans(file);
        const QStringList queries = Store::pageQueries();
        QCOMPARE(queries.size(), 14); // keys, templates, endpoints, builds, releases, pods (first and later), events
        for (const QString& sql : queries) {
            QSqlQuery q(plans.db());
            QVERIFY2(q.prepare("EXPLAIN QUERY PLAN " + sql), qPrintable(q.lastError().text() + ": " + sql));
            for (int i = 0; i < sql.count(QLatin1Char('?')); ++i)
                q.addBindValue(1);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QStringList steps;
            while (q.next())
                steps.append(q.value(3).toString());
            const QString plan = steps.join(" | ");
            // In the list's order straight from the index: no sort of the rows found.
            QVERIFY2(!plan.contains("TEMP B-TREE"), qPrintable(plan + "\n" + sql));
            QVERIFY2(plan.contains("USING INDEX") || plan.contains("USING COVERING INDEX"),
                     qPrintable(plan + "\n" + sql));
            // A later page starts at its cursor: a SEARCH of the index, never a SCAN from its start.
            const bool later =
                sql.contains("(created_at, id) ") || sql.contains("(version, id) ") || sql.contains("(at, seq) ");
            if (later)
                QVERIFY2(!plan.contains("SCAN") && plan.startsWith("SEARCH"), qPrintable(plan + "\n" + sql));
        }
    }

    void anOlderDatabaseGetsItsIndexesAtOpen()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath("sandbox.db");
        QString error;
        QVERIFY2(Store::open(file, &error), qPrintable(error));
        {
            // As an older sandbox left it: without the page indexes, with the old events index.
            Connection older(file);
            for (const QString& index : kListIndexes)
                QVERIFY(QSqlQuery(older.db()).exec("DROP INDEX " + index));
            QVERIFY(QSqlQuery(older.db())
                        .exec("CREATE INDEX events_by_resource ON events (resource_type, "
                              "resource_id, seq)"));
            QCOMPARE(older.column("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'"),
                     QStringList{"events_by_resource"});
        }
        auto store = Store::open(file, &error);
        QVERIFY2(store, qPrintable(error));
        Connection after(file);
        QStringList indexes =
            after.column("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'");
        indexes.sort();
        QStringList expected = kListIndexes;
        expected.sort();
        QCOMPARE(indexes, expected);
    }

    // 23 keys, most created at the same millisecond: pages of 2 follow (created_at, id) through the
    // ties, each key once.
    void keyPagesKeepTheirOrderThroughTies()
    {
        QTemporaryDir dir;
        QString error;
        auto store = Store::open(dir.filePath("sandbox.db"), &error);
        QVERIFY2(store, qPrintable(error));
        const QDateTime t0(QDate(2026, 5, 1), QTime(9, 30), Qt::UTC);
        QList<QPair<qint64, QString>> expected;
        for (int i = 0; i < 23; ++i) {
            ApiKey k;
            k.id = QStringLiteral("key_%1").arg(QChar(QLatin1Char('a' + (i * 7) % 23))); // ids not in insert order
            k.name = QStringLiteral("key %1").arg(i);
            k.prefix = QStringLiteral("rpa_%1").arg(i);
            k.createdBy = QStringLiteral("ana@example.com");
            k.createdAt = i % 5 == 0 ? t0.addMSecs(i) : t0; // 18 ties, and 5 around them
            k.policy = AccessPolicy::readOnly();
            store->insertKey(k, QByteArray::number(i));
            expected.append({k.createdAt.toMSecsSinceEpoch(), k.id});
        }
        store->revokeKey(QStringLiteral("key_h"), t0); // revoked: not listed
        expected.removeIf([](const auto& e) { return e.second == QLatin1String("key_h"); });
        QVERIFY(!store->takeFailure());
        std::sort(expected.begin(), expected.end());

        QStringList listed;
        PageRequest page;
        page.limit = 2;
        int pages = 0;
        for (bool more = true; more; ++pages) {
            std::optional<ListPosition> last;
            const QByteArray json = store->keyPageJson(page, &more, &last);
            QVERIFY(!store->takeFailure());
            const QJsonArray items = QJsonDocument::fromJson(json).array();
            QVERIFY(items.size() <= 2);
            for (const QJsonValue& item : items)
                listed.append(item.toObject().value("id").toString());
            page.after = last;
            QVERIFY(pages < 30);
        }
        QStringList ids;
        for (const auto& e : std::as_const(expected))
            ids.append(e.second);
        QCOMPARE(listed, ids);
        QCOMPARE(pages, 11);
    }
};

QTEST_GUILESS_MAIN(TestSandboxPageQueries)
#include "tst_sandbox_pagequeries.moc"
