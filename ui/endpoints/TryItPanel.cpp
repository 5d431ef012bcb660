#include "TryItPanel.h"

#include "account/Session.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace podwarden {

namespace {

enum Route { RunSync, Health };

// The input as an object, or why it is not one.
std::optional<QJsonObject> parseInput(const QString& text, QString* problem)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        *problem = TryItPanel::tr("Not JSON yet: %1 at character %2.").arg(error.errorString()).arg(error.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *problem = TryItPanel::tr("The input must be a JSON object, such as {\"prompt\": \"hello\"}.");
        return std::nullopt;
    }
    problem->clear();
    return document.object();
}

QString pretty(const QJsonValue& value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented));
    if (value.isString())
        return value.toString();
    if (value.isUndefined() || value.isNull())
        return {};
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

} // namespace

TryItPanel::TryItPanel(const QString& endpointId, Session* session, QWidget* parent)
    : QWidget(parent)
    , m_endpointId(endpointId)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Calls the endpoint with the key Podwarden is signed in with. A job runs on a worker "
                                "and may cost money; Health only reads the queue and the workers."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_route = new QComboBox(this);
    m_route->setObjectName(QStringLiteral("tryRoute"));
    m_route->addItem(tr("Run a job and wait (POST /runsync)"), RunSync);
    m_route->addItem(tr("Health (GET /health)"), Health);
    form->addRow(tr("C&all:"), m_route);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_input = new QPlainTextEdit(this);
    m_input->setObjectName(QStringLiteral("tryInput"));
    m_input->setFont(fixed);
    m_input->setTabChangesFocus(true);
    m_input->setPlainText(QStringLiteral("{\n  \"prompt\": \"hello\"\n}"));
    m_input->setAccessibleName(tr("Job input (JSON)"));
    m_input->setMinimumHeight(QFontMetrics(fixed).lineSpacing() * 5);
    form->addRow(tr("&Input:"), m_input);
    m_inputProblem = new QLabel(this);
    m_inputProblem->setObjectName(QStringLiteral("tryInputProblem"));
    m_inputProblem->setWordWrap(true);
    form->addRow(QString(), m_inputProblem);
    layout->addLayout(form);

    auto* buttons = new QHBoxLayout;
    m_send = new QPushButton(tr("Sen&d"), this);
    m_send->setObjectName(QStringLiteral("trySend"));
    buttons->addWidget(m_send);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("tryStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_output = new QPlainTextEdit(this);
    m_output->setObjectName(QStringLiteral("tryOutput"));
    m_output->setReadOnly(true);
    m_output->setFont(fixed);
    m_output->setTabChangesFocus(true);
    m_output->setAccessibleName(tr("Answer"));
    m_output->setPlaceholderText(tr("The answer appears here."));
    layout->addWidget(m_output, 1);

    connect(m_input, &QPlainTextEdit::textChanged, this, &TryItPanel::updateState);
    connect(m_route, &QComboBox::currentIndexChanged, this, &TryItPanel::updateState);
    connect(m_send, &QPushButton::clicked, this, &TryItPanel::send);
    connect(m_session, &Session::stateChanged, this, &TryItPanel::updateState);
    updateState();
}

void TryItPanel::updateState()
{
    const bool runsJob = m_route->currentData().toInt() == RunSync;
    m_input->setEnabled(runsJob && !m_busy);
    QString problem;
    const bool inputOk = !runsJob || parseInput(m_input->toPlainText(), &problem).has_value();
    m_inputProblem->setText(runsJob ? problem : QString());
    m_inputProblem->setVisible(!m_inputProblem->text().isEmpty());
    const bool connected = m_session->isConnected();
    m_send->setEnabled(connected && inputOk && !m_busy);
    m_send->setToolTip(connected ? QString() : tr("Connect to the account to call an endpoint."));
    if (!connected && !m_busy && m_status->text().isEmpty())
        m_status->setText(tr("Not connected: connect to call the endpoint."));
}

void TryItPanel::showAnswer(const QString& status, const QString& output, bool failed)
{
    m_busy = false;
    m_status->setText(status);
    m_status->setProperty("failed", failed);
    m_output->setPlainText(output);
    updateState();
    emit finished();
}

void TryItPanel::send()
{
    if (m_busy || !m_session->isConnected())
        return;
    const bool runsJob = m_route->currentData().toInt() == RunSync;
    QString problem;
    const std::optional<QJsonObject> input = runsJob ? parseInput(m_input->toPlainText(), &problem) : QJsonObject();
    if (!input)
        return;
    m_busy = true;
    m_status->setText(runsJob ? tr("Running the job…") : tr("Asking for the endpoint's health…"));
    m_output->clear();
    updateState();
    const auto refusal = [this, runsJob](const ServiceError& error) {
        if (error.kind == ServiceError::Kind::Forbidden) {
            return runsJob ? tr("The signed-in key may not run jobs on this endpoint: that needs Read-Write access to "
                                "it (Who can reach it lists the keys that have it).")
                           : tr("The signed-in key may not read this endpoint: that needs Read access to it (Who can "
                                "reach it lists the keys that have it).");
        }
        return error.message();
    };
    if (runsJob) {
        TypedReply<JobResult>* reply = m_session->runJob(m_endpointId, *input, 20000);
        if (!reply) {
            showAnswer(tr("Not connected: connect to call the endpoint."), {}, true);
            return;
        }
        connect(reply, &ServiceReply::finished, this, [this, reply, refusal] {
            if (!reply->ok()) {
                showAnswer(refusal(reply->error()), {}, true);
                return;
            }
            const JobResult& job = reply->value();
            const QLocale locale;
            QStringList parts{tr("Job %1: %2").arg(job.id, job.status)};
            if (job.delayTimeMs)
                parts << tr("waited %1 ms in the queue").arg(locale.toString(*job.delayTimeMs));
            if (job.executionTimeMs)
                parts << tr("ran %1 ms").arg(locale.toString(*job.executionTimeMs));
            const bool done = job.status == QLatin1String("COMPLETED");
            QString status = parts.join(QStringLiteral(" · "));
            if (job.status == QLatin1String("IN_QUEUE") || job.status == QLatin1String("IN_PROGRESS"))
                status += QLatin1Char('\n') + tr("Still running after the wait; the job goes on on the service.");
            QString output = pretty(job.output);
            if (job.error)
                output = *job.error + (output.isEmpty() ? QString() : QStringLiteral("\n\n") + output);
            showAnswer(status, output, !done);
        });
        return;
    }
    TypedReply<EndpointHealth>* reply = m_session->endpointHealth(m_endpointId);
    if (!reply) {
        showAnswer(tr("Not connected: connect to call the endpoint."), {}, true);
        return;
    }
    connect(reply, &ServiceReply::finished, this, [this, reply, refusal] {
        if (!reply->ok()) {
            showAnswer(refusal(reply->error()), {}, true);
            return;
        }
        const EndpointHealth& h = reply->value();
        showAnswer(tr("Health: %1 workers running, %2 idle; %3 jobs in the queue.")
                       .arg(h.workersRunning)
                       .arg(h.workersIdle)
                       .arg(h.jobsInQueue),
                   pretty(h.toJson()), false);
    });
}

} // namespace podwarden
