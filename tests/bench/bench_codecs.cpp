#include "ApiKey.h"
#include "ApiKeyPageDecoder.h"
#include "BenchPayload.h"
#include "JsonReader.h"
#include "Pagination.h"

#include <QFile>
#include <QJsonDocument>
#include <QtTest>

#ifdef PODWARDEN_HAVE_SIMDJSON
#include <simdjson.h>
#endif

using namespace podwarden;

// How long the client takes to turn a 100,000-key account listing into domain values, and the
// table's access summaries: the first cost a team admin pays before the keys screen can show.
//
// The listing is a synthetic 100,000-key body, or, with PODWARDEN_BENCH_PAYLOAD naming a file of
// pages (one a line, as `fetch_lists --save-keys` writes the sandbox's real GET
// /v2/account/api-keys pages), that payload: each page decoded as ServiceClient decodes a list
// page. With simdjson (Debian libsimdjson-dev) the same pages are also parsed by simdjson and
// copied into plain structs: issue 16's yardstick for the decode.
class BenchCodecs final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void parseJson100kKeys();
    void decode100kKeys();
#ifdef PODWARDEN_HAVE_SIMDJSON
    void decodeFromBytes100kKeys();
#endif
    void summaries100kKeys();
#ifdef PODWARDEN_HAVE_SIMDJSON
    void simdjsonParseAndCopy100kKeys();
#endif

private:
    QList<QByteArray> m_pages;
    qsizetype m_count = 0;
    QList<ApiKey> m_keys;
};

void BenchCodecs::initTestCase()
{
    QString error;
    m_pages = bench::payloadPages(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    if (m_pages.isEmpty()) {
        QJsonArray keys;
        for (const ApiKey& k : bench::madeUpKeys(100000))
            keys.append(k.toJson());
        m_pages.append(QJsonDocument(QJsonObject{{QStringLiteral("apiKeys"), keys}}).toJson(QJsonDocument::Compact));
    }
    qsizetype bytes = 0;
    for (const QByteArray& page : std::as_const(m_pages)) {
        const auto decoded = decodeApiKeyList(parseJsonObject(page).value());
        QVERIFY(decoded.ok());
        m_keys += decoded.value();
        bytes += page.size();
    }
    m_count = m_keys.size();
    QVERIFY(m_count > 0);
    qInfo("%lld keys in %lld pages, %lld bytes", static_cast<long long>(m_count),
          static_cast<long long>(m_pages.size()), static_cast<long long>(bytes));
}

void BenchCodecs::parseJson100kKeys()
{
    qsizetype count = 0;
    QBENCHMARK
    {
        count = 0;
        for (const QByteArray& page : std::as_const(m_pages))
            count += QJsonDocument::fromJson(page).object().value(QStringLiteral("apiKeys")).toArray().size();
    }
    QCOMPARE(count, m_count);
}

void BenchCodecs::decode100kKeys()
{
    // As ServiceClient::sendPaged decodes each page: parse, decode the items, read the pagination.
    qsizetype count = 0;
    QBENCHMARK
    {
        count = 0;
        for (const QByteArray& page : std::as_const(m_pages)) {
            const auto json = parseJsonObject(page);
            const auto decoded = decodeApiKeyList(json.value());
            const auto info = PageInfo::fromListBody(json.value());
            count += decoded->size() + (info.ok() ? 0 : 1);
        }
    }
    QCOMPARE(count, m_count);
}

#ifdef PODWARDEN_HAVE_SIMDJSON
void BenchCodecs::decodeFromBytes100kKeys()
{
    // As ServiceClient decodes the key list's pages now: straight from the bytes (simdjson).
    QList<QByteArray> pages = m_pages;
    qsizetype count = 0;
    QBENCHMARK
    {
        count = 0;
        for (QByteArray& page : pages) {
            const auto decoded = decodeApiKeyPage(page);
            count += decoded ? decoded->keys.size() : 0;
        }
    }
    QCOMPARE(count, m_count);
}
#endif

void BenchCodecs::summaries100kKeys()
{
    qsizetype total = 0;
    QBENCHMARK
    {
        total = 0;
        for (const ApiKey& k : std::as_const(m_keys))
            total += k.policy.summary().size();
    }
    QVERIFY(total > 0);
}

#ifdef PODWARDEN_HAVE_SIMDJSON

namespace {

// What simdjson's parse is copied into: every field of a key, its strings as QStrings (as the app
// keeps them), its timestamps as their text, its policies as the strings they hold, in order.
struct PlainKey
{
    QString id;
    QString name;
    QString prefix;
    QString createdBy;
    QString createdAt;
    QString lastUsedAt;
    bool legacy = false;
    bool enabled = false;
    QStringList policyStrings;
};

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// Every string, number and literal of `value`, depth first, keys included.
simdjson::error_code copyStrings(simdjson::ondemand::value value, QStringList* out)
{
    simdjson::ondemand::json_type type;
    if (auto error = value.type().get(type))
        return error;
    switch (type) {
    case simdjson::ondemand::json_type::array:
        for (auto element : value.get_array()) {
            simdjson::ondemand::value inner;
            if (auto error = element.get(inner); error || (error = copyStrings(inner, out)))
                return error;
        }
        return simdjson::SUCCESS;
    case simdjson::ondemand::json_type::object:
        for (auto field : value.get_object()) {
            std::string_view key;
            simdjson::ondemand::value inner;
            if (auto error = field.unescaped_key().get(key);
                error || (error = field.value().get(inner)) || (error = copyStrings(inner, out)))
                return error;
            out->append(toQString(key));
        }
        return simdjson::SUCCESS;
    case simdjson::ondemand::json_type::string: {
        std::string_view text;
        if (auto error = value.get_string().get(text))
            return error;
        out->append(toQString(text));
        return simdjson::SUCCESS;
    }
    default: {
        std::string_view raw = value.raw_json_token();
        out->append(toQString(raw));
        return simdjson::SUCCESS;
    }
    }
}

simdjson::error_code copyKey(simdjson::ondemand::object object, PlainKey* key)
{
    for (auto field : object) {
        std::string_view name;
        if (auto error = field.unescaped_key().get(name))
            return error;
        simdjson::ondemand::value value;
        if (auto error = field.value().get(value))
            return error;
        std::string_view text;
        if (name == "id" || name == "name" || name == "prefix" || name == "createdBy" || name == "createdAt") {
            if (auto error = value.get_string().get(text))
                return error;
            QString& slot = name == "id"          ? key->id
                            : name == "name"      ? key->name
                            : name == "prefix"    ? key->prefix
                            : name == "createdBy" ? key->createdBy
                                                  : key->createdAt;
            slot = toQString(text);
        } else if (name == "lastUsedAt") {
            bool null = false;
            if (auto error = value.is_null().get(null))
                return error;
            if (!null) {
                if (auto error = value.get_string().get(text))
                    return error;
                key->lastUsedAt = toQString(text);
            }
        } else if (name == "legacy" || name == "enabled") {
            bool flag = false;
            if (auto error = value.get_bool().get(flag))
                return error;
            (name == "legacy" ? key->legacy : key->enabled) = flag;
        } else if (name == "policies") {
            if (auto error = copyStrings(value, &key->policyStrings))
                return error;
        }
    }
    return simdjson::SUCCESS;
}

} // namespace

void BenchCodecs::simdjsonParseAndCopy100kKeys()
{
    // The bytes as they arrive, padded as simdjson needs (a copy it would make of a reply too).
    std::vector<simdjson::padded_string> pages;
    for (const QByteArray& page : std::as_const(m_pages))
        pages.emplace_back(page.constData(), size_t(page.size()));
    simdjson::ondemand::parser parser;
    std::vector<PlainKey> keys;
    QBENCHMARK
    {
        keys.clear();
        for (const simdjson::padded_string& page : pages) {
            simdjson::ondemand::document doc;
            QVERIFY(!parser.iterate(page).get(doc));
            simdjson::ondemand::array list;
            QVERIFY(!doc["apiKeys"].get_array().get(list));
            for (auto element : list) {
                simdjson::ondemand::object object;
                QVERIFY(!element.get_object().get(object));
                PlainKey key;
                QVERIFY(!copyKey(object, &key));
                keys.push_back(std::move(key));
            }
            bool more = false;
            // As the app does: the pagination block is read, hasNextPage and the cursor.
            if (auto pagination = doc["pagination"]; !pagination.error()) {
                QVERIFY(!pagination["hasNextPage"].get_bool().get(more));
                if (more) {
                    std::string_view cursor;
                    QVERIFY(!pagination["nextCursor"].get_string().get(cursor));
                }
            }
        }
    }
    QCOMPARE(qsizetype(keys.size()), m_count);
    QCOMPARE(keys.front().id, m_keys.front().id);
    QCOMPARE(keys.back().createdBy, m_keys.back().createdBy);
}

#endif

QTEST_GUILESS_MAIN(BenchCodecs)
#include "bench_codecs.moc"
