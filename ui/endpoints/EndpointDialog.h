#pragma once

#include "CredentialGraph.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace podwarden {

class ReachTableModel;
class Session;
class TryItPanel;
class WorkersPanel;
struct AccountChange;

// One serverless endpoint, whole: how to call it (its URLs and a curl line that reads the key from
// the shell, never a pasted key), its workers and rollout, the secrets it needs and whether they
// resolve, who can reach it (grant, change or remove a key's own grant from here), and Try it.
// Follows the session: a change of a key, a template or the endpoint shows at once.
class EndpointDialog final : public QDialog
{
    Q_OBJECT
public:
    enum Section { Overview, Workers, Secrets, Reach, TryIt };
    EndpointDialog(const QString& endpointId, Session* session, QWidget* parent = nullptr);
    ~EndpointDialog() override;

    void showSection(int section);
    QString curlCommand() const;
    ReachTableModel* reachModel() const { return m_reachModel; }
    WorkersPanel* workersPanel() const { return m_workers; }
    TryItPanel* tryItPanel() const { return m_tryIt; }

    // Who can reach it: the selected key's own grant.
    void grantKey(const QString& keyId, AccessLevel level);
    void changeSelectedGrant();
    void removeSelectedGrant();

private:
    QWidget* buildOverview();
    QWidget* buildSecrets();
    QWidget* buildReach();
    void reloadFromAccount();
    void onAccountChanged(const AccountChange& change);
    void updateReachButtons();
    const KeyReach* selectedReach() const;
    void askToGrant();
    void applyGrant(const QString& keyId, const QString& keyName, AccessLevel level, const QString& question,
                    const QString& acceptText);
    void showReachMessage(const QString& text, bool error);

    QString m_endpointId;
    Session* m_session;
    std::shared_ptr<const CredentialGraph> m_graph;
    QTabWidget* m_tabs = nullptr;
    // Overview
    QLabel* m_properties = nullptr;
    QWidget* m_urls = nullptr;
    QPlainTextEdit* m_curl = nullptr;
    // Secrets
    QTableWidget* m_needs = nullptr;
    QLabel* m_needsNote = nullptr;
    // Reach
    ReachTableModel* m_reachModel = nullptr;
    QSortFilterProxyModel* m_reachProxy = nullptr;
    QTableView* m_reachTable = nullptr;
    QLabel* m_reachSummary = nullptr;
    QLabel* m_reachMessage = nullptr;
    QPushButton* m_grant = nullptr;
    QPushButton* m_change = nullptr;
    QPushButton* m_remove = nullptr;
    WorkersPanel* m_workers = nullptr;
    TryItPanel* m_tryIt = nullptr;
};

} // namespace podwarden
