#include "OverviewPage.h"

#include "AccountSnapshot.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace podwarden {

namespace {
QFont scaled(QFont font, double factor, bool bold)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}
} // namespace

OverviewPage::OverviewPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("pageOverview"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(12);

    m_title = new QLabel(tr("No account"), this);
    m_title->setObjectName(QStringLiteral("accountName"));
    m_title->setFont(scaled(m_title->font(), 1.6, true));
    m_title->setTextFormat(Qt::PlainText);

    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("overviewState"));
    m_state->setTextFormat(Qt::PlainText);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("overviewProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setFrameShape(QFrame::StyledPanel);
    m_problem->setMargin(10);
    m_problem->setMaximumWidth(720);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();

    auto* tiles = new QGridLayout;
    tiles->setSpacing(12);
    const QString names[4] = {tr("API keys"), tr("Secrets"), tr("Templates"), tr("Endpoints")};
    const char* objects[4] = {"countApiKeys", "countSecrets", "countTemplates", "countEndpoints"};
    for (int i = 0; i < 4; ++i) {
        auto* tile = new QFrame(this);
        tile->setFrameShape(QFrame::StyledPanel);
        tile->setMinimumWidth(150);
        auto* tileLayout = new QVBoxLayout(tile);
        tileLayout->setContentsMargins(16, 12, 16, 12);
        m_counts[i] = new QLabel(QStringLiteral("–"), tile);
        m_counts[i]->setObjectName(QLatin1String(objects[i]));
        m_counts[i]->setFont(scaled(m_counts[i]->font(), 2.0, true));
        m_counts[i]->setAccessibleName(names[i]);
        auto* caption = new QLabel(names[i], tile);
        tileLayout->addWidget(m_counts[i]);
        tileLayout->addWidget(caption);
        tiles->addWidget(tile, 0, i);
    }
    tiles->setColumnStretch(4, 1);

    m_updated = new QLabel(this);
    m_updated->setObjectName(QStringLiteral("overviewUpdated"));
    m_updated->setTextFormat(Qt::PlainText);

    auto* buttons = new QHBoxLayout;
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_connect = new QPushButton(tr("&Connect an account…"), this);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_connect);
    buttons->addStretch(1);
    connect(m_refresh, &QPushButton::clicked, this, &OverviewPage::refreshRequested);
    connect(m_connect, &QPushButton::clicked, this, &OverviewPage::connectRequested);

    layout->addWidget(m_title);
    layout->addWidget(m_state);
    layout->addWidget(m_problem);
    layout->addSpacing(8);
    layout->addLayout(tiles);
    layout->addWidget(m_updated);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    layout->addStretch(1);
}

void OverviewPage::setAccountName(const QString& name)
{
    m_title->setText(name.isEmpty() ? tr("No account") : name);
}

void OverviewPage::setSnapshot(const AccountSnapshot& snapshot, bool fromCache)
{
    const bool empty = snapshot.isEmpty();
    const qsizetype counts[4] = {snapshot.apiKeys.size(), snapshot.secrets.size(), snapshot.templates.size(),
                                 snapshot.endpoints.size()};
    for (int i = 0; i < 4; ++i)
        m_counts[i]->setText(empty ? QStringLiteral("–") : QLocale().toString(counts[i]));
    if (empty) {
        m_updated->setText(tr("Nothing loaded yet."));
        return;
    }
    const QString when = QLocale().toString(snapshot.fetchedAt.toLocalTime(), QLocale::LongFormat);
    m_updated->setText(fromCache ? tr("Saved copy from %1.").arg(when) : tr("Loaded %1.").arg(when));
}

void OverviewPage::setState(const QString& state, const QString& problem, bool busy)
{
    m_state->setText(state);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_refresh->setEnabled(!busy);
}

} // namespace podwarden
