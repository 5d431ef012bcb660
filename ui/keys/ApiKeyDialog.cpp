#include "ApiKeyDialog.h"

#include "keys/ExpiryField.h"

#include "Validation.h"

#include "EndpointAccessModel.h"
#include "PageParts.h"
#include "keys/AccessLevelDelegate.h"
#include "keys/WriteAccessWarningDialog.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace podwarden {

namespace {

constexpr AccessLevel kLevels[] = {AccessLevel::None, AccessLevel::Read, AccessLevel::ReadWrite};

void fillLevels(QComboBox* combo)
{
    for (AccessLevel level : kLevels)
        combo->addItem(toDisplayString(level), static_cast<int>(level));
}

AccessLevel levelOf(const QComboBox* combo)
{
    return static_cast<AccessLevel>(combo->currentData().toInt());
}

void selectLevel(QComboBox* combo, AccessLevel level)
{
    combo->setCurrentIndex(combo->findData(static_cast<int>(level)));
}

// What a preset grants on the management API; Restricted grants its own level.
AccessLevel apiLevelOf(AccessPreset preset, AccessLevel restrictedLevel)
{
    switch (preset) {
    case AccessPreset::All:
        return AccessLevel::ReadWrite;
    case AccessPreset::ReadOnly:
        return AccessLevel::Read;
    case AccessPreset::Restricted:
        break;
    }
    return restrictedLevel;
}

QLabel* descriptionLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// One line for a statement the console has no terms for: "Allow s3:Read on runpod/storage/*".
QString describe(const PolicyStatement& st)
{
    return ApiKeyDialog::tr("%1 %2 on %3")
        .arg(st.effect, st.actions.join(QStringLiteral(", ")), st.resources.join(QStringLiteral(", ")));
}

QString noNameText()
{
    return ApiKeyDialog::tr("Give the key a name that says what uses it.");
}

// The name is in the field right above: a long one is cut short here, so the sentence keeps to two
// lines (and the room kept for it stays small).
constexpr int kNameInProblemLength = 24;

QString takenNameText(QString name)
{
    if (name.size() > kNameInProblemLength)
        name = name.left(kNameInProblemLength - 1) + QChar(0x2026);
    return ApiKeyDialog::tr("Another key is already called “%1”. That is allowed, but a distinct name is easier to "
                            "tell apart.")
        .arg(name);
}

// Keeps a label's place in the layout while it is hidden, so that showing it moves nothing.
void keepPlaceWhenHidden(QWidget* widget)
{
    QSizePolicy policy = widget->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    widget->setSizePolicy(policy);
}

} // namespace

// The endpoint table as the dialog shows it: no endpoint has less than what the key has on every
// endpoint, present and future, so a legacy key's rows say Read-Write as its "Every endpoint" row
// does. The rows' own levels stay in the source model, as the policy keeps them.
class EffectiveAccessProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setFloor(AccessLevel floor)
    {
        if (floor == m_floor)
            return;
        m_floor = floor;
        invalidate(); // sorted by access, the order changes; the view repaints every row
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (index.column() != EndpointAccessModel::Access || m_floor == AccessLevel::None)
            return QSortFilterProxyModel::data(index, role);
        const int own = QSortFilterProxyModel::data(index, Qt::EditRole).toInt();
        const auto shown = static_cast<AccessLevel>(std::max(own, static_cast<int>(m_floor)));
        switch (role) {
        case Qt::DisplayRole:
            return toDisplayString(shown);
        case Qt::EditRole:
        case EndpointAccessModel::SortRole:
        case EndpointAccessModel::AccessLevelRole:
            return static_cast<int>(shown);
        case AccessLevelDelegate::MinimumLevelRole:
            return static_cast<int>(m_floor);
        case Qt::AccessibleTextRole:
            return ApiKeyDialog::tr("%1: %2").arg(index.siblingAtColumn(EndpointAccessModel::Name).data().toString(),
                                                  toDisplayString(shown));
        case Qt::ToolTipRole:
            if (own <= static_cast<int>(m_floor))
                return ApiKeyDialog::tr("%1, as the key has on every endpoint, present and future.")
                    .arg(toDisplayString(shown));
            break;
        default:
            break;
        }
        return QSortFilterProxyModel::data(index, role);
    }

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override
    {
        if (left.column() == EndpointAccessModel::Access && m_floor != AccessLevel::None) {
            const int floor = static_cast<int>(m_floor);
            const int a = std::max(floor, left.data(EndpointAccessModel::SortRole).toInt());
            const int b = std::max(floor, right.data(EndpointAccessModel::SortRole).toInt());
            if (a != b)
                return a < b;
        }
        return QSortFilterProxyModel::lessThan(left, right);
    }

private:
    AccessLevel m_floor = AccessLevel::None;
};

ApiKeyDialog::ApiKeyDialog(Mode mode, const QList<Endpoint>& endpoints, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
{
    setObjectName(QStringLiteral("apiKeyDialog"));
    setWindowTitle(mode == Mode::Create ? tr("New API key") : tr("Edit API key"));

    m_legacyExplanation = new QLabel(this);
    m_legacyExplanation->setObjectName(QStringLiteral("legacyExplanation"));
    m_legacyExplanation->setWordWrap(true);
    m_legacyExplanation->setTextFormat(Qt::PlainText);
    m_legacyExplanation->setText(
        tr("This is a legacy key, made before keys had scopes. The service lets it be enabled, disabled, given an "
           "expiry or revoked, but not renamed or given other access. To narrow what it can do, roll it (Roll… on "
           "its page) into a scoped key, move its programs to the new key, and narrow or finish the roll."));
    m_legacyExplanation->setFrameShape(QFrame::StyledPanel);
    m_legacyExplanation->setMargin(8);
    m_legacyExplanation->setAutoFillBackground(true);
    m_legacyExplanation->setBackgroundRole(QPalette::AlternateBase);
    m_legacyExplanation->hide();

    // Name.
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("keyName"));
    m_name->setPlaceholderText(tr("What uses the key, e.g. ci-deployer"));
    m_name->setAccessibleName(tr("Key name"));
    // The name's problem comes and goes with each key press: it sits in a box as tall as the
    // longest problem needs (reserveNameProblemRoom()), so that the presets below never move.
    m_nameProblemBox = new QWidget(this);
    m_nameProblem = new QLabel(m_nameProblemBox);
    m_nameProblem->setObjectName(QStringLiteral("nameProblem"));
    m_nameProblem->setWordWrap(true);
    m_nameProblem->setTextFormat(Qt::PlainText);
    m_nameProblem->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto* problemLayout = new QVBoxLayout(m_nameProblemBox);
    problemLayout->setContentsMargins(0, 0, 0, 0);
    problemLayout->addWidget(m_nameProblem);
    problemLayout->addStretch(1);
    auto* nameForm = new QFormLayout;
    nameForm->addRow(tr("&Name:"), m_name);
    nameForm->addRow(QString(), m_nameProblemBox);
    m_expiry = new ExpiryField(tr("E&xpires:"), this);
    nameForm->addRow(m_expiry);
    m_expiryRequired = new QLabel(this);
    m_expiryRequired->setObjectName(QStringLiteral("expiryRequired"));
    m_expiryRequired->setWordWrap(true);
    m_expiryRequired->setText(tr("Keys with API write access need an expiry (File ▸ Preferences…)."));
    m_expiryRequired->hide();
    nameForm->addRow(m_expiryRequired);

    // Presets.
    auto* access = new QGroupBox(tr("Access"), this);
    access->setObjectName(QStringLiteral("accessGroup"));
    m_all = new QRadioButton(tr("&All"), access);
    m_all->setObjectName(QStringLiteral("presetAll"));
    m_readOnlyPreset = new QRadioButton(tr("Read &Only"), access);
    m_readOnlyPreset->setObjectName(QStringLiteral("presetReadOnly"));
    m_restricted = new QRadioButton(tr("&Restricted"), access);
    m_restricted->setObjectName(QStringLiteral("presetRestricted"));
    m_presets = new QButtonGroup(this);
    m_presets->addButton(m_all, static_cast<int>(AccessPreset::All));
    m_presets->addButton(m_readOnlyPreset, static_cast<int>(AccessPreset::ReadOnly));
    m_presets->addButton(m_restricted, static_cast<int>(AccessPreset::Restricted));
    const QString allText = tr("Read-Write access to the API and to every endpoint, present and future: it can "
                               "create, change and delete anything on the account.");
    const QString readOnlyText = tr("Read access to the API and to every endpoint, present and future.");
    const QString restrictedText =
        tr("Choose the API level and the access to each endpoint. The safest choice: give a key only what it needs.");
    m_all->setAccessibleDescription(allText);
    m_readOnlyPreset->setAccessibleDescription(readOnlyText);
    m_restricted->setAccessibleDescription(restrictedText);

    // The restricted section: API level, an all-endpoints level for keys that have one, the endpoints.
    m_restrictedSection = new QWidget(access);
    m_restrictedSection->setObjectName(QStringLiteral("restrictedSection"));
    m_api = new QComboBox(m_restrictedSection);
    m_api->setObjectName(QStringLiteral("apiLevel"));
    fillLevels(m_api);
    m_api->setAccessibleName(tr("API access"));
    m_api->setToolTip(tr("The management API (GraphQL and REST): Read lists the account's pods, endpoints, "
                         "templates and keys; Read-Write also creates, changes and deletes them."));
    m_allEndpoints = new QComboBox(m_restrictedSection);
    m_allEndpoints->setObjectName(QStringLiteral("allEndpointsLevel"));
    fillLevels(m_allEndpoints);
    m_allEndpoints->setAccessibleName(tr("Access to every endpoint, present and future"));
    auto* restrictedForm = new QFormLayout;
    restrictedForm->addRow(tr("API (GraphQL and REST) &level:"), m_api);
    m_allEndpointsLabel = new QLabel(tr("&Every endpoint, present and future:"), m_restrictedSection);
    m_allEndpointsLabel->setBuddy(m_allEndpoints);
    restrictedForm->addRow(m_allEndpointsLabel, m_allEndpoints);
    // Only a key that already has it shows this row; the console's presets never make one.
    m_allEndpointsLabel->hide();
    m_allEndpoints->hide();

    m_model = new EndpointAccessModel(this);
    m_model->setEndpoints(endpoints);
    m_proxy = new EffectiveAccessProxy(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(EndpointAccessModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterRole(EndpointAccessModel::SearchTextRole);
    m_proxy->setFilterKeyColumn(EndpointAccessModel::Name);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter = new QLineEdit(m_restrictedSection);
    m_filter->setObjectName(QStringLiteral("endpointFilter"));
    m_filter->setPlaceholderText(tr("Name or ID"));
    PageParts::enableNamedClearButton(m_filter);
    m_filter->setAccessibleName(tr("Filter endpoints"));
    auto* filterLabel = new QLabel(tr("&Filter endpoints:"), m_restrictedSection);
    filterLabel->setBuddy(m_filter);

    m_table = new QTableView(m_restrictedSection);
    m_table->setObjectName(QStringLiteral("endpointTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(EndpointAccessModel::Access, new AccessLevelDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                             QAbstractItemView::EditKeyPressed);
    PageParts::tabLeavesView(m_table); // Tab leaves the table, as everywhere else in the app
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EndpointAccessModel::Name, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(EndpointAccessModel::Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(EndpointAccessModel::Id, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(EndpointAccessModel::Access, QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Endpoints and this key's access to them"));
    m_table->setAccessibleDescription(tr("Space or the keys 0, 1 and 2 set the access of the current endpoint; "
                                         "F2 opens a list."));
    m_table->setToolTip(m_table->accessibleDescription());
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 6);
    m_table->installEventFilter(this); // Enter in the table (eventFilter())

    m_setAllLevel = new QComboBox(m_restrictedSection);
    m_setAllLevel->setObjectName(QStringLiteral("setAllShownLevel"));
    fillLevels(m_setAllLevel);
    m_setAllLevel->setAccessibleName(tr("Access for every endpoint shown"));
    auto* setAllLabel = new QLabel(tr("Set all s&hown to:"), m_restrictedSection);
    setAllLabel->setBuddy(m_setAllLevel);
    m_setAllButton = new QPushButton(tr("A&pply"), m_restrictedSection);
    m_setAllButton->setObjectName(QStringLiteral("setAllShownButton"));
    m_setAllButton->setAutoDefault(false);
    m_setAllButton->setAccessibleName(tr("Apply to every endpoint shown"));
    m_undoSetAll = new QPushButton(tr("&Undo"), m_restrictedSection);
    m_undoSetAll->setObjectName(QStringLiteral("undoSetAllShown"));
    m_undoSetAll->setAutoDefault(false);
    m_undoSetAll->setEnabled(false);
    m_undoSetAll->setAccessibleName(tr("Undo “Set all shown”"));
    m_undoSetAll->setToolTip(tr("Put back the access the endpoints had before “Set all shown”"));
    m_setAllDone = new QLabel(m_restrictedSection);
    m_setAllDone->setObjectName(QStringLiteral("setAllShownDone"));
    m_setAllDone->setTextFormat(Qt::PlainText);
    // Whatever it says, it takes the room left in its row and never widens the dialog.
    m_setAllDone->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_count = new QLabel(m_restrictedSection);
    m_count->setObjectName(QStringLiteral("grantedCount"));
    m_count->setTextFormat(Qt::PlainText);
    m_hint = new QLabel(m_restrictedSection);
    m_hint->setObjectName(QStringLiteral("nothingGrantedHint"));
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    m_hint->setText(tr("This key can do nothing yet: give it access to the API or to at least one endpoint."));
    keepPlaceWhenHidden(m_hint); // the table keeps its height as the hint comes and goes

    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    auto* setAllRow = new QHBoxLayout;
    setAllRow->addWidget(setAllLabel);
    setAllRow->addWidget(m_setAllLevel);
    setAllRow->addWidget(m_setAllButton);
    setAllRow->addWidget(m_undoSetAll);
    setAllRow->addWidget(m_setAllDone, 1);
    auto* restrictedLayout = new QVBoxLayout(m_restrictedSection);
    restrictedLayout->setContentsMargins(0, 0, 0, 0);
    restrictedLayout->addLayout(restrictedForm);
    restrictedLayout->addLayout(filterRow);
    restrictedLayout->addWidget(m_table, 1);
    restrictedLayout->addLayout(setAllRow);
    restrictedLayout->addWidget(m_count);
    restrictedLayout->addWidget(m_hint);

    // Radios in the first column, their descriptions and the restricted section beside, aligned
    // with the radios' text.
    auto* accessLayout = new QGridLayout(access);
    accessLayout->setColumnStretch(1, 1);
    accessLayout->addWidget(m_all, 0, 0, Qt::AlignTop);
    accessLayout->addWidget(descriptionLabel(allText, access), 0, 1);
    accessLayout->addWidget(m_readOnlyPreset, 1, 0, Qt::AlignTop);
    accessLayout->addWidget(descriptionLabel(readOnlyText, access), 1, 1);
    accessLayout->addWidget(m_restricted, 2, 0, Qt::AlignTop);
    accessLayout->addWidget(descriptionLabel(restrictedText, access), 2, 1);
    accessLayout->addWidget(m_restrictedSection, 3, 1);
    accessLayout->setRowStretch(3, 1);

    // Statements the console has no terms for, shown and kept.
    m_customSection = new QGroupBox(tr("Custom statements"), this);
    m_customSection->setObjectName(QStringLiteral("customStatementsSection"));
    m_custom = new QListWidget(m_customSection);
    m_custom->setObjectName(QStringLiteral("customStatements"));
    m_custom->setAccessibleName(tr("Custom statements"));
    m_custom->setSelectionMode(QAbstractItemView::NoSelection);
    m_custom->setMaximumHeight(m_custom->fontMetrics().height() * 5);
    auto* customLayout = new QVBoxLayout(m_customSection);
    customLayout->addWidget(descriptionLabel(
        tr("The key's policy has statements Podwarden does not edit. They are kept as they are."), m_customSection));
    customLayout->addWidget(m_custom);
    m_customSection->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_accept = buttons->addButton(mode == Mode::Create ? tr("Create &key") : tr("&Save"), QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("acceptKey"));
    m_accept->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelKey"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_legacyExplanation);
    layout->addLayout(nameForm);
    layout->addWidget(access, 1);
    layout->addWidget(m_customSection);
    layout->addWidget(buttons);

    setTabOrder(m_name, m_all);
    setTabOrder(m_all, m_readOnlyPreset);
    setTabOrder(m_readOnlyPreset, m_restricted);
    setTabOrder(m_restricted, m_api);
    setTabOrder(m_api, m_allEndpoints);
    setTabOrder(m_allEndpoints, m_filter);
    setTabOrder(m_filter, m_table);
    setTabOrder(m_table, m_setAllLevel);
    setTabOrder(m_setAllLevel, m_setAllButton);
    setTabOrder(m_setAllButton, m_undoSetAll);
    setTabOrder(m_undoSetAll, m_custom);

    connect(m_name, &QLineEdit::textChanged, this, &ApiKeyDialog::updateState);
    connect(m_expiry, &ExpiryField::changed, this, &ApiKeyDialog::updateState);
    connect(m_presets, &QButtonGroup::idToggled, this, &ApiKeyDialog::presetToggled);
    connect(m_api, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &ApiKeyDialog::apiLevelChanged);
    connect(m_allEndpoints, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &ApiKeyDialog::updateState);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_setAllButton, &QPushButton::clicked, this, &ApiKeyDialog::setAllShown);
    connect(m_undoSetAll, &QPushButton::clicked, this, &ApiKeyDialog::undoSetAllShown);
    const auto forgetUndo = [this] {
        if (m_applyingSetAll || m_undo.isEmpty())
            return;
        m_undo.clear();
        m_undoSetAll->setEnabled(false);
        showSetAllDone({}, {});
    };
    connect(m_model, &EndpointAccessModel::levelsChanged, this, forgetUndo);
    connect(m_model, &QAbstractItemModel::modelReset, this, forgetUndo);
    connect(m_model, &EndpointAccessModel::levelsChanged, this, &ApiKeyDialog::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ApiKeyDialog::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ApiKeyDialog::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ApiKeyDialog::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ApiKeyDialog::updateCount);
    // One click on an access cell opens its list; the other columns just select the row.
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex& index) {
        if (index.column() == EndpointAccessModel::Access && (index.flags() & Qt::ItemIsEditable) &&
            m_table->editTriggers() != QAbstractItemView::NoEditTriggers)
            m_table->edit(index);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // A new key starts with the least it can have; the user adds what it needs.
    setPresetSilently(AccessPreset::Restricted);
    setApiLevelSilently(AccessLevel::None);
    updateState();
    m_name->setFocus();
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 44);
}

void ApiKeyDialog::setKey(const ApiKey& key)
{
    m_original = key.policy;
    m_name->setText(key.name);
    // In Create mode the key is a draft to start from (say, after the service refused it): its name
    // is no existing key's own, so a duplicate is still pointed out.
    if (m_mode == Mode::Edit) {
        m_originalName = key.name;
        setWindowTitle(key.legacy ? tr("API key “%1” (legacy)").arg(key.name) : tr("Edit API key “%1”").arg(key.name));
    }

    m_expiry->setExpiry(key.expiresAt);
    m_originalExpiry = key.expiresAt;
    const AccessPreset preset = key.policy.preset();
    if (preset == AccessPreset::Restricted) {
        setApiLevelSilently(key.policy.apiLevel());
        m_model->setLevels(key.policy.endpointLevels());
        m_hasAllEndpoints = key.policy.allEndpointsLevel() != AccessLevel::None;
        m_allEndpointsLabel->setVisible(m_hasAllEndpoints);
        m_allEndpoints->setVisible(m_hasAllEndpoints);
        const QSignalBlocker blocker(m_allEndpoints);
        selectLevel(m_allEndpoints, key.policy.allEndpointsLevel());
    } else {
        m_hasAllEndpoints = false;
        m_allEndpointsLabel->hide();
        m_allEndpoints->hide();
        setApiLevelSilently(AccessLevel::None);
        m_model->setLevels({});
    }
    // Loading a key that already writes is no change to write access: no warning.
    setPresetSilently(preset);
    showCustomStatements(key.policy.customStatements());

    m_readOnly = key.legacy;
    m_legacyExplanation->setVisible(m_readOnly);
    m_nameProblemBox->setVisible(!m_readOnly); // a name that cannot change has no problems to show
    m_name->setReadOnly(m_readOnly);
    // A legacy key's expiry can change (SERVICE.md 5.2); nothing else can.
    for (QAbstractButton* radio : m_presets->buttons())
        radio->setEnabled(!m_readOnly);
    if (m_readOnly) {
        // Nothing here can change, so an endpoint table that does not apply is only noise.
        m_restrictedSection->setVisible(preset == AccessPreset::Restricted);
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_cancel->setDefault(true);
        m_expiry->setFocus();
        if (preset != AccessPreset::Restricted)
            resize(width(), layout()->totalHeightForWidth(width()));
    }
    updateState();
    if (isVisible())
        fitHeight();
}

bool ApiKeyDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Enter in the endpoint table is about the endpoint: it opens its access list, as F2 does. A
    // table passes Enter on to the dialog, whose default button is "Create key": one Enter after
    // picking a level with the arrows (which closes the list at once) would create the key.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            !(key->modifiers() & ~Qt::KeypadModifier)) {
            const QModelIndex current = m_table->currentIndex();
            if (current.isValid() && m_table->editTriggers() != QAbstractItemView::NoEditTriggers) {
                const QModelIndex access = current.siblingAtColumn(EndpointAccessModel::Access);
                m_table->setCurrentIndex(access);
                m_table->edit(access);
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ApiKeyDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    reserveNameProblemRoom();
    fitHeight();
}

void ApiKeyDialog::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    reserveNameProblemRoom();
}

void ApiKeyDialog::reserveNameProblemRoom()
{
    // Every problem the name can have, the longest with the longest name it shows.
    const QString longestName(kNameInProblemLength, QLatin1Char('n'));
    const QStringList problems = {
        noNameText(),
        Validation::apiKeyName(QString(kMaxNameLength + 1, QLatin1Char('n')))->message,
        Validation::apiKeyName(QStringLiteral("a\tb"))->message,
        takenNameText(longestName),
    };
    const int width = m_nameProblemBox->width() > 0 ? m_nameProblemBox->width() : m_name->width();
    // A label like the problem's own measures each, wrapped as it will be.
    QLabel probe;
    probe.setFont(m_nameProblem->font());
    probe.setTextFormat(Qt::PlainText);
    probe.setWordWrap(true);
    int height = 0;
    for (const QString& problem : problems) {
        probe.setText(problem);
        height = std::max(height, probe.heightForWidth(width));
    }
    if (m_nameProblemBox->minimumHeight() != height || m_nameProblemBox->maximumHeight() != height)
        m_nameProblemBox->setFixedHeight(height);
}

void ApiKeyDialog::fitHeight()
{
    // The window's minimum ignores wrapped text, so the explanation, the preset descriptions and the
    // custom statements could squeeze the table under the rows below it: the height the wrapped
    // layout needs at this width decides.
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void ApiKeyDialog::setTakenNames(const QStringList& names)
{
    m_takenNames = names;
    updateState();
}

std::optional<QDateTime> ApiKeyDialog::expiresAt() const
{
    return m_expiry->expiry();
}

bool ApiKeyDialog::expiryChanged() const
{
    return m_expiry->expiry() != m_originalExpiry;
}

QString ApiKeyDialog::name() const
{
    return m_name->text().trimmed();
}

AccessPolicy ApiKeyDialog::policy() const
{
    if (m_readOnly)
        return m_original;
    AccessPolicy policy;
    switch (currentPreset()) {
    case AccessPreset::All:
        policy = AccessPolicy::all();
        break;
    case AccessPreset::ReadOnly:
        policy = AccessPolicy::readOnly();
        break;
    case AccessPreset::Restricted: {
        const AccessLevel all = m_hasAllEndpoints ? levelOf(m_allEndpoints) : AccessLevel::None;
        QMap<QString, AccessLevel> endpoints = m_model->levels();
        // A level the all-endpoints level already gives adds nothing; the service's own reading of
        // the policy (AccessPolicy::fromDocuments) drops it too.
        for (auto it = endpoints.begin(); it != endpoints.end();) {
            if (static_cast<int>(it.value()) <= static_cast<int>(all))
                it = endpoints.erase(it);
            else
                ++it;
        }
        policy = AccessPolicy::restricted(currentApiLevel(), endpoints);
        policy.setAllEndpointsLevel(all);
        break;
    }
    }
    policy.setCustomStatements(m_original.customStatements());
    return policy;
}

AccessPreset ApiKeyDialog::currentPreset() const
{
    return static_cast<AccessPreset>(m_presets->checkedId());
}

AccessLevel ApiKeyDialog::currentApiLevel() const
{
    return levelOf(m_api);
}

void ApiKeyDialog::presetToggled(int id, bool checked)
{
    if (!checked || m_silent)
        return;
    const auto preset = static_cast<AccessPreset>(id);
    if (preset == m_preset)
        return;
    if (!confirmWriteAccess(apiLevelOf(m_preset, m_apiLevel), apiLevelOf(preset, m_apiLevel))) {
        setPresetSilently(m_preset);
        return;
    }
    m_preset = preset;
    updateState();
}

void ApiKeyDialog::apiLevelChanged(int /*index*/)
{
    if (m_silent)
        return;
    const AccessLevel level = currentApiLevel();
    if (level == m_apiLevel)
        return;
    if (!confirmWriteAccess(apiLevelOf(m_preset, m_apiLevel), apiLevelOf(m_preset, level))) {
        setApiLevelSilently(m_apiLevel);
        return;
    }
    m_apiLevel = level;
    updateState();
}

bool ApiKeyDialog::confirmWriteAccess(AccessLevel before, AccessLevel after)
{
    if (after != AccessLevel::ReadWrite || before == AccessLevel::ReadWrite)
        return true;
    return WriteAccessWarningDialog::confirm(this, name());
}

void ApiKeyDialog::setPresetSilently(AccessPreset preset)
{
    const bool wasSilent = std::exchange(m_silent, true);
    m_presets->button(static_cast<int>(preset))->setChecked(true);
    m_silent = wasSilent;
    m_preset = preset;
    updateState();
}

void ApiKeyDialog::setApiLevelSilently(AccessLevel level)
{
    const bool wasSilent = std::exchange(m_silent, true);
    selectLevel(m_api, level);
    m_silent = wasSilent;
    m_apiLevel = level;
    updateState();
}

void ApiKeyDialog::setAllShown()
{
    const AccessLevel level = levelOf(m_setAllLevel);
    // Source rows first: with the table sorted by access, changing a level moves rows in the proxy.
    QList<int> rows;
    QList<QPair<QString, AccessLevel>> before;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const int source = m_proxy->mapToSource(m_proxy->index(row, 0)).row();
        if (m_model->levelAt(source) == level)
            continue;
        rows.append(source);
        before.append({m_model->endpointIdAt(source), m_model->levelAt(source)});
    }
    if (rows.isEmpty()) {
        showSetAllDone(tr("Nothing to change"), tr("Every endpoint shown has %1 already.").arg(toDisplayString(level)));
        return;
    }
    m_applyingSetAll = true;
    m_model->setLevelOfRows(rows, level);
    m_applyingSetAll = false;
    // One click can take every grant away: it can be put back, until the levels change otherwise.
    m_undo = before;
    m_undoSetAll->setEnabled(true);
    showSetAllDone(tr("%n changed", "endpoints", int(rows.size())),
                   tr("%n endpoint(s) set to %1.", nullptr, int(rows.size())).arg(toDisplayString(level)));
}

void ApiKeyDialog::showSetAllDone(const QString& shortText, const QString& sentence)
{
    // The row has room for a word or two; the sentence is the tooltip and what a screen reader says.
    m_setAllDone->setText(shortText);
    m_setAllDone->setToolTip(sentence);
    m_setAllDone->setAccessibleName(sentence);
}

void ApiKeyDialog::undoSetAllShown()
{
    if (m_undo.isEmpty())
        return;
    QMap<int, QList<int>> rowsByLevel;
    for (const auto& [id, level] : std::as_const(m_undo)) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            rowsByLevel[static_cast<int>(level)].append(row);
    }
    m_applyingSetAll = true;
    for (auto it = rowsByLevel.cbegin(); it != rowsByLevel.cend(); ++it)
        m_model->setLevelOfRows(it.value(), static_cast<AccessLevel>(it.key()));
    m_applyingSetAll = false;
    const int restored = int(m_undo.size());
    m_undo.clear();
    if (m_undoSetAll->hasFocus())
        m_setAllButton->setFocus(Qt::OtherFocusReason); // not lost to the next control as the button turns off
    m_undoSetAll->setEnabled(false);
    showSetAllDone(tr("Undone"), tr("%n endpoint(s) have their access back.", nullptr, restored));
}

AccessLevel ApiKeyDialog::allEndpointsLevel() const
{
    return m_hasAllEndpoints ? levelOf(m_allEndpoints) : AccessLevel::None;
}

void ApiKeyDialog::updateState()
{
    const QString trimmed = name();
    QString problem;
    bool valid = true;
    if (trimmed.isEmpty()) {
        problem = noNameText();
        valid = false;
    } else if (const auto issue = Validation::apiKeyName(trimmed)) {
        // The contract's own rule, the one the service applies (length, control characters).
        problem = issue->message;
        valid = false;
    } else if (trimmed != m_originalName && m_takenNames.contains(trimmed)) {
        problem = takenNameText(trimmed);
    }
    m_nameProblem->setText(problem);
    m_nameProblem->setVisible(!problem.isEmpty() && !m_readOnly);
    // The user's own rule (Preferences): keys that can change the account must expire.
    const bool expiryMissing = m_requireExpiry && !m_readOnly && !m_expiry->expiry() && policy().canWriteApi();
    m_expiryRequired->setVisible(expiryMissing);
    m_accept->setEnabled(valid && !expiryMissing && (!m_readOnly || expiryChanged()));

    const bool restricted = m_preset == AccessPreset::Restricted;
    m_restrictedSection->setEnabled(restricted && !m_readOnly);
    m_proxy->setFloor(allEndpointsLevel());
    const bool nothing = restricted && m_apiLevel == AccessLevel::None && m_model->grantedCount() == 0 &&
                         allEndpointsLevel() == AccessLevel::None && !m_original.hasCustom();
    m_hint->setVisible(nothing && !m_readOnly);
    updateCount();
}

void ApiKeyDialog::updateCount()
{
    const int granted = m_model->grantedCount();
    const AccessLevel all = allEndpointsLevel();
    QString text;
    if (all != AccessLevel::None) {
        // What the rows show: every endpoint at that level at least, some perhaps above it.
        const int above = all == AccessLevel::Read ? m_model->countAt(AccessLevel::ReadWrite) : 0;
        text = above > 0 ? tr("Every endpoint, present and future: Read; %n of them Read-Write", nullptr, above)
                         : tr("Every endpoint, present and future: %1").arg(toDisplayString(all));
    } else if (m_model->rowCount() == 0) {
        text = tr("The account has no serverless endpoints.");
    } else if (granted == 0) {
        text = tr("No endpoint granted");
    } else {
        QStringList parts;
        if (const int read = m_model->countAt(AccessLevel::Read))
            parts << tr("%n read", "endpoints", read);
        if (const int readWrite = m_model->countAt(AccessLevel::ReadWrite))
            parts << tr("%n read-write", "endpoints", readWrite);
        text = tr("%n endpoint(s): %1", nullptr, granted).arg(parts.join(QStringLiteral(", ")));
    }
    if (m_proxy->rowCount() != m_model->rowCount())
        text += QStringLiteral(" · ") + tr("%1 of %2 shown").arg(m_proxy->rowCount()).arg(m_model->rowCount());
    m_count->setText(text);
    m_setAllButton->setEnabled(m_proxy->rowCount() > 0);
}

void ApiKeyDialog::showCustomStatements(const QList<PolicyStatement>& statements)
{
    m_custom->clear();
    for (const PolicyStatement& st : statements) {
        auto* item = new QListWidgetItem(describe(st), m_custom);
        // The whole statement as it will be sent back, with a Condition or other keys it may have.
        item->setToolTip(tr("Policy version %1").arg(st.version) + QLatin1Char('\n') +
                         QString::fromUtf8(QJsonDocument(st.toJson()).toJson(QJsonDocument::Indented)));
    }
    m_customSection->setVisible(!statements.isEmpty());
}

} // namespace podwarden
