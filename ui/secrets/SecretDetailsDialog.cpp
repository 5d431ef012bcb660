#include "SecretDetailsDialog.h"

#include "Clock.h"
#include "RelativeTime.h"
#include "ResourceHistory.h"
#include "SecretReference.h"
#include "account/Session.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
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
    if (!time.isValid())
        return SecretDetailsDialog::tr("Unknown");
    return SecretDetailsDialog::tr("%1 (%2)").arg(exactTime(time), relativeTime(time, Clock::current().now()));
}
} // namespace

SecretDetailsDialog::SecretDetailsDialog(const Secret& secret, const QStringList& usedBy, Session* session,
                                         QWidget* parent)
    : QDialog(parent)
    , m_secret(secret)
    , m_session(session)
{
    setObjectName(QStringLiteral("secretDetailsDialog"));
    setWindowTitle(tr("Secret %1").arg(secret.name));
    auto* layout = new QVBoxLayout(this);

    auto* title = new QLabel(secret.name, this);
    title->setObjectName(QStringLiteral("detailsName"));
    title->setTextFormat(Qt::PlainText);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(title);

    // A grid rather than a form layout: wrapped values get the height of their real width.
    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setHorizontalSpacing(12);
    const auto addRow = [this, grid](const QString& label, QWidget* field, QWidget* extra = nullptr) {
        const int row = grid->rowCount();
        auto* name = new QLabel(label, this);
        name->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        grid->addWidget(name, row, 0, Qt::AlignTop);
        grid->addWidget(field, row, 1, 1, extra ? 1 : 2);
        if (extra)
            grid->addWidget(extra, row, 2, Qt::AlignTop);
    };
    const QString reference = SecretReference::format(secret.name);
    QLabel* referenceLabel = valueLabel(reference, this, "detailsReference");
    referenceLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* copyReference = new QToolButton(this);
    copyReference->setObjectName(QStringLiteral("copyReference"));
    copyReference->setText(tr("Copy"));
    copyReference->setToolTip(tr("Copy the reference for a template's env value"));
    connect(copyReference, &QToolButton::clicked, this, [reference] { QApplication::clipboard()->setText(reference); });
    addRow(tr("Reference:"), referenceLabel, copyReference);
    addRow(tr("Description:"), valueLabel(secret.description.isEmpty() ? tr("No description") : secret.description,
                                          this, "detailsDescription"));
    addRow(tr("Created:"), valueLabel(timeText(secret.createdAt), this, "detailsCreated"));
    addRow(tr("Value updated:"), valueLabel(timeText(secret.valueLastUpdatedAt), this, "detailsValueUpdated"));
    addRow(tr("Value:"), valueLabel(tr("Write-only. Neither the service nor Podwarden can show it; replace it "
                                       "to change it."),
                                    this, "detailsValue"));
    addRow(tr("ID:"), valueLabel(secret.id, this, "detailsId"));
    addRow(tr("Used by:"),
           valueLabel(usedBy.isEmpty() ? tr("No template references it.") : QLocale().createSeparatedList(usedBy), this,
                      "detailsUsedBy"));
    layout->addLayout(grid);

    auto* historyTitle = new QLabel(tr("History"), this);
    QFont bold = historyTitle->font();
    bold.setBold(true);
    historyTitle->setFont(bold);
    layout->addSpacing(6);
    layout->addWidget(historyTitle);

    m_history = new ResourceHistory(session, ResourceType::Secret, secret.id,
                                    {tr("History of %1").arg(secret.name),
                                     tr("Connect to the account to see the history of this secret."),
                                     tr("No events recorded for this secret.")},
                                    this);
    m_history->tree()->setObjectName(QStringLiteral("secretHistory"));
    layout->addWidget(m_history, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    resize(QSize(620, 560));
    m_history->load();
}

SecretDetailsDialog::~SecretDetailsDialog() = default;

QTreeWidget* SecretDetailsDialog::history() const
{
    return m_history->tree();
}

bool SecretDetailsDialog::isLoading() const
{
    return m_history->isLoading();
}

} // namespace podwarden
