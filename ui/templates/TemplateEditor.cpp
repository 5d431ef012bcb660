#include "TemplateEditor.h"

#include "EnvTableModel.h"
#include "PageParts.h"
#include "secrets/SecretFields.h"
#include "templates/EnvValueDelegate.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace podwarden {

namespace {
QStringList splitList(const QString& text)
{
    QStringList items;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        if (!item.isEmpty())
            items << item;
    }
    return items;
}

QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}
} // namespace

TemplateEditor::TemplateEditor(QWidget* parent)
    : QWidget(parent)
    , m_env(new EnvTableModel(this))
{
    setObjectName(QStringLiteral("templateEditor"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    buildForm();
    buildEnv();
    connect(m_env, &EnvTableModel::envChanged, this, &TemplateEditor::changed);
    connect(m_env, &EnvTableModel::issuesChanged, this, &TemplateEditor::showIssues);
    setTemplate(Template{});
}

TemplateEditor::~TemplateEditor() = default;

void TemplateEditor::buildForm()
{
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const auto problemFor = [this, form](const char* field) {
        const QByteArray objectName = QByteArray("problem_") + field;
        QLabel* label = makeProblemLabel(objectName.constData(), this);
        m_problems.insert(QLatin1String(field), label);
        form->addRow(QString(), label);
    };
    const auto lineEdit = [this](const char* name, const QString& placeholder) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        edit->setPlaceholderText(placeholder);
        connect(edit, &QLineEdit::textChanged, this, &TemplateEditor::changed);
        return edit;
    };

    m_name = lineEdit("templateName", tr("What the template is for, e.g. vLLM worker"));
    form->addRow(tr("&Name:"), m_name);
    problemFor("name");
    m_image = lineEdit("templateImage", QStringLiteral("runpod/pytorch:2.4.0-py3.11-cuda12.4.1"));
    m_image->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    form->addRow(tr("&Image:"), m_image);
    problemFor("image");
    m_entrypoint = lineEdit("templateEntrypoint", tr("Optional: replaces the image's ENTRYPOINT, e.g. /bin/bash -c"));
    m_entrypoint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_entrypoint->setToolTip(tr("The program the container runs, in words as a shell would split them; "
                                "quote a word that contains spaces. Empty: the image's own entrypoint."));
    form->addRow(tr("&Entrypoint:"), m_entrypoint);
    problemFor("entrypoint");
    m_args = lineEdit("templateArgs", tr("Optional: the command (CMD), e.g. python -u handler.py"));
    m_args->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_args->setToolTip(tr("The container's command, or the arguments of the entrypoint above. Quote a word "
                          "that contains spaces: 'python -u main.py' is one argument."));
    form->addRow(tr("Start co&mmand:"), m_args);
    problemFor("args");

    auto* kindRow = new QHBoxLayout;
    m_kind = new QButtonGroup(this);
    auto* pod = new QRadioButton(tr("Pod"), this);
    pod->setObjectName(QStringLiteral("kindPod"));
    auto* serverless = new QRadioButton(tr("Serverless"), this);
    serverless->setObjectName(QStringLiteral("kindServerless"));
    m_kind->addButton(pod, 0);
    m_kind->addButton(serverless, 1);
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("templateCategory"));
    m_category->setAccessibleName(tr("Category"));
    m_category->addItem(tr("NVIDIA GPU"), int(TemplateCategory::Nvidia));
    m_category->addItem(tr("AMD GPU"), int(TemplateCategory::Amd));
    m_category->addItem(tr("CPU"), int(TemplateCategory::Cpu));
    kindRow->addWidget(pod);
    kindRow->addWidget(serverless);
    kindRow->addSpacing(16);
    auto* categoryLabel = new QLabel(tr("Category:"), this);
    categoryLabel->setBuddy(m_category); // a screen reader names the combo by its label
    kindRow->addWidget(categoryLabel);
    kindRow->addWidget(m_category);
    kindRow->addStretch(1);
    form->addRow(tr("Type:"), kindRow);
    connect(m_kind, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            changed();
    });
    connect(m_category, &QComboBox::currentIndexChanged, this, &TemplateEditor::changed);

    m_disk = new QSpinBox(this);
    m_disk->setObjectName(QStringLiteral("templateDisk"));
    m_disk->setRange(0, 100000);
    m_disk->setSuffix(tr(" GB"));
    m_disk->setAccessibleName(tr("Container disk in GB"));
    m_disk->setToolTip(tr("Ephemeral: wiped when the container restarts."));
    connect(m_disk, &QSpinBox::valueChanged, this, &TemplateEditor::changed);
    form->addRow(tr("Container dis&k:"), m_disk);
    problemFor("disk");

    auto* volumeRow = new QHBoxLayout;
    m_volume = new QCheckBox(tr("Persistent v&olume"), this);
    m_volume->setObjectName(QStringLiteral("templateVolume"));
    m_volumeSize = new QSpinBox(this);
    m_volumeSize->setObjectName(QStringLiteral("templateVolumeSize"));
    m_volumeSize->setRange(0, 100000);
    m_volumeSize->setSuffix(tr(" GB"));
    m_volumeSize->setAccessibleName(tr("Volume size in GB"));
    m_volumePath = lineEdit("templateVolumePath", QStringLiteral("/workspace"));
    m_volumePath->setAccessibleName(tr("Mount path"));
    volumeRow->addWidget(m_volume);
    volumeRow->addWidget(m_volumeSize);
    volumeRow->addWidget(new QLabel(tr("at"), this));
    volumeRow->addWidget(m_volumePath, 1);
    form->addRow(tr("Storage:"), volumeRow);
    problemFor("mounts");
    connect(m_volume, &QCheckBox::toggled, this, [this](bool on) {
        m_volumeSize->setEnabled(on);
        m_volumePath->setEnabled(on);
        changed();
    });
    connect(m_volumeSize, &QSpinBox::valueChanged, this, &TemplateEditor::changed);

    m_ports = lineEdit("templatePorts", QStringLiteral("8888/http, 22/tcp"));
    m_ports->setToolTip(tr("Exposed ports as number/protocol (http or tcp), separated by commas."));
    form->addRow(tr("Por&ts:"), m_ports);
    problemFor("ports");

    m_cuda = lineEdit("templateCuda", tr("Any version"));
    m_cuda->setToolTip(tr("CUDA versions the image accepts, as major.minor separated by commas; empty for any."));
    form->addRow(tr("&CUDA versions:"), m_cuda);
    problemFor("allowedCudaVersions");

    auto* flags = new QHBoxLayout;
    m_ssh = new QCheckBox(tr("Start &SSH"), this);
    m_ssh->setObjectName(QStringLiteral("templateSsh"));
    m_jupyter = new QCheckBox(tr("Start &Jupyter"), this);
    m_jupyter->setObjectName(QStringLiteral("templateJupyter"));
    m_public = new QCheckBox(tr("P&ublic"), this);
    m_public->setObjectName(QStringLiteral("templatePublic"));
    m_public->setToolTip(tr("Visible to every user of the cloud. Env values are visible too: use secret "
                            "references, never values."));
    for (QCheckBox* box : {m_ssh, m_jupyter, m_public}) {
        flags->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &TemplateEditor::changed);
    }
    flags->addStretch(1);
    form->addRow(tr("Options:"), flags);

    static_cast<QVBoxLayout*>(layout())->addLayout(form);
}

void TemplateEditor::buildEnv()
{
    auto* layout = static_cast<QVBoxLayout*>(this->layout());
    auto* header = new QHBoxLayout;
    header->addWidget(sectionTitle(tr("Environment"), this));
    m_envCount = new QLabel(this);
    m_envCount->setObjectName(QStringLiteral("envCount"));
    header->addWidget(m_envCount);
    header->addStretch(1);
    // The buttons on a row of their own, so the editor fits a narrow window.
    auto* tools = new QHBoxLayout;
    const auto button = [this, tools](const char* name, const QString& text, const QString& tip) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        b->setToolTip(tip);
        b->setAccessibleName(tip);
        tools->addWidget(b);
        return b;
    };
    QPushButton* add = button("envAdd", tr("&Add"), tr("Add a variable"));
    QPushButton* secret =
        button("envInsertSecret", tr("Insert secret…"), tr("Reference a secret in the selected variable's value"));
    QPushButton* paste =
        button("envPaste", tr("Paste KEY=value"),
               tr("Add every KEY=value line on the clipboard as a variable (also Ctrl+V in the table)"));
    tools->addStretch(1);
    m_up = button("envUp", QString(), tr("Move the selected variable up"));
    m_up->setIcon(style()->standardIcon(QStyle::SP_ArrowUp, nullptr, this));
    m_down = button("envDown", QString(), tr("Move the selected variable down"));
    m_down->setIcon(style()->standardIcon(QStyle::SP_ArrowDown, nullptr, this));
    m_remove = button("envRemove", tr("Remove"), tr("Remove the selected variable"));
    layout->addSpacing(8);
    layout->addLayout(header);
    layout->addLayout(tools);

    m_envTable = new QTableView(this);
    PageParts::tabLeavesView(m_envTable); // Tab leaves the table; arrows move inside
    m_envTable->setObjectName(QStringLiteral("envTable"));
    m_envTable->setAccessibleName(tr("Environment variables"));
    m_envTable->setModel(m_env);
    m_valueDelegate = new EnvValueDelegate(m_envTable);
    m_envTable->setItemDelegateForColumn(EnvTableModel::Value, m_valueDelegate);
    m_envTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_envTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_envTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                QAbstractItemView::AnyKeyPressed);
    m_envTable->verticalHeader()->setDefaultSectionSize(m_envTable->fontMetrics().height() + 12);
    m_envTable->horizontalHeader()->setStretchLastSection(true);
    m_envTable->horizontalHeader()->resizeSection(
        EnvTableModel::Key, m_envTable->fontMetrics().horizontalAdvance(QStringLiteral("AWS_SECRET_ACCESS_KEY__")));
    m_envTable->setMinimumHeight(m_envTable->verticalHeader()->defaultSectionSize() * 6);
    m_envTable->installEventFilter(this);
    layout->addWidget(m_envTable, 1);

    m_envProblems = makeProblemLabel("envProblems", this);
    layout->addWidget(m_envProblems);

    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_env->addRow();
        const QModelIndex key = m_env->index(row, EnvTableModel::Key);
        m_envTable->setCurrentIndex(key);
        m_envTable->edit(key);
    });
    connect(secret, &QPushButton::clicked, this, &TemplateEditor::insertSecretReference);
    connect(paste, &QPushButton::clicked, this, &TemplateEditor::pasteFromClipboard);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_envTable->currentIndex();
        if (current.isValid())
            m_env->removeRows(current.row(), 1);
    });
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(+1); });
    const auto updateButtons = [this] {
        const QModelIndex current = m_envTable->currentIndex();
        m_remove->setEnabled(current.isValid());
        m_up->setEnabled(current.isValid() && current.row() > 0);
        m_down->setEnabled(current.isValid() && current.row() < m_env->rowCount() - 1);
    };
    connect(m_envTable->selectionModel(), &QItemSelectionModel::currentChanged, this, updateButtons);
    connect(m_env, &QAbstractItemModel::rowsMoved, this, updateButtons);
    connect(m_env, &QAbstractItemModel::rowsRemoved, this, updateButtons);
    connect(m_env, &QAbstractItemModel::modelReset, this, updateButtons);
    updateButtons();
}

bool TemplateEditor::eventFilter(QObject* watched, QEvent* event)
{
    // Ctrl+V on the table (not in a cell being edited) adds KEY=value lines.
    if (watched == m_envTable && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->matches(QKeySequence::Paste)) {
        pasteFromClipboard();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void TemplateEditor::moveCurrent(int delta)
{
    const QModelIndex current = m_envTable->currentIndex();
    if (!current.isValid())
        return;
    const int to = current.row() + delta;
    if (to < 0 || to >= m_env->rowCount())
        return;
    if (m_env->moveRowTo(current.row(), to))
        m_envTable->setCurrentIndex(m_env->index(to, current.column()));
}

void TemplateEditor::pasteFromClipboard()
{
    const QString text = QApplication::clipboard()->text();
    const QModelIndex current = m_envTable->currentIndex();
    const int at = current.isValid() ? current.row() + 1 : -1;
    m_env->pasteLines(text, at);
}

void TemplateEditor::insertSecretReference()
{
    QModelIndex current = m_envTable->currentIndex();
    if (!current.isValid()) {
        const int row = m_env->addRow();
        current = m_env->index(row, EnvTableModel::Value);
    }
    const QModelIndex value = m_env->index(current.row(), EnvTableModel::Value);
    m_envTable->setCurrentIndex(value);
    m_envTable->edit(value);
    // The editor exists once edit() returns; its action opens the selector at the cursor.
    if (auto* editor = qobject_cast<QLineEdit*>(m_envTable->indexWidget(value))) {
        editor->end(false);
        if (auto* action = editor->findChild<QAction*>(QStringLiteral("insertSecret")))
            action->trigger();
    }
}

void TemplateEditor::setSecrets(const QList<Secret>& secrets, bool namesKnown)
{
    QSet<QString> names;
    for (const Secret& s : secrets)
        names.insert(s.name);
    m_env->setKnownSecrets(namesKnown ? std::optional<QSet<QString>>(names) : std::nullopt);
    m_valueDelegate->setSecrets(secrets);
}

void TemplateEditor::setTemplate(const Template& t)
{
    m_loading = true;
    m_id = t.id;
    m_name->setText(t.name);
    m_image->setText(t.image);
    // The exec form shows as words in the two fields; a bare shell line stays as it was typed.
    m_loadedArgs = t.args;
    const std::optional<ContainerCommand> command = ContainerCommand::fromArgs(t.args);
    if (command && t.args.trimmed().startsWith(QLatin1Char('{'))) {
        m_entrypoint->setText(joinShellWords(command->entrypoint));
        m_args->setText(joinShellWords(command->cmd));
    } else {
        m_entrypoint->clear();
        m_args->setText(t.args);
    }
    m_kind->button(t.serverless ? 1 : 0)->setChecked(true);
    m_category->setCurrentIndex(m_category->findData(int(t.category)));
    m_disk->setValue(int(t.diskGb));
    m_volume->setChecked(t.persistentMount.has_value());
    m_volumeSize->setValue(int(t.persistentMount ? t.persistentMount->sizeGb : PersistentMount{}.sizeGb));
    m_volumePath->setText(t.persistentMount ? t.persistentMount->path : PersistentMount{}.path);
    m_volumeSize->setEnabled(t.persistentMount.has_value());
    m_volumePath->setEnabled(t.persistentMount.has_value());
    m_ports->setText(t.ports.join(QStringLiteral(", ")));
    m_cuda->setText(t.allowedCudaVersions.join(QStringLiteral(", ")));
    m_ssh->setChecked(t.startSsh);
    m_jupyter->setChecked(t.startJupyter);
    m_public->setChecked(t.isPublic);
    m_env->setEnv(t.env);
    m_loading = false;
    showIssues();
}

Template TemplateEditor::currentTemplate() const
{
    Template t;
    t.id = m_id;
    t.name = m_name->text();
    t.image = m_image->text().trimmed();
    t.args = argsFromFields();
    t.serverless = m_kind->checkedId() == 1;
    t.category = TemplateCategory(m_category->currentData().toInt());
    t.diskGb = m_disk->value();
    if (m_volume->isChecked())
        t.persistentMount = PersistentMount{m_volumeSize->value(), m_volumePath->text().trimmed()};
    t.ports = splitList(m_ports->text());
    t.allowedCudaVersions = splitList(m_cuda->text());
    t.startSsh = m_ssh->isChecked();
    t.startJupyter = m_jupyter->isChecked();
    t.isPublic = m_public->isChecked();
    t.env = m_env->env();
    return t;
}

QString TemplateEditor::argsFromFields() const
{
    const QString commandText = m_args->text();
    if (m_entrypoint->text().trimmed().isEmpty()) {
        // The console's form: the line as typed, kept verbatim when it describes the loaded command.
        const auto loaded = ContainerCommand::fromArgs(m_loadedArgs);
        const auto typed = ContainerCommand::fromArgs(commandText);
        return loaded && typed && *loaded == *typed && loaded->entrypoint.isEmpty() ? m_loadedArgs : commandText;
    }
    // Unreadable words are kept split on blanks, so the draft loses no text while the field says
    // what is wrong with it.
    const auto words = [](const QString& text) {
        return splitShellWords(text).value_or(text.split(QLatin1Char(' '), Qt::SkipEmptyParts));
    };
    const ContainerCommand command{words(m_entrypoint->text()), words(commandText)};
    const auto loaded = ContainerCommand::fromArgs(m_loadedArgs);
    return loaded && *loaded == command ? m_loadedArgs : command.toArgs();
}

QList<ValidationIssue> TemplateEditor::fieldIssues() const
{
    QList<ValidationIssue> issues = Validation::templateFields(currentTemplate());
    if (m_entrypoint->text().trimmed().isEmpty())
        return issues;
    // With an entrypoint both fields are read as words, and each names its own quoting problem.
    issues.erase(std::remove_if(issues.begin(), issues.end(),
                                [](const ValidationIssue& i) { return i.field == QLatin1String("args"); }),
                 issues.end());
    for (QLineEdit* field : {m_entrypoint, m_args}) {
        if (splitShellWords(field->text()))
            continue;
        ValidationIssue issue;
        issue.code = ValidationIssue::Code::Invalid;
        issue.field = field == m_entrypoint ? QStringLiteral("entrypoint") : QStringLiteral("args");
        issue.message = tr("A quote is not closed, or the text ends in a lone backslash.");
        issues.append(issue);
    }
    return issues;
}

QList<ValidationIssue> TemplateEditor::issues() const
{
    return fieldIssues() + m_env->issues();
}

void TemplateEditor::changed()
{
    if (m_loading)
        return;
    showIssues();
    emit edited();
}

void TemplateEditor::showIssues()
{
    QHash<QString, QStringList> byField;
    for (const ValidationIssue& issue : fieldIssues())
        byField[issue.field] << issue.message;
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
        const QStringList messages = byField.value(it.key());
        it.value()->setText(messages.join(QLatin1Char('\n')));
        it.value()->setVisible(!messages.isEmpty());
    }
    const int count = m_env->rowCount();
    m_envCount->setText(tr("%1 of %2 variables").arg(count).arg(Validation::kEnvMaxVariables));
    QStringList envMessages;
    for (const ValidationIssue& issue : m_env->issues()) {
        envMessages << (issue.row >= 0 ? tr("Row %1: %2").arg(issue.row + 1).arg(issue.message) : issue.message);
    }
    m_envProblems->setText(envMessages.join(QLatin1Char('\n')));
    m_envProblems->setVisible(!envMessages.isEmpty());
}

} // namespace podwarden
