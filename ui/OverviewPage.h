#pragma once

#include "Attention.h"

#include <QWidget>

#include <iterator>

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
    // `readingSavedCopy`: the saved copy is still being read (the window is up before its rows).
    void setSnapshot(const AccountSnapshot& snapshot, bool fromCache, bool readingSavedCopy = false);
    // `state` is short ("Online"); `problem`, when set, is shown as a notice with what to do.
    void setState(const QString& state, const QString& problem, bool busy);
    // Offers "Restart the sandbox" beside the problem (the local sandbox stopped or did not start).
    void setRestartSandboxOffered(bool offered);

    // The needs-attention buttons of the last snapshot: the item's text ("3 keys never used"),
    // or empty when it is hidden (nothing to look at).
    QString attentionText(Attention::Item item) const;

signals:
    // A count tile: 0 keys, 1 secrets, 2 templates, 3 endpoints.
    void tileActivated(int tile);
    // A needs-attention line: open its screen with the list filtered to it.
    void attentionActivated(Attention::Item item);
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
    static QString attentionLine(Attention::Item item, int count);
    void showAttention(const Attention::Counts& counts, bool known);

    QLabel* m_counts[4] = {};
    QWidget* m_attentionBox = nullptr;
    QLabel* m_attentionNone = nullptr;
    QPushButton* m_attention[std::size(Attention::kItems)] = {};
    bool m_paperspace = false;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_connect = nullptr;
};

} // namespace podwarden
