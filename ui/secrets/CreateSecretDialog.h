#pragma once

#include "service/SecretBuffer.h"

#include <QDialog>
#include <QSet>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace podwarden {

// Collects a new secret: its name (checked as it is typed against the contract's rules and the
// account's names), its value (typed, pasted or generated; shown only while the user asks) and a
// description. It stays open while the page sends it: submitted() asks for that, showError()
// reports a refusal without losing what was typed, accept() closes it. The value leaves through
// takeValue() and is wiped from the field; closing the dialog wipes it too.
class CreateSecretDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit CreateSecretDialog(const QSet<QString>& takenNames, QWidget* parent = nullptr);
    ~CreateSecretDialog() override;

    QString name() const;
    QString description() const;
    SecretBuffer takeValue();
    void setBusy(bool busy);
    void showError(const QString& message);

    void done(int result) override;

signals:
    void submitted();

private:
    void updateState();
    void generate();
    void fitHeight();

    QSet<QString> m_taken;
    QLineEdit* m_name = nullptr;
    QLabel* m_nameProblem = nullptr;
    QLineEdit* m_value = nullptr;
    QLabel* m_valueProblem = nullptr;
    QSpinBox* m_length = nullptr;
    QCheckBox* m_symbols = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QLabel* m_descriptionProblem = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_create = nullptr;
    bool m_busy = false;
};

} // namespace podwarden
