#pragma once

#include "CredentialGraph.h"
#include "Release.h"
#include "Worker.h"

#include <QDateTime>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace podwarden {

class Session;

// An endpoint's workers as the service has them now: status, the configuration version each runs
// (stale ones are on an older one, mid rollout), when each started, and which of the endpoint's
// secrets each still runs the old value of (it started before the value was replaced: a worker
// reads secrets only when it boots). Roll workers makes a new release, so the service replaces
// them one by one; the panel follows the rollout until every worker runs the current version.
class WorkersPanel final : public QWidget
{
    Q_OBJECT
public:
    WorkersPanel(const QString& endpointId, Session* session, QWidget* parent = nullptr);

    // The account's graph, for "still runs the old value of" (the secrets the endpoint needs).
    void setGraph(std::shared_ptr<const CredentialGraph> graph);
    // Asks the service again (workers and releases).
    void reload();
    void rollWorkers();
    const WorkerList& workers() const { return m_workers; }
    bool isLoading() const { return m_pending > 0; }

signals:
    void loaded(); // workers and releases answered (tests wait for it)

private:
    void show();
    void updateButtons();
    // Worker id -> the secrets whose old value it still runs.
    QHash<QString, QStringList> oldValues() const;

    QString m_endpointId;
    Session* m_session;
    std::shared_ptr<const CredentialGraph> m_graph;
    WorkerList m_workers;
    std::optional<ReleasePage> m_releases;
    QString m_error;
    int m_pending = 0;
    int m_generation = 0;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_history = nullptr;
    QPushButton* m_reload = nullptr;
    QPushButton* m_roll = nullptr;
    QTimer* m_follow = nullptr;
};

} // namespace podwarden
