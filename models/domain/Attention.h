#pragma once

#include "AccountSnapshot.h"

#include <QDateTime>
#include <QSet>
#include <QString>

namespace podwarden {

// What "Needs attention" on the Overview counts (PRODUCT.md, issue 19), by the same rules as the
// filters that each count opens: the key list's filters, the secrets and templates lists'.
namespace Attention {

constexpr int kUnusedDays = 90;  // "unused 90 days"
constexpr int kExpiringDays = 7; // "expiring": within this many days, or already expired

// The names that some template's env references as {{ RUNPOD_SECRET_name }}.
QSet<QString> referencedSecretNames(const QList<Template>& templates);
// A secret that no template references (a candidate for deletion, or a template not written yet).
bool isUnreferenced(const Secret& secret, const QSet<QString>& referenced);
// A template whose env references a secret that does not exist: its pods and workers fail to boot.
bool referencesMissingSecret(const Template& t, const QSet<QString>& secretNames);
QSet<QString> secretNames(const QList<Secret>& secrets);

enum class Item {
    UnusedKeys,
    NeverUsedKeys,
    LegacyKeys,
    ApiWriteKeys,
    DisabledKeys,
    ExpiringKeys,
    UnreferencedSecrets,
    TemplatesMissingSecrets
};
constexpr Item kItems[] = {Item::ExpiringKeys, Item::TemplatesMissingSecrets,
                           Item::ApiWriteKeys, Item::LegacyKeys,
                           Item::UnusedKeys,   Item::NeverUsedKeys,
                           Item::DisabledKeys, Item::UnreferencedSecrets}; // most urgent first

struct Counts
{
    int unusedKeys = 0;
    int neverUsedKeys = 0;
    int legacyKeys = 0;
    int apiWriteKeys = 0;
    int disabledKeys = 0; // disabled, not revoked (revoked keys are not in the list)
    int expiringKeys = 0;
    int unreferencedSecrets = 0;
    int templatesMissingSecrets = 0;
    int value(Item item) const;
    bool operator==(const Counts& o) const
    {
        return unusedKeys == o.unusedKeys && neverUsedKeys == o.neverUsedKeys && legacyKeys == o.legacyKeys &&
               apiWriteKeys == o.apiWriteKeys && disabledKeys == o.disabledKeys && expiringKeys == o.expiringKeys &&
               unreferencedSecrets == o.unreferencedSecrets && templatesMissingSecrets == o.templatesMissingSecrets;
    }
};

// One walk over the account (100,000 keys take a few milliseconds).
Counts count(const AccountSnapshot& snapshot, const QDateTime& now);

} // namespace Attention

} // namespace podwarden
