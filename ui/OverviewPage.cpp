#include "OverviewPage.h"

#include "AccountSnapshot.h"
#include "Clock.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QVBoxLayout>

#include <functional>

namespace podwarden {

namespace {
QFont scaled(QFont font, double factor, bool bold)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

// A count tile that opens its screen: clicked, or Enter/Space with the focus on it.
class CountTile final : public QFrame
{
public:
    CountTile(std::function<void()> activate, QWidget* parent)
        : QFrame(parent)
        , m_activate(std::move(activate))
    {
        setFrameShape(QFrame::StyledPanel);
        setFocusPolicy(Qt::StrongFocus);
        setCursor(Qt::PointingHandCursor);
    }

protected:
    void mouseReleaseEvent(QMouseEvent* event) override
    {
        if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
            m_activate();
        QFrame::mouseReleaseEvent(event);
    }
    void keyPressEvent(QKeyEvent* event) override
    {
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
            m_activate();
            return;
        }
        QFrame::keyPressEvent(event);
    }
    void paintEvent(QPaintEvent* event) override
    {
        QFrame::paintEvent(event);
        if (!hasFocus())
            return;
        QPainter painter(this);
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rect().adjusted(3, 3, -3, -3);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }

private:
    std::function<void()> m_activate;
};

const char* attentionObjectName(Attention::Item item)
{
    switch (item) {
    case Attention::Item::UnusedKeys:
        return "attentionUnusedKeys";
    case Attention::Item::NeverUsedKeys:
        return "attentionNeverUsedKeys";
    case Attention::Item::LegacyKeys:
        return "attentionLegacyKeys";
    case Attention::Item::ApiWriteKeys:
        return "attentionApiWriteKeys";
    case Attention::Item::DisabledKeys:
        return "attentionDisabledKeys";
    case Attention::Item::ExpiringKeys:
        return "attentionExpiringKeys";
    case Attention::Item::UnreferencedSecrets:
        return "attentionUnreferencedSecrets";
    case Attention::Item::TemplatesMissingSecrets:
        return "attentionTemplatesMissingSecrets";
    }
    return "";
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

    // The problem, and what to do about it when a button can do it, in one panel.
    auto* problemBox = new QFrame(this);
    problemBox->setObjectName(QStringLiteral("overviewProblemBox"));
    problemBox->setFrameShape(QFrame::StyledPanel);
    problemBox->setMaximumWidth(720);
    m_problemBox = problemBox;
    auto* problemLayout = new QVBoxLayout(problemBox);
    problemLayout->setContentsMargins(10, 10, 10, 10);
    m_problem = new QLabel(problemBox);
    m_problem->setObjectName(QStringLiteral("overviewProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_restartSandbox = new QPushButton(tr("Re&start the sandbox"), problemBox);
    m_restartSandbox->setObjectName(QStringLiteral("restartSandboxButton"));
    m_restartSandbox->hide();
    connect(m_restartSandbox, &QPushButton::clicked, this, &OverviewPage::restartSandboxRequested);
    auto* problemButtons = new QHBoxLayout;
    problemButtons->addWidget(m_restartSandbox);
    problemButtons->addStretch(1);
    problemLayout->addWidget(m_problem);
    problemLayout->addLayout(problemButtons);
    m_problemBox->hide();

    auto* tiles = new QGridLayout;
    tiles->setSpacing(12);
    const QString names[4] = {countName(0), countName(1), countName(2), countName(3)};
    const char* objects[4] = {"countApiKeys", "countSecrets", "countTemplates", "countEndpoints"};
    for (int i = 0; i < 4; ++i) {
        auto* tile = new CountTile([this, i] { emit tileActivated(i); }, this);
        tile->setToolTip(tr("Open %1").arg(names[i]));
        tile->setMinimumWidth(110); // four fit in a narrow window
        auto* tileLayout = new QVBoxLayout(tile);
        tileLayout->setContentsMargins(16, 12, 16, 12);
        m_counts[i] = new QLabel(QStringLiteral("–"), tile);
        m_counts[i]->setObjectName(QLatin1String(objects[i]));
        m_counts[i]->setFont(scaled(m_counts[i]->font(), 2.0, true));
        auto* caption = new QLabel(names[i], tile);
        // A screen reader hears the number with what it counts ("13 API keys"), not the bare
        // number nor the caption alone; the tile is named for what it counts.
        tile->setObjectName(QLatin1String(objects[i]) + QStringLiteral("Tile"));
        tile->setAccessibleName(names[i]);
        tileLayout->addWidget(m_counts[i]);
        tileLayout->addWidget(caption);
        tiles->addWidget(tile, 0, i);
        m_counts[i]->setAccessibleName(tr("%1: not loaded yet").arg(names[i]));
    }
    tiles->setColumnStretch(4, 1);

    // Needs attention: what a careful owner looks at, most urgent first, each opening its list
    // filtered to it. Lines with nothing to count are not shown.
    m_attentionBox = new QWidget(this);
    m_attentionBox->setObjectName(QStringLiteral("attentionBox"));
    auto* attentionLayout = new QVBoxLayout(m_attentionBox);
    attentionLayout->setContentsMargins(0, 8, 0, 0);
    attentionLayout->setSpacing(2);
    auto* attentionTitle = new QLabel(tr("Needs attention"), m_attentionBox);
    attentionTitle->setFont(scaled(attentionTitle->font(), 1.15, true));
    attentionLayout->addWidget(attentionTitle);
    m_attentionNone = new QLabel(tr("Nothing needs attention: no key is expiring, unused or legacy, and every "
                                    "template's secrets exist."),
                                 m_attentionBox);
    m_attentionNone->setObjectName(QStringLiteral("attentionNone"));
    m_attentionNone->setWordWrap(true);
    attentionLayout->addWidget(m_attentionNone);
    for (size_t i = 0; i < std::size(Attention::kItems); ++i) {
        const Attention::Item item = Attention::kItems[i];
        auto* button = new QPushButton(m_attentionBox);
        button->setObjectName(QLatin1String(attentionObjectName(item)));
        button->setFlat(true);
        button->setCursor(Qt::PointingHandCursor);
        // Read as links: each opens its list.
        button->setStyleSheet(QStringLiteral("QPushButton { text-align: left; padding: 3px 6px; border: none; "
                                             "color: palette(link); } "
                                             "QPushButton:hover { text-decoration: underline; }"));
        button->hide();
        connect(button, &QPushButton::clicked, this, [this, item] { emit attentionActivated(item); });
        attentionLayout->addWidget(button, 0, Qt::AlignLeft);
        m_attention[i] = button;
    }
    m_attentionBox->hide();

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
    layout->addWidget(m_problemBox);
    layout->addSpacing(8);
    layout->addLayout(tiles);
    layout->addWidget(m_updated);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    layout->addWidget(m_attentionBox);
    layout->addStretch(1);
}

QString OverviewPage::attentionLine(Attention::Item item, int n)
{
    switch (item) {
    case Attention::Item::UnusedKeys:
        return tr("%Ln key(s) not used in 90 days", nullptr, n);
    case Attention::Item::NeverUsedKeys:
        return tr("%Ln key(s) never used", nullptr, n);
    case Attention::Item::LegacyKeys:
        return tr("%Ln legacy key(s), made before keys had scopes", nullptr, n);
    case Attention::Item::ApiWriteKeys:
        return tr("%Ln key(s) that can change the account through the API", nullptr, n);
    case Attention::Item::DisabledKeys:
        return tr("%Ln key(s) disabled but not revoked", nullptr, n);
    case Attention::Item::ExpiringKeys:
        return tr("%Ln key(s) expired or expiring within 7 days", nullptr, n);
    case Attention::Item::UnreferencedSecrets:
        return tr("%Ln secret(s) that no template references", nullptr, n);
    case Attention::Item::TemplatesMissingSecrets:
        return tr("%Ln template(s) referencing a secret that does not exist", nullptr, n);
    }
    return {};
}

QString OverviewPage::attentionText(Attention::Item item) const
{
    for (size_t i = 0; i < std::size(Attention::kItems); ++i) {
        if (Attention::kItems[i] == item)
            return m_attention[i]->isHidden() ? QString() : m_attention[i]->text();
    }
    return {};
}

void OverviewPage::showAttention(const Attention::Counts& counts, bool known)
{
    // A Paperspace account has no keys or templates here; an empty account has nothing to say.
    m_attentionBox->setVisible(known && !m_paperspace);
    bool any = false;
    for (size_t i = 0; i < std::size(Attention::kItems); ++i) {
        const int n = counts.value(Attention::kItems[i]);
        m_attention[i]->setText(attentionLine(Attention::kItems[i], n));
        m_attention[i]->setVisible(n > 0);
        any = any || n > 0;
    }
    m_attentionNone->setVisible(!any);
}

QString OverviewPage::countName(int tile)
{
    const QString names[4] = {tr("API keys"), tr("Secrets"), tr("Templates"), tr("Endpoints")};
    return names[tile];
}

QString OverviewPage::countText(int tile, qsizetype count)
{
    const int n = int(count);
    switch (tile) {
    case 0:
        return tr("%Ln API key(s)", nullptr, n);
    case 1:
        return tr("%Ln secret(s)", nullptr, n);
    case 2:
        return tr("%Ln template(s)", nullptr, n);
    default:
        return tr("%Ln endpoint(s)", nullptr, n);
    }
}

void OverviewPage::setPaperspace(bool paperspace)
{
    m_paperspace = paperspace;
    m_counts[0]->parentWidget()->setVisible(!paperspace);
    m_counts[2]->parentWidget()->setVisible(!paperspace);
}

void OverviewPage::setAccountName(const QString& name)
{
    m_title->setText(name.isEmpty() ? tr("No account") : name);
}

void OverviewPage::setSnapshot(const AccountSnapshot& snapshot, bool fromCache, bool readingSavedCopy)
{
    const bool empty = snapshot.isEmpty();
    const qsizetype counts[4] = {
        snapshot.apiKeys.size(), m_paperspace ? snapshot.paperspaceSecrets.size() : snapshot.secrets.size(),
        snapshot.templates.size(), m_paperspace ? snapshot.deployments.size() : snapshot.endpoints.size()};
    for (int i = 0; i < 4; ++i) {
        m_counts[i]->setText(empty ? QStringLiteral("–") : QLocale().toString(counts[i]));
        m_counts[i]->setAccessibleName(empty ? tr("%1: not loaded yet").arg(countName(i)) : countText(i, counts[i]));
    }
    showAttention(empty || m_paperspace ? Attention::Counts{} : Attention::count(snapshot, Clock::current().now()),
                  !empty);
    if (empty) {
        m_updated->setText(readingSavedCopy ? tr("Reading the saved copy…") : tr("Nothing loaded yet."));
        return;
    }
    const QString when = QLocale().toString(snapshot.fetchedAt.toLocalTime(), QLocale::LongFormat);
    m_updated->setText(fromCache ? tr("Saved copy from %1.").arg(when) : tr("Loaded %1.").arg(when));
}

void OverviewPage::setState(const QString& state, const QString& problem, bool busy)
{
    m_state->setText(state);
    m_problem->setText(problem);
    m_problemBox->setVisible(!problem.isEmpty());
    m_refresh->setEnabled(!busy);
}

void OverviewPage::setRestartSandboxOffered(bool offered)
{
    m_restartSandbox->setVisible(offered);
}

} // namespace podwarden
