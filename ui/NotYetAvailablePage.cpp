#include "NotYetAvailablePage.h"

#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace podwarden {

NotYetAvailablePage::NotYetAvailablePage(const QString& title, const QString& description, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(12);

    auto* heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("pageTitle"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setAccessibleName(title);

    auto* body = new QLabel(description, this);
    body->setObjectName(QStringLiteral("pageDescription"));
    body->setWordWrap(true);
    body->setTextFormat(Qt::PlainText);
    body->setMaximumWidth(640);

    auto* notice = new QFrame(this);
    notice->setObjectName(QStringLiteral("notAvailableNotice"));
    notice->setFrameShape(QFrame::StyledPanel);
    auto* noticeLayout = new QVBoxLayout(notice);
    auto* noticeText = new QLabel(tr("This screen is not available in this version of Podwarden yet. "
                                     "Nothing here talks to your account."),
                                  notice);
    noticeText->setObjectName(QStringLiteral("notAvailableText"));
    noticeText->setWordWrap(true);
    noticeLayout->addWidget(noticeText);
    notice->setMaximumWidth(640);

    layout->addWidget(heading);
    layout->addWidget(body);
    layout->addSpacing(8);
    layout->addWidget(notice);
    m_serviceNote = new QLabel(this);
    m_serviceNote->setObjectName(QStringLiteral("serviceNote"));
    m_serviceNote->setWordWrap(true);
    m_serviceNote->setTextFormat(Qt::PlainText);
    m_serviceNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_serviceNote->setMaximumWidth(640);
    m_serviceNote->hide();
    layout->addWidget(m_serviceNote);
    layout->addStretch(1);
}

void NotYetAvailablePage::setServiceNote(const QString& text)
{
    m_serviceNote->setText(text);
    m_serviceNote->setVisible(!text.isEmpty());
}

} // namespace podwarden
