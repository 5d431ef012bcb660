#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace podwarden {

struct AccountSnapshot;

// The first screen: which account is open, whether it is connected, what went wrong if it is
// not, and how much the account holds (keys, secrets, templates, endpoints).
class OverviewPage final : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget* parent = nullptr);

    void setAccountName(const QString& name);
    // A Paperspace account has no API keys or templates here: those tiles go, the secrets tile
    // counts its project and team secrets and the endpoints tile its deployments.
    void setPaperspace(bool paperspace);
    void setSnapshot(const AccountSnapshot& snapshot, bool fromCache);
    // `state` is short ("Online"); `problem`, when set, is shown as a notice with what to do.
    void setState(const QString& state, const QString& problem, bool busy);
    // Offers "Restart the sandbox" beside the problem (the local sandbox stopped or did not start).
    void setRestartSandboxOffered(bool offered);

signals:
    void refreshRequested();
    void connectRequested();
    void restartSandboxRequested();

private:
    static QString countName(int tile);                  // "API keys"
    static QString countText(int tile, qsizetype count); // "13 API keys", for screen readers

    QLabel* m_title = nullptr;
    QLabel* m_state = nullptr;
    QWidget* m_problemBox = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_restartSandbox = nullptr;
    QLabel* m_updated = nullptr;
    QLabel* m_counts[4] = {};
    bool m_paperspace = false;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_connect = nullptr;
};

} // namespace podwarden
