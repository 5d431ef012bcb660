#pragma once

#include "Validation.h"

#include <functional>
#include <optional>

#include "secrethandling/SecretBuffer.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace podwarden {

// A secret's value as the user gives it: a password field (typed or pasted, shown only while the
// reveal button is down), Generate with a length and an optional symbol set (OpenSSL's generator),
// Copy (through SecretClipboard, as is a copy by hand from the revealed field), and the size limit
// named as soon as it is passed. The value stays in the field while the dialog is open, so a
// refused request can be sent again; clear() takes it off the screen (a copy
// stays on the clipboard for its 30 seconds, to be pasted where it is needed).
class SecretValueField final : public QWidget
{
    Q_OBJECT
public:
    explicit SecretValueField(QWidget* parent = nullptr);
    // Another provider's value rule instead of Runpod's size limit (Paperspace: 8,192 characters).
    // `rule` answers for a non-empty value; `maxLength` is one over the limit, so it can be named.
    using ValueRule = std::function<std::optional<ValidationIssue>(const QString&)>;
    void setRule(ValueRule rule, int maxLength);

    // Something was given and it is within the limit.
    bool isAcceptable() const;
    // A copy of the value for one request; the field keeps its text.
    SecretBuffer value() const;
    void clear();
    QLineEdit* lineEdit() const { return m_edit; }

signals:
    void changed();

private:
    void generate();
    void copyValue();
    void check();

    std::optional<ValidationIssue> issue(const QString& text) const;

    ValueRule m_rule;
    QLineEdit* m_edit = nullptr;
    QLabel* m_problem = nullptr;
    QSpinBox* m_length = nullptr;
    QCheckBox* m_symbols = nullptr;
    QPushButton* m_copy = nullptr;
    QLabel* m_copied = nullptr;
};

// A secret's description: a few lines of plain text, with the contract's limit named when it is
// passed.
class SecretDescriptionField final : public QWidget
{
    Q_OBJECT
public:
    explicit SecretDescriptionField(QWidget* parent = nullptr);

    QString text() const;
    void setText(const QString& text);
    bool isAcceptable() const;
    QPlainTextEdit* editor() const { return m_edit; }

signals:
    void changed();

private:
    QPlainTextEdit* m_edit = nullptr;
    QLabel* m_problem = nullptr;
};

// A word-wrapped plain-text label for a rule that is broken, hidden until it has something to say.
QLabel* makeProblemLabel(const char* objectName, QWidget* parent);

} // namespace podwarden
