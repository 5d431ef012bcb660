// The three-way comparison behind a push that meets a changed template: what each side changed,
// which changes collide, and the merge field by field and env variable by variable, never
// dropping a change that nobody chose against.
#include "TemplateMerge.h"

#include "TemplateFixtures.h"

#include <QtTest>

using namespace podwarden;

namespace {

Template base()
{
    return test::baseTemplate();
}

const FieldChange* field(const TemplateComparison& c, const QString& name)
{
    for (const FieldChange& f : c.fields()) {
        if (f.field == name)
            return &f;
    }
    return nullptr;
}

const EnvChange* env(const TemplateComparison& c, const QString& key)
{
    for (const EnvChange& e : c.env()) {
        if (e.key == key)
            return &e;
    }
    return nullptr;
}

} // namespace

class TestTemplateMerge final : public QObject
{
    Q_OBJECT
private slots:
    void nothingChangedIsEmpty()
    {
        const TemplateComparison c = TemplateComparison::compare(base(), base(), base());
        QVERIFY(c.isEmpty());
        QVERIFY(!c.hasConflicts());
        QCOMPARE(c.merge(), base());
    }

    void separateChangesMergeWithoutAsking()
    {
        Template mine = base();
        mine.image = "runpod/worker-vllm:1.7.0";
        mine.env.append(EnvVar{"GPU_MEMORY_UTILIZATION", "0.95"});
        Template theirs = base();
        theirs.diskGb = 40;
        theirs.env[2].value = "16384"; // MAX_MODEL_LEN

        const TemplateComparison c = TemplateComparison::compare(base(), mine, theirs);
        QVERIFY(!c.hasConflicts());
        QCOMPARE(c.fields().size(), 2);
        QVERIFY(field(c, "image")->mineChanged() && !field(c, "image")->theirsChanged());
        QVERIFY(field(c, "disk")->theirsChanged() && !field(c, "disk")->mineChanged());
        QCOMPARE(c.env().size(), 2);

        const Template merged = c.merge();
        QCOMPARE(merged.image, QString("runpod/worker-vllm:1.7.0"));
        QCOMPARE(merged.diskGb, qint64(40));
        QCOMPARE(merged.env, EnvList({{"MODEL_NAME", "llama-3-70b"},
                                      {"HF_TOKEN", "{{ RUNPOD_SECRET_hf_token }}"},
                                      {"MAX_MODEL_LEN", "16384"},
                                      {"GPU_MEMORY_UTILIZATION", "0.95"}}));
        QCOMPARE(merged.id, QString("tpl_1"));
    }

    void bothChangedTheSameWayIsNoConflict()
    {
        Template mine = base();
        mine.name = "vLLM worker (prod)";
        const TemplateComparison c = TemplateComparison::compare(base(), mine, mine);
        QVERIFY(!c.hasConflicts());
        QCOMPARE(c.merge().name, QString("vLLM worker (prod)"));
    }

    void conflictsAreResolvedByChoice()
    {
        Template mine = base();
        mine.image = "mine:2";
        mine.persistentMount = PersistentMount{100, "/workspace"};
        mine.env[1].value = "{{ RUNPOD_SECRET_hf_token_v2 }}";
        Template theirs = base();
        theirs.image = "theirs:3";
        theirs.persistentMount.reset();
        theirs.env[1].value = "{{ RUNPOD_SECRET_hf_read }}";
        theirs.env.append(EnvVar{"ONLY_THEIRS", "x"});

        const TemplateComparison c = TemplateComparison::compare(base(), mine, theirs);
        QVERIFY(c.hasConflicts());
        QCOMPARE(c.conflictIds(), QStringList({"field:image", "field:mounts", "env:HF_TOKEN"}));
        QVERIFY(!env(c, "ONLY_THEIRS")->conflict());
        QCOMPARE(TemplateComparison::valueText(field(c, "mounts")->mine), QString("100 GB at /workspace"));
        QCOMPARE(TemplateComparison::valueText(field(c, "mounts")->theirs), QString("(none)"));

        // Unchosen conflicts keep the draft's side.
        Template merged = c.merge();
        QCOMPARE(merged.image, QString("mine:2"));
        QCOMPARE(merged.persistentMount, std::optional<PersistentMount>(PersistentMount{100, "/workspace"}));

        // Field by field, variable by variable.
        merged = c.merge({{"field:image", MergeSide::Theirs},
                          {"field:mounts", MergeSide::Mine},
                          {"env:HF_TOKEN", MergeSide::Theirs}});
        QCOMPARE(merged.image, QString("theirs:3"));
        QCOMPARE(merged.persistentMount->sizeGb, qint64(100));
        QCOMPARE(merged.env, EnvList({{"MODEL_NAME", "llama-3-70b"},
                                      {"HF_TOKEN", "{{ RUNPOD_SECRET_hf_read }}"},
                                      {"MAX_MODEL_LEN", "8192"},
                                      {"ONLY_THEIRS", "x"}}));
    }

    void deletionsAgainstEdits()
    {
        Template mine = base();
        mine.env.removeAt(2); // MAX_MODEL_LEN deleted here
        mine.env.removeAt(0); // MODEL_NAME deleted here...
        Template theirs = base();
        theirs.env[0].value = "llama-3.1-70b"; // ...and edited there: a conflict
        const TemplateComparison c = TemplateComparison::compare(base(), mine, theirs);
        QCOMPARE(c.conflictIds(), QStringList({"env:MODEL_NAME"}));
        QVERIFY(!env(c, "MAX_MODEL_LEN")->conflict()); // only deleted here: it goes

        Template merged = c.merge();
        QCOMPARE(merged.env, EnvList({{"HF_TOKEN", "{{ RUNPOD_SECRET_hf_token }}"}}));
        merged = c.merge({{"env:MODEL_NAME", MergeSide::Theirs}});
        QCOMPARE(merged.env, EnvList({{"HF_TOKEN", "{{ RUNPOD_SECRET_hf_token }}"}, {"MODEL_NAME", "llama-3.1-70b"}}));

        // A choice can also undo one side's change where nothing collided: keep the base's
        // MAX_MODEL_LEN (the service's side, which did not delete it).
        merged = c.merge({{"env:MAX_MODEL_LEN", MergeSide::Theirs}});
        QCOMPARE(merged.env, EnvList({{"HF_TOKEN", "{{ RUNPOD_SECRET_hf_token }}"}, {"MAX_MODEL_LEN", "8192"}}));
    }

    void labelsAndValues()
    {
        QCOMPARE(TemplateComparison::fieldLabel("image"), QString("Container image"));
        QCOMPARE(TemplateComparison::valueText(QJsonValue(true)), QString("Yes"));
        QCOMPARE(TemplateComparison::valueText(QJsonValue(20)), QString("20"));
        QCOMPARE(TemplateComparison::valueText(QJsonArray{"12.4", "12.6"}), QString("12.4, 12.6"));
    }
};

QTEST_GUILESS_MAIN(TestTemplateMerge)
#include "tst_templatemerge.moc"
