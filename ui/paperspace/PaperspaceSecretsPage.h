#pragma once

#include "AccountListPage.h"
#include "PaperspaceAccount.h"

#include <optional>

class QComboBox;
class QPushButton;
class QSortFilterProxyModel;

namespace podwarden {

class PaperspaceSecretTableModel;
class Session;

// The secrets screen of a Paperspace account: the project's and the team's secrets (filtered by
// scope), when each was made and its value last replaced, and the deployments that read it; create
// (the provider's name rule and 8,192-character limit checked as typed), replace the value (then
// the deployments that still run the old value, with Redeploy), delete with the typed name and the
// referencing deployments named. Values go from a dialog's field to the network layer only.
class PaperspaceSecretsPage final : public AccountListPage
{
    Q_OBJECT
public:
    explicit PaperspaceSecretsPage(Session* session, QWidget* parent = nullptr);
    ~PaperspaceSecretsPage() override;

    PaperspaceSecretTableModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QComboBox* scopeFilter() const { return m_scope; }

    void createSecret();
    void replaceSelectedValue();
    void deleteSelectedSecret();
    // Selects the secret of this scope and name when it is shown; false otherwise.
    bool selectSecret(PaperspaceScope scope, const QString& name);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void loadSnapshot() override;
    void onAccountChanged(const AccountChange& change) override;
    void updateButtons() override;
    QString countText(int total, int shown) const override;
    QString stateText(int total, int shown) const override;
    void setNow(const QDateTime& now) override;
    std::optional<int> selectedRow() const;
    bool requireConnection();
    void offerRedeploy(PaperspaceScope scope, const QString& name);

    PaperspaceSecretTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QComboBox* m_scope = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_replace = nullptr;
    QPushButton* m_delete = nullptr;
};

} // namespace podwarden
