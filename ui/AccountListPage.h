#pragma once

#include <QWidget>

#include <functional>
#include <optional>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QAbstractProxyModel;
class QStackedWidget;
class QTableView;
class QVBoxLayout;

namespace podwarden {

class Session;
struct AccountChange;

// What every list screen of the account (keys, secrets; endpoints and audit next) shares: a title
// with the count, a search row, the banner, the table or a sentence in its place (loading, failed,
// empty, nothing matches), relative times that move on, and the loop that follows the session:
// a new snapshot reloads the list, a change of the account updates it, a change of the connection
// updates the buttons.
//
// A page builds its own buttons into header() and tools(), creates its model and proxy, calls
// setList(), and ends its constructor with followSession(). It says what it shows through the
// virtual functions below.
class AccountListPage : public QWidget
{
    Q_OBJECT
public:
    QTableView* table() const { return m_table; }

protected:
    struct ObjectNames
    {
        const char* page;
        const char* count;
        const char* search;
        const char* message;
        const char* table;
        const char* state;
    };
    // `title` is the screen's name (also the table's accessible name).
    AccountListPage(Session* session, const ObjectNames& names, const QString& title, QWidget* parent);

    // The proxy the table shows, over the page's model (both owned by the page).
    void setList(QAbstractProxyModel* proxy);
    // Connects the session's signals and loads what it has. Call last in the page's constructor.
    void followSession();

    // The account's list as the session has it now: give it to the model.
    virtual void loadSnapshot() = 0;
    // One change of the account (the page's resource or another it shows, e.g. templates using a
    // secret).
    virtual void onAccountChanged(const AccountChange& change) = 0;
    virtual void updateButtons() = 0;
    // "14 keys", "3 of 14 keys shown".
    virtual QString countText(int total, int shown) const = 0;
    // The sentence shown instead of the table, or empty to show the table.
    virtual QString stateText(int total, int shown) const = 0;
    // Relative times are computed against this; called on load and every minute.
    virtual void setNow(const QDateTime& now) = 0;
    // After the count and the state were updated (e.g. to enable the filters).
    virtual void stateUpdated() {}

    // Recomputes the count and the state sentence.
    void updateState();
    // What an empty list says while the account is not there: loading, failed with the session's
    // sentence, not loaded, no account. Empty once the account is loaded.
    QString accountMissingText(const QString& loading, const QString& failed, const QString& notLoaded) const;
    // The selected row in the model's numbering when exactly one row is selected (several are
    // selected for copying; what acts on one item does not act then).
    std::optional<int> selectedSourceRow() const;
    // Selects and shows the first shown row that `matches` (a row of the model); false when none.
    bool selectFirstRow(const std::function<bool(int sourceRow)>& matches);
    // Selects this shown row alone, and makes it the current one.
    void selectOnly(int row);
    void showMessage(const QString& text, bool error);
    // The banner with a button beside it (Undo, say): it stays until replaced or the page is
    // left; the button runs `action` once and goes.
    void showMessage(const QString& text, bool error, const QString& actionText, std::function<void()> action);
    bool eventFilter(QObject* watched, QEvent* event) override;
    bool isConnected() const;
    // True when connected; otherwise shows `refusal` in the banner.
    bool requireConnection(const QString& refusal);

    QHBoxLayout* header() const { return m_header; }
    QHBoxLayout* tools() const { return m_tools; }
    // Adds a row of controls below the search row, above the banner.
    void addToolRow(QHBoxLayout* row);

    Session* m_session;
    QLineEdit* m_search = nullptr;

private:
    void reload();

    QVBoxLayout* m_layout = nullptr;
    QHBoxLayout* m_header = nullptr;
    QHBoxLayout* m_tools = nullptr;
    QAbstractProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_messageAction = nullptr;
    QHBoxLayout* m_banner = nullptr; // the banner and its button
    std::function<void()> m_messageActionFn;
};

} // namespace podwarden
