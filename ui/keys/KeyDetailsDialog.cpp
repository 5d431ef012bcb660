#include "KeyDetailsDialog.h"

#include "AuditEventTableModel.h"
#include "Clock.h"
#include "RelativeTime.h"
#include "ResourceHistory.h"
#include "account/Session.h"
#include "keys/LeastPrivilegeView.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace podwarden {

namespace {

QLabel* valueLabel(const QString& text, QWidget* parent, const char* objectName)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(QLatin1String(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString timeText(const QDateTime& time)
{
    return KeyDetailsDialog::tr("%1 (%2)").arg(exactTime(time), relativeTime(time, Clock::current().now()));
}

QString levelText(AccessLevel level)
{
    switch (level) {
    case AccessLevel::ReadWrite:
        return KeyDetailsDialog::tr("Read-Write");
    case AccessLevel::Read:
        return KeyDetailsDialog::tr("Read");
    case AccessLevel::None:
        break;
    }
    return KeyDetailsDialog::tr("None");
}

// What the key can do, in a sentence or two.
QString accessInWords(const ApiKey& key)
{
    const AccessPolicy& p = key.policy;
    if (key.legacy)
        return KeyDetailsDialog::tr("A legacy key, made before keys had scopes: it can do everything the account can.");
    switch (p.preset()) {
    case AccessPreset::All:
        return KeyDetailsDialog::tr("Everything: it can read and change the account through the API (create and "
                                    "delete pods and endpoints, on your balance) and call every endpoint.");
    case AccessPreset::ReadOnly:
        return KeyDetailsDialog::tr("Read only: it can read the account and call nothing that changes it.");
    case AccessPreset::Restricted:
        break;
    }
    QStringList parts;
    switch (p.apiLevel()) {
    case AccessLevel::ReadWrite:
        parts << KeyDetailsDialog::tr("It can read and change the account through the API.");
        break;
    case AccessLevel::Read:
        parts << KeyDetailsDialog::tr("It can read the account through the API, not change it.");
        break;
    case AccessLevel::None:
        parts << KeyDetailsDialog::tr("It cannot use the account's API.");
        break;
    }
    if (p.allEndpointsLevel() != AccessLevel::None)
        parts << KeyDetailsDialog::tr("It can call every endpoint (%1).").arg(levelText(p.allEndpointsLevel()));
    else if (p.grantedEndpointCount() > 0)
        parts << KeyDetailsDialog::tr("It can call %n endpoint(s), listed below.", nullptr, p.grantedEndpointCount());
    else
        parts << KeyDetailsDialog::tr("It can call no endpoint.");
    if (p.hasCustom())
        parts << KeyDetailsDialog::tr("It also has statements of its own that Podwarden shows but does not edit.");
    return parts.join(QLatin1Char(' '));
}

} // namespace

KeyDetailsDialog::KeyDetailsDialog(const ApiKey& key, Session* session, QWidget* parent)
    : QDialog(parent)
    , m_key(key)
    , m_session(session)
{
    setObjectName(QStringLiteral("keyDetailsDialog"));
    setWindowTitle(tr("Key %1").arg(key.name));
    auto* layout = new QVBoxLayout(this);

    auto* title = new QLabel(key.name, this);
    title->setObjectName(QStringLiteral("detailsName"));
    title->setTextFormat(Qt::PlainText);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    auto* form = new QFormLayout;
    const QDateTime now = Clock::current().now();
    QString state = key.isExpired(now) ? tr("Expired: calls with it get 401")
                    : key.enabled      ? tr("Enabled")
                                       : tr("Disabled: calls with it get 401");
    if (key.legacy)
        state += QStringLiteral(" · ") + tr("legacy");
    form->addRow(tr("Prefix:"), valueLabel(key.prefix + QStringLiteral("…"), this, "detailsPrefix"));
    form->addRow(tr("State:"), valueLabel(state, this, "detailsState"));
    form->addRow(tr("Access:"),
                 valueLabel(key.policy.summary() + QStringLiteral("\n") + accessInWords(key), this, "detailsAccess"));
    form->addRow(tr("Created:"),
                 valueLabel(key.createdBy.isEmpty() ? timeText(key.createdAt)
                                                    : tr("%1, by %2").arg(timeText(key.createdAt), key.createdBy),
                            this, "detailsCreated"));
    form->addRow(tr("Last used:"),
                 valueLabel(key.lastUsedAt ? timeText(*key.lastUsedAt) : tr("Never"), this, "detailsLastUsed"));
    if (key.expiresAt)
        form->addRow(tr("Expires:"),
                     valueLabel(tr("%1 (%2)").arg(expiryTime(key.expiresAt, now), exactTime(*key.expiresAt)), this,
                                "detailsExpires"));
    layout->addLayout(form);

    // Endpoint by endpoint: the ones it reaches first, then the rest.
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("detailsTabs"));
    m_access = new QTreeWidget(tabs);
    m_access->setObjectName(QStringLiteral("detailsEndpoints"));
    m_access->setAccessibleName(tr("What the key can call, endpoint by endpoint"));
    m_access->setRootIsDecorated(false);
    m_access->setHeaderLabels({tr("Endpoint"), tr("Level"), tr("How")});
    m_access->setSelectionMode(QAbstractItemView::NoSelection);
    QList<QTreeWidgetItem*> granted;
    QList<QTreeWidgetItem*> others;
    const QList<Endpoint> endpoints = session ? session->snapshot().endpoints : QList<Endpoint>();
    for (const Endpoint& e : endpoints) {
        const AccessLevel own = key.policy.endpointLevels().value(e.id, AccessLevel::None);
        const AccessLevel level = key.legacy || key.policy.preset() == AccessPreset::All
                                      ? AccessLevel::ReadWrite
                                      : key.policy.endpointLevel(e.id);
        QString how;
        if (key.legacy || key.policy.preset() == AccessPreset::All)
            how = tr("Full access");
        else if (own != AccessLevel::None && own >= key.policy.allEndpointsLevel())
            how = tr("Its own grant");
        else if (key.policy.allEndpointsLevel() != AccessLevel::None)
            how = tr("Every endpoint");
        auto* item = new QTreeWidgetItem({e.name, levelText(level), how});
        item->setToolTip(0, e.id);
        (level != AccessLevel::None ? granted : others).append(item);
    }
    m_access->addTopLevelItems(granted + others);
    m_access->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_access->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_access->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_access->setMinimumHeight(6 * m_access->fontMetrics().height());
    tabs->addTab(m_access, tr("E&ndpoints"));

    // How it was used, and what it could do without (least privilege from real use).
    auto* use = new QWidget(tabs);
    auto* useLayout = new QVBoxLayout(use);
    m_usageState = new QLabel(use);
    m_usageState->setObjectName(QStringLiteral("detailsUsageState"));
    m_usageState->setWordWrap(true);
    m_usageState->setTextFormat(Qt::PlainText);
    useLayout->addWidget(m_usageState);
    m_usage = new QTreeWidget(use);
    m_usage->setObjectName(QStringLiteral("detailsUsage"));
    m_usage->setAccessibleName(tr("When the key last used each grant"));
    m_usage->setRootIsDecorated(false);
    m_usage->setSelectionMode(QAbstractItemView::NoSelection);
    m_usage->setHeaderLabels({tr("Grant"), tr("Holds"), tr("Last read"), tr("Last write")});
    m_usage->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_usage->header()->setStretchLastSection(false);
    for (int c = 1; c < 4; ++c)
        m_usage->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    useLayout->addWidget(m_usage, 1);
    m_advice = new QLabel(use);
    m_advice->setObjectName(QStringLiteral("detailsAdvice"));
    m_advice->setWordWrap(true);
    m_advice->setTextFormat(Qt::PlainText);
    useLayout->addWidget(m_advice);
    m_difference = LeastPrivilegeView::differenceTree(use, "detailsDifference");
    m_difference->setAccessibleName(tr("What narrowing the key would change"));
    m_difference->setRootIsDecorated(false);
    m_difference->hide();
    useLayout->addWidget(m_difference, 1);
    tabs->addTab(use, tr("&Use"));

    m_history =
        new ResourceHistory(session, ResourceType::ApiKey, key.id,
                            {tr("History of the key"), tr("Connect to the account to see the history of this key."),
                             tr("No events recorded for this key.")},
                            tabs);
    m_history->tree()->setObjectName(QStringLiteral("detailsHistory"));
    tabs->addTab(m_history, tr("&History"));
    layout->addWidget(tabs, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* edit = buttons->addButton(tr("&Edit…"), QDialogButtonBox::ActionRole);
    edit->setObjectName(QStringLiteral("detailsEdit"));
    edit->setEnabled(!key.legacy && session && session->isConnected());
    if (key.legacy)
        edit->setToolTip(tr("A legacy key's access cannot be changed; roll it into a scoped key instead."));
    QPushButton* roll = buttons->addButton(tr("R&oll…"), QDialogButtonBox::ActionRole);
    roll->setObjectName(QStringLiteral("detailsRoll"));
    roll->setToolTip(tr("Make its successor with the same access; both work until you finish the roll"));
    roll->setEnabled(session && session->isConnected());
    m_narrow = buttons->addButton(tr("Narro&w to what it uses"), QDialogButtonBox::ActionRole);
    m_narrow->setObjectName(QStringLiteral("detailsNarrow"));
    m_narrow->setEnabled(false);
    layout->addWidget(buttons);
    connect(roll, &QPushButton::clicked, this, [this] {
        const QString id = m_key.id;
        accept();
        emit rollRequested(id);
    });
    connect(m_narrow, &QPushButton::clicked, this, [this] {
        if (!m_suggestion)
            return;
        const LeastPrivilege::Suggestion suggestion = *m_suggestion;
        accept();
        emit narrowRequested(suggestion);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(edit, &QPushButton::clicked, this, [this] {
        const QString id = m_key.id;
        accept();
        emit editRequested(id);
    });
    resize(720, 640);
    m_history->load();
    loadUsage();
}

void KeyDetailsDialog::loadUsage()
{
    if (!m_session || !m_session->isConnected()) {
        m_usageState->setText(tr("Connect to the account to see how this key was used."));
        m_usage->hide();
        return;
    }
    m_usageState->setText(tr("Reading how the key was used…"));
    m_advice->clear();
    m_adviceLoader = new KeyAdvice(m_session, {m_key.id}, this);
    connect(m_adviceLoader, &KeyAdvice::finished, this, [this] {
        const KeyAdvice::Item item = m_adviceLoader->items().constFirst();
        m_adviceLoader->deleteLater();
        m_adviceLoader = nullptr;
        const QHash<QString, QString> names =
            LeastPrivilegeView::endpointNames(m_session ? m_session->snapshot().endpoints : QList<Endpoint>());
        if (item.usage) {
            LeastPrivilegeView::fillUsage(m_usage, m_key, *item.usage, names);
            m_usageState->setText(
                tr("When it last used each grant. A grant unused for %n day(s) is one it can do without.", nullptr,
                   LeastPrivilege::kWindowDays));
        } else {
            m_usage->hide();
            m_usageState->clear();
        }
        m_advice->setText(LeastPrivilegeView::verdictText(item));
        if (item.suggestion.isNarrower()) {
            m_suggestion = item.suggestion;
            LeastPrivilegeView::addChanges(m_difference, nullptr, item.suggestion, names);
            m_difference->show();
            m_narrow->setEnabled(m_session && m_session->isConnected());
        }
        emit usageLoaded();
    });
    m_adviceLoader->start();
}

KeyDetailsDialog::~KeyDetailsDialog() = default;

QTreeWidget* KeyDetailsDialog::history() const
{
    return m_history->tree();
}

bool KeyDetailsDialog::isLoading() const
{
    return m_history->isLoading() || m_adviceLoader;
}

} // namespace podwarden
