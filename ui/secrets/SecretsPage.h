#pragma once

#include "AccountListPage.h"

#include <functional>
#include <optional>

class QAction;
class QPushButton;
class QToolButton;
class QSortFilterProxyModel;

namespace podwarden {

class SecretFormDialog;
class SecretTableModel;
class AccountChanges;
class ChangeRequest;
struct AccountChange;
struct ChangeOutcome;
class Session;
struct Secret;

// The secrets screen: every secret of the account with its description, when it was made and its
// value last replaced, and the templates that reference it; search; create, replace the value,
// edit the description, details with the history, delete with the typed name. Values go from a
// dialog's field to the network layer and nowhere else.
class SecretsPage final : public AccountListPage
{
    Q_OBJECT
public:
    explicit SecretsPage(Session* session, QWidget* parent = nullptr);
    ~SecretsPage() override;

    SecretTableModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }

    void createSecret();
    void replaceSelectedValue();
    void editSelectedDescription();
    void showSelectedDetails();
    void deleteSelectedSecret();
    // The pods and workers that still run the selected secret's old value.
    void showSelectedRollout();
    void showRollout(const QString& secretName);
    // Clears the search and shows only the secrets no template references.
    void showUnreferencedOnly();
    // Selects the secret with this name, when it is shown; false otherwise.
    bool selectSecret(const QString& name);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Sends one request for each submit of `dialog`; `done` gets its outcome and the dialog (null
    // when it was closed meanwhile) and returns whether the dialog closes. A refusal is shown in the
    // dialog, with everything typed kept.
    using Send = std::function<ChangeRequest*(AccountChanges*)>;
    using Done = std::function<bool(const ChangeOutcome&, SecretFormDialog*)>;
    void runForm(SecretFormDialog& dialog, const Send& send, const Done& done);
    void loadSnapshot() override;
    void onAccountChanged(const AccountChange& change) override;
    void updateButtons() override;
    QString countText(int total, int shown) const override;
    QString stateText(int total, int shown) const override;
    void setNow(const QDateTime& now) override;
    std::optional<Secret> selectedSecret() const;
    bool requireConnection();

    SecretTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QToolButton* m_unreferenced = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_replace = nullptr;
    QPushButton* m_describe = nullptr;
    QPushButton* m_details = nullptr;
    QPushButton* m_delete = nullptr;
    QAction* m_rollout = nullptr;
    QString m_valueReplaced; // the secret whose value the last Replace changed
};

} // namespace podwarden
