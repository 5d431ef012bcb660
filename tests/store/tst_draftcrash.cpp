// Drafts survive a crash: a child process saves a draft in a loop and is killed with SIGKILL at a
// random moment, two hundred times. Every time, the store opens, the draft is there, whole (its
// name, image and every env value carry the same revision), and at least as new as the last
// revision the child reported saved; revisions never go back.
#include "store/LocalStore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace podwarden;

class TestDraftCrash final : public QObject
{
    Q_OBJECT
private slots:
    void survivesTwoHundredKills()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath("podwarden.sqlite");
        const QString writer = QCoreApplication::applicationDirPath() + "/draft_writer";
        QVERIFY2(QFileInfo::exists(writer), qPrintable(writer));
        const QString id = "crash-draft";
        QRandomGenerator random(20261123);
        qint64 previous = 0;
        int killedMidRun = 0;
        for (int round = 0; round < 200; ++round) {
            QProcess child;
            child.setProcessChannelMode(QProcess::SeparateChannels);
            child.start(writer, {path, id});
            QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
            // At least one save in this round, then a random moment of the loop.
            QByteArray out;
            while (!out.contains('\n')) {
                QVERIFY2(child.waitForReadyRead(10000),
                         qPrintable(QString::fromLocal8Bit(child.readAllStandardError())));
                out += child.readAllStandardOutput();
            }
            QTest::qSleep(int(random.bounded(25)));
            child.kill(); // SIGKILL
            QVERIFY(child.waitForFinished(10000));
            if (child.exitStatus() == QProcess::CrashExit)
                ++killedMidRun;
            out += child.readAllStandardOutput();
            const QList<QByteArray> lines = out.trimmed().split('\n');
            const qint64 acknowledged = lines.last().toLongLong();
            QVERIFY(acknowledged > previous);

            LocalStore store(path);
            QVERIFY2(store.open(), qPrintable(store.errorString()));
            const auto draft = store.loadDraft(id);
            QVERIFY2(draft.has_value(), qPrintable(QString("round %1: %2").arg(round).arg(store.errorString())));
            QVERIFY2(
                draft->revision >= acknowledged,
                qPrintable(QString("round %1: revision %2 < %3").arg(round).arg(draft->revision).arg(acknowledged)));
            const QString n = QString::number(draft->revision);
            QCOMPARE(draft->draft.name, "revision " + n);
            QCOMPARE(draft->draft.image, "registry.example.com/crash:" + n);
            QCOMPARE(draft->draft.env.size(), 40);
            for (int i = 0; i < 40; ++i)
                QVERIFY(draft->draft.env.at(i).value.startsWith(QString("%1-%2-").arg(n).arg(i)));
            previous = draft->revision;
        }
        QCOMPARE(killedMidRun, 200); // every child died by the signal, none exited on its own
        QVERIFY(previous >= 200);
    }
};

QTEST_GUILESS_MAIN(TestDraftCrash)
#include "tst_draftcrash.moc"
