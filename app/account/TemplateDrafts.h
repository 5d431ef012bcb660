#pragma once

#include "TemplateDraft.h"

#include <QObject>

#include <optional>

namespace podwarden {

class LocalStore;
class Session;
class TemplatePush;
struct AccountChange;

// The one owner of the template drafts of this computer: read from the local store once per
// profile, saved on every edit (one transaction each), discarded, pushed. A push that went
// through saves the pushed draft and hands the template to the account (Session::keepTemplate);
// a template deleted from the account takes its draft with it. The templates screen shows what
// it says.
//
//   connect(drafts, &TemplateDrafts::draftChanged, model, &TemplateListModel::upsertDraft);
//   if (!drafts->save(draft)) showMessage(drafts->errorString(), true);
class TemplateDrafts final : public QObject
{
    Q_OBJECT
public:
    TemplateDrafts(Session* session, LocalStore* store);

    // The drafts of the session's profile (read from the store the first time it is asked).
    QList<TemplateDraft> drafts();
    QString profileId() const;
    // Saves `draft`: false when the store refused it (errorString() says why); the draft is kept
    // in memory and announced either way, so nothing on screen is lost.
    bool save(const TemplateDraft& draft);
    bool discard(const QString& draftId);
    QString errorString() const { return m_error; }

    // Starts a push of `draft` (null when not connected). When it goes through, the pushed draft
    // is saved and the template kept in the account before the caller hears finished().
    TemplatePush* push(const TemplateDraft& draft, QObject* parent);

signals:
    void draftChanged(const podwarden::TemplateDraft& draft);
    void draftRemoved(const QString& draftId);

private:
    void onAccountChanged(const AccountChange& change);
    void dropOrphans();
    void loadIfNeeded();

    Session* m_session;
    LocalStore* m_store;
    QString m_loadedProfile;
    bool m_loaded = false;
    QList<TemplateDraft> m_drafts;
    QString m_error;
};

} // namespace podwarden
