#pragma once

#include "AccountListPage.h"
#include "ApiKeyFilterProxy.h"
#include "LeastPrivilege.h"
#include "account/BulkKeyChange.h"

#include <functional>
#include <optional>

class QAction;
class QPushButton;
class QToolButton;

namespace podwarden {

class ApiKeyTableModel;
class ExportJob;
class KeyAdvice;
class Session;
struct AccountChange;
struct ApiKey;

// The API keys screen: every key of the account with its access, when it was made and last used,
// and a switch to turn it off; search and filters; create (the key is shown once), edit, revoke.
// Changes go through the session's AccountChanges; the table follows Session::accountChanged, so a
// toggle shows at once and rolls back with the service's reason when it is refused.
class ApiKeysPage final : public AccountListPage
{
    Q_OBJECT
public:
    // What the screen says when the service has no key routes (the real cloud today).
    static QString notOfferedText();
    explicit ApiKeysPage(Session* session, QWidget* parent = nullptr);
    ~ApiKeysPage() override;

    ApiKeyTableModel* model() const { return m_model; }
    ApiKeyFilterProxy* proxy() const { return m_proxy; }

    void createKey();
    void editSelectedKey();
    // The selected key's own read-only page (a double-click opens it too).
    void showSelectedDetails();
    void revokeSelectedKey();
    void toggleSelectedKey();
    // Writes the keys shown to `path` (.json: JSON, else CSV) with a progress dialog; the banner
    // says how it ended. The job is the page's; tests follow its finished().
    ExportJob* exportKeysTo(const QString& path);
    // Rolling (issue 20, item 1): asks the new key's name, then rollKey(): the successor with the
    // same access, shown once; both work until finishRoll() disables the old key and, asked again,
    // revokes it. The table marks both while both live.
    void askToRoll(const QString& keyId);
    // `cutOver`: the old key expires then (the overlap ends by itself); nullopt: finishRoll() ends it.
    void rollKey(const QString& keyId, const QString& newName, const std::optional<QDateTime>& cutOver = std::nullopt);
    void finishRoll(const QString& oldKeyId);
    // The selected keys (several rows may be selected), in the list's order.
    QStringList selectedKeyIds() const;
    // Disables, enables, sets the expiry of or revokes every selected key after one confirmation
    // that names them; the banner says how many succeeded and each refusal with its reason. For
    // SetExpiry, `expiry` skips the dialog that asks for it. Null when nothing was started.
    BulkKeyChange* bulkChange(BulkKeyChange::Action action,
                              std::optional<std::optional<QDateTime>> expiry = std::nullopt);
    // Least privilege from real use (issue 20, item 3): reads how each selected key was used, then
    // shows the narrower access each could have as a difference (NarrowKeysDialog); the checked
    // ones go to applyNarrowing(). Null when nothing was started.
    KeyAdvice* narrowSelectedKeys();
    // Gives each key its suggested access (refusing keys whose access changed since the advice);
    // the banner then offers Undo, as does the Selected keys menu until the next narrowing.
    BulkKeyChange* applyNarrowing(const QList<LeastPrivilege::Suggestion>& suggestions);
    // Gives every key of the last narrowing back exactly the access it had.
    BulkKeyChange* undoNarrowing();
    bool canUndoNarrowing() const { return m_lastNarrowing.has_value(); }
    // The outcome of the last one, key by key (tests).
    const QList<BulkKeyChange::Result>& lastBulkResults() const { return m_lastBulk; }
    // Clears the search and shows only the keys these filters keep (the Overview's "needs
    // attention" opens the list this way); the filter buttons say which.
    void showOnly(ApiKeyFilterProxy::Filters filters);
    // Selects the key with this name when it is shown; false otherwise.
    bool selectKeyNamed(const QString& name);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void loadSnapshot() override;
    void onAccountChanged(const AccountChange& change) override;
    void updateButtons() override;
    QString countText(int total, int shown) const override;
    QString stateText(int total, int shown) const override;
    void setNow(const QDateTime& now) override;
    void stateUpdated() override;
    void requestEnabled(const QString& keyId, bool enabled);
    // `draft`/`edited`: what was typed before a refusal, shown again with the reason.
    void openCreateDialog(const std::optional<ApiKey>& draft, const QString& refusal);
    void openEditDialog(const ApiKey& key, const std::optional<ApiKey>& edited, const QString& refusal);
    std::optional<ApiKey> selectedKey() const;
    bool requireConnection();
    // Runs a change of several keys with progress in the banner, then says how it ended
    // (`doneText` of the number that succeeded, and every refusal); `then` follows.
    BulkKeyChange* runBulk(BulkKeyChange* change, int n, const std::function<QString(int)>& doneText,
                           const std::function<void(BulkKeyChange*, const QString&, bool)>& then = {});
    struct Narrowing
    {
        QStringList keyIds;
        QHash<QString, AccessPolicy> before;
        QHash<QString, AccessPolicy> after;
    };

    ApiKeyTableModel* m_model = nullptr;
    ApiKeyFilterProxy* m_proxy = nullptr;
    // From this many keys on, the model's rows are prepared on a worker thread (loadSnapshot).
    static constexpr qsizetype kPrepareOnWorker = 10000;
    int m_prepareTicket = 0; // the latest load; an older preparation is dropped
    bool m_preparing = false;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_details = nullptr;
    QPushButton* m_revoke = nullptr;
    QPushButton* m_export = nullptr;
    QToolButton* m_bulk = nullptr;
    bool m_bulkRunning = false;
    QList<BulkKeyChange::Result> m_lastBulk;
    std::optional<Narrowing> m_lastNarrowing;
    QAction* m_undoNarrowAction = nullptr;
    QList<QToolButton*> m_filterButtons;
};

} // namespace podwarden
