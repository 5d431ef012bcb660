#pragma once

#include "AccountListPage.h"

#include <QSet>

#include <optional>

class QPushButton;
class QSortFilterProxyModel;
class QTimer;

namespace podwarden {

class EndpointTableModel;
struct Endpoint;

// The endpoints screen: every serverless endpoint with its type, the workers it may have, its
// health, the template it came from and when it was made; search; sorted by name. Works from the
// saved copy offline (health then says nothing). Health is asked of the service for the rows in
// view only, a few at a time, so 10,000 endpoints cost what one screenful does.
//
// Details (Enter, double-click) opens the endpoint's own window: invocation URLs and a curl line,
// workers and rollout, the secrets it needs, who can reach it, and Try it.
class EndpointsPage final : public AccountListPage
{
    Q_OBJECT
public:
    explicit EndpointsPage(Session* session, QWidget* parent = nullptr);
    ~EndpointsPage() override;

    EndpointTableModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }

    enum class Section { Overview, Workers, Secrets, Reach, TryIt };
    // Opens the selected endpoint's window at `section`.
    void showSelectedDetails(Section section = Section::Overview);
    // Selects the endpoint with this id, when it is shown; false otherwise.
    bool selectEndpoint(const QString& endpointId);
    // The endpoints whose health is being asked for now (tests wait for none).
    int healthRequestsInFlight() const { return int(m_asking.size()); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void loadSnapshot() override;
    void onAccountChanged(const AccountChange& change) override;
    void updateButtons() override;
    QString countText(int total, int shown) const override;
    QString stateText(int total, int shown) const override;
    void setNow(const QDateTime& now) override;
    std::optional<Endpoint> selectedEndpoint() const;
    // Asks for the health of the shown rows that have none, at most kHealthInFlight at a time.
    void askHealthOfRowsInView();

    static constexpr int kHealthInFlight = 4;
    EndpointTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QPushButton* m_details = nullptr;
    QPushButton* m_reach = nullptr;
    QPushButton* m_tryIt = nullptr;
    QTimer* m_healthTimer = nullptr;
    QSet<QString> m_asking;
    int m_healthGeneration = 0; // answers of an earlier account are ignored
};

} // namespace podwarden
