#pragma once

#include "ApiKey.h"
#include "AuditEvent.h"
#include "DecodeError.h"
#include "Endpoint.h"
#include "PaperspaceAccount.h"
#include "Pod.h"
#include "Secret.h"
#include "Template.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace podwarden {

// Everything the screens show about one account, as loaded together by the session: metadata
// only (no secret value or raw key exists in any of these types). Also the local cache's format.
struct AccountSnapshot
{
    QList<ApiKey> apiKeys;
    QList<Secret> secrets;
    QList<Template> templates;
    QList<Endpoint> endpoints;
    QList<Pod> pods; // empty where the service serves no pods (or the key may not list them)
    // A Paperspace account (SERVICE.md section 8) has these instead of the lists above.
    QList<Deployment> deployments;
    QList<ScopedPaperspaceSecret> paperspaceSecrets;
    // The newest events of the account's history (one page, newest first), loaded with the rest, so
    // the Audit screen has something to show offline. Empty where the service keeps no history.
    QList<AuditEvent> recentEvents;
    QDateTime fetchedAt; // when the last of its requests answered; invalid for an empty snapshot

    bool isEmpty() const { return !fetchedAt.isValid(); }

    // {"fetchedAt", "apiKeys":[...], "secrets":[...], "templates":[...], "endpoints":[...],
    // "pods":[...]}, and for Paperspace "deployments" and "paperspaceSecrets", and "recentEvents"
    // (each written only when not empty); a copy saved before pods were kept has no "pods" and reads as none.
    static Decoded<AccountSnapshot> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
    bool operator==(const AccountSnapshot& o) const
    {
        return apiKeys == o.apiKeys && secrets == o.secrets && templates == o.templates && endpoints == o.endpoints &&
               pods == o.pods && deployments == o.deployments && paperspaceSecrets == o.paperspaceSecrets &&
               recentEvents == o.recentEvents && fetchedAt == o.fetchedAt;
    }
};

} // namespace podwarden
