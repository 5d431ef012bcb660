#include "KeyDetailsDialog.h"

#include "AuditEventTableModel.h"
#include "Clock.h"
#include "RelativeTime.h"
#include "ResourceHistory.h"
#include "account/Session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
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
    auto* accessTitle = new QLabel(tr("Endpoints"), this);
    accessTitle->setFont([&] {
        QFont f = accessTitle->font();
        f.setBold(true);
        return f;
    }());
    layout->addWidget(accessTitle);
    m_access = new QTreeWidget(this);
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
    layout->addWidget(m_access, 1);

    auto* historyTitle = new QLabel(tr("History"), this);
    historyTitle->setFont(accessTitle->font());
    layout->addWidget(historyTitle);
    m_history =
        new ResourceHistory(session, ResourceType::ApiKey, key.id,
                            {tr("History of the key"), tr("Connect to the account to see the history of this key."),
                             tr("No events recorded for this key.")},
                            this);
    m_history->tree()->setObjectName(QStringLiteral("detailsHistory"));
    layout->addWidget(m_history, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* edit = buttons->addButton(tr("&Edit…"), QDialogButtonBox::ActionRole);
    edit->setObjectName(QStringLiteral("detailsEdit"));
    edit->setEnabled(!key.legacy && session && session->isConnected());
    if (key.legacy)
        edit->setToolTip(tr("A legacy key's access cannot be changed; roll it into a scoped key instead."));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(edit, &QPushButton::clicked, this, [this] {
        const QString id = m_key.id;
        accept();
        emit editRequested(id);
    });
    resize(720, 640);
    m_history->load();
}

KeyDetailsDialog::~KeyDetailsDialog() = default;

QTreeWidget* KeyDetailsDialog::history() const
{
    return m_history->tree();
}

bool KeyDetailsDialog::isLoading() const
{
    return m_history->isLoading();
}

} // namespace podwarden
