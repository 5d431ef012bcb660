// The dialog a push shows when the template changed on the service after the draft began, driven
// through its widgets by objectName: the rows, the conflict marks, the default choices, and what
// each button resolves to. With PODWARDEN_SCREENSHOT_DIR set, saves template-conflict.png
// (template-conflict-dark.png with PODWARDEN_SCREENSHOT_PALETTE=dark).
#include "TemplateMerge.h"
#include "Theme.h"
#include "templates/TemplateConflictDialog.h"

#include "TemplateFixtures.h"
#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QTableWidget>
#include <QTranslator>

#include <QtTest>

using namespace podwarden;

namespace {

Template base()
{
    return test::baseTemplate();
}

// Conflicts: image, persistent volume, env HF_TOKEN. Only the draft adds GPU_MEMORY_UTILIZATION;
// only the service grows the disk.
Template mine()
{
    Template t = base();
    t.image = "registry.example.com/ml-platform/inference/worker-vllm:1.7.0-cuda12.4-ubuntu22.04";
    t.persistentMount = PersistentMount{100, "/workspace"};
    t.env[1].value = "{{ RUNPOD_SECRET_hf_token_v2 }}";
    t.env.append(EnvVar{"GPU_MEMORY_UTILIZATION", "0.95"});
    return t;
}

Template theirs()
{
    Template t = base();
    t.image = "runpod/worker-vllm:1.6.2";
    t.persistentMount.reset();
    t.env[1].value = "{{ RUNPOD_SECRET_hf_read }}";
    t.diskGb = 40;
    return t;
}

QAbstractButton* button(QWidget* dialog, const char* name)
{
    auto* found = dialog->findChild<QAbstractButton*>(QString::fromLatin1(name));
    if (!found)
        qWarning("no button %s", name);
    return found;
}

int rowOf(QTableWidget* table, const QString& id)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, TemplateConflictDialog::WhatColumn)->data(TemplateConflictDialog::RowIdRole) == id)
            return row;
    }
    return -1;
}

} // namespace

class TestConflictDialog final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_english.load(":/i18n/podwarden_en.qm"));
        QCoreApplication::installTranslator(&m_english);
        if (!qEnvironmentVariableIsEmpty("PODWARDEN_SCREENSHOT_DIR")) {
            Theme::apply(qEnvironmentVariable("PODWARDEN_SCREENSHOT_PALETTE") == "dark" ? Theme::Scheme::Dark
                                                                                        : Theme::Scheme::Light);
        }
        m_comparison = TemplateComparison::compare(base(), mine(), theirs());
        QCOMPARE(m_comparison.conflictIds(), QStringList({"field:image", "field:mounts", "env:HF_TOKEN"}));
    }

    void oneRowPerChangeWithConflictsMarked()
    {
        TemplateConflictDialog dialog(m_comparison, mine(), theirs());
        QCOMPARE(dialog.windowTitle(), QString("Template changed on the service"));
        auto* table = dialog.findChild<QTableWidget*>("conflictTable");
        QVERIFY(table);
        QCOMPARE(table->rowCount(), int(m_comparison.fields().size() + m_comparison.env().size()));
        QCOMPARE(table->rowCount(), 5);
        QCOMPARE(table->columnCount(), int(TemplateConflictDialog::ColumnCount));
        QCOMPARE(table->horizontalHeaderItem(TemplateConflictDialog::MineColumn)->text(), QString("Your draft"));

        const QStringList conflicts = m_comparison.conflictIds();
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString id = table->item(row, 0)->data(TemplateConflictDialog::RowIdRole).toString();
            const bool conflict = conflicts.contains(id);
            for (int column = 0; column < TemplateConflictDialog::KeepColumn; ++column)
                QCOMPARE(table->item(row, column)->data(TemplateConflictDialog::ConflictRole).toBool(), conflict);
            QCOMPARE(table->item(row, 0)->icon().isNull(), !conflict);
            QVERIFY(dialog.findChild<QComboBox*>("keep:" + id));
        }

        // Labels: fields by their label, env variables by key.
        const int image = rowOf(table, "field:image");
        QCOMPARE(table->item(image, 0)->text(), QString("Container image"));
        QCOMPARE(table->item(image, TemplateConflictDialog::BaseColumn)->text(), QString("runpod/worker-vllm:1.6.0"));
        QVERIFY(table->item(image, TemplateConflictDialog::MineColumn)->toolTip().contains(mine().image));
        const int token = rowOf(table, "env:HF_TOKEN");
        QCOMPARE(table->item(token, 0)->text(), QString("env HF_TOKEN"));
        QCOMPARE(table->item(token, 0)->data(TemplateConflictDialog::EnvKeyRole).toString(), QString("HF_TOKEN"));
        QCOMPARE(table->item(token, TemplateConflictDialog::TheirsColumn)->text(),
                 QString("{{ RUNPOD_SECRET_hf_read }}"));

        // Which side changed a row nobody disputes; absent values as placeholders.
        const int gpu = rowOf(table, "env:GPU_MEMORY_UTILIZATION");
        QVERIFY(gpu >= 0);
        QCOMPARE(table->item(gpu, TemplateConflictDialog::BaseColumn)->text(), QString("(not set)"));
        QVERIFY(table->item(gpu, TemplateConflictDialog::BaseColumn)
                    ->data(TemplateConflictDialog::PlaceholderRole)
                    .toBool());
        QCOMPARE(table->item(gpu, TemplateConflictDialog::MineColumn)->text(), QString("0.95"));
        QVERIFY(
            table->item(gpu, TemplateConflictDialog::MineColumn)->data(TemplateConflictDialog::ChangedRole).toBool());
        QVERIFY(!table->item(gpu, TemplateConflictDialog::TheirsColumn)
                     ->data(TemplateConflictDialog::ChangedRole)
                     .toBool());
        const int disk = rowOf(table, "field:disk");
        QVERIFY(
            !table->item(disk, TemplateConflictDialog::MineColumn)->data(TemplateConflictDialog::ChangedRole).toBool());
        QVERIFY(table->item(disk, TemplateConflictDialog::TheirsColumn)
                    ->data(TemplateConflictDialog::ChangedRole)
                    .toBool());
        const int mounts = rowOf(table, "field:mounts");
        QCOMPARE(table->item(mounts, TemplateConflictDialog::TheirsColumn)->text(), QString("(none)"));
        QCOMPARE(table->item(mounts, TemplateConflictDialog::MineColumn)->text(), QString("100 GB at /workspace"));

        auto* explanation = dialog.findChild<QLabel*>("conflictExplanation");
        QVERIFY(explanation);
        QVERIFY(explanation->text().contains("“vLLM worker” was changed on the service"));
    }

    void defaultsKeepTheSideThatChanged()
    {
        TemplateConflictDialog dialog(m_comparison, mine(), theirs());
        const QHash<QString, MergeSide> expected = {{"field:image", MergeSide::Mine},
                                                    {"field:disk", MergeSide::Theirs},
                                                    {"field:mounts", MergeSide::Mine},
                                                    {"env:HF_TOKEN", MergeSide::Mine},
                                                    {"env:GPU_MEMORY_UTILIZATION", MergeSide::Mine}};
        QCOMPARE(dialog.choices(), expected);
        QCOMPARE(dialog.findChild<QComboBox*>("keep:field:image")->currentText(), QString("Yours"));
        QCOMPARE(dialog.findChild<QComboBox*>("keep:field:disk")->currentText(), QString("Service's"));
        QCOMPARE(dialog.resolution(), TemplateConflictDialog::Resolution::None);
        // The defaults are what the merge does by itself.
        QCOMPARE(m_comparison.merge(dialog.choices()), m_comparison.merge());
    }

    void summaryCountsConflictsAndOtherChanges()
    {
        TemplateConflictDialog dialog(m_comparison, mine(), theirs());
        auto* summary = dialog.findChild<QLabel*>("conflictSummary");
        QVERIFY(summary);
        QCOMPARE(summary->text(), QString("3 conflicts, 2 other changes"));

        // Without conflicts it says so.
        Template quiet = base();
        quiet.diskGb = 30;
        TemplateConflictDialog noConflict(TemplateComparison::compare(base(), quiet, base()), quiet, base());
        const QString text = noConflict.findChild<QLabel*>("conflictSummary")->text();
        QCOMPARE(text, QString("No conflicts, 1 change"));
    }

    void pushMergedTakesTheChoices()
    {
        TemplateConflictDialog dialog(m_comparison, mine(), theirs());
        dialog.choose("field:image", MergeSide::Theirs);
        dialog.choose("env:HF_TOKEN", MergeSide::Theirs);
        dialog.choose("field:nope", MergeSide::Theirs); // ignored
        QCOMPARE(dialog.findChild<QComboBox*>("keep:field:image")->currentText(), QString("Service's"));
        // The combo box is the user's way to the same thing.
        dialog.findChild<QComboBox*>("keep:field:disk")->setCurrentIndex(0);
        QCOMPARE(dialog.choices().value("field:disk"), MergeSide::Mine);
        QVERIFY(!dialog.choices().contains("field:nope"));

        dialog.show();
        button(&dialog, "pushMerged")->click();
        QCOMPARE(dialog.resolution(), TemplateConflictDialog::Resolution::Merge);
        QCOMPARE(dialog.QDialog::result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());

        const Template merged = dialog.result();
        QCOMPARE(merged, m_comparison.merge(dialog.choices()));
        QCOMPARE(merged, m_comparison.merge({{"field:image", MergeSide::Theirs},
                                             {"field:disk", MergeSide::Mine},
                                             {"env:HF_TOKEN", MergeSide::Theirs}}));
        QCOMPARE(merged.id, QString("tpl_1"));
        QCOMPARE(merged.image, QString("runpod/worker-vllm:1.6.2"));
        QCOMPARE(merged.diskGb, qint64(20));
        QCOMPARE(merged.persistentMount, std::optional<PersistentMount>(PersistentMount{100, "/workspace"}));
        QCOMPARE(merged.env, EnvList({{"MODEL_NAME", "llama-3-70b"},
                                      {"HF_TOKEN", "{{ RUNPOD_SECRET_hf_read }}"},
                                      {"MAX_MODEL_LEN", "8192"},
                                      {"GPU_MEMORY_UTILIZATION", "0.95"}}));
    }

    void enterPushesTheMerge()
    {
        TemplateConflictDialog dialog(m_comparison, mine(), theirs());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(button(&dialog, "pushMerged")->property("default").toBool());
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(dialog.resolution(), TemplateConflictDialog::Resolution::Merge);
        QCOMPARE(dialog.result(), m_comparison.merge());
    }

    void keepMineIsTheDraft()
    {
        Template draft = mine();
        draft.id.clear(); // a draft's copy may not carry the id; the push goes to the service's
        TemplateConflictDialog dialog(TemplateComparison::compare(base(), draft, theirs()), draft, theirs());
        QVERIFY(button(&dialog, "keepMine")->toolTip().contains("overwrites"));
        dialog.choose("field:image", MergeSide::Theirs); // the whole draft wins all the same
        dialog.show();
        button(&dialog, "keepMine")->click();
        QCOMPARE(dialog.resolution(), TemplateConflictDialog::Resolution::KeepMine);
        QCOMPARE(dialog.QDialog::result(), int(QDialog::Accepted));
        Template expected = mine();
        expected.id = "tpl_1";
        QCOMPARE(dialog.result(), expected);
    }

    void takeTheirsIsTheService()
    {
        TemplateConflictDialog dialog(m_comparison, mine(), theirs());
        QVERIFY(button(&dialog, "takeTheirs")->toolTip().contains("discards"));
        dialog.show();
        button(&dialog, "takeTheirs")->click();
        QCOMPARE(dialog.resolution(), TemplateConflictDialog::Resolution::TakeTheirs);
        QCOMPARE(dialog.QDialog::result(), int(QDialog::Accepted));
        QCOMPARE(dialog.result(), theirs());
    }

    void cancelResolvesNothing()
    {
        TemplateConflictDialog dialog(m_comparison, mine(), theirs());
        dialog.show();
        button(&dialog, "cancelConflict")->click();
        QCOMPARE(dialog.resolution(), TemplateConflictDialog::Resolution::None);
        QCOMPARE(dialog.QDialog::result(), int(QDialog::Rejected));
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), mine()); // nothing chosen: the draft, untouched
    }

    void screenshot()
    {
        const QString dir = qEnvironmentVariable("PODWARDEN_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("PODWARDEN_SCREENSHOT_DIR is not set");
        QVERIFY(QDir().mkpath(dir));
        TemplateConflictDialog dialog(m_comparison, mine(), theirs());
        dialog.choose("env:HF_TOKEN", MergeSide::Theirs);
        // The dialog keeps within 90 % of the screen, and the offscreen screen is 800x600: show it
        // at the size it takes on a usual desktop.
        dialog.resize(dialog.size().expandedTo(QSize(900, 460)));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCoreApplication::processEvents();
        QTest::qWait(50); // views lay out their scroll bars late
        const bool dark = qEnvironmentVariable("PODWARDEN_SCREENSHOT_PALETTE") == "dark";
        QVERIFY(dialog.grab().save(dir + (dark ? "/template-conflict-dark.png" : "/template-conflict.png")));
    }

private:
    QTranslator m_english;
    TemplateComparison m_comparison;
};

QTEST_MAIN(TestConflictDialog)
#include "tst_conflictdialog.moc"
