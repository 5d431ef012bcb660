#include "EndpointsPage.h"

#include "EndpointTableModel.h"
#include "PageParts.h"
#include "account/Session.h"
#include "endpoints/EndpointDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>

namespace podwarden {

namespace {

// Names compared without case, not by collation: a collated comparison costs about a microsecond,
// and 10,000 endpoints sorted by name held the window some 30 ms at every refresh. Endpoint names
// are identifiers (letters, digits, dashes), the same in either order.
class EndpointSortProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override
    {
        if (left.column() == EndpointTableModel::Name) {
            const auto* model = static_cast<const EndpointTableModel*>(sourceModel());
            return QString::compare(model->endpointAt(left.row()).name, model->endpointAt(right.row()).name,
                                    Qt::CaseInsensitive) < 0;
        }
        return QSortFilterProxyModel::lessThan(left, right);
    }
};

} // namespace

EndpointsPage::EndpointsPage(Session* session, QWidget* parent)
    : AccountListPage(
          session,
          {"pageEndpoints", "endpointCount", "endpointSearch", "endpointsMessage", "endpointTable", "endpointsState"},
          tr("Endpoints"), parent)
    , m_model(new EndpointTableModel(this))
    , m_proxy(new EndpointSortProxy(this))
    , m_healthTimer(new QTimer(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(EndpointTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterRole(EndpointTableModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_details = new QPushButton(tr("De&tails…"), this);
    m_details->setObjectName(QStringLiteral("endpointDetailsButton"));
    m_reach = new QPushButton(tr("Who can &reach it…"), this);
    m_reach->setObjectName(QStringLiteral("endpointReachButton"));
    m_tryIt = new QPushButton(tr("Tr&y it…"), this);
    m_tryIt->setObjectName(QStringLiteral("endpointTryButton"));

    m_search->setPlaceholderText(tr("Search names, IDs and templates"));
    m_search->setAccessibleName(tr("Search endpoints"));
    m_search->setMinimumWidth(140);
    m_search->setMaximumWidth(480);
    tools()->addSpacing(8);
    tools()->addStretch(1);
    for (QPushButton* button : {m_details, m_reach, m_tryIt})
        tools()->addWidget(button, 0);

    setList(m_proxy);
    QTableView* table = this->table();
    table->sortByColumn(EndpointTableModel::Name, Qt::AscendingOrder);
    const QFontMetrics metrics = table->fontMetrics();
    QHeaderView* columns = table->horizontalHeader();
    columns->resizeSection(EndpointTableModel::Name,
                           PageParts::columnWidth(metrics, QStringLiteral("sdxl-turbo-inference")));
    columns->resizeSection(EndpointTableModel::Id, PageParts::columnWidth(metrics, QStringLiteral("ep_0123456789ab")));
    columns->resizeSection(EndpointTableModel::Type, PageParts::columnWidth(metrics, tr("Load balancer")));
    columns->resizeSection(EndpointTableModel::Workers, PageParts::columnWidth(metrics, tr("Workers")));
    columns->resizeSection(EndpointTableModel::Health,
                           PageParts::columnWidth(metrics, tr("%1 running · %2 idle").arg(10).arg(10)));
    columns->resizeSection(EndpointTableModel::TemplateName,
                           PageParts::columnWidth(metrics, QStringLiteral("vLLM worker template")));
    columns->resizeSection(EndpointTableModel::Created, PageParts::relativeTimeColumnWidth(metrics));
    table->installEventFilter(this);

    // Health follows what is in view: after a scroll, a resize, a sort or a search settles.
    m_healthTimer->setSingleShot(true);
    m_healthTimer->setInterval(150);
    connect(m_healthTimer, &QTimer::timeout, this, &EndpointsPage::askHealthOfRowsInView);
    const auto soon = [this] { m_healthTimer->start(); };
    connect(table->verticalScrollBar(), &QScrollBar::valueChanged, this, soon);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, soon);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, soon);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, soon);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateState();
    });
    connect(m_details, &QPushButton::clicked, this, [this] { showSelectedDetails(Section::Overview); });
    connect(m_reach, &QPushButton::clicked, this, [this] { showSelectedDetails(Section::Reach); });
    connect(m_tryIt, &QPushButton::clicked, this, [this] { showSelectedDetails(Section::TryIt); });
    connect(table, &QTableView::doubleClicked, this, [this] { showSelectedDetails(Section::Overview); });
    connect(table, &QTableView::customContextMenuRequested, this, [this](const QPoint& at) {
        if (!selectedEndpoint())
            return;
        QMenu menu(this);
        menu.addAction(tr("De&tails…"), this, [this] { showSelectedDetails(Section::Overview); });
        menu.addAction(tr("&Workers…"), this, [this] { showSelectedDetails(Section::Workers); });
        menu.addAction(tr("&Secrets it needs…"), this, [this] { showSelectedDetails(Section::Secrets); });
        menu.addAction(tr("Who can &reach it…"), this, [this] { showSelectedDetails(Section::Reach); });
        menu.addAction(tr("Tr&y it…"), this, [this] { showSelectedDetails(Section::TryIt); })
            ->setEnabled(isConnected());
        menu.exec(this->table()->viewport()->mapToGlobal(at));
    });
    connect(m_session, &Session::stateChanged, this, [this] {
        if (!isConnected()) {
            ++m_healthGeneration;
            m_asking.clear();
        }
        m_healthTimer->start();
    });
    followSession();
}

EndpointsPage::~EndpointsPage() = default;

void EndpointsPage::setNow(const QDateTime& now)
{
    m_model->setNow(now);
}

void EndpointsPage::loadSnapshot()
{
    const AccountSnapshot& snapshot = m_session->snapshot();
    // A new account (or a refresh) asks for health afresh.
    ++m_healthGeneration;
    m_asking.clear();
    m_model->clearHealth();
    m_model->setAccount(snapshot.endpoints, snapshot.templates);
    m_healthTimer->start();
}

void EndpointsPage::askHealthOfRowsInView()
{
    if (!isConnected() || !isVisible())
        return;
    QTableView* table = this->table();
    const int first = std::max(0, table->rowAt(0));
    int last = table->rowAt(table->viewport()->height() - 1);
    if (last < 0)
        last = m_proxy->rowCount() - 1;
    for (int row = first; row <= last && m_asking.size() < kHealthInFlight; ++row) {
        const QString id = m_proxy->index(row, 0).data(EndpointTableModel::EndpointIdRole).toString();
        if (id.isEmpty() || m_asking.contains(id) || m_model->hasHealth(id))
            continue;
        TypedReply<EndpointHealth>* reply = m_session->endpointHealth(id);
        if (!reply)
            return;
        m_asking.insert(id);
        const int generation = m_healthGeneration;
        connect(reply, &ServiceReply::finished, this, [this, reply, id, generation] {
            if (generation != m_healthGeneration)
                return;
            m_asking.remove(id);
            if (reply->ok())
                m_model->setHealth(id, reply->value());
            else
                m_model->setHealthUnavailable(id, reply->error().message());
            askHealthOfRowsInView(); // the next ones in view
        });
    }
}

bool EndpointsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == table()) {
        if (event->type() == QEvent::KeyPress) {
            auto* key = static_cast<QKeyEvent*>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
                showSelectedDetails(Section::Overview);
                return true;
            }
        } else if (event->type() == QEvent::Resize || event->type() == QEvent::Show) {
            m_healthTimer->start();
        }
    }
    return AccountListPage::eventFilter(watched, event);
}

QString EndpointsPage::countText(int total, int shown) const
{
    if (shown == total)
        return tr("%n endpoint(s)", nullptr, total);
    return tr("%1 of %n endpoint(s) shown", nullptr, total).arg(QLocale().toString(shown));
}

QString EndpointsPage::stateText(int total, int shown) const
{
    if (total == 0) {
        const QString missing =
            accountMissingText(tr("Loading the endpoints…"), tr("The endpoints could not be loaded."),
                               tr("The endpoints have not been loaded. Connect to see them."));
        if (!missing.isEmpty())
            return missing;
        return tr("This account has no serverless endpoints. Create one in the Runpod console; it appears here "
                  "after the next refresh (F5).");
    }
    return shown == 0 ? tr("No endpoint matches “%1”.").arg(m_search->text().trimmed()) : QString();
}

void EndpointsPage::updateButtons()
{
    const bool selected = selectedEndpoint().has_value();
    const bool connected = isConnected();
    m_details->setEnabled(selected);
    m_reach->setEnabled(selected);
    m_tryIt->setEnabled(selected && connected);
    m_tryIt->setToolTip(connected ? QString() : tr("Connect to the account to call an endpoint."));
}

std::optional<Endpoint> EndpointsPage::selectedEndpoint() const
{
    const std::optional<int> row = selectedSourceRow();
    return row ? std::optional<Endpoint>(m_model->endpointAt(*row)) : std::nullopt;
}

bool EndpointsPage::selectEndpoint(const QString& endpointId)
{
    return selectFirstRow([this, &endpointId](int row) { return m_model->endpointAt(row).id == endpointId; });
}

void EndpointsPage::showSelectedDetails(Section section)
{
    const std::optional<Endpoint> endpoint = selectedEndpoint();
    if (!endpoint)
        return;
    auto* dialog = new EndpointDialog(endpoint->id, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->showSection(static_cast<int>(section));
    dialog->open();
}

void EndpointsPage::onAccountChanged(const AccountChange& change)
{
    if (change.resource == AccountChange::Resource::Template) {
        m_model->setTemplates(m_session->snapshot().templates);
        return;
    }
    if (change.resource != AccountChange::Resource::Endpoint)
        return;
    if (change.removed) {
        m_model->removeEndpoint(change.id);
    } else {
        for (const Endpoint& known : m_session->snapshot().endpoints) {
            if (known.id == change.id) {
                m_model->upsertEndpoint(known);
                break;
            }
        }
    }
    updateState();
    updateButtons();
}

} // namespace podwarden
