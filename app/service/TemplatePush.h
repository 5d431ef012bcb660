#pragma once

#include "ServiceError.h"
#include "TemplateDraft.h"
#include "TemplateMerge.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace podwarden {

class ServiceClient;
class ServiceReply;

// Sends a template draft to the service without ever overwriting a change it has not seen. A new
// draft is created (POST). A draft of an existing template first reads the service's copy: when
// it is still the draft's base, the whole template goes (PATCH with every field; env replaced
// whole, as the contract says); when it changed meanwhile, nothing is sent and the outcome is a
// conflict with the three-way comparison, which the user resolves into a template for
// pushResolved(). finished() comes once per start()/pushResolved(); draft() is the draft as it
// should now be saved (its state, its base, the new template's id).
class TemplatePush final : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Pending, Pushed, Conflict, Failed };

    TemplatePush(ServiceClient* client, TemplateDraft draft, QObject* parent = nullptr);
    ~TemplatePush() override;

    void start();
    // After a conflict: sends `resolved`, now based on the service's copy the comparison showed
    // (checked again, in case it changed once more).
    void pushResolved(const Template& resolved);

    Outcome outcome() const { return m_outcome; }
    const TemplateDraft& draft() const { return m_draft; }
    const std::optional<TemplateComparison>& comparison() const { return m_comparison; }
    const std::optional<Template>& serverCopy() const { return m_serverCopy; }
    const ServiceError& error() const { return m_error; }

signals:
    void finished();

private:
    void checkThenSend();
    void send();
    void fail(const ServiceError& error);
    void track(ServiceReply* reply);

    ServiceClient* m_client;
    TemplateDraft m_draft;
    Outcome m_outcome = Outcome::Pending;
    std::optional<TemplateComparison> m_comparison;
    std::optional<Template> m_serverCopy;
    ServiceError m_error;
    QPointer<ServiceReply> m_pending;
};

} // namespace podwarden
