#pragma once

#include "AccessPolicy.h"
#include "ApiKey.h"
#include "KeyUsage.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace podwarden {

// Least privilege from real use (issue 20, item 3): from a key's access and its usage record, the
// narrowest access that still allows everything it did within the window. The management API and
// each endpoint keep the level their recent use needs (a write used: Read-Write; only reads: Read;
// nothing: None); "every endpoint, present and future" becomes the endpoints actually called.
// Statements Podwarden does not understand are kept as they are. Nothing ever widens.
namespace LeastPrivilege {

constexpr int kWindowDays = 90; // a grant not used within this many days is unused
constexpr int kSettleDays = 7;  // a key younger than this is left alone: it has not been used yet

enum class Verdict {
    Narrower, // `suggested` grants less than the key holds
    UsesAll,  // it used every grant it holds within the window
    Legacy,   // legacy keys accept no new access; rolling makes a scoped key that can be narrowed
    TooNew,   // younger than kSettleDays
};

// One line of the difference between the key's access and the suggestion.
struct Change
{
    enum class Scope { Api, AllEndpoints, Endpoint };
    Scope scope = Scope::Api;
    QString endpointId; // Scope::Endpoint
    AccessLevel from = AccessLevel::None;
    AccessLevel to = AccessLevel::None;
    // A narrowing: the last use of what is taken away (nullopt: never used). A grant made explicit
    // (an endpoint kept when "every endpoint" goes): the last use that keeps it. Not set for
    // "every endpoint" itself, which is replaced by the endpoints the key called.
    std::optional<QDateTime> lastUsed;
    bool operator==(const Change& o) const
    {
        return scope == o.scope && endpointId == o.endpointId && from == o.from && to == o.to && lastUsed == o.lastUsed;
    }
};

struct Suggestion
{
    QString keyId;
    Verdict verdict = Verdict::UsesAll;
    AccessPolicy current;
    AccessPolicy suggested; // == current unless Narrower
    QList<Change> changes;  // in the order to show: API, every endpoint, then endpoints by id
    bool isNarrower() const { return verdict == Verdict::Narrower; }
};

Suggestion suggest(const ApiKey& key, const KeyUsage& usage, const QDateTime& now);

} // namespace LeastPrivilege

} // namespace podwarden
