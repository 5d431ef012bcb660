#include "TemplatePush.h"

#include "Clock.h"
#include "ServiceClient.h"
#include "log/LogCategories.h"

namespace podwarden {

TemplatePush::TemplatePush(ServiceClient* client, TemplateDraft draft, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_draft(std::move(draft))
{}

TemplatePush::~TemplatePush()
{
    if (m_pending)
        m_pending->cancel();
}

void TemplatePush::track(ServiceReply* reply)
{
    m_pending = reply;
}

void TemplatePush::start()
{
    m_outcome = Outcome::Pending;
    m_comparison.reset();
    if (m_draft.draft.id.isEmpty()) {
        send();
        return;
    }
    checkThenSend();
}

void TemplatePush::pushResolved(const Template& resolved)
{
    if (!m_serverCopy) {
        start();
        return;
    }
    // The user has seen the service's copy: it becomes the base, the resolution the draft.
    m_draft.base = m_serverCopy;
    m_draft.draft = resolved;
    m_draft.draft.id = m_serverCopy->id;
    start();
}

void TemplatePush::checkThenSend()
{
    auto* reply = m_client->getTemplate(m_draft.draft.id);
    track(reply);
    connect(reply, &ServiceReply::finished, this, [this, reply] {
        if (!reply->ok()) {
            fail(reply->error());
            return;
        }
        const Template& theirs = reply->value();
        m_serverCopy = theirs;
        if (m_draft.base && theirs != *m_draft.base) {
            // Changed on the service since the draft began: show it, send nothing.
            m_comparison = TemplateComparison::compare(*m_draft.base, m_draft.draft, theirs);
            m_draft.state = DraftState::Conflict;
            m_outcome = Outcome::Conflict;
            qCInfo(lcNet) << "push of template" << theirs.id << "stopped: it changed on the service"
                          << m_comparison->conflictIds().size() << "conflicting";
            emit finished();
            return;
        }
        send();
    });
}

void TemplatePush::send()
{
    const TemplateInput input = TemplateInput::fromTemplate(m_draft.draft);
    auto* reply = m_draft.draft.id.isEmpty() ? m_client->createTemplate(input)
                                             : m_client->updateTemplate(m_draft.draft.id, input);
    track(reply);
    connect(reply, &ServiceReply::finished, this, [this, reply] {
        if (!reply->ok()) {
            fail(reply->error());
            return;
        }
        const Template& pushed = reply->value();
        m_draft.draft.id = pushed.id;
        m_draft.base = pushed;
        m_draft.state = DraftState::Pushed;
        m_draft.updatedAt = Clock::current().now();
        m_serverCopy = pushed;
        m_comparison.reset();
        m_outcome = Outcome::Pushed;
        emit finished();
    });
}

void TemplatePush::fail(const ServiceError& error)
{
    // The draft keeps its state: nothing was sent, or the service refused it.
    m_error = error;
    m_outcome = Outcome::Failed;
    emit finished();
}

} // namespace podwarden
