#pragma once

#include "DecodeError.h"
#include "Template.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace podwarden {

// Where a draft stands against the service:
//   New      - never pushed; `draft.id` is empty.
//   Modified - edited since it was based on (or last pushed as) `base`.
//   Pushed   - the service holds exactly `draft`.
//   Conflict - a push found the service's copy changed since `base`; the user resolves it.
enum class DraftState { New, Modified, Pushed, Conflict };
QString toWireString(DraftState state);
std::optional<DraftState> draftStateFromString(const QString& text);

// A template as the user is editing it, kept in the local store after every edit so that no
// work is lost to a crash or a missing connection. `base` is the service's copy the draft began
// from (or was last pushed as): the third side of the comparison when both changed.
struct TemplateDraft
{
    QString id; // local, stable across saves
    QString profileId;
    Template draft;
    std::optional<Template> base;
    DraftState state = DraftState::New;
    QDateTime updatedAt;
    qint64 revision = 0; // one more at every save

    // A draft of an existing template, based on the service's copy.
    static TemplateDraft fromTemplate(const QString& profileId, const Template& serverCopy);
    // A new template's draft.
    static TemplateDraft makeNew(const QString& profileId);

    // The env is kept as an ordered list (duplicates and all), unlike the wire's object.
    static Decoded<TemplateDraft> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
    bool operator==(const TemplateDraft& o) const;
};

} // namespace podwarden
