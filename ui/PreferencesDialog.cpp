#include "PreferencesDialog.h"

#include "notify/KeySettings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace podwarden {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    auto* layout = new QVBoxLayout(this);
    auto* keys = new QGroupBox(tr("API keys"), this);
    auto* keysLayout = new QVBoxLayout(keys);
    m_remind = new QCheckBox(tr("&Remind me before keys expire"), keys);
    m_remind->setObjectName(QStringLiteral("prefRemindBeforeExpiry"));
    m_remind->setChecked(KeySettings::remindBeforeExpiry());
    auto* remindText = new QLabel(tr("A desktop notification 7 days and again 1 day before an enabled key expires, "
                                     "once each."),
                                  keys);
    remindText->setWordWrap(true);
    remindText->setIndent(24);
    m_require = new QCheckBox(tr("Require an &expiry for keys with API write access"), keys);
    m_require->setObjectName(QStringLiteral("prefRequireExpiry"));
    m_require->setChecked(KeySettings::requireExpiryForApiWrite());
    auto* requireText = new QLabel(tr("A key that can change the account (create pods and endpoints, on your "
                                      "balance) cannot be created or saved without a date when it stops working."),
                                   keys);
    requireText->setWordWrap(true);
    requireText->setIndent(24);
    keysLayout->addWidget(m_remind);
    keysLayout->addWidget(remindText);
    keysLayout->addWidget(m_require);
    keysLayout->addWidget(requireText);
    layout->addWidget(keys);
    layout->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

void PreferencesDialog::save() const
{
    KeySettings::setRemindBeforeExpiry(m_remind->isChecked());
    KeySettings::setRequireExpiryForApiWrite(m_require->isChecked());
}

} // namespace podwarden
