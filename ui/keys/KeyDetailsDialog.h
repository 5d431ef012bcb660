#pragma once

#include "ApiKey.h"
#include "LeastPrivilege.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace podwarden {

class KeyAdvice;
class ResourceHistory;
class Session;

// A key's own page, read-only: what it can do, in words and endpoint by endpoint (granted ones
// first), when it was created and by whom, when it was last used, and its history, every event of
// that key newest first with what changed (old → new), and how it was used: when it last used each
// grant, and, when it holds grants it did not use, the narrower access as a difference with a
// button that applies it. Edit… and Roll… are buttons here; the table's double-click and Enter open
// this page, not the editor.
class KeyDetailsDialog final : public QDialog
{
    Q_OBJECT
public:
    // The history comes through `session` (Session::history); none while it is offline.
    KeyDetailsDialog(const ApiKey& key, Session* session, QWidget* parent = nullptr);
    ~KeyDetailsDialog() override;

    QTreeWidget* access() const { return m_access; }
    QTreeWidget* usage() const { return m_usage; }
    QTreeWidget* difference() const { return m_difference; }
    QTreeWidget* history() const;
    bool isLoading() const;

signals:
    // Edit… was chosen: the page opens the editor for this key (the details close).
    void editRequested(const QString& keyId);
    // Roll… was chosen (the details close).
    void rollRequested(const QString& keyId);
    // "Narrow to what it uses" was chosen: the page applies the suggestion, with an Undo.
    void narrowRequested(const podwarden::LeastPrivilege::Suggestion& suggestion);
    // The usage record and the advice are shown (or why not).
    void usageLoaded();

private:
    void loadUsage();

    ApiKey m_key;
    QPointer<Session> m_session;
    QTreeWidget* m_access = nullptr;
    ResourceHistory* m_history = nullptr;
    QLabel* m_usageState = nullptr;
    QTreeWidget* m_usage = nullptr;
    QLabel* m_advice = nullptr;
    QTreeWidget* m_difference = nullptr;
    QPushButton* m_narrow = nullptr;
    KeyAdvice* m_adviceLoader = nullptr;
    std::optional<LeastPrivilege::Suggestion> m_suggestion;
};

} // namespace podwarden
