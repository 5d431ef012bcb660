#include "LeastPrivilegeView.h"

#include "Clock.h"
#include "Endpoint.h"
#include "RelativeTime.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace podwarden {

namespace LeastPrivilegeView {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    // The context lupdate gives the tr() calls of this namespace.
    return QCoreApplication::translate("podwarden::LeastPrivilegeView", text, disambiguation, n);
}

QString whenText(const std::optional<QDateTime>& at)
{
    return at ? relativeTime(*at, Clock::current().now()) : tr("Never");
}

// The endpoint's name (its id goes in the tooltip); the id when it is gone from the account.
QString endpointName(const QString& id, const QHash<QString, QString>& names)
{
    const QString name = names.value(id);
    return name.isEmpty() ? id : name;
}

} // namespace

QHash<QString, QString> endpointNames(const QList<Endpoint>& endpoints)
{
    QHash<QString, QString> names;
    for (const Endpoint& e : endpoints)
        names.insert(e.id, e.name);
    return names;
}

QString grantName(const LeastPrivilege::Change& change, const QHash<QString, QString>& names)
{
    switch (change.scope) {
    case LeastPrivilege::Change::Scope::Api:
        return tr("API");
    case LeastPrivilege::Change::Scope::AllEndpoints:
        return tr("Every endpoint");
    case LeastPrivilege::Change::Scope::Endpoint:
        break;
    }
    return endpointName(change.endpointId, names);
}

QString verdictText(const KeyAdvice::Item& item)
{
    if (!item.error.isEmpty())
        return tr("How the key was used could not be read: %1").arg(item.error);
    switch (item.suggestion.verdict) {
    case LeastPrivilege::Verdict::Legacy:
        return tr("A legacy key's access cannot be narrowed. Roll it into a scoped key, then narrow that one.");
    case LeastPrivilege::Verdict::TooNew:
        return tr("The key is less than %n day(s) old: there is no use to judge by yet.", nullptr,
                  LeastPrivilege::kSettleDays);
    case LeastPrivilege::Verdict::UsesAll:
        return tr("It used every grant it holds in the last %n day(s): nothing to narrow.", nullptr,
                  LeastPrivilege::kWindowDays);
    case LeastPrivilege::Verdict::Narrower:
        break;
    }
    if (item.suggestion.suggested.summary() == AccessPolicy().summary())
        return tr("It used none of its grants in the last %n day(s). Narrowed, it could do nothing; disabling or "
                  "revoking it may be the better step.",
                  nullptr, LeastPrivilege::kWindowDays);
    return tr("It did not use all of its grants in the last %n day(s). Narrowed to what it used: %1.", nullptr,
              LeastPrivilege::kWindowDays)
        .arg(item.suggestion.suggested.summary());
}

void fillUsage(QTreeWidget* tree, const ApiKey& key, const KeyUsage& usage, const QHash<QString, QString>& names)
{
    tree->clear();
    const auto add = [tree](const QString& grant, const QString& id, AccessLevel holds, const GrantUse& use) {
        auto* item =
            new QTreeWidgetItem(tree, {grant, toDisplayString(holds), whenText(use.read), whenText(use.write)});
        item->setToolTip(0, id);
        if (use.read)
            item->setToolTip(2, exactTime(*use.read));
        if (use.write)
            item->setToolTip(3, exactTime(*use.write));
    };
    const AccessPolicy& p = key.policy;
    add(tr("API"), QString(), p.apiLevel(), usage.api);
    QStringList ids = p.endpointLevels().keys();
    for (auto it = usage.endpoints.constBegin(); it != usage.endpoints.constEnd(); ++it) {
        if (!ids.contains(it.key()))
            ids.append(it.key());
    }
    std::sort(ids.begin(), ids.end());
    if (p.allEndpointsLevel() != AccessLevel::None) {
        auto* all = new QTreeWidgetItem(tree, {tr("Every endpoint (present and future)"),
                                               toDisplayString(p.allEndpointsLevel()), QString(), QString()});
        all->setToolTip(0, tr("Uses are recorded endpoint by endpoint, below."));
    }
    for (const QString& id : std::as_const(ids))
        add(endpointName(id, names), id, p.endpointLevel(id), usage.endpoints.value(id));
}

void addChanges(QTreeWidget* tree, QTreeWidgetItem* parent, const LeastPrivilege::Suggestion& suggestion,
                const QHash<QString, QString>& names)
{
    for (const LeastPrivilege::Change& c : suggestion.changes) {
        // What the use says: of the write part when only writing goes, of the grant otherwise.
        const bool writeOnly = c.to == AccessLevel::Read;
        QString used;
        if (c.scope == LeastPrivilege::Change::Scope::AllEndpoints)
            used = tr("only the endpoints it called stay");
        else if (static_cast<int>(c.to) > static_cast<int>(c.from))
            used = tr("used %1").arg(whenText(c.lastUsed));
        else if (c.lastUsed)
            used = writeOnly ? tr("last wrote %1").arg(whenText(c.lastUsed))
                             : tr("last used %1").arg(whenText(c.lastUsed));
        else
            used = writeOnly ? tr("never wrote") : tr("never used");
        const QStringList columns{grantName(c, names), toDisplayString(c.from), toDisplayString(c.to), used};
        auto* item = parent ? new QTreeWidgetItem(parent, columns) : new QTreeWidgetItem(tree, columns);
        if (c.lastUsed)
            item->setToolTip(3, exactTime(*c.lastUsed));
        if (c.scope == LeastPrivilege::Change::Scope::Endpoint)
            item->setToolTip(0, c.endpointId);
        else if (c.scope == LeastPrivilege::Change::Scope::AllEndpoints)
            item->setToolTip(0, tr("Every endpoint, present and future"));
        // Taken away reads as removed, kept-as-its-own as added.
        item->setData(2, Qt::UserRole, static_cast<int>(c.to) < static_cast<int>(c.from) ? -1 : 1);
        item->setText(
            2, (static_cast<int>(c.to) < static_cast<int>(c.from) ? QStringLiteral("− ") : QStringLiteral("+ ")) +
                   toDisplayString(c.to));
    }
}

QTreeWidget* differenceTree(QWidget* parent, const char* objectName)
{
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(QLatin1String(objectName));
    tree->setHeaderLabels({tr("Grant"), tr("Now"), tr("Suggested"), tr("Use")});
    tree->setSelectionMode(QAbstractItemView::NoSelection);
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(false);
    return tree;
}

} // namespace LeastPrivilegeView

NarrowKeysDialog::NarrowKeysDialog(const QList<KeyAdvice::Item>& items, const QList<Endpoint>& endpoints,
                                   const QString& signedInKeyId, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("narrowKeysDialog"));
    setWindowTitle(tr("Narrow keys to what they use"));
    auto* layout = new QVBoxLayout(this);
    const QHash<QString, QString> names = LeastPrivilegeView::endpointNames(endpoints);
    int legacy = 0;
    int usesAll = 0;
    int tooNew = 0;
    QStringList failed;
    for (const KeyAdvice::Item& item : items) {
        if (!item.error.isEmpty())
            failed << tr("%1: %2").arg(item.key.name.isEmpty() ? item.key.id : item.key.name, item.error);
        else if (item.suggestion.isNarrower())
            m_items.append(item);
        else if (item.suggestion.verdict == LeastPrivilege::Verdict::Legacy)
            ++legacy;
        else if (item.suggestion.verdict == LeastPrivilege::Verdict::TooNew)
            ++tooNew;
        else
            ++usesAll;
    }
    auto* intro = new QLabel(
        m_items.isEmpty()
            ? tr("None of the %n selected key(s) holds a grant it did not use.", nullptr, int(items.size()))
            : tr("These keys hold grants they did not use in the last %1 days. Each checked key keeps only what "
                 "it used; one Undo afterwards gives every key back exactly the access it has now.")
                  .arg(LeastPrivilege::kWindowDays),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_tree = LeastPrivilegeView::differenceTree(this, "narrowKeysTree");
    m_tree->setAccessibleName(tr("Keys to narrow and what each loses"));
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    for (const KeyAdvice::Item& item : std::as_const(m_items)) {
        auto* top = new QTreeWidgetItem(
            m_tree, {item.key.name, item.suggestion.current.summary(), item.suggestion.suggested.summary(), QString()});
        top->setData(0, Qt::UserRole, item.key.id);
        top->setFlags(top->flags() | Qt::ItemIsUserCheckable);
        const bool own = item.key.id == signedInKeyId;
        top->setCheckState(0, own ? Qt::Unchecked : Qt::Checked);
        if (own)
            top->setText(3, tr("the key Podwarden uses"));
        LeastPrivilegeView::addChanges(m_tree, top, item.suggestion, names);
        top->setExpanded(true);
    }
    m_tree->setVisible(!m_items.isEmpty());
    layout->addWidget(m_tree, 1);

    QStringList others;
    if (usesAll > 0)
        others << tr("%n key(s) use every grant they hold.", nullptr, usesAll);
    if (legacy > 0)
        others << tr("%n legacy key(s) cannot be narrowed; roll them into scoped keys first.", nullptr, legacy);
    if (tooNew > 0)
        others << tr("%n key(s) are too new to judge.", nullptr, tooNew);
    others += failed;
    if (!others.isEmpty()) {
        auto* rest = new QLabel(others.join(QLatin1Char('\n')), this);
        rest->setObjectName(QStringLiteral("narrowKeysOthers"));
        rest->setTextFormat(Qt::PlainText);
        rest->setWordWrap(true);
        layout->addWidget(rest);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("Narrow"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("narrowKeysApply"));
    m_apply->setVisible(!m_items.isEmpty());
    if (m_items.isEmpty())
        buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tree, &QTreeWidget::itemChanged, this, &NarrowKeysDialog::updateApply);
    layout->addWidget(buttons);
    updateApply();
    resize(820, m_items.isEmpty() ? 200 : 540);
}

QList<LeastPrivilege::Suggestion> NarrowKeysDialog::chosen() const
{
    QList<LeastPrivilege::Suggestion> out;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->checkState(0) == Qt::Checked)
            out.append(m_items.at(i).suggestion);
    }
    return out;
}

void NarrowKeysDialog::updateApply()
{
    const int n = int(chosen().size());
    m_apply->setText(tr("&Narrow %n key(s)", nullptr, n));
    m_apply->setEnabled(n > 0);
}

} // namespace podwarden
