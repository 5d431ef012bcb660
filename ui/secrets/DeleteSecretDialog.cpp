#include "DeleteSecretDialog.h"

#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace podwarden {

DeleteSecretDialog::DeleteSecretDialog(const QString& secretName, const QStringList& usedBy,
                                       const QStringList& bootsFrom, QWidget* parent)
    : SecretFormDialog(parent)
    , m_name(secretName)
{
    setObjectName(QStringLiteral("deleteSecretDialog"));
    setWindowTitle(tr("Delete secret %1?").arg(secretName));
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    auto* icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    auto* text = new QLabel(this);
    text->setObjectName(QStringLiteral("deleteWarning"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    QString warning = tr("Deleting %1 cannot be undone. The value is gone for good, and the name can be used again "
                         "by a new secret.")
                          .arg(secretName);
    if (usedBy.isEmpty()) {
        warning += QLatin1String("\n\n") + tr("No template references it.");
    } else {
        warning += QLatin1String("\n\n") +
                   tr("%n template(s) still reference it. They are not changed, but pods booted from them will "
                      "fail to start until the reference is removed or a secret with this name exists again:",
                      nullptr, int(usedBy.size()));
    }
    text->setText(warning);
    top->addWidget(text, 1);
    layout->addLayout(top);
    const auto addList = [this, layout](const char* name, const QString& accessibleName, const QStringList& items) {
        auto* list = new QListWidget(this);
        list->setObjectName(QLatin1String(name));
        list->setAccessibleName(accessibleName);
        list->addItems(items);
        list->setSelectionMode(QAbstractItemView::NoSelection);
        list->setFocusPolicy(Qt::NoFocus);
        const int rows = std::min<int>(int(items.size()), 6);
        list->setFixedHeight(rows * list->sizeHintForRow(0) + 2 * list->frameWidth() + 4);
        layout->addWidget(list);
    };

    if (!usedBy.isEmpty())
        addList("referencingTemplates", tr("Templates that reference %1").arg(secretName), usedBy);
    if (!bootsFrom.isEmpty()) {
        auto* breaks = new QLabel(tr("%n endpoint(s) and pod(s) read it when they boot. What runs now keeps its "
                                     "value; the next start of these fails:",
                                     nullptr, int(bootsFrom.size())),
                                  this);
        breaks->setObjectName(QStringLiteral("deleteBreaks"));
        breaks->setWordWrap(true);
        layout->addWidget(breaks);
        addList("referencingRunners", tr("Endpoints and pods that read %1").arg(secretName), bootsFrom);
    }

    auto* prompt = new QLabel(tr("Type <b>%1</b> to confirm:").arg(secretName.toHtmlEscaped()), this);
    prompt->setTextFormat(Qt::RichText);
    layout->addWidget(prompt);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirmName"));
    m_confirm->setAccessibleName(tr("Name of the secret, to confirm"));
    m_confirm->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    prompt->setBuddy(m_confirm);
    layout->addWidget(m_confirm);

    QPushButton* remove = addButtons(layout, tr("&Delete secret"), "deleteSecret");
    // Nothing destructive happens on Enter by accident: the typed name is the confirmation.
    remove->setIcon(style()->standardIcon(QStyle::SP_TrashIcon, nullptr, this));
    connect(m_confirm, &QLineEdit::textChanged, this, &DeleteSecretDialog::updateSubmit);
    updateSubmit();
    m_confirm->setFocus();
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

DeleteSecretDialog::~DeleteSecretDialog() = default;

bool DeleteSecretDialog::canSubmit() const
{
    return m_confirm->text() == m_name;
}

} // namespace podwarden
