#pragma once

#include "AuditEvent.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace podwarden {

class ServiceReply;
class Session;

// The history of one resource of the account (a key, a secret), as its details dialogs show it:
// its events newest first (when, what, who, and what changed), fifty at a time with Show older, a
// line that says how many, or why there are none. Loaded through the session's one history call;
// none while it is offline.
class ResourceHistory final : public QWidget
{
    Q_OBJECT
public:
    struct Texts
    {
        QString accessibleName; // "History of hf_token"
        QString offline;        // "Connect to the account to see the history of this secret."
        QString empty;          // "No events recorded for this secret."
    };
    ResourceHistory(Session* session, ResourceType type, const QString& resourceId, Texts texts,
                    QWidget* parent = nullptr);
    ~ResourceHistory() override;

    // Loads the newest page (again).
    void load();
    QTreeWidget* tree() const { return m_tree; }
    bool isLoading() const { return !m_pending.isNull(); }

private:
    void loadPage(const QString& after);

    QPointer<Session> m_session;
    ResourceType m_type;
    QString m_resourceId;
    Texts m_texts;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_state = nullptr;
    QPushButton* m_older = nullptr;
    QString m_nextCursor;
    QPointer<ServiceReply> m_pending;
};

} // namespace podwarden
