#include "AccountListPage.h"

#include "SoonCall.h"

#include "Clock.h"
#include "PageParts.h"
#include "account/Session.h"

#include <QAbstractProxyModel>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace podwarden {

AccountListPage::AccountListPage(Session* session, const ObjectNames& names, const QString& title, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QLatin1String(names.page));
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(24, 20, 24, 16);
    m_layout->setSpacing(10);

    m_header = new QHBoxLayout;
    m_count = new QLabel(this);
    m_count->setObjectName(QLatin1String(names.count));
    m_header->addWidget(PageParts::title(title, this));
    m_header->addSpacing(12);
    m_header->addWidget(m_count, 0, Qt::AlignBottom);
    m_header->addStretch(1);
    m_layout->addLayout(m_header);

    m_tools = new QHBoxLayout;
    m_tools->setSpacing(6);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QLatin1String(names.search));
    PageParts::enableNamedClearButton(m_search);
    m_tools->addWidget(m_search, 1);
    m_layout->addLayout(m_tools);

    m_message = PageParts::messagePanel(names.message, this);
    m_messageAction = new QPushButton(this);
    m_messageAction->setObjectName(QLatin1String(names.message) + QStringLiteral("Action"));
    m_messageAction->hide();
    m_banner = new QHBoxLayout;
    m_banner->setSpacing(6);
    m_banner->addWidget(m_message, 1);
    m_banner->addWidget(m_messageAction, 0, Qt::AlignVCenter);
    m_layout->addLayout(m_banner);
    connect(m_messageAction, &QPushButton::clicked, this, [this] {
        m_messageAction->hide();
        if (auto action = std::exchange(m_messageActionFn, {}))
            action();
    });
    m_message->installEventFilter(this);

    m_table = new QTableView(this);
    m_table->setObjectName(QLatin1String(names.table));
    PageParts::setUpTable(m_table, title);
    PageParts::allowRowCopy(m_table);
    m_state = PageParts::stateLabel(names.state, this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_state);
    m_layout->addWidget(m_stack, 1);

    // Relative times move on.
    auto* clock = new QTimer(this);
    clock->start(60 * 1000);
    connect(clock, &QTimer::timeout, this, [this] { setNow(Clock::current().now()); });
}

void AccountListPage::setList(QAbstractProxyModel* proxy)
{
    m_proxy = proxy;
    m_table->setModel(proxy);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(proxy, signal, this, &AccountListPage::updateState);
    connect(proxy, &QAbstractItemModel::modelReset, this, &AccountListPage::updateState);
    // A filter that changes the rows shown as a layout change (as QSortFilterProxyModel's does).
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &AccountListPage::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AccountListPage::updateButtons);
}

void AccountListPage::followSession()
{
    if (m_session) {
        followNewAccounts(this, m_session, [this] { reload(); });
        connect(m_session, &Session::accountChanged, this, &AccountListPage::onAccountChanged);
        connect(m_session, &Session::stateChanged, this, [this] {
            updateState();
            updateButtons();
        });
        reload();
    }
    updateButtons();
}

void AccountListPage::reload()
{
    setNow(Clock::current().now());
    loadSnapshot();
    updateState();
    updateButtons();
}

void AccountListPage::addToolRow(QHBoxLayout* row)
{
    m_layout->insertLayout(m_layout->indexOf(m_banner), row);
}

void AccountListPage::updateState()
{
    const int total = m_proxy ? m_proxy->sourceModel()->rowCount() : 0;
    const int shown = m_proxy ? m_proxy->rowCount() : 0;
    m_count->setText(total == 0 ? QString() : countText(total, shown));
    const QString state = stateText(total, shown);
    m_state->setText(state);
    m_stack->setCurrentWidget(state.isEmpty() ? static_cast<QWidget*>(m_table) : m_state);
    stateUpdated();
}

QString AccountListPage::accountMissingText(const QString& loading, const QString& failed,
                                            const QString& notLoaded) const
{
    if (!m_session)
        return {};
    if (m_session->state() == Session::State::Connecting)
        return loading;
    if (!m_session->snapshot().isEmpty())
        return {};
    if (!m_session->errorMessage().isEmpty())
        return failed + QLatin1Char('\n') + m_session->errorMessage();
    return m_session->profile() ? notLoaded : tr("No account is connected. Connect one from the Overview.");
}

std::optional<int> AccountListPage::selectedSourceRow() const
{
    // What acts on one item acts only when exactly one is selected; several rows are for copying.
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1 || !m_proxy)
        return std::nullopt;
    const QModelIndex source = m_proxy->mapToSource(rows.first());
    return source.isValid() ? std::optional<int>(source.row()) : std::nullopt;
}

bool AccountListPage::selectFirstRow(const std::function<bool(int sourceRow)>& matches)
{
    if (!m_proxy)
        return false;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex at = m_proxy->index(row, 0);
        if (!matches(m_proxy->mapToSource(at).row()))
            continue;
        selectOnly(row);
        m_table->scrollTo(at);
        return true;
    }
    return false;
}

void AccountListPage::selectOnly(int row)
{
    // QTableView::selectRow() adds to a selection of several rows (it follows the keyboard's
    // modifiers); this row alone is what is meant.
    const QModelIndex at = m_proxy->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(at, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void AccountListPage::showMessage(const QString& text, bool error)
{
    m_messageAction->hide();
    m_messageActionFn = {};
    PageParts::showMessage(m_message, text, error);
}

void AccountListPage::showMessage(const QString& text, bool error, const QString& actionText,
                                  std::function<void()> action)
{
    PageParts::showMessage(m_message, text, error);
    if (auto* expiry = m_message->findChild<QTimer*>(QStringLiteral("messageExpiry"), Qt::FindDirectChildrenOnly))
        expiry->stop(); // an offer stays until it is replaced
    m_messageAction->setText(actionText);
    m_messageActionFn = std::move(action);
    m_messageAction->show();
}

bool AccountListPage::eventFilter(QObject* watched, QEvent* event)
{
    // The banner going (its time ran out, the page was left) takes its button with it.
    if (watched == m_message && event->type() == QEvent::Hide) {
        m_messageAction->hide();
        m_messageActionFn = {};
    }
    return QWidget::eventFilter(watched, event);
}

bool AccountListPage::isConnected() const
{
    return m_session && m_session->isConnected();
}

bool AccountListPage::requireConnection(const QString& refusal)
{
    if (isConnected())
        return true;
    showMessage(refusal, true);
    return false;
}

} // namespace podwarden
