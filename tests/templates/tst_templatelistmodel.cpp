// The templates list: the service's templates with the drafts laid over them, under
// QAbstractItemModelTester: a draft of an existing template shares its line, a new draft gets its
// own, and the state column follows every change (new, changed, pushed, conflict, deleted on the
// service).
#include "TemplateListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace podwarden;

namespace {
Template make(const QString& id, const QString& name)
{
    Template t;
    t.id = id;
    t.name = name;
    t.image = "img:" + name;
    t.diskGb = 20;
    return t;
}
} // namespace

class TestTemplateListModel final : public QObject
{
    Q_OBJECT
private slots:
    void draftsLayOverTheServicesTemplates()
    {
        TemplateListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        TemplateDraft edited = TemplateDraft::fromTemplate("p", make("tpl_b", "B"));
        edited.draft.image = "img:B2";
        edited.state = DraftState::Modified;
        TemplateDraft fresh = TemplateDraft::makeNew("p");
        fresh.draft.name = "Fresh";
        model.setContent({make("tpl_a", "A"), make("tpl_b", "B")}, {edited, fresh});

        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.stateOf(0), TemplateListModel::RowState::OnService);
        QCOMPARE(model.stateOf(1), TemplateListModel::RowState::Changed);
        QCOMPARE(model.stateOf(2), TemplateListModel::RowState::NewDraft);
        QCOMPARE(model.index(1, TemplateListModel::Image).data().toString(), QString("img:B2")); // the draft shows
        QCOMPARE(model.index(1, TemplateListModel::State).data().toString(), QString("Changed, not pushed"));
        QCOMPARE(model.index(2, TemplateListModel::Name).data().toString(), QString("Fresh"));
        QVERIFY(model.index(2, TemplateListModel::Name).data(Qt::FontRole).value<QFont>().italic());
        QCOMPARE(model.rowOfTemplate("tpl_b"), 1);
        QCOMPARE(model.rowOfDraft(fresh.id), 2);
    }

    void changesFollow()
    {
        TemplateListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setContent({make("tpl_a", "A")}, {});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // Editing a service template: its line gets the draft, no new line.
        TemplateDraft draft = TemplateDraft::fromTemplate("p", make("tpl_a", "A"));
        draft.state = DraftState::Modified;
        model.upsertDraft(draft);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.stateOf(0), TemplateListModel::RowState::Changed);

        draft.state = DraftState::Conflict;
        model.upsertDraft(draft);
        QCOMPARE(model.stateOf(0), TemplateListModel::RowState::Conflict);
        draft.state = DraftState::Pushed;
        model.upsertDraft(draft);
        QCOMPARE(model.stateOf(0), TemplateListModel::RowState::Pushed);

        // Deleted on the service while a draft exists: the line stays, marked.
        draft.state = DraftState::Modified;
        model.upsertDraft(draft);
        model.removeServer("tpl_a");
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.stateOf(0), TemplateListModel::RowState::DeletedOnService);
        // Discarding that draft removes the line.
        model.removeDraft(draft.id);
        QCOMPARE(model.rowCount(), 0);

        // A new draft, then pushed: the service's copy joins the same line.
        TemplateDraft fresh = TemplateDraft::makeNew("p");
        model.upsertDraft(fresh);
        QCOMPARE(model.rowCount(), 1);
        fresh.draft.id = "tpl_new";
        fresh.state = DraftState::Pushed;
        model.upsertDraft(fresh);
        model.upsertServer(make("tpl_new", "New"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.stateOf(0), TemplateListModel::RowState::Pushed);

        // A refresh keeps the drafts.
        model.setServerTemplates({make("tpl_new", "New"), make("tpl_c", "C")});
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.rowAt(model.rowOfTemplate("tpl_new")).draft.has_value());
    }
};

QTEST_MAIN(TestTemplateListModel)
#include "tst_templatelistmodel.moc"
