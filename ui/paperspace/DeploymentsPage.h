#pragma once

#include "AccountListPage.h"

#include <optional>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QWidget;

namespace podwarden {

class DeploymentTableModel;
class Session;
struct Deployment;

// The endpoints screen of a Paperspace account: its deployments with their endpoint URL, Public or
// Protected, the secret behind the token, when each was last deployed and whether a redeploy is
// due. Protect (a generated or an existing secret), make public again, build the Basic header while
// the value is in hand, and Redeploy; a notice names the deployments that still run (or accept) an
// old value, SERVICE.md section 8's redeploy rule.
class DeploymentsPage final : public AccountListPage
{
    Q_OBJECT
public:
    explicit DeploymentsPage(Session* session, QWidget* parent = nullptr);
    ~DeploymentsPage() override;

    DeploymentTableModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }

    void protectSelected();
    void makeSelectedPublic();
    void redeploySelected();
    void showSelectedHeader();
    // Every deployment that needs a redeploy, in one dialog.
    void redeployOutdated();
    bool selectDeployment(const QString& deploymentId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void loadSnapshot() override;
    void onAccountChanged(const AccountChange& change) override;
    void updateButtons() override;
    QString countText(int total, int shown) const override;
    QString stateText(int total, int shown) const override;
    void setNow(const QDateTime& now) override;
    std::optional<Deployment> selectedDeployment() const;
    bool requireConnection();
    void updateNotice();

    DeploymentTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QPushButton* m_protect = nullptr;
    QPushButton* m_public = nullptr;
    QPushButton* m_redeploy = nullptr;
    QPushButton* m_header = nullptr;
    QWidget* m_notice = nullptr;
    QLabel* m_noticeText = nullptr;
    QPushButton* m_noticeRedeploy = nullptr;
};

} // namespace podwarden
