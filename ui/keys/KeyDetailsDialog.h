#pragma once

#include "ApiKey.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace podwarden {

class ResourceHistory;
class Session;

// A key's own page, read-only: what it can do, in words and endpoint by endpoint (granted ones
// first), when it was created and by whom, when it was last used, and its history, every event of
// that key newest first with what changed (old → new). Edit… is a button here; the table's
// double-click and Enter open this page, not the editor.
class KeyDetailsDialog final : public QDialog
{
    Q_OBJECT
public:
    // The history comes through `session` (Session::history); none while it is offline.
    KeyDetailsDialog(const ApiKey& key, Session* session, QWidget* parent = nullptr);
    ~KeyDetailsDialog() override;

    QTreeWidget* access() const { return m_access; }
    QTreeWidget* history() const;
    bool isLoading() const;

signals:
    // Edit… was chosen: the page opens the editor for this key (the details close).
    void editRequested(const QString& keyId);

private:
    ApiKey m_key;
    QPointer<Session> m_session;
    QTreeWidget* m_access = nullptr;
    ResourceHistory* m_history = nullptr;
};

} // namespace podwarden
