#pragma once

#include "AccountListPage.h"
#include "AuditEvent.h"

#include <QPointer>

class QLabel;
class QComboBox;
class QDateEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTimer;

namespace podwarden {

class ExportJob;

class AuditEventTableModel;
class ServiceReply;

// The account's history for team admins: every event, newest first, loaded a page at a time as the
// list is scrolled to its end (or with Load older), filtered by action, kind of resource, a time
// range and free text, each filter sent to the service under the official name (SERVICE.md 5.3).
// A row opens its resource on its own screen (resourceRequested). Without a connection it keeps
// what was loaded, and says since when.
class AuditPage final : public AccountListPage
{
    Q_OBJECT
public:
    explicit AuditPage(Session* session, QWidget* parent = nullptr);
    ~AuditPage() override;

    AuditEventTableModel* model() const { return m_model; }
    // The filters as they would be sent (without a cursor).
    EventQuery query() const;
    // Loads the first page again with the filters as they are.
    void reload();
    // The next page, if there is one and none is on its way.
    void loadOlder();
    bool hasOlder() const { return !m_nextCursor.isEmpty(); }
    bool isLoading() const { return !m_pending.isNull(); }
    // Events a page (100; tests ask for fewer to see the paging).
    void setPageSize(int events) { m_pageSize = events; }
    // Every event of the filters, paged in from the service, written to `path` (.json: JSON, else
    // CSV) with a progress dialog; the banner says how it ended.
    ExportJob* exportEventsTo(const QString& path);
    // Only the events by this person or key (the actor filter).
    void showActor(const AuditActor& actor);
    // Opens the selected event's resource (the same as a double-click).
    void openSelected();

    // The resource of an event is no longer in the account: said in the banner.
    void sayGone(const QString& name);

signals:
    void resourceRequested(podwarden::ResourceType type, const QString& id, const QString& name);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void loadSnapshot() override;
    void onAccountChanged(const AccountChange& change) override;
    void updateButtons() override;
    QString countText(int total, int shown) const override;
    QString stateText(int total, int shown) const override;
    void setNow(const QDateTime& now) override;
    void load(const QString& cursor);
    // The actor filter's value and text: the person when known, else the key.
    static QString actorId(const AuditActor& actor);
    static QString actorName(const AuditActor& actor);
    void addActor(const AuditActor& actor);
    void showSavedHistory();
    void loadMoreWhenAtTheEnd();

    AuditEventTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QComboBox* m_action = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_period = nullptr;
    QComboBox* m_actor = nullptr;
    QWidget* m_range = nullptr; // the custom range's row
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QPushButton* m_older = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_export = nullptr;
    bool m_exporting = false;
    QTimer* m_searchDelay = nullptr;
    QPointer<ServiceReply> m_pending;
    QString m_nextCursor;
    QString m_error;      // the last load's failure, said in place of the list when it is empty
    QDateTime m_loadedAt; // when the rows shown were loaded
    QString m_profileId;  // whose events the rows are
    int m_generation = 0; // a reply to an older query is ignored
    int m_pageSize = 100;
    bool m_stale = true; // the account changed (or nothing was loaded): reload when shown
};

} // namespace podwarden
