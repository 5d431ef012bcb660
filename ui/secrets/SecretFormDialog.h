#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace podwarden {

class ChangeRequest;
struct ChangeOutcome;

// What the secret dialogs share: they stay open while the page sends the request (submitted()),
// show a refusal in place without losing what was typed (showError()), lock the accept button while
// a request is out (setBusy()), and grow to hold messages that appear as the user types. The page
// closes them with accept() once the service agreed.
class SecretFormDialog : public QDialog
{
    Q_OBJECT
public:
    // Runs the dialog modally. Each submit sends one request (`send`; null sends nothing);
    // `done` gets its outcome and the dialog (null when it was closed meanwhile) and returns whether
    // the dialog closes. A refusal is shown in the dialog, with everything typed kept. `context`
    // owns the connections (the page).
    using Send = std::function<ChangeRequest*()>;
    using Done = std::function<bool(const ChangeOutcome&, SecretFormDialog*)>;
    void run(QObject* context, const Send& send, const Done& done);

    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    void showError(const QString& message);
    QString errorText() const;

signals:
    void submitted();

protected:
    explicit SecretFormDialog(QWidget* parent);

    // Adds the error panel and the buttons (an accept button with `acceptText`, and Cancel) below
    // what `layout` already holds. Call once, at the end of the constructor.
    QPushButton* addButtons(QVBoxLayout* layout, const QString& acceptText, const char* acceptObjectName);
    // A paragraph of plain explanation.
    QLabel* addExplanation(QVBoxLayout* layout, const QString& text);
    // Whether the form, as it stands, may be sent.
    virtual bool canSubmit() const = 0;
    // Enables the accept button from canSubmit() and the busy state; call when a field changes.
    void updateSubmit();

private:
    void fitHeight();

    QLabel* m_error = nullptr;
    QPushButton* m_accept = nullptr;
    bool m_busy = false;
};

} // namespace podwarden
