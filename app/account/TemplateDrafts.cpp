#include "TemplateDrafts.h"

#include "account/AccountChanges.h"
#include "account/Session.h"
#include "log/LogCategories.h"
#include "service/TemplatePush.h"
#include "store/LocalStore.h"

#include <QSet>

namespace podwarden {

TemplateDrafts::TemplateDrafts(Session* session, LocalStore* store)
    : QObject(session)
    , m_session(session)
    , m_store(store)
{
    connect(m_session, &Session::accountChanged, this, &TemplateDrafts::onAccountChanged);
    connect(m_session, &Session::snapshotChanged, this, &TemplateDrafts::dropOrphans);
}

void TemplateDrafts::dropOrphans()
{
    // A pushed draft is only the service's copy; when the service no longer has that template (it
    // was deleted elsewhere, or the sandbox was reset), the draft has nothing of its own to keep
    // and would show as a second row. A draft with changes stays, marked deleted on the service.
    if (m_session->snapshotFromCache() || m_session->snapshot().isEmpty())
        return;
    loadIfNeeded();
    QSet<QString> onService;
    for (const Template& t : m_session->snapshot().templates)
        onService.insert(t.id);
    QStringList orphans;
    for (const TemplateDraft& d : std::as_const(m_drafts)) {
        if (d.state == DraftState::Pushed && !d.draft.id.isEmpty() && !onService.contains(d.draft.id))
            orphans << d.id;
    }
    for (const QString& id : std::as_const(orphans)) {
        if (!discard(id))
            qCWarning(lcStore).noquote() << "could not remove a draft whose template is gone:" << m_error;
    }
}

QString TemplateDrafts::profileId() const
{
    return m_session->profile() ? m_session->profile()->id : QString();
}

void TemplateDrafts::loadIfNeeded()
{
    const QString profile = profileId();
    if (m_loaded && profile == m_loadedProfile)
        return;
    m_loaded = true;
    m_loadedProfile = profile;
    m_drafts =
        m_store && m_store->isOpen() && !profile.isEmpty() ? m_store->loadDrafts(profile) : QList<TemplateDraft>();
}

QList<TemplateDraft> TemplateDrafts::drafts()
{
    loadIfNeeded();
    return m_drafts;
}

bool TemplateDrafts::save(const TemplateDraft& draft)
{
    loadIfNeeded();
    bool saved = false;
    if (!m_store) {
        m_error = tr("there is no local store.");
    } else if (!m_store->saveDraft(draft)) {
        m_error = m_store->errorString();
    } else {
        m_error.clear();
        saved = true;
    }
    auto it =
        std::find_if(m_drafts.begin(), m_drafts.end(), [&draft](const TemplateDraft& d) { return d.id == draft.id; });
    if (it != m_drafts.end())
        *it = draft;
    else
        m_drafts.append(draft);
    emit draftChanged(draft);
    return saved;
}

bool TemplateDrafts::discard(const QString& draftId)
{
    loadIfNeeded();
    if (m_store && !m_store->removeDraft(draftId)) {
        m_error = m_store->errorString();
        return false;
    }
    m_drafts.erase(std::remove_if(m_drafts.begin(), m_drafts.end(),
                                  [&draftId](const TemplateDraft& d) { return d.id == draftId; }),
                   m_drafts.end());
    emit draftRemoved(draftId);
    return true;
}

TemplatePush* TemplateDrafts::push(const TemplateDraft& draft, QObject* parent)
{
    TemplatePush* push = m_session->changes()->startPush(draft, parent);
    if (!push)
        return nullptr;
    // Connected before the caller's handler, so the draft and the account are current when it runs.
    connect(push, &TemplatePush::finished, this, [this, push] {
        switch (push->outcome()) {
        case TemplatePush::Outcome::Pushed:
            save(push->draft());
            if (push->serverCopy())
                m_session->keepTemplate(*push->serverCopy());
            break;
        case TemplatePush::Outcome::Conflict:
            save(push->draft()); // the conflict is remembered even if the choice waits
            break;
        case TemplatePush::Outcome::Failed:
        case TemplatePush::Outcome::Pending:
            break;
        }
    });
    return push;
}

void TemplateDrafts::onAccountChanged(const AccountChange& change)
{
    if (change.resource != AccountChange::Resource::Template || !change.removed)
        return;
    // The template is gone from the service: so is the draft of it on this computer.
    loadIfNeeded();
    QStringList orphans;
    for (const TemplateDraft& d : m_drafts) {
        if (d.draft.id == change.id)
            orphans << d.id;
    }
    for (const QString& id : orphans) {
        if (!discard(id))
            qCWarning(lcStore).noquote() << "could not remove the draft of a deleted template:" << m_error;
    }
}

} // namespace podwarden
