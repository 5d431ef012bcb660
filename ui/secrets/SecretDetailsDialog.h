#pragma once

#include "Secret.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace podwarden {

class ResourceHistory;

class Session;
class ServiceReply;

// Everything known about one secret except its value, which nobody can read: its metadata, the
// reference templates use, the templates that reference it, and its history from the account's
// events, newest first (loaded when the dialog opens; older pages on request). Offline, the history
// says how to see it.
class SecretDetailsDialog final : public QDialog
{
    Q_OBJECT
public:
    // The history comes through `session` (Session::history); none while it is offline.
    SecretDetailsDialog(const Secret& secret, const QStringList& usedBy, Session* session, QWidget* parent = nullptr);
    ~SecretDetailsDialog() override;

    QTreeWidget* history() const;
    bool isLoading() const;

private:
    Secret m_secret;
    QPointer<Session> m_session;
    ResourceHistory* m_history = nullptr;
};

} // namespace podwarden
