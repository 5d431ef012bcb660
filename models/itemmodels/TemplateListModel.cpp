#include "TemplateListModel.h"

#include "RelativeTime.h"

#include <QFont>

namespace podwarden {

TemplateListModel::TemplateListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void TemplateListModel::rebuild(const QList<Template>& server, const QList<TemplateDraft>& drafts)
{
    m_rows = QList<TemplateRow>(); // not clear(): its room for the old rows would stay
    m_rows.reserve(server.size() + drafts.size());
    for (const Template& t : server)
        m_rows.append(TemplateRow{t, std::nullopt});
    for (const TemplateDraft& d : drafts) {
        const int row = d.draft.id.isEmpty() ? -1 : rowOfTemplate(d.draft.id);
        if (row >= 0)
            m_rows[row].draft = d;
        else
            m_rows.append(TemplateRow{std::nullopt, d});
    }
}

void TemplateListModel::setContent(const QList<Template>& server, const QList<TemplateDraft>& drafts)
{
    beginResetModel();
    rebuild(server, drafts);
    endResetModel();
}

void TemplateListModel::setServerTemplates(const QList<Template>& server)
{
    QList<TemplateDraft> drafts;
    for (const TemplateRow& r : std::as_const(m_rows)) {
        if (r.draft)
            drafts.append(*r.draft);
    }
    setContent(server, drafts);
}

int TemplateListModel::rowOfTemplate(const QString& templateId) const
{
    if (templateId.isEmpty())
        return -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).templateId() == templateId ||
            (m_rows.at(row).server && m_rows.at(row).server->id == templateId))
            return row;
    }
    return -1;
}

int TemplateListModel::rowOfDraft(const QString& draftId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).draft && m_rows.at(row).draft->id == draftId)
            return row;
    }
    return -1;
}

void TemplateListModel::changedRow(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void TemplateListModel::upsertDraft(const TemplateDraft& draft)
{
    int row = rowOfDraft(draft.id);
    if (row < 0)
        row = rowOfTemplate(draft.draft.id);
    if (row >= 0) {
        m_rows[row].draft = draft;
        changedRow(row);
        return;
    }
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(TemplateRow{std::nullopt, draft});
    endInsertRows();
}

void TemplateListModel::removeDraft(const QString& draftId)
{
    const int row = rowOfDraft(draftId);
    if (row < 0)
        return;
    if (m_rows.at(row).server) {
        m_rows[row].draft.reset();
        changedRow(row);
        return;
    }
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void TemplateListModel::upsertServer(const Template& t)
{
    const int row = rowOfTemplate(t.id);
    if (row >= 0) {
        m_rows[row].server = t;
        changedRow(row);
        return;
    }
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(TemplateRow{t, std::nullopt});
    endInsertRows();
}

void TemplateListModel::removeServer(const QString& templateId)
{
    const int row = rowOfTemplate(templateId);
    if (row < 0)
        return;
    if (m_rows.at(row).draft) {
        m_rows[row].server.reset();
        changedRow(row);
        return;
    }
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

TemplateListModel::RowState TemplateListModel::stateOf(int row) const
{
    const TemplateRow& r = m_rows.at(row);
    if (!r.draft)
        return RowState::OnService;
    switch (r.draft->state) {
    case DraftState::New:
        return RowState::NewDraft;
    case DraftState::Conflict:
        return RowState::Conflict;
    case DraftState::Pushed:
    case DraftState::Modified:
        break;
    }
    if (!r.server)
        return RowState::DeletedOnService;
    return r.draft->state == DraftState::Pushed ? RowState::Pushed : RowState::Changed;
}

QString TemplateListModel::stateText(RowState state)
{
    switch (state) {
    case RowState::OnService:
        return tr("On the service");
    case RowState::NewDraft:
        return tr("New draft");
    case RowState::Changed:
        return tr("Changed, not pushed");
    case RowState::Pushed:
        return tr("Pushed");
    case RowState::Conflict:
        return tr("Conflict: choose");
    case RowState::DeletedOnService:
        return tr("Deleted on the service");
    }
    return {};
}

int TemplateListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TemplateListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TemplateListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TemplateRow& r = m_rows.at(index.row());
    const Template& t = r.shown();
    const RowState state = stateOf(index.row());
    if (role == StateRole)
        return int(state);
    if (role == Qt::FontRole && index.column() == Name && state != RowState::OnService && state != RowState::Pushed) {
        QFont font;
        font.setItalic(true); // not on the service as shown
        return font;
    }
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return t.name.isEmpty() ? tr("(untitled)") : t.name;
    case Image:
        return t.image;
    case Kind:
        return t.serverless ? tr("Serverless") : tr("Pod");
    case State:
        if (role == SortRole)
            return int(state);
        if (role == Qt::ToolTipRole && r.draft && r.draft->updatedAt.isValid()) {
            // When, in words a person reads; the revision counter is the program's business.
            return tr("Draft saved on this computer %1.").arg(relativeTime(r.draft->updatedAt));
        }
        return stateText(state);
    default:
        break;
    }
    return {};
}

QVariant TemplateListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Image:
        return tr("Image");
    case Kind:
        return tr("Type");
    case State:
        return tr("State");
    default:
        return {};
    }
}

Qt::ItemFlags TemplateListModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

} // namespace podwarden
