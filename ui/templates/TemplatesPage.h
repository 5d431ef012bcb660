#pragma once

#include "TemplateDraft.h"
#include "service/ServiceError.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace podwarden {

struct AccountChange;
class Session;
class TemplateEditor;
class TemplateListModel;
class TemplatePush;

// The templates screen: the account's templates with the local drafts over them, and the editor.
// Every edit is saved at once as a draft in the local store (one transaction per save), so work
// survives a crash and needs no connection; Push sends a draft when the user chooses, and a
// template changed on the service meanwhile opens the comparison instead of being overwritten.
class TemplatesPage final : public QWidget
{
    Q_OBJECT
public:
    // Why a delete was refused, in a sentence: names the endpoints built on the template (400).
    static QString deleteRefusal(const QString& name, const ServiceError& error);
    // The drafts come from the session's owner of them (Session::drafts()).
    explicit TemplatesPage(Session* session, QWidget* parent = nullptr);
    ~TemplatesPage() override;

    TemplateListModel* model() const { return m_model; }
    QTableView* list() const { return m_list; }
    TemplateEditor* editor() const { return m_editor; }

    void newTemplate();
    void pushCurrent();
    void discardCurrentDraft();
    void deleteCurrentTemplate();
    // Selects the line whose template (or draft) has this name; false when there is none.
    bool selectTemplate(const QString& name);
    // Shows only the templates that reference a secret the account does not have.
    void showMissingSecretsOnly();
    // The draft on the selected line, if any.
    std::optional<TemplateDraft> currentDraft() const;

private:
    void clearStaleRefusal();
    void onAccountChanged(const AccountChange& change);
    void loadSnapshot();
    void loadDrafts();
    void showRow(int row);
    void saveEdit();
    void keepDraft(const TemplateDraft& draft);
    void pushFinished();
    void showMessage(const QString& text, bool error);
    void updateButtons();
    void applyFilter();
    int currentRow() const;
    QString profileId() const;

    Session* m_session;
    TemplateListModel* m_model = nullptr;
    QTableView* m_list = nullptr;
    TemplateEditor* m_editor = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_count = nullptr;
    QToolButton* m_missingOnly = nullptr;
    bool m_rowsHidden = false; // the filter hid rows: showing them all again walks the list once
    QPushButton* m_new = nullptr;
    QPushButton* m_push = nullptr;
    QPushButton* m_discard = nullptr;
    QPushButton* m_delete = nullptr;
    QPointer<TemplatePush> m_pushing;
    bool m_saveFailed = false;
    QString m_draftsProfile;    // whose drafts the list holds; read from the store once per profile
    bool m_pushRefused = false; // the message says what to fix before a push
};

} // namespace podwarden
