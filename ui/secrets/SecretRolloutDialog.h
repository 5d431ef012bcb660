#pragma once

#include "CredentialGraph.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace podwarden {

class Session;

// "Still running the old value": after a secret's value was replaced, the running pods and the
// endpoints' workers that started before the change and so still hold the old value (a pod or
// worker reads its secrets only when it boots), with how long. Restart the pods, roll the
// endpoints' workers (a new release: the service replaces them one by one), or leave them. The
// list follows until it empties.
class SecretRolloutDialog final : public QDialog
{
    Q_OBJECT
public:
    SecretRolloutDialog(const QString& secretName, Session* session, QWidget* parent = nullptr);
    ~SecretRolloutDialog() override;

    // Asks the service for the workers of every endpoint that reads the secret.
    void reload();
    void restartPods();
    void rollWorkers();
    const QList<OldValueHolder>& holders() const { return m_holders; }
    bool isLoading() const { return m_pending > 0; }

signals:
    void updated(); // the list was worked out again (tests wait for it)

private:
    void recompute();
    void updateButtons();
    QString endpointName(const QString& id) const;
    QString podOrigin(const QString& podId) const; // "Pod from template x"

    QString m_secretName;
    Session* m_session;
    QHash<QString, WorkerList> m_workers;
    QList<OldValueHolder> m_holders;
    QStringList m_errors;
    int m_pending = 0;
    int m_generation = 0;
    int m_changing = 0; // pod restarts and rolls still waiting for the service
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_restart = nullptr;
    QPushButton* m_roll = nullptr;
    QPushButton* m_reload = nullptr;
    QTimer* m_follow = nullptr;
};

} // namespace podwarden
