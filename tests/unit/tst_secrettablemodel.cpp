// SecretTableModel under QAbstractItemModelTester: the columns, "used by" worked out from the
// templates' env references, insert, replace and remove, and a search/sort proxy as the secrets
// screen sets it up.
#include "SecretTableModel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTranslator>
#include <QtTest>

using namespace podwarden;

namespace {

const QDateTime kNow(QDate(2026, 11, 23), QTime(12, 0), QTimeZone::utc());

Secret makeSecret(const QString& id, const QString& name, const QString& description, int createdDaysAgo,
                  int updatedDaysAgo)
{
    Secret s;
    s.id = id;
    s.name = name;
    s.description = description;
    s.createdAt = kNow.addDays(-createdDaysAgo);
    s.valueLastUpdatedAt = kNow.addDays(-updatedDaysAgo);
    return s;
}

Template makeTemplate(const QString& name, const EnvList& env)
{
    Template t;
    t.id = "tpl_" + name;
    t.name = name;
    t.image = "ghcr.io/acme/x:1";
    t.env = env;
    return t;
}

QList<Template> sampleTemplates()
{
    return {makeTemplate("vllm-serve", {{"HF_TOKEN", "{{ RUNPOD_SECRET_hf_token }}"},
                                        {"DB", "postgres://app:{{RUNPOD_SECRET_db_password}}@db/app"}}),
            makeTemplate("comfy", {{"HF_TOKEN", "{{ RUNPOD_SECRET_hf_token }}"}}),
            makeTemplate("eval", {{"A", "{{ RUNPOD_SECRET_hf_token }}"}, {"B", "{{ RUNPOD_SECRET_missing }}"}}),
            makeTemplate("plain", {{"MODE", "fast"}})};
}

QStringList namesOf(const QAbstractItemModel& model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, SecretTableModel::Name).data().toString();
    return names;
}

} // namespace

class TestSecretTableModel final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_english.load(QStringLiteral(":/i18n/podwarden_en.qm"))); // the plural forms
        QCoreApplication::installTranslator(&m_english);
    }

    void init()
    {
        m_model = std::make_unique<SecretTableModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setNow(kNow);
        m_model->setAccount({makeSecret("sec_1", "hf_token", "Hugging Face read token\nrotated monthly", 200, 30),
                             makeSecret("sec_2", "db_password", "", 100, 100),
                             makeSecret("sec_3", "openai_key", "Evaluation runs", 10, 1)},
                            sampleTemplates());
        m_proxy = std::make_unique<QSortFilterProxyModel>();
        m_proxy->setSourceModel(m_model.get());
        m_proxy->setSortRole(SecretTableModel::SortRole);
        m_proxy->setFilterRole(SecretTableModel::SearchTextRole);
        m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_proxyTester.reset();
        m_proxy.reset();
        m_tester.reset();
        m_model.reset();
    }

    void columns()
    {
        QCOMPARE(m_model->rowCount(), 3);
        const int hf = m_model->rowOf("sec_1");
        QCOMPARE(m_model->index(hf, SecretTableModel::Name).data().toString(), QString("hf_token"));
        QCOMPARE(m_model->index(hf, SecretTableModel::Name).data(Qt::ToolTipRole).toString(),
                 QString("Referenced in env values as {{ RUNPOD_SECRET_hf_token }}"));
        // One line in the table, all of it in the tooltip.
        QCOMPARE(m_model->index(hf, SecretTableModel::Description).data().toString(),
                 QString("Hugging Face read token"));
        QCOMPARE(m_model->index(hf, SecretTableModel::Description).data(Qt::ToolTipRole).toString(),
                 QString("Hugging Face read token\nrotated monthly"));
        QCOMPARE(m_model->index(hf, SecretTableModel::Created).data().toString(), QString("6 months ago"));
        QCOMPARE(m_model->index(hf, SecretTableModel::ValueUpdated).data().toString(), QString("30 days ago"));
        QCOMPARE(m_model->index(hf, SecretTableModel::ValueUpdated).data(SecretTableModel::SortRole).toDateTime(),
                 kNow.addDays(-30));
        QCOMPARE(m_model->headerData(SecretTableModel::UsedBy, Qt::Horizontal).toString(), QString("Used by"));
        QVERIFY(!(m_model->flags(m_model->index(0, 0)) & Qt::ItemIsEditable));
    }

    void usedByComesFromTheTemplates()
    {
        const QModelIndex hf = m_model->index(m_model->rowOf("sec_1"), SecretTableModel::UsedBy);
        QCOMPARE(hf.data(SecretTableModel::UsedByRole).toStringList(), (QStringList{"comfy", "eval", "vllm-serve"}));
        QCOMPARE(hf.data().toString(), QString("comfy and 2 more"));
        QCOMPARE(hf.data(Qt::ToolTipRole).toString(), QString("comfy\neval\nvllm-serve"));
        QCOMPARE(hf.data(SecretTableModel::SortRole).toInt(), 3);
        // A reference without spaces inside the braces counts too.
        const QModelIndex db = m_model->index(m_model->rowOf("sec_2"), SecretTableModel::UsedBy);
        QCOMPARE(db.data().toString(), QString("vllm-serve"));
        const QModelIndex openai = m_model->index(m_model->rowOf("sec_3"), SecretTableModel::UsedBy);
        QCOMPARE(openai.data().toString(), QString("No template"));
        // A template that references a secret the account lacks names it; nothing here shows it.
        QCOMPARE(m_model->templatesUsing("missing"), QStringList{"eval"});

        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->setTemplates({makeTemplate("solo", {{"K", "{{ RUNPOD_SECRET_openai_key }}"}})});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(openai.data().toString(), QString("solo"));
        QCOMPARE(hf.data().toString(), QString("No template"));
    }

    void insertReplaceRemove()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        m_model->upsertSecret(makeSecret("sec_4", "new_one", "fresh", 0, 0));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(m_model->rowCount(), 4);
        Secret replaced = m_model->secretAt(m_model->rowOf("sec_2"));
        replaced.valueLastUpdatedAt = kNow;
        m_model->upsertSecret(replaced);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(m_model->index(m_model->rowOf("sec_2"), SecretTableModel::ValueUpdated).data().toString(),
                 QString("just now"));
        m_model->removeSecret("sec_1");
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->rowOf("sec_1"), -1);
        QCOMPARE(m_model->secretAt(m_model->rowOf("sec_4")).name, QString("new_one"));
    }

    void searchAndSort()
    {
        m_proxy->sort(SecretTableModel::Name);
        QCOMPARE(namesOf(*m_proxy), (QStringList{"db_password", "hf_token", "openai_key"}));
        m_proxy->setFilterFixedString("ROTATED"); // in a description's second line
        QCOMPARE(namesOf(*m_proxy), QStringList{"hf_token"});
        m_proxy->setFilterFixedString("_");
        QCOMPARE(m_proxy->rowCount(), 3);
        m_proxy->setFilterFixedString("");
        m_proxy->sort(SecretTableModel::ValueUpdated, Qt::DescendingOrder);
        QCOMPARE(namesOf(*m_proxy), (QStringList{"openai_key", "hf_token", "db_password"}));
        m_proxy->sort(SecretTableModel::UsedBy, Qt::DescendingOrder);
        QCOMPARE(namesOf(*m_proxy).constFirst(), QString("hf_token"));
    }

private:
    QTranslator m_english;
    std::unique_ptr<SecretTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QSortFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

QTEST_GUILESS_MAIN(TestSecretTableModel)
#include "tst_secrettablemodel.moc"
