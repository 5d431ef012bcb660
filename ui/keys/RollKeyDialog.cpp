#include "RollKeyDialog.h"

#include "Clock.h"
#include "RelativeTime.h"
#include "Validation.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace podwarden {

namespace {
constexpr int kByHand = 0;
constexpr int kOnADate = -1;
} // namespace

RollKeyDialog::RollKeyDialog(const ApiKey& key, const QStringList& takenNames, QWidget* parent)
    : QDialog(parent)
    , m_key(key)
    , m_taken(takenNames)
{
    setObjectName(QStringLiteral("rollKeyDialog"));
    setWindowTitle(tr("Roll key %1").arg(key.name));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        key.legacy ? tr("A new scoped key with the same reach as the legacy key %1 is made and shown once. %1 keeps "
                        "working beside it, so whatever uses it can move to the new key first.")
                         .arg(key.name)
                   : tr("A new key with exactly the access of %1 is made and shown once. %1 keeps working beside it, "
                        "so whatever uses it can move to the new key first.")
                         .arg(key.name),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_name = new QLineEdit(
        key.name + QLatin1Char('-') + Clock::current().now().toLocalTime().toString(QStringLiteral("yyyyMMdd")), this);
    m_name->setObjectName(QStringLiteral("rollName"));
    form->addRow(tr("&Name of the new key:"), m_name);

    m_overlap = new QComboBox(this);
    m_overlap->setObjectName(QStringLiteral("rollOverlap"));
    m_overlap->setAccessibleName(tr("How long the old key keeps working"));
    m_overlap->addItem(tr("Until I finish the roll"), kByHand);
    m_overlap->addItem(tr("For 1 day"), 1);
    m_overlap->addItem(tr("For 7 days"), 7);
    m_overlap->addItem(tr("For 30 days"), 30);
    m_overlap->addItem(tr("Until a date…"), kOnADate);
    form->addRow(tr("The old key &keeps working:"), m_overlap);
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("rollCutOverDate"));
    m_date->setAccessibleName(tr("The last day the old key works"));
    m_date->setCalendarPopup(true);
    const QDate today = Clock::current().now().toLocalTime().date();
    m_date->setMinimumDate(today);
    m_date->setDate(today.addDays(7));
    form->addRow(QString(), m_date);
    layout->addLayout(form);

    m_when = new QLabel(this);
    m_when->setObjectName(QStringLiteral("rollCutOverText"));
    m_when->setWordWrap(true);
    layout->addWidget(m_when);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("rollProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Roll"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &RollKeyDialog::update);
    connect(m_overlap, &QComboBox::currentIndexChanged, this, &RollKeyDialog::update);
    connect(m_date, &QDateEdit::dateChanged, this, &RollKeyDialog::update);
    update();
    resize(520, sizeHint().height());
}

QString RollKeyDialog::newName() const
{
    return m_name->text().trimmed();
}

void RollKeyDialog::setCutOverDate(const QDate& day)
{
    m_overlap->setCurrentIndex(m_overlap->findData(kOnADate));
    m_date->setDate(day);
}

std::optional<QDateTime> RollKeyDialog::cutOver() const
{
    const int choice = m_overlap->currentData().toInt();
    if (choice == kByHand)
        return std::nullopt;
    const QDateTime now = Clock::current().now();
    if (choice > 0)
        return now.addDays(choice);
    // The end of the chosen day, in the user's time zone.
    return QDateTime(m_date->date(), QTime(23, 59, 59), QTimeZone::systemTimeZone()).toUTC();
}

void RollKeyDialog::update()
{
    m_date->setVisible(m_overlap->currentData().toInt() == kOnADate);
    const std::optional<QDateTime> at = cutOver();
    QString when = at ? tr("%1 stops working on its own: %2 (%3). The new key goes on.")
                            .arg(m_key.name, expiryTime(at, Clock::current().now()), exactTime(*at))
                      : tr("%1 works until you choose Finish the roll on it.").arg(m_key.name);
    if (at && m_key.expiresAt && *m_key.expiresAt < *at)
        when = tr("%1 already expires sooner (%2); it keeps that date.").arg(m_key.name, exactTime(*m_key.expiresAt));
    m_when->setText(when);
    const auto issue = Validation::apiKeyName(newName());
    // A name already taken is allowed (the service accepts it), but said.
    const QString problem =
        issue ? issue->message
        : m_taken.contains(newName())
            ? tr("Another key is already called %1; a distinct name is easier to tell apart.").arg(newName())
            : QString();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!issue);
}

} // namespace podwarden
