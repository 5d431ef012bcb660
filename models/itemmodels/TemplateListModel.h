#pragma once

#include "Template.h"
#include "TemplateDraft.h"

#include <QAbstractTableModel>

#include <optional>

namespace podwarden {

// One line of the templates list: the service's copy, the local draft, or both.
struct TemplateRow
{
    std::optional<Template> server;
    std::optional<TemplateDraft> draft;

    // What the editor shows: the draft when there is one.
    const Template& shown() const { return draft ? draft->draft : *server; }
    QString templateId() const { return draft ? draft->draft.id : server->id; }
};

// The account's templates with the local drafts laid over them: a draft of an existing template
// shares its line, a new draft has its own. The state column says where each stands (on the
// service, new draft, changed, pushed, conflict, deleted on the service).
class TemplateListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, State, Kind, Image, ColumnCount };
    enum Role { SortRole = Qt::UserRole, StateRole };
    enum class RowState { OnService, NewDraft, Changed, Pushed, Conflict, DeletedOnService };

    explicit TemplateListModel(QObject* parent = nullptr);

    void setContent(const QList<Template>& server, const QList<TemplateDraft>& drafts);
    void setServerTemplates(const QList<Template>& server); // keeps the drafts
    void upsertDraft(const TemplateDraft& draft);
    void removeDraft(const QString& draftId);
    void upsertServer(const Template& t);
    void removeServer(const QString& templateId);

    const TemplateRow& rowAt(int row) const { return m_rows.at(row); }
    int rowOfTemplate(const QString& templateId) const;
    int rowOfDraft(const QString& draftId) const;
    RowState stateOf(int row) const;
    static QString stateText(RowState state);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    void rebuild(const QList<Template>& server, const QList<TemplateDraft>& drafts);
    void changedRow(int row);

    QList<TemplateRow> m_rows;
};

} // namespace podwarden
