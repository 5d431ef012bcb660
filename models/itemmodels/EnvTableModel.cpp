#include "EnvTableModel.h"

#include "SecretReference.h"

#include <QVariantMap>

#include <algorithm>

namespace podwarden {

EnvTableModel::EnvTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void EnvTableModel::setEnv(EnvList env)
{
    const bool differs = env != m_env;
    beginResetModel();
    m_env = std::move(env);
    revalidate();
    endResetModel();
    emit issuesChanged();
    if (differs)
        emit envChanged();
}

void EnvTableModel::setKnownSecrets(std::optional<QSet<QString>> names)
{
    m_knownSecrets = std::move(names);
    revalidate();
    notifyIssues();
}

QList<ValidationIssue> EnvTableModel::issuesAt(int row) const
{
    return row >= 0 && row < m_rowIssues.size() ? m_rowIssues.at(row) : QList<ValidationIssue>{};
}

void EnvTableModel::revalidate()
{
    m_issues = Validation::env(m_env, m_knownSecrets);
    m_rowIssues = QList<QList<ValidationIssue>>(m_env.size());
    for (const ValidationIssue& issue : std::as_const(m_issues)) {
        if (issue.row >= 0 && issue.row < m_rowIssues.size())
            m_rowIssues[issue.row].append(issue);
    }
    // The rules flag each repeat of a key; the row it repeats is flagged here too, so the user
    // sees both and picks which to keep.
    for (const ValidationIssue& issue : std::as_const(m_issues)) {
        if (issue.code != ValidationIssue::Code::Duplicate || issue.row < 0 || issue.row >= m_env.size())
            continue;
        const QString& key = m_env.at(issue.row).key;
        for (qsizetype row = 0; row < issue.row; ++row) {
            if (m_env.at(row).key != key)
                continue;
            QList<ValidationIssue>& rowIssues = m_rowIssues[row];
            const bool flagged = std::any_of(rowIssues.cbegin(), rowIssues.cend(), [](const ValidationIssue& i) {
                return i.code == ValidationIssue::Code::Duplicate;
            });
            if (!flagged) {
                ValidationIssue first = issue;
                first.row = int(row);
                rowIssues.append(first);
            }
            break; // the first row with this key is the one the rules leave alone
        }
    }
}

void EnvTableModel::notifyIssues()
{
    if (!m_env.isEmpty()) {
        emit dataChanged(index(0, Key), index(int(m_env.size()) - 1, Value),
                         {Qt::ToolTipRole, ProblemRole, ProblemCodesRole, ReferencesRole});
    }
    emit issuesChanged();
}

void EnvTableModel::contentChanged()
{
    notifyIssues();
    emit envChanged();
}

int EnvTableModel::addRow(int at)
{
    if (at < 0 || at > m_env.size())
        at = int(m_env.size());
    insertRows(at, 1);
    m_newRow = index(at, Key);
    return at;
}

void EnvTableModel::revert()
{
    const int row = newRow();
    m_newRow = QPersistentModelIndex();
    if (row >= 0 && m_env.at(row).key.isEmpty() && m_env.at(row).value.isEmpty())
        removeRows(row, 1);
    QAbstractTableModel::revert();
}

bool EnvTableModel::moveRowTo(int from, int to)
{
    if (from < 0 || from >= m_env.size() || to < 0 || to >= m_env.size())
        return false;
    if (from == to)
        return true;
    // moveRows() takes the row the moved one goes before, counted before the move.
    return moveRows({}, from, 1, {}, to > from ? to + 1 : to);
}

EnvList EnvTableModel::parseLines(const QString& text)
{
    static const QLatin1String exportPrefix("export");
    EnvList out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (QString line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        qsizetype keyStart = 0;
        while (line.at(keyStart).isSpace()) // the trimmed line is not empty
            ++keyStart;
        const QStringView head = QStringView(line).mid(keyStart);
        if (head.startsWith(exportPrefix) && head.size() > exportPrefix.size() &&
            (head.at(exportPrefix.size()) == QLatin1Char(' ') || head.at(exportPrefix.size()) == QLatin1Char('\t'))) {
            keyStart += exportPrefix.size();
        }
        const QString rest = line.mid(keyStart);
        const qsizetype eq = rest.indexOf(QLatin1Char('='));
        if (eq < 0)
            out.append(EnvVar{rest.trimmed(), QString()});
        else
            out.append(EnvVar{rest.left(eq).trimmed(), rest.mid(eq + 1)});
    }
    return out;
}

int EnvTableModel::pasteLines(const QString& text, int at)
{
    const EnvList rows = parseLines(text);
    if (rows.isEmpty())
        return 0;
    if (at < 0 || at > m_env.size())
        at = int(m_env.size());
    beginInsertRows({}, at, at + int(rows.size()) - 1);
    for (qsizetype i = 0; i < rows.size(); ++i)
        m_env.insert(at + i, rows.at(i));
    revalidate();
    endInsertRows();
    contentChanged();
    return int(rows.size());
}

int EnvTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_env.size());
}

int EnvTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EnvTableModel::references(const QString& value) const
{
    QVariantList out;
    for (const SecretReference& ref : SecretReference::parseAll(value)) {
        QVariantMap span;
        span.insert(QStringLiteral("name"), ref.name);
        span.insert(QStringLiteral("start"), int(ref.start));
        span.insert(QStringLiteral("length"), int(ref.length));
        span.insert(QStringLiteral("nameStart"), int(ref.nameStart));
        span.insert(QStringLiteral("known"), !m_knownSecrets || m_knownSecrets->contains(ref.name));
        out.append(span);
    }
    return out;
}

QVariant EnvTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EnvVar& var = m_env.at(index.row());
    const QList<ValidationIssue>& rowIssues = m_rowIssues.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return index.column() == Key ? var.key : var.value;
    case Qt::ToolTipRole: {
        if (rowIssues.isEmpty())
            return {};
        QStringList messages;
        for (const ValidationIssue& issue : rowIssues)
            messages.append(issue.message);
        return messages.join(QLatin1Char('\n'));
    }
    case ProblemRole: {
        QStringList messages;
        for (const ValidationIssue& issue : rowIssues)
            messages.append(issue.message);
        return messages;
    }
    case ProblemCodesRole: {
        QVariantList codes;
        for (const ValidationIssue& issue : rowIssues)
            codes.append(int(issue.code));
        return codes;
    }
    case ReferencesRole:
        if (index.column() == Value)
            return references(var.value);
        return {};
    default:
        return {};
    }
}

bool EnvTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !value.canConvert<QString>()) {
        return false;
    }
    EnvVar& var = m_env[index.row()];
    QString& field = index.column() == Key ? var.key : var.value;
    const QString text = value.toString();
    if (field == text)
        return true;
    field = text;
    if (!text.isEmpty() && m_newRow.isValid() && m_newRow.row() == index.row())
        m_newRow = QPersistentModelIndex(); // filled in: an ordinary row from now on
    revalidate();
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, ReferencesRole});
    contentChanged();
    return true;
}

Qt::ItemFlags EnvTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEditable | Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QVariant EnvTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Key:
        return tr("Key");
    case Value:
        return tr("Value");
    default:
        return {};
    }
}

bool EnvTableModel::insertRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || row > m_env.size() || count <= 0)
        return false;
    beginInsertRows({}, row, row + count - 1);
    m_env.insert(row, count, EnvVar{});
    revalidate();
    endInsertRows();
    contentChanged();
    return true;
}

bool EnvTableModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_env.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_env.remove(row, count);
    revalidate();
    endRemoveRows();
    contentChanged();
    return true;
}

bool EnvTableModel::moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                             const QModelIndex& destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count <= 0 || sourceRow < 0 ||
        sourceRow + count > m_env.size() || destinationChild < 0 || destinationChild > m_env.size()) {
        return false;
    }
    // Refuses a destination inside or right at the ends of the moved block (no move at all).
    if (destinationChild >= sourceRow && destinationChild <= sourceRow + count)
        return false;
    if (!beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild))
        return false;
    const EnvList block = m_env.mid(sourceRow, count);
    m_env.remove(sourceRow, count);
    const int insertAt = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_env.insert(insertAt + i, block.at(i));
    revalidate();
    endMoveRows();
    contentChanged();
    return true;
}

} // namespace podwarden
