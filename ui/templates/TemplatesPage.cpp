#include "TemplatesPage.h"

#include "SoonCall.h"

#include "Attention.h"

#include "Clock.h"
#include "Confirm.h"
#include "PageParts.h"
#include "TemplateListModel.h"
#include "account/AccountChanges.h"
#include "account/Session.h"
#include "account/TemplateDrafts.h"
#include "service/TemplatePush.h"
#include "templates/TemplateConflictDialog.h"
#include "templates/TemplateEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace podwarden {

TemplatesPage::TemplatesPage(Session* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new TemplateListModel(this))
{
    setObjectName(QStringLiteral("pageTemplates"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(10);

    auto* header = new QHBoxLayout;
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("templateCount"));
    header->addWidget(PageParts::title(tr("Templates"), this));
    header->addSpacing(12);
    header->addWidget(m_count, 0, Qt::AlignBottom);
    header->addStretch(1);
    m_new = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Ne&w template"), this);
    m_new->setObjectName(QStringLiteral("newTemplateButton"));
    m_push = new QPushButton(tr("&Push"), this);
    m_push->setObjectName(QStringLiteral("pushButton"));
    m_discard = new QPushButton(tr("Discard d&raft…"), this);
    m_discard->setObjectName(QStringLiteral("discardButton"));
    m_delete = new QPushButton(tr("&Delete…"), this);
    m_delete->setObjectName(QStringLiteral("deleteTemplateButton"));
    for (QPushButton* b : {m_new, m_push, m_discard, m_delete})
        header->addWidget(b);
    layout->addLayout(header);

    m_message = PageParts::messagePanel("templatesMessage", this);
    layout->addWidget(m_message);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    // The list, with its filter above it (the header's row is full in a narrow window).
    auto* listPane = new QWidget(splitter);
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(4);
    m_missingOnly = new QToolButton(listPane);
    m_missingOnly->setObjectName(QStringLiteral("filterMissingSecret"));
    m_missingOnly->setText(tr("Missing secrets"));
    m_missingOnly->setToolTip(tr("Only templates that reference a secret the account does not have"));
    m_missingOnly->setCheckable(true);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(new QLabel(tr("Show only:"), listPane));
    filterRow->addWidget(m_missingOnly);
    filterRow->addStretch(1);
    listLayout->addLayout(filterRow);
    m_list = new QTableView(listPane);
    listLayout->addWidget(m_list, 1);
    m_list->setObjectName(QStringLiteral("templateList"));
    PageParts::setUpTable(m_list, tr("Templates"));
    m_list->setSortingEnabled(false);
    m_list->setModel(m_model);
    const QFontMetrics metrics = m_list->fontMetrics();
    QHeaderView* columns = m_list->horizontalHeader();
    columns->resizeSection(TemplateListModel::Name,
                           PageParts::columnWidth(metrics, QStringLiteral("PyTorch 2.4 + Jupyter")));
    int stateWidth = 0;
    for (auto state : {TemplateListModel::RowState::Changed, TemplateListModel::RowState::DeletedOnService})
        stateWidth = std::max(stateWidth, PageParts::columnWidth(metrics, TemplateListModel::stateText(state)));
    columns->resizeSection(TemplateListModel::State, stateWidth);
    columns->resizeSection(TemplateListModel::Kind, PageParts::columnWidth(metrics, tr("Serverless")));

    m_stack = new QStackedWidget(splitter);
    m_state = PageParts::stateLabel("templatesState", m_stack);
    m_editor = new TemplateEditor;
    auto* scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_editor);
    m_stack->addWidget(m_state);
    m_stack->addWidget(scroll);
    splitter->addWidget(listPane);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    // The list wide enough for name, state and type; the editor takes the rest.
    const int listWidth = columns->sectionSize(TemplateListModel::Name) + stateWidth +
                          columns->sectionSize(TemplateListModel::Kind) + 4 * metrics.averageCharWidth();
    splitter->setSizes({listWidth, 3 * listWidth});
    m_list->setMinimumWidth(columns->sectionSize(TemplateListModel::Name) + stateWidth / 2);
    layout->addWidget(splitter, 1);

    connect(m_new, &QPushButton::clicked, this, &TemplatesPage::newTemplate);
    connect(m_push, &QPushButton::clicked, this, &TemplatesPage::pushCurrent);
    connect(m_discard, &QPushButton::clicked, this, &TemplatesPage::discardCurrentDraft);
    connect(m_delete, &QPushButton::clicked, this, &TemplatesPage::deleteCurrentTemplate);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showRow(current.isValid() ? current.row() : -1); });
    connect(m_editor, &TemplateEditor::edited, this, &TemplatesPage::saveEdit);
    connect(m_editor, &TemplateEditor::edited, this, &TemplatesPage::clearStaleRefusal);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { showRow(currentRow()); });
    connect(m_missingOnly, &QToolButton::toggled, this, &TemplatesPage::applyFilter);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TemplatesPage::applyFilter);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TemplatesPage::applyFilter);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TemplatesPage::applyFilter);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TemplatesPage::applyFilter);

    if (m_session) {
        followNewAccounts(this, m_session, [this] { loadSnapshot(); });
        connect(m_session, &Session::accountChanged, this, &TemplatesPage::onAccountChanged);
        connect(m_session->drafts(), &TemplateDrafts::draftChanged, this, [this](const TemplateDraft& draft) {
            m_model->upsertDraft(draft);
            updateButtons();
        });
        connect(m_session->drafts(), &TemplateDrafts::draftRemoved, this, [this](const QString& draftId) {
            m_model->removeDraft(draftId);
            showRow(currentRow());
        });
        connect(m_session, &Session::stateChanged, this, &TemplatesPage::updateButtons);
    }
    loadSnapshot();
}

TemplatesPage::~TemplatesPage() = default;

QString TemplatesPage::profileId() const
{
    // Drafts belong to a profile; with none yet, to this computer's offline drafts.
    return m_session && m_session->profile() ? m_session->profile()->id : QStringLiteral("offline");
}

QString TemplatesPage::deleteRefusal(const QString& name, const ServiceError& error)
{
    // The contract answers 400 while an endpoint is built on the template; the sandbox names each
    // one in `errors` as "endpoint <id>: <name>".
    if (error.httpStatus == 400) {
        QStringList endpoints;
        static const QRegularExpression entry(QStringLiteral("^endpoint (\\S+): (.*)$"));
        for (const QString& e : error.problem.errors) {
            const QRegularExpressionMatch match = entry.match(e);
            if (match.hasMatch())
                endpoints << (match.captured(2).isEmpty() ? match.captured(1) : match.captured(2));
        }
        if (!endpoints.isEmpty()) {
            return tr("%1 was not deleted: the endpoint(s) %2 are built on it. Point them at another template or "
                      "delete them first, then try again.",
                      nullptr, int(endpoints.size()))
                .arg(name, QLocale().createSeparatedList(endpoints));
        }
        if (error.problem.detail.contains(QLatin1String("in use"), Qt::CaseInsensitive)) {
            return tr("%1 was not deleted: a pod or serverless endpoint still uses it (%2). Delete or change "
                      "those first, then try again.")
                .arg(name, error.problem.detail);
        }
    }
    return tr("%1 was not deleted: %2").arg(name, error.message());
}

void TemplatesPage::loadSnapshot()
{
    const QString selectedId = currentRow() >= 0 ? m_model->rowAt(currentRow()).templateId() : QString();
    const QString selectedDraft =
        currentRow() >= 0 && m_model->rowAt(currentRow()).draft ? m_model->rowAt(currentRow()).draft->id : QString();
    const AccountSnapshot snapshot = m_session ? m_session->snapshot() : AccountSnapshot{};
    if (profileId() == m_draftsProfile) {
        // A refresh of the same account: the drafts in the list are already the store's.
        m_model->setServerTemplates(snapshot.templates);
    } else {
        m_draftsProfile = profileId();
        m_model->setContent(snapshot.templates, m_session ? m_session->drafts()->drafts() : QList<TemplateDraft>());
    }
    // The selector lists the account's secrets, from the cache when offline; with nothing loaded
    // yet, unknown names are not flagged.
    m_editor->setSecrets(snapshot.secrets, !snapshot.isEmpty());
    int row = selectedDraft.isEmpty() ? m_model->rowOfTemplate(selectedId) : m_model->rowOfDraft(selectedDraft);
    if (row >= 0)
        m_list->selectRow(row);
    showRow(currentRow());
}

void TemplatesPage::applyFilter()
{
    // Rows are hidden in the view rather than filtered by a proxy: the page and its model share
    // one numbering of rows. With no secrets loaded, nothing is known to be missing.
    const bool only = m_missingOnly->isChecked();
    const int total = m_model->rowCount();
    int shown = total;
    if (only || m_rowsHidden) {
        static const AccountSnapshot kNothing;
        const AccountSnapshot& snapshot = m_session ? m_session->snapshot() : kNothing;
        const QSet<QString> names = Attention::secretNames(snapshot.secrets);
        const bool known = !snapshot.isEmpty();
        shown = 0;
        for (int row = 0; row < total; ++row) {
            const bool keep =
                !only || (known && Attention::referencesMissingSecret(m_model->rowAt(row).shown(), names));
            m_list->setRowHidden(row, !keep);
            shown += keep;
        }
        m_rowsHidden = only;
    }
    m_count->setText(total == 0 ? QString()
                     : shown == total
                         ? tr("%n template(s)", nullptr, total)
                         : tr("%1 of %n template(s) shown", nullptr, total).arg(QLocale().toString(shown)));
}

void TemplatesPage::showMissingSecretsOnly()
{
    m_missingOnly->setChecked(true);
    applyFilter();
}

int TemplatesPage::currentRow() const
{
    // The current row, not the selected one: QTableView::selectRow() moves the current index before
    // it selects, and the page follows the current index.
    const QModelIndex current = m_list->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void TemplatesPage::showRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        const bool loaded = m_session && !m_session->snapshot().isEmpty();
        m_state->setText(m_model->rowCount() == 0 && !loaded
                             ? tr("Nothing is loaded yet. You can still draft a new template: it is kept on this "
                                  "computer and pushed when you choose.")
                             : tr("Choose a template to edit it, or make a new one. Edits are drafts on this "
                                  "computer until you push them."));
        m_stack->setCurrentIndex(0);
    } else {
        m_editor->setTemplate(m_model->rowAt(row).shown());
        m_stack->setCurrentIndex(1);
    }
    updateButtons();
}

bool TemplatesPage::selectTemplate(const QString& name)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->rowAt(row).shown().name == name) {
            m_list->selectRow(row);
            return true;
        }
    }
    return false;
}

std::optional<TemplateDraft> TemplatesPage::currentDraft() const
{
    const int row = currentRow();
    return row >= 0 ? m_model->rowAt(row).draft : std::nullopt;
}

void TemplatesPage::updateButtons()
{
    const int row = currentRow();
    const bool connected = m_session && m_session->isConnected();
    const bool hasDraft = row >= 0 && m_model->rowAt(row).draft.has_value();
    const bool unpushed = hasDraft && m_model->stateOf(row) != TemplateListModel::RowState::Pushed;
    const bool onService = row >= 0 && m_model->rowAt(row).server.has_value();
    m_push->setEnabled(connected && unpushed && !m_pushing);
    m_push->setToolTip(connected ? tr("Send the draft to the service") : tr("Connect to the account to push drafts."));
    // A pushed draft is the service's copy: there is nothing of its own left to discard.
    m_discard->setEnabled(unpushed);
    m_delete->setEnabled(connected && onService);
}

void TemplatesPage::showMessage(const QString& text, bool error)
{
    m_pushRefused = false;
    PageParts::showMessage(m_message, text, error);
}

void TemplatesPage::onAccountChanged(const AccountChange& change)
{
    const AccountSnapshot& snapshot = m_session->snapshot();
    if (change.resource == AccountChange::Resource::Secret) {
        // A secret created or deleted anywhere in the window: the references are checked again.
        m_editor->setSecrets(snapshot.secrets, !snapshot.isEmpty());
        clearStaleRefusal();
        return;
    }
    if (change.resource != AccountChange::Resource::Template)
        return;
    if (change.removed) {
        m_model->removeServer(change.id);
        showRow(currentRow());
        return;
    }
    for (const Template& t : snapshot.templates) {
        if (t.id == change.id) {
            m_model->upsertServer(t);
            break;
        }
    }
}

void TemplatesPage::clearStaleRefusal()
{
    // "Fix this first" goes once there is nothing left to fix.
    if (m_pushRefused && m_editor->issues().isEmpty())
        showMessage({}, false);
}

void TemplatesPage::newTemplate()
{
    TemplateDraft draft = TemplateDraft::makeNew(profileId());
    draft.draft.name = tr("New template");
    draft.revision = 1;
    keepDraft(draft);
    const int row = m_model->rowOfDraft(draft.id);
    m_list->selectRow(row);
    m_editor->setFocus();
}

// Every edit: the draft is written to the local store before anything else happens.
void TemplatesPage::saveEdit()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const TemplateRow& line = m_model->rowAt(row);
    TemplateDraft draft = line.draft ? *line.draft : TemplateDraft::fromTemplate(profileId(), *line.server);
    draft.draft = m_editor->currentTemplate();
    if (draft.draft.id.isEmpty())
        draft.draft.id = line.templateId(); // the editor may have been filled before a push gave it one
    if (draft.draft.id.isEmpty())
        draft.state = DraftState::New;
    else if (draft.state != DraftState::Conflict)
        draft.state = DraftState::Modified;
    ++draft.revision;
    draft.updatedAt = Clock::current().now();
    keepDraft(draft);
}

void TemplatesPage::keepDraft(const TemplateDraft& draft)
{
    if (!m_session) {
        m_model->upsertDraft(draft);
        return;
    }
    // The owner saves it and announces it (draftChanged puts it in the list).
    if (!m_session->drafts()->save(draft)) {
        showMessage(tr("The draft could not be saved, so it would be lost if Podwarden closed: %1")
                        .arg(m_session->drafts()->errorString()),
                    true);
        m_saveFailed = true;
    } else if (m_saveFailed) {
        m_saveFailed = false; // saving works again: the warning goes
        showMessage({}, false);
    }
    updateButtons();
}

void TemplatesPage::pushCurrent()
{
    const std::optional<TemplateDraft> draft = currentDraft();
    if (!draft || m_pushing)
        return;
    if (!m_session || !m_session->isConnected()) {
        showMessage(tr("You are not connected, so the draft stays on this computer. Connect and push again."), true);
        return;
    }
    QList<ValidationIssue> issues = m_editor->issues();
    // A reference to a secret that does not exist is allowed by the service; it fails at boot. Say
    // which, and let the user push anyway; every other problem must be fixed first.
    QStringList missing;
    issues.erase(std::remove_if(issues.begin(), issues.end(),
                                [&missing](const ValidationIssue& i) {
                                    if (i.code != ValidationIssue::Code::UnknownSecret)
                                        return false;
                                    missing << i.message;
                                    return true;
                                }),
                 issues.end());
    if (!issues.isEmpty()) {
        QStringList lines;
        for (int i = 0; i < std::min<int>(3, int(issues.size())); ++i)
            lines << issues.at(i).message;
        showMessage(tr("The draft was not pushed; fix this first:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')),
                    true);
        m_pushRefused = true;
        return;
    }
    if (!missing.isEmpty() &&
        !Confirm::ask(this, tr("Push with missing secrets?"),
                      tr("These references will fail when a pod or worker boots from this template:\n\n%1\n\nPush "
                         "anyway? You can create the secrets afterwards; the template does not change.")
                          .arg(missing.join(QLatin1Char('\n'))),
                      tr("Push &anyway"))) {
        showMessage(tr("The draft was not pushed. Create the missing secrets, or push anyway."), true);
        m_pushRefused = true;
        return;
    }
    showMessage(tr("Pushing %1…").arg(draft->draft.name), false);
    m_pushing = m_session->drafts()->push(*draft, this);
    if (!m_pushing) {
        showMessage(tr("You are not connected, so the draft stays on this computer. Connect and push again."), true);
        return;
    }
    connect(m_pushing, &TemplatePush::finished, this, &TemplatesPage::pushFinished);
    m_pushing->start();
    updateButtons();
}

void TemplatesPage::pushFinished()
{
    TemplatePush* push = m_pushing;
    if (!push)
        return;
    const TemplateDraft draft = push->draft();
    switch (push->outcome()) {
    case TemplatePush::Outcome::Pushed: {
        // The drafts' owner has saved the draft and put the template in the account already.
        const Template pushed = *push->serverCopy();
        if (!draft.draft.persistentMount && pushed.persistentMount) {
            // The contract's PATCH leaves a volume in place when it is left out: say so rather than
            // let the list claim the service matches the draft.
            showMessage(tr("%1 was pushed, but the service kept its persistent volume: the API cannot remove a "
                           "volume from an existing template.")
                            .arg(pushed.name),
                        true);
        } else {
            showMessage(tr("%1 was pushed to the service.").arg(pushed.name), false);
        }
        push->deleteLater();
        break;
    }
    case TemplatePush::Outcome::Conflict: {
        TemplateConflictDialog dialog(*push->comparison(), draft.draft, *push->serverCopy(), this);
        dialog.exec();
        switch (dialog.resolution()) {
        case TemplateConflictDialog::Resolution::KeepMine:
        case TemplateConflictDialog::Resolution::Merge:
            showMessage(tr("Pushing your choice…"), false);
            push->pushResolved(dialog.result());
            return; // finished comes again
        case TemplateConflictDialog::Resolution::TakeTheirs: {
            TemplateDraft theirs = draft;
            theirs.draft = *push->serverCopy();
            theirs.base = push->serverCopy();
            theirs.state = DraftState::Pushed;
            ++theirs.revision;
            theirs.updatedAt = Clock::current().now();
            keepDraft(theirs);
            m_session->keepTemplate(*push->serverCopy());
            showMessage(tr("The draft now matches the service's copy; your changes were set aside."), false);
            break;
        }
        case TemplateConflictDialog::Resolution::None:
            showMessage(tr("Nothing was pushed: %1 changed on the service. Your draft is kept; push again to "
                           "choose.")
                            .arg(draft.draft.name),
                        true);
            break;
        }
        push->deleteLater();
        break;
    }
    case TemplatePush::Outcome::Failed:
    case TemplatePush::Outcome::Pending:
        showMessage(tr("%1 was not pushed: %2 The draft is kept on this computer.")
                        .arg(draft.draft.name, push->error().message()),
                    true);
        push->deleteLater();
        break;
    }
    m_pushing.clear();
    showRow(currentRow());
}

void TemplatesPage::discardCurrentDraft()
{
    const std::optional<TemplateDraft> draft = currentDraft();
    if (!draft)
        return;
    if (!Confirm::ask(this, tr("Discard draft?"),
                      tr("Discard the draft of %1? The changes made on this computer since it was last pushed are "
                         "lost.")
                          .arg(draft->draft.name),
                      tr("&Discard"), Confirm::Kind::Destructive))
        return;
    if (!m_session->drafts()->discard(draft->id)) {
        showMessage(m_session->drafts()->errorString(), true);
        return;
    }
    showRow(currentRow());
}

void TemplatesPage::deleteCurrentTemplate()
{
    const int row = currentRow();
    if (row < 0 || !m_model->rowAt(row).server || !m_session)
        return;
    const Template t = *m_model->rowAt(row).server;
    if (!Confirm::ask(this, tr("Delete template?"),
                      tr("Delete the template %1 from the service? Pods and endpoints already made from it keep "
                         "running; new ones cannot use it.")
                          .arg(t.name),
                      tr("&Delete"), Confirm::Kind::Destructive))
        return;
    auto* request = m_session->changes()->deleteTemplate(t.id);
    connect(request, &ChangeRequest::finished, this, [this, t](const ChangeOutcome& outcome) {
        if (!outcome.ok) {
            showMessage(outcome.error.httpStatus == 400 ? deleteRefusal(t.name, outcome.error) : outcome.message, true);
            return;
        }
        // The account and the drafts' owner have let the template and its draft go already.
        showMessage(outcome.message, false);
        showRow(currentRow());
    });
}

} // namespace podwarden
