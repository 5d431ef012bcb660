#include "ApiKeyPageDecoder.h"

#ifdef PODWARDEN_HAVE_SIMDJSON

#include "JsonReader.h"

#include <simdjson.h>

#include <string_view>

namespace podwarden {

namespace {

namespace od = simdjson::ondemand;

QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

bool readString(od::value value, QString* out)
{
    std::string_view s;
    if (value.get_string().get(s))
        return false;
    *out = text(s);
    return true;
}

// A string or null (nullopt); false on another type.
bool readOptString(od::value value, std::optional<QString>* out)
{
    bool null = false;
    if (value.is_null().get(null))
        return false;
    if (null) {
        out->reset();
        return true;
    }
    QString s;
    if (!readString(value, &s))
        return false;
    *out = std::move(s);
    return true;
}

bool readOptTime(od::value value, std::optional<QDateTime>* out)
{
    std::optional<QString> s;
    if (!readOptString(value, &s))
        return false;
    if (!s) {
        out->reset();
        return true;
    }
    *out = parseTimestamp(*s);
    return out->has_value();
}

bool readStrings(od::value value, QStringList* out)
{
    od::array array;
    if (value.get_array().get(array))
        return false;
    for (auto element : array) {
        std::string_view s;
        if (element.get_string().get(s))
            return false;
        out->append(text(s));
    }
    return true;
}

// One statement, as AccessPolicy::fromDocuments reads it; false for anything it would not take as
// it is here (a missing field, a wrong type, keys of its own, kept verbatim by the slow path).
bool readStatement(od::value value, PolicyStatement* st)
{
    od::object object;
    if (value.get_object().get(object))
        return false;
    bool effect = false;
    bool actions = false;
    bool resources = false;
    for (auto field : object) {
        std::string_view key;
        od::value v;
        if (field.unescaped_key().get(key) || field.value().get(v))
            return false;
        if (key == "Effect")
            effect = readString(v, &st->effect);
        else if (key == "Actions")
            actions = readStrings(v, &st->actions);
        else if (key == "Resources")
            resources = readStrings(v, &st->resources);
        else
            return false; // a Condition or the like: the slow path keeps it as it is
        if ((key == "Effect" && !effect) || (key == "Actions" && !actions) || (key == "Resources" && !resources))
            return false;
    }
    return effect && actions && resources;
}

bool readPolicies(od::value value, AccessPolicy* policy)
{
    od::array documents;
    if (value.get_array().get(documents))
        return false;
    for (auto element : documents) {
        od::object document;
        if (element.get_object().get(document))
            return false;
        // The Version may come after the statements (QJsonDocument writes keys in order): the
        // statements wait for it.
        QString version;
        bool hasVersion = false;
        bool hasStatements = false;
        QList<PolicyStatement> read;
        for (auto field : document) {
            std::string_view key;
            od::value v;
            if (field.unescaped_key().get(key) || field.value().get(v))
                return false;
            if (key == "Version") {
                if (!readString(v, &version))
                    return false;
                hasVersion = true;
            } else if (key == "Statement") {
                od::array statements;
                if (v.get_array().get(statements))
                    return false;
                hasStatements = true;
                for (auto item : statements) {
                    od::value statement;
                    PolicyStatement st;
                    if (item.get(statement) || !readStatement(statement, &st))
                        return false;
                    read.append(std::move(st));
                }
            }
        }
        if (!hasVersion || !hasStatements)
            return false;
        for (PolicyStatement& st : read) {
            st.version = version;
            policy->addStatement(st);
        }
    }
    policy->finishStatements();
    return true;
}

constexpr qsizetype kMaxShared = 65536; // beyond that, new policies and people are not remembered

// Equal policies decoded once: a cache miss reads the documents' own text again with a parser
// of its own (the on-demand array is spent once its text has been taken).
bool readSharedPolicy(od::value value, AccessPolicy* policy, ApiKeyPageDecoder::Shared& shared)
{
    od::array documents;
    std::string_view raw;
    if (value.get_array().get(documents) || documents.raw_json().get(raw))
        return false;
    const QByteArray text = QByteArray::fromRawData(raw.data(), qsizetype(raw.size()));
    if (const auto found = shared.policies.constFind(text); found != shared.policies.cend()) {
        *policy = found.value();
        return true;
    }
    const simdjson::padded_string copy(raw);
    od::parser parser;
    od::document document;
    od::value read;
    if (parser.iterate(copy).get(document) || document.get_value().get(read) || !readPolicies(read, policy))
        return false;
    if (shared.policies.size() < kMaxShared)
        shared.policies.insert(QByteArray(raw.data(), qsizetype(raw.size())), *policy);
    return true;
}

QString sharedPerson(std::string_view name, ApiKeyPageDecoder::Shared& shared)
{
    const QByteArray text = QByteArray::fromRawData(name.data(), qsizetype(name.size()));
    if (const auto found = shared.people.constFind(text); found != shared.people.cend())
        return found.value();
    QString person = QString::fromUtf8(text);
    if (shared.people.size() < kMaxShared)
        shared.people.insert(QByteArray(name.data(), qsizetype(name.size())), person);
    return person;
}

bool readKey(od::value value, ApiKey* k, ApiKeyPageDecoder::Shared& shared)
{
    od::object object;
    if (value.get_object().get(object))
        return false;
    enum Seen { Id = 1, Name = 2, Prefix = 4, Legacy = 8, Enabled = 16, Created = 32, Policies = 64 };
    int seen = 0;
    for (auto field : object) {
        std::string_view key;
        od::value v;
        if (field.unescaped_key().get(key) || field.value().get(v))
            return false;
        bool ok = true;
        if (key == "id") {
            ok = readString(v, &k->id);
            seen |= Id;
        } else if (key == "name") {
            ok = readString(v, &k->name);
            seen |= Name;
        } else if (key == "prefix") {
            ok = readString(v, &k->prefix);
            seen |= Prefix;
        } else if (key == "legacy" || key == "enabled") {
            ok = !v.get_bool().get(key == "legacy" ? k->legacy : k->enabled);
            seen |= key == "legacy" ? Legacy : Enabled;
        } else if (key == "createdAt") {
            QString s;
            ok = readString(v, &s);
            const auto at = ok ? parseTimestamp(s) : std::nullopt;
            ok = at.has_value();
            if (ok)
                k->createdAt = *at;
            seen |= Created;
        } else if (key == "lastUsedAt") {
            ok = readOptTime(v, &k->lastUsedAt);
        } else if (key == "expiresAt") {
            ok = readOptTime(v, &k->expiresAt);
        } else if (key == "createdBy") {
            bool null = false;
            std::string_view s;
            ok = !v.is_null().get(null) && (null || !v.get_string().get(s));
            k->createdBy = null || !ok ? QString() : sharedPerson(s, shared);
        } else if (key == "rolledFrom") {
            std::optional<QString> s;
            ok = readOptString(v, &s);
            k->rolledFrom = s.value_or(QString());
        } else if (key == "policies") {
            ok = readSharedPolicy(v, &k->policy, shared);
            seen |= Policies;
        }
        if (!ok)
            return false;
    }
    return seen == (Id | Name | Prefix | Legacy | Enabled | Created | Policies);
}

bool readPageInfo(od::value value, PageInfo* info)
{
    od::object object;
    if (value.get_object().get(object))
        return false;
    bool hasNext = false;
    bool hasCursor = false;
    for (auto field : object) {
        std::string_view key;
        od::value v;
        if (field.unescaped_key().get(key) || field.value().get(v))
            return false;
        if (key == "hasNextPage") {
            if (v.get_bool().get(info->hasNextPage))
                return false;
            hasNext = true;
        } else if (key == "nextCursor") {
            if (!readOptString(v, &info->nextCursor))
                return false;
            hasCursor = true;
        }
    }
    if (!hasNext || !hasCursor)
        return false;
    return !info->hasNextPage || (info->nextCursor && !info->nextCursor->isEmpty());
}

} // namespace

std::optional<ApiKeyPage> decodeApiKeyPage(QByteArray& body)
{
    ApiKeyPageDecoder decoder;
    return decoder.decode(body);
}

std::optional<ApiKeyPage> ApiKeyPageDecoder::decode(QByteArray& body)
{
    // simdjson reads a little past the end: room for it, without copying the body when there is.
    const qsizetype size = body.size();
    body.reserve(size + qsizetype(simdjson::SIMDJSON_PADDING));
    // A parser per page, not one kept per thread: its buffers (the size of the largest page) go
    // with it, and a 45 MB single-page answer leaves nothing behind.
    od::parser parser;
    od::document document;
    if (parser.iterate(body.constData(), size_t(size), size_t(body.capacity())).get(document))
        return std::nullopt;
    od::object top;
    if (document.get_object().get(top))
        return std::nullopt;
    ApiKeyPage out;
    bool hasKeys = false;
    for (auto field : top) {
        std::string_view key;
        od::value v;
        if (field.unescaped_key().get(key) || field.value().get(v))
            return std::nullopt;
        if (key == "apiKeys") {
            od::array keys;
            if (v.get_array().get(keys))
                return std::nullopt;
            for (auto element : keys) {
                od::value item;
                ApiKey k;
                if (element.get(item) || !readKey(item, &k, m_shared))
                    return std::nullopt;
                out.keys.append(std::move(k));
            }
            hasKeys = true;
        } else if (key == "pagination") {
            bool null = false;
            if (v.is_null().get(null))
                return std::nullopt;
            if (!null && !readPageInfo(v, &out.page))
                return std::nullopt;
        }
    }
    // Nothing after the object: every token read (the usual path refuses trailing bytes too).
    if (!hasKeys || document.current_location().error() != simdjson::OUT_OF_BOUNDS)
        return std::nullopt;
    return out;
}

} // namespace podwarden

#endif // PODWARDEN_HAVE_SIMDJSON
