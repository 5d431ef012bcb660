#include "ProfilesDialog.h"

#include "Confirm.h"
#include "ProfileEditDialog.h"
#include "account/ProfileChanges.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace podwarden {

namespace {

enum Column { NameColumn, ServiceColumn };

// Where the profile's account is; for Paperspace also which project, as two profiles may share a team.
QString serviceText(const Profile& p)
{
    if (p.provider == Profile::Provider::PaperspaceSandbox)
        return ProfilesDialog::tr("Local Paperspace sandbox");
    if (p.isSandbox())
        return ProfilesDialog::tr("Local sandbox");
    const QString base = p.managementBase.toDisplayString(QUrl::RemoveUserInfo);
    return p.isPaperspace() ? ProfilesDialog::tr("%1, project %2").arg(base, p.projectId) : base;
}

} // namespace

ProfilesDialog::ProfilesDialog(ProfileChanges* changes, const QString& openProfileId, QWidget* parent)
    : QDialog(parent)
    , m_changes(changes)
    , m_openId(openProfileId)
{
    setObjectName(QStringLiteral("profilesDialog"));
    setWindowTitle(tr("Profiles"));

    auto* explain = new QLabel(tr("Each profile is one account: where its service is, and its API key in the system "
                                  "keyring."),
                               this);
    explain->setWordWrap(true);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Profiles"));
    m_list->setHeaderLabels({tr("Name"), tr("Service")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);

    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setObjectName(QStringLiteral("addProfileButton"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editProfileButton"));
    m_remove = new QPushButton(tr("&Remove…"), this);
    m_remove->setObjectName(QStringLiteral("removeProfileButton"));
    m_switch = new QPushButton(tr("&Switch To"), this);
    m_switch->setObjectName(QStringLiteral("switchProfileButton"));
    auto* side = new QVBoxLayout;
    side->addWidget(m_switch);
    side->addSpacing(12);
    side->addWidget(m_add);
    side->addWidget(m_edit);
    side->addWidget(m_remove);
    side->addStretch(1);

    auto* middle = new QHBoxLayout;
    middle->addWidget(m_list, 1);
    middle->addLayout(side);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("profilesMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Two lines reserved, so the list does not move when a message comes or goes.
    m_message->setMinimumHeight(2 * m_message->fontMetrics().lineSpacing());
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addLayout(middle, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &ProfilesDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, &ProfilesDialog::switchToProfile);
    connect(m_add, &QPushButton::clicked, this, &ProfilesDialog::addProfile);
    connect(m_edit, &QPushButton::clicked, this, &ProfilesDialog::editProfile);
    connect(m_remove, &QPushButton::clicked, this, &ProfilesDialog::removeProfile);
    connect(m_switch, &QPushButton::clicked, this, &ProfilesDialog::switchToProfile);

    reload(m_openId);
    m_list->setFocus();
    resize(640, 380);
}

void ProfilesDialog::reload(const QString& selectId)
{
    m_list->clear();
    QTreeWidgetItem* selected = nullptr;
    for (const Profile& p : m_changes->profiles()) {
        auto* item = new QTreeWidgetItem(m_list);
        const bool open = p.id == m_openId;
        item->setText(NameColumn, open ? tr("%1 (open)").arg(p.name) : p.name);
        item->setText(ServiceColumn, serviceText(p));
        item->setData(NameColumn, Qt::UserRole, p.id);
        if (open) {
            QFont bold = item->font(NameColumn);
            bold.setBold(true);
            item->setFont(NameColumn, bold);
        }
        if (!selected || p.id == selectId)
            selected = item; // the one asked for, else the first
    }
    if (selected)
        m_list->setCurrentItem(selected);
    updateButtons();
}

QString ProfilesDialog::selectedId() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(NameColumn, Qt::UserRole).toString() : QString();
}

void ProfilesDialog::updateButtons()
{
    const std::optional<Profile> selected = m_changes->profile(selectedId());
    const bool open = selected && selected->id == m_openId;
    m_switch->setEnabled(selected && !open);
    m_edit->setEnabled(selected && !selected->isSandbox());
    m_edit->setToolTip(selected && selected->isSandbox()
                           ? tr("The sandbox needs no settings: it picks its address each time it starts.")
                           : QString());
    m_remove->setEnabled(selected && !open);
    m_remove->setToolTip(open ? tr("This profile is open. Switch to another one to remove it.") : QString());
}

void ProfilesDialog::addProfile()
{
    auto* dialog = new ProfileEditDialog(m_changes, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Profile added = dialog->profile();
        reload(added.id);
        QString message = tr("Profile %1 was added; its key works. Choose Switch To to open it.").arg(added.name);
        if (!dialog->notice().isEmpty())
            message += QLatin1Char(' ') + dialog->notice();
        m_message->setText(message);
    });
    dialog->open();
}

void ProfilesDialog::editProfile()
{
    const std::optional<Profile> existing = m_changes->profile(selectedId());
    if (!existing || existing->isSandbox())
        return;
    auto* dialog = new ProfileEditDialog(m_changes, existing, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Profile saved = dialog->profile();
        reload(saved.id);
        QString message = tr("Profile %1 was saved.").arg(saved.name);
        if (!dialog->notice().isEmpty())
            message += QLatin1Char(' ') + dialog->notice();
        m_message->setText(message);
        // The window shows this profile: it connects again with what changed.
        if (saved.id == m_openId)
            emit openProfileRequested(saved);
    });
    dialog->open();
}

void ProfilesDialog::removeProfile()
{
    const std::optional<Profile> doomed = m_changes->profile(selectedId());
    if (!doomed || doomed->id == m_openId)
        return;
    const QString text =
        doomed->isSandbox()
            ? tr("Podwarden forgets the sandbox profile and deletes its saved copy and template drafts from this "
                 "computer. The sandbox's own data stays; “Try the sandbox” brings the profile back.")
            : tr("Podwarden forgets %1: its key is removed from the system keyring, and its saved copy of the account "
                 "and its template drafts (also those not pushed) are deleted from this computer. The account itself "
                 "and its keys on the service do not change.")
                  .arg(doomed->name);
    if (!Confirm::ask(this, tr("Remove profile %1?").arg(doomed->name), text, tr("Remove Profile"),
                      Confirm::Kind::Destructive))
        return;
    const QString name = doomed->name;
    m_remove->setEnabled(false);
    m_changes->remove(doomed->id, this, [this, name](const ProfileChangeResult& result) {
        reload(m_openId);
        QString message = tr("Profile %1 was removed.").arg(name);
        if (!result.notice.isEmpty())
            message += QLatin1Char(' ') + result.notice;
        m_message->setText(message);
    });
}

void ProfilesDialog::switchToProfile()
{
    const std::optional<Profile> chosen = m_changes->profile(selectedId());
    if (!chosen || chosen->id == m_openId)
        return;
    emit openProfileRequested(*chosen);
    accept();
}

} // namespace podwarden
