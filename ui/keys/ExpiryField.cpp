#include "ExpiryField.h"

#include "Clock.h"
#include "RelativeTime.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

namespace podwarden {

namespace {
constexpr int kNever = 0;
constexpr int kOnADate = -1;
} // namespace

ExpiryField::ExpiryField(const QString& label, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_choice = new QComboBox(this);
    // The label lives here, beside its combo: a screen reader finds a combo's name through a buddy
    // of the same parent.
    auto* caption = new QLabel(label, this);
    caption->setBuddy(m_choice);
    layout->addWidget(caption);
    m_choice->setObjectName(QStringLiteral("expiryChoice"));
    m_choice->setAccessibleName(tr("When the key expires"));
    m_choice->addItem(tr("Never"), kNever);
    m_choice->addItem(tr("In 30 days"), 30);
    m_choice->addItem(tr("In 90 days"), 90);
    m_choice->addItem(tr("In a year"), 365);
    m_choice->addItem(tr("On a date…"), kOnADate);
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("expiryDate"));
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("Expiry date"));
    const QDate today = Clock::current().now().toLocalTime().date();
    m_date->setMinimumDate(today);
    m_date->setDate(today.addDays(30));
    m_when = new QLabel(this);
    m_when->setObjectName(QStringLiteral("expiryWhen"));
    m_when->setTextFormat(Qt::PlainText);
    layout->addWidget(m_choice);
    layout->addWidget(m_date);
    layout->addWidget(m_when, 1);
    connect(m_choice, &QComboBox::currentIndexChanged, this, [this] {
        m_exact.reset();
        update();
        emit changed();
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        m_exact.reset();
        update();
        emit changed();
    });
    update();
}

void ExpiryField::setExpiry(const std::optional<QDateTime>& at)
{
    const QSignalBlocker quietChoice(m_choice);
    const QSignalBlocker quietDate(m_date);
    if (!at) {
        m_choice->setCurrentIndex(m_choice->findData(kNever));
        m_exact.reset();
    } else {
        m_date->setMinimumDate(std::min(m_date->minimumDate(), at->toLocalTime().date()));
        m_date->setDate(at->toLocalTime().date());
        m_choice->setCurrentIndex(m_choice->findData(kOnADate));
        m_exact = at;
    }
    update();
}

std::optional<QDateTime> ExpiryField::expiry() const
{
    const int choice = m_choice->currentData().toInt();
    if (choice == kNever)
        return std::nullopt;
    if (choice == kOnADate)
        return m_exact ? *m_exact : m_date->date().endOfDay(Qt::LocalTime).toUTC();
    return Clock::current().now().toUTC().addDays(choice);
}

void ExpiryField::update()
{
    const bool onADate = m_choice->currentData().toInt() == kOnADate;
    m_date->setVisible(onADate);
    const std::optional<QDateTime> at = expiry();
    m_when->setText(at ? exactTime(*at) + QStringLiteral(" (") + expiryTime(at, Clock::current().now()) +
                             QLatin1Char(')')
                       : tr("The key works until it is disabled or revoked."));
}

} // namespace podwarden
