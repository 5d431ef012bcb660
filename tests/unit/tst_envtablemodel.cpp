// EnvTableModel under QAbstractItemModelTester: load and edit both columns, add, remove and move
// rows, a pasted block of KEY=value lines, every problem a row can have (bad key, duplicate,
// unknown secret, too many variables), the reference spans for highlighting, and when envChanged
// fires.
#include "EnvTableModel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace podwarden;

namespace {

using Code = ValidationIssue::Code;

const EnvList kSample = {{"HF_TOKEN", "{{ RUNPOD_SECRET_hf_token }}"}, {"MODE", "fast"}, {"PORT", "8000"}};

QStringList keysOf(const EnvTableModel& model)
{
    QStringList keys;
    for (int row = 0; row < model.rowCount(); ++row)
        keys << model.index(row, EnvTableModel::Key).data().toString();
    return keys;
}

QVariantList codes(std::initializer_list<Code> list)
{
    QVariantList out;
    for (Code c : list)
        out << int(c);
    return out;
}

QVariantList codesAt(const EnvTableModel& model, int row, int column = EnvTableModel::Key)
{
    return model.index(row, column).data(EnvTableModel::ProblemCodesRole).toList();
}

} // namespace

class TestEnvTableModel final : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_model = std::make_unique<EnvTableModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::Fatal);
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void setAndGet()
    {
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->columnCount(), 2);
        QVERIFY(!m_model->hasErrors());
        m_model->setEnv(kSample);
        QCOMPARE(m_model->env(), kSample);
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->index(0, EnvTableModel::Key).data().toString(), QString("HF_TOKEN"));
        QCOMPARE(m_model->index(0, EnvTableModel::Value).data().toString(), QString("{{ RUNPOD_SECRET_hf_token }}"));
        QCOMPARE(m_model->index(2, EnvTableModel::Value).data(Qt::EditRole).toString(), QString("8000"));
        QCOMPARE(m_model->headerData(EnvTableModel::Key, Qt::Horizontal).toString(), QString("Key"));
        QCOMPARE(m_model->headerData(EnvTableModel::Value, Qt::Horizontal).toString(), QString("Value"));
        QCOMPARE(m_model->flags(m_model->index(1, EnvTableModel::Value)),
                 Qt::ItemIsEditable | Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren);
        QVERIFY(!m_model->hasErrors());
        QVERIFY(m_model->issues().isEmpty());
        QVERIFY(!m_model->index(0, EnvTableModel::Key).data(Qt::ToolTipRole).isValid());
        QCOMPARE(m_model->index(0, EnvTableModel::Key).data(EnvTableModel::ProblemRole).toStringList(), QStringList());
    }

    void editBothColumns()
    {
        m_model->setEnv(kSample);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(m_model->setData(m_model->index(1, EnvTableModel::Key), "RUN_MODE"));
        QVERIFY(m_model->setData(m_model->index(1, EnvTableModel::Value), "slow = safe"));
        QCOMPARE(m_model->env().at(1), (EnvVar{"RUN_MODE", "slow = safe"}));
        QCOMPARE(m_model->index(1, EnvTableModel::Key).data().toString(), QString("RUN_MODE"));
        QVERIFY(changed.count() >= 2);
        // The edited cell itself is announced.
        bool cellAnnounced = false;
        for (const QList<QVariant>& args : std::as_const(changed)) {
            const auto topLeft = args.at(0).value<QModelIndex>();
            const auto bottomRight = args.at(1).value<QModelIndex>();
            if (topLeft.row() <= 1 && bottomRight.row() >= 1 && topLeft.column() <= EnvTableModel::Value &&
                bottomRight.column() >= EnvTableModel::Value)
                cellAnnounced = true;
        }
        QVERIFY(cellAnnounced);
        // Only the edit role, only valid cells.
        QVERIFY(!m_model->setData(m_model->index(1, EnvTableModel::Key), "X", Qt::DisplayRole));
        QVERIFY(!m_model->setData(QModelIndex(), "X"));
        QCOMPARE(m_model->env().at(1).key, QString("RUN_MODE"));
    }

    void addRemoveRows()
    {
        m_model->setEnv(kSample);
        QCOMPARE(m_model->addRow(), 3);
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(m_model->env().at(3), EnvVar{});
        QCOMPARE(m_model->addRow(1), 1);
        QCOMPARE(keysOf(*m_model), (QStringList{"HF_TOKEN", "", "MODE", "PORT", ""}));
        QCOMPARE(m_model->addRow(99), 5);
        QCOMPARE(m_model->rowCount(), 6);
        // Empty keys are problems.
        QCOMPARE(codesAt(*m_model, 1), codes({Code::Empty}));
        QVERIFY(m_model->hasErrors());

        QVERIFY(m_model->removeRows(3, 3));
        QCOMPARE(keysOf(*m_model), (QStringList{"HF_TOKEN", "", "MODE"}));
        QVERIFY(m_model->removeRow(1));
        QCOMPARE(keysOf(*m_model), (QStringList{"HF_TOKEN", "MODE"}));
        QVERIFY(!m_model->hasErrors());
        QVERIFY(!m_model->removeRows(1, 2));
        QVERIFY(!m_model->removeRows(-1, 1));
        QCOMPARE(m_model->rowCount(), 2);
        QVERIFY(m_model->removeRows(0, 2));
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(m_model->env().isEmpty());
    }

    void moveRows()
    {
        m_model->setEnv({{"A", "1"}, {"B", "2"}, {"C", "3"}, {"D", "4"}});
        QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);

        // Down: A to the end.
        QVERIFY(m_model->moveRowTo(0, 3));
        QCOMPARE(keysOf(*m_model), (QStringList{"B", "C", "D", "A"}));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(moved.at(0).at(1).toInt(), 0); // start
        QCOMPARE(moved.at(0).at(2).toInt(), 0); // end
        QCOMPARE(moved.at(0).at(4).toInt(), 4); // the row it went before, counted before the move
        QCOMPARE(m_model->index(3, EnvTableModel::Value).data().toString(), QString("1"));

        // Up: D to the top.
        QVERIFY(m_model->moveRowTo(2, 0));
        QCOMPARE(keysOf(*m_model), (QStringList{"D", "B", "C", "A"}));
        QCOMPARE(moved.count(), 2);
        QCOMPARE(moved.at(1).at(1).toInt(), 2);
        QCOMPARE(moved.at(1).at(4).toInt(), 0);

        // One step down, one step up.
        QVERIFY(m_model->moveRowTo(1, 2));
        QCOMPARE(keysOf(*m_model), (QStringList{"D", "C", "B", "A"}));
        QVERIFY(m_model->moveRowTo(3, 2));
        QCOMPARE(keysOf(*m_model), (QStringList{"D", "C", "A", "B"}));
        QCOMPARE(moved.count(), 4);

        // A block of two through the override: C, A before D.
        QVERIFY(m_model->moveRows({}, 1, 2, {}, 0));
        QCOMPARE(keysOf(*m_model), (QStringList{"C", "A", "D", "B"}));
        QCOMPARE(m_model->env(), (EnvList{{"C", "3"}, {"A", "1"}, {"D", "4"}, {"B", "2"}}));
        // ...and the first two to the end.
        QVERIFY(m_model->moveRows({}, 0, 2, {}, 4));
        QCOMPARE(keysOf(*m_model), (QStringList{"D", "B", "C", "A"}));
        QCOMPARE(moved.count(), 6);

        // Refused: out of range, into itself, no move at all.
        QVERIFY(!m_model->moveRowTo(0, 4));
        QVERIFY(!m_model->moveRowTo(-1, 0));
        QVERIFY(!m_model->moveRows({}, 1, 2, {}, 2));
        QVERIFY(!m_model->moveRows({}, 1, 1, {}, 2));
        QVERIFY(!m_model->moveRows({}, 3, 2, {}, 0));
        QVERIFY(m_model->moveRowTo(2, 2)); // already there: nothing to do
        QCOMPARE(moved.count(), 6);
        QCOMPARE(keysOf(*m_model), (QStringList{"D", "B", "C", "A"}));
    }

    void pasteLines()
    {
        m_model->setEnv({{"FIRST", "1"}, {"LAST", "2"}});
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        const QString block = "# exported from .env\r\n"
                              "\r\n"
                              "export HF_HOME=/workspace/hf\r\n"
                              "  DSN = postgres://u:p@h/db?sslmode=require&x=1\r\n"
                              "   \n"
                              "  # indented comment\n"
                              "JUST_A_KEY\n"
                              "EMPTY=\n"
                              "exporter=yes\n"
                              "SPACED=  keep me  \n"
                              "=no key";
        QCOMPARE(m_model->pasteLines(block, 1), 7);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 1);
        QCOMPARE(inserted.at(0).at(2).toInt(), 7);
        const EnvList expected = {{"FIRST", "1"},
                                  {"HF_HOME", "/workspace/hf"},
                                  {"DSN", " postgres://u:p@h/db?sslmode=require&x=1"},
                                  {"JUST_A_KEY", ""},
                                  {"EMPTY", ""},
                                  {"exporter", "yes"},
                                  {"SPACED", "  keep me  "},
                                  {"", "no key"},
                                  {"LAST", "2"}};
        QCOMPARE(m_model->env(), expected);
        QCOMPARE(codesAt(*m_model, 7), codes({Code::Empty}));

        // Appended when out of range; nothing to add, nothing happens.
        QCOMPARE(m_model->pasteLines("Z=26", -1), 1);
        QCOMPARE(m_model->env().constLast(), (EnvVar{"Z", "26"}));
        QCOMPARE(m_model->pasteLines("# only a comment\n\n", 0), 0);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(m_model->rowCount(), 10);
    }

    void duplicatesFlaggedOnBothRows()
    {
        m_model->setEnv({{"MODE", "a"}, {"PORT", "1"}, {"MODE", "b"}});
        const QString message = QString::fromUtf8("“MODE” is set more than once; keep one.");
        QCOMPARE(codesAt(*m_model, 0), codes({Code::Duplicate}));
        QCOMPARE(codesAt(*m_model, 1), QVariantList());
        QCOMPARE(codesAt(*m_model, 2), codes({Code::Duplicate}));
        QCOMPARE(codesAt(*m_model, 2, EnvTableModel::Value), codes({Code::Duplicate}));
        QCOMPARE(m_model->index(0, EnvTableModel::Key).data(Qt::ToolTipRole).toString(), message);
        QCOMPARE(m_model->index(2, EnvTableModel::Value).data(EnvTableModel::ProblemRole).toStringList(),
                 QStringList{message});
        QVERIFY(m_model->hasErrors());
        // issues() is the rules' list: the repeat only.
        QCOMPARE(m_model->issues().size(), 1);
        QCOMPARE(m_model->issues().at(0).row, 2);
        QCOMPARE(m_model->issues().at(0).code, Code::Duplicate);
        QCOMPARE(m_model->issuesAt(0).size(), 1);

        // Renaming one clears both; the list keeps its order and both values meanwhile.
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(m_model->setData(m_model->index(2, EnvTableModel::Key), "MODE_B"));
        QCOMPARE(codesAt(*m_model, 0), QVariantList());
        QCOMPARE(codesAt(*m_model, 2), QVariantList());
        QVERIFY(!m_model->hasErrors());
        // Row 0's problems changed though row 0 was not edited: it was announced.
        bool row0Announced = false;
        for (const QList<QVariant>& args : std::as_const(changed)) {
            if (args.at(0).value<QModelIndex>().row() == 0 &&
                args.at(2).value<QList<int>>().contains(EnvTableModel::ProblemRole))
                row0Announced = true;
        }
        QVERIFY(row0Announced);
    }

    void invalidKeyFlagged()
    {
        m_model->setEnv({{"GOOD", "1"}, {"9LIVES", "2"}, {"HAS-DASH", "3"}, {"", "4"}});
        QCOMPARE(codesAt(*m_model, 0), QVariantList());
        QCOMPARE(codesAt(*m_model, 1), codes({Code::InvalidStart}));
        QCOMPARE(codesAt(*m_model, 2), codes({Code::InvalidCharacter}));
        QCOMPARE(codesAt(*m_model, 3), codes({Code::Empty}));
        QCOMPARE(m_model->index(1, EnvTableModel::Key).data(Qt::ToolTipRole).toString(),
                 QString("A variable name must start with a letter or an underscore."));
        QCOMPARE(m_model->index(2, EnvTableModel::Key).data(Qt::ToolTipRole).toString(),
                 QString::fromUtf8("“-” is not allowed in a variable name. Use letters, digits and underscores."));
        QCOMPARE(m_model->issues().size(), 3);
        QVERIFY(m_model->hasErrors());
    }

    void unknownSecretFlaggedOnlyWhenSecretsAreKnown()
    {
        m_model->setEnv({{"HF_TOKEN", "{{ RUNPOD_SECRET_hf_token }}"}, {"DB", "{{RUNPOD_SECRET_gone}}"}});
        // Unknown: nothing is flagged and every reference counts as known.
        QVERIFY(!m_model->hasErrors());
        QCOMPARE(codesAt(*m_model, 1, EnvTableModel::Value), QVariantList());
        QCOMPARE(m_model->index(1, EnvTableModel::Value)
                     .data(EnvTableModel::ReferencesRole)
                     .toList()
                     .at(0)
                     .toMap()
                     .value("known")
                     .toBool(),
                 true);

        QSignalSpy envChanged(m_model.get(), &EnvTableModel::envChanged);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy issuesChanged(m_model.get(), &EnvTableModel::issuesChanged);
        m_model->setKnownSecrets(QSet<QString>{"hf_token", "other"});
        QCOMPARE(envChanged.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(issuesChanged.count(), 1);
        QCOMPARE(codesAt(*m_model, 0, EnvTableModel::Value), QVariantList()); // known
        QCOMPARE(codesAt(*m_model, 1, EnvTableModel::Value), codes({Code::UnknownSecret}));
        QCOMPARE(m_model->index(1, EnvTableModel::Value).data(Qt::ToolTipRole).toString(),
                 QString::fromUtf8("There is no secret named “gone”; pods booted from this template would fail."));
        QCOMPARE(m_model->index(1, EnvTableModel::Value)
                     .data(EnvTableModel::ReferencesRole)
                     .toList()
                     .at(0)
                     .toMap()
                     .value("known")
                     .toBool(),
                 false);
        QCOMPARE(m_model->issues().size(), 1);
        QCOMPARE(m_model->issues().at(0).row, 1);

        // Creating the secret elsewhere clears it; unknown again clears it too.
        m_model->setKnownSecrets(QSet<QString>{"hf_token", "gone"});
        QVERIFY(!m_model->hasErrors());
        m_model->setKnownSecrets(QSet<QString>{});
        QCOMPARE(m_model->issues().size(), 2);
        m_model->setKnownSecrets(std::nullopt);
        QVERIFY(!m_model->hasErrors());
        QCOMPARE(envChanged.count(), 0);
    }

    void tooManyVariables()
    {
        EnvList env;
        for (int i = 0; i < 50; ++i)
            env.append(EnvVar{QString("VAR_%1").arg(i), QString::number(i)});
        m_model->setEnv(env);
        QVERIFY(!m_model->hasErrors());
        QCOMPARE(m_model->addRow(), 50);
        QVERIFY(m_model->setData(m_model->index(50, EnvTableModel::Key), "VAR_50"));
        QCOMPARE(m_model->rowCount(), 51);
        QVERIFY(m_model->hasErrors());
        QCOMPARE(m_model->issues().size(), 1);
        QCOMPARE(m_model->issues().at(0).code, Code::TooMany);
        QCOMPARE(m_model->issues().at(0).row, -1);
        QCOMPARE(m_model->issues().at(0).message,
                 QString("A template can have at most 50 environment variables; this one has 51."));
        // No row carries it.
        for (int row = 0; row < m_model->rowCount(); ++row)
            QCOMPARE(codesAt(*m_model, row), QVariantList());
        QVERIFY(m_model->removeRow(0));
        QVERIFY(!m_model->hasErrors());
    }

    void referenceSpans()
    {
        const QString value = "postgres://{{ RUNPOD_SECRET_db_user }}:{{RUNPOD_SECRET_db_pass}}@db/app";
        m_model->setEnv({{"DSN", value}});
        m_model->setKnownSecrets(QSet<QString>{"db_user"});
        const QVariantList refs = m_model->index(0, EnvTableModel::Value).data(EnvTableModel::ReferencesRole).toList();
        QCOMPARE(refs.size(), 2);
        const QVariantMap first = refs.at(0).toMap();
        QCOMPARE(first.value("name").toString(), QString("db_user"));
        QCOMPARE(first.value("start").toInt(), 11);
        QCOMPARE(first.value("length").toInt(), 27);
        QCOMPARE(first.value("nameStart").toInt(), 28);
        QCOMPARE(first.value("known").toBool(), true);
        QCOMPARE(value.mid(first.value("start").toInt(), first.value("length").toInt()),
                 QString("{{ RUNPOD_SECRET_db_user }}"));
        const QVariantMap second = refs.at(1).toMap();
        QCOMPARE(second.value("name").toString(), QString("db_pass"));
        QCOMPARE(second.value("start").toInt(), 39);
        QCOMPARE(second.value("length").toInt(), 25);
        QCOMPARE(second.value("known").toBool(), false);
        QCOMPARE(value.mid(39, 25), QString("{{RUNPOD_SECRET_db_pass}}"));
        // The key column has none; a plain value has an empty list.
        QVERIFY(!m_model->index(0, EnvTableModel::Key).data(EnvTableModel::ReferencesRole).isValid());
        QVERIFY(m_model->setData(m_model->index(0, EnvTableModel::Value), "plain"));
        QCOMPARE(m_model->index(0, EnvTableModel::Value).data(EnvTableModel::ReferencesRole).toList(), QVariantList());
    }

    void envChangedCounts()
    {
        QSignalSpy envChanged(m_model.get(), &EnvTableModel::envChanged);
        m_model->setEnv(kSample);
        QCOMPARE(envChanged.count(), 1);
        m_model->setEnv(kSample); // the same list
        QCOMPARE(envChanged.count(), 1);
        QVERIFY(m_model->setData(m_model->index(1, EnvTableModel::Value), "slow"));
        QCOMPARE(envChanged.count(), 2);
        QVERIFY(m_model->setData(m_model->index(1, EnvTableModel::Value), "slow")); // unchanged
        QCOMPARE(envChanged.count(), 2);
        m_model->addRow();
        QCOMPARE(envChanged.count(), 3);
        QVERIFY(m_model->removeRow(3));
        QCOMPARE(envChanged.count(), 4);
        QVERIFY(m_model->moveRowTo(0, 2));
        QCOMPARE(envChanged.count(), 5);
        QCOMPARE(m_model->pasteLines("A=1\nB=2\nC=3", 0), 3);
        QCOMPARE(envChanged.count(), 6);
        QCOMPARE(m_model->pasteLines("\n# nothing\n", 0), 0);
        QVERIFY(!m_model->removeRows(10, 1));
        QVERIFY(!m_model->moveRowTo(0, 10));
        m_model->setKnownSecrets(QSet<QString>{});
        QCOMPARE(envChanged.count(), 6);
        QCOMPARE(m_model->rowCount(), 6);
    }

private:
    std::unique_ptr<EnvTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestEnvTableModel)
#include "tst_envtablemodel.moc"
