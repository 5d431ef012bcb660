#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace podwarden {

class Session;

// "Try it": one call to an endpoint with the key Podwarden is signed in with (never shown, never
// pasted into anything): POST /runsync with a JSON input, or GET /health. Shows the status, the
// queue and run times and the output, or what the service refused and why.
class TryItPanel final : public QWidget
{
    Q_OBJECT
public:
    TryItPanel(const QString& endpointId, Session* session, QWidget* parent = nullptr);

    void send();
    bool isBusy() const { return m_busy; }

signals:
    void finished(); // one call answered (tests wait for it)

private:
    void updateState();
    void showAnswer(const QString& status, const QString& output, bool failed);

    QString m_endpointId;
    Session* m_session;
    QComboBox* m_route = nullptr;
    QPlainTextEdit* m_input = nullptr;
    QLabel* m_inputProblem = nullptr;
    QPushButton* m_send = nullptr;
    QLabel* m_status = nullptr;
    QPlainTextEdit* m_output = nullptr;
    bool m_busy = false;
};

} // namespace podwarden
