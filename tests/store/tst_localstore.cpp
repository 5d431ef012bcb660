#include "store/LocalStore.h"
#include "store/SavedCopy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

#include <algorithm>

using namespace podwarden;

namespace {

// JSON written with single quotes (readable, and moc copes with it), parsed with double quotes.
QJsonObject parse(const char* singleQuoted)
{
    QByteArray json(singleQuoted);
    json.replace('\'', '"');
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject())
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

// Two of each kind, with the optional parts both present and absent.
AccountSnapshot sampleSnapshot()
{
    const QJsonObject json = parse(
        "{'fetchedAt':'2026-11-20T09:15:30.250Z',"
        " 'apiKeys':["
        "  {'id':'key_7f3a','name':'ci-deployer','prefix':'rpa_9QX2','legacy':false,'enabled':true,"
        "   'createdAt':'2026-09-01T10:00:00Z','lastUsedAt':null,'createdBy':'ana@example.com',"
        "   'policies':[{'Version':'2024-09-01','Statement':["
        "     {'Effect':'Allow','Actions':['api:Read'],'Resources':['runpod/api/*']},"
        "     {'Effect':'Allow','Actions':['serverless:Read','serverless:Write'],"
        "      'Resources':['runpod/serverless/*/ep_4m7x2k9q/*']}]}]},"
        "  {'id':'key_old','name':'old laptop','prefix':'ABCD1234','legacy':true,'enabled':false,"
        "   'createdAt':'2023-01-02T03:04:05Z','lastUsedAt':'2026-11-20T09:00:00.250Z','createdBy':'bo@example.com',"
        "   'policies':[]}],"
        " 'secrets':["
        "  {'id':'sec_1','name':'hf_token','description':'Hugging Face read token',"
        "   'createdAt':'2026-03-13T20:00:00Z','valueLastUpdatedAt':'2026-04-01T08:30:00Z'},"
        "  {'id':'sec_2','name':'DB_URL','description':'',"
        "   'createdAt':'2026-05-13T20:00:00Z','valueLastUpdatedAt':'2026-05-13T20:00:00Z'}],"
        " 'templates':["
        "  {'id':'tpl_1','name':'vllm','image':'vllm/vllm-openai:latest','args':'--port 8000','disk':50,"
        "   'env':{'HF_TOKEN':'{{ RUNPOD_SECRET_hf_token }}','MODEL':'mistral'},'ports':['8000/http','22/tcp'],"
        "   'registry':null,'mounts':{'persistent':{'size':20,'path':'/workspace'}},'serverless':true,"
        "   'public':false,'category':'NVIDIA','startSsh':true,'startJupyter':false,"
        "   'allowedCudaVersions':['12.4','12.6']},"
        "  {'id':'tpl_2','name':'cpu worker','image':'busybox','args':'','disk':5,'env':{},'ports':[],"
        "   'registry':'reg_9','mounts':{},'serverless':false,'public':true,'category':'CPU','startSsh':false,"
        "   'startJupyter':false,'allowedCudaVersions':[]}],"
        " 'endpoints':["
        "  {'id':'ep_4m7x2k9q','name':'chat','workers':{'min':0,'max':5,'idleTimeout':5},"
        "   'scaling':{'type':'QUEUE_DELAY','queueDelay':4},'dataCenterIds':['EU-RO-1'],'networkVolumes':[],"
        "   'timeout':600000,'flashboot':'FLASHBOOT','createdAt':'2026-06-01T12:00:00Z'},"
        "  {'id':'ep_2','name':'embed','workers':{'min':1,'max':2},"
        "   'scaling':{'type':'REQUEST_COUNT','requestCount':10},'dataCenterIds':[],'networkVolumes':['vol_1'],"
        "   'timeout':1000,'flashboot':'OFF','createdAt':'2026-07-01T12:00:00Z','templateId':'tpl_1'}],"
        " 'pods':["
        "  {'id':'pod_1','name':'research','status':'RUNNING','actions':['stop','restart','terminate'],"
        "   'image':'runpod/pytorch:2.4','env':{'HF_TOKEN':'{{ RUNPOD_SECRET_hf_token }}'},'template':'tpl_1',"
        "   'cost':0.69,'locked':false,'dataCenterId':'US-KS-2','createdAt':'2026-11-01T08:00:00Z',"
        "   'startedAt':'2026-11-02T08:00:00Z'}]}");
    const auto decoded = AccountSnapshot::fromJson(json);
    if (!decoded)
        qFatal("bad test snapshot: %s", qPrintable(decoded.error().message()));
    AccountSnapshot snapshot = decoded.value();
    // The newest events, kept for the Audit screen offline (schema 6).
    const auto events = AuditEventPage::fromJson(parse(
        "{'events':["
        "  {'id':'evt_2','at':'2026-11-20T09:00:00Z','actor':{'keyId':'key_7f3a','keyName':'ci-deployer',"
        "   'user':'ana@example.com'},'action':'disabled','resourceType':'apiKey','resourceId':'key_old',"
        "   'resourceName':'old laptop'},"
        "  {'id':'evt_1','at':'2026-11-19T09:00:00Z','actor':{'keyId':'key_7f3a','keyName':'ci-deployer','user':''},"
        "   'action':'renamed','resourceType':'apiKey','resourceId':'key_old','resourceName':'old laptop',"
        "   'changes':{'name':{'from':'laptop','to':'old laptop'}}}],"
        " 'pagination':{'nextCursor':null,'hasNextPage':false}}"));
    if (!events)
        qFatal("bad test events: %s", qPrintable(events.error().message()));
    snapshot.recentEvents = events->events;
    return snapshot;
}

} // namespace

class LocalStoreTest final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("case%1/podwarden.sqlite").arg(++m_case));
    }

    void sampleIsNonTrivial()
    {
        const AccountSnapshot s = sampleSnapshot();
        QCOMPARE(s.apiKeys.size(), 2);
        QCOMPARE(s.secrets.size(), 2);
        QCOMPARE(s.recentEvents.size(), 2);
        QCOMPARE(s.templates.size(), 2);
        QCOMPARE(s.endpoints.size(), 2);
        QVERIFY(s.templates.at(0).persistentMount.has_value());
        QVERIFY(s.apiKeys.at(1).lastUsedAt.has_value());
    }

    void roundTrip()
    {
        LocalStore store(m_path);
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        QVERIFY(store.isOpen());
        QVERIFY(!store.loadSnapshot("p1").has_value());

        const AccountSnapshot snapshot = sampleSnapshot();
        QVERIFY2(store.saveSnapshot("p1", snapshot), qPrintable(store.errorString()));
        const auto loaded = store.loadSnapshot("p1");
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->apiKeys, snapshot.apiKeys);
        QCOMPARE(loaded->templates, snapshot.templates);
        QCOMPARE(loaded->endpoints, snapshot.endpoints);
        QCOMPARE(loaded->pods, snapshot.pods);
        QCOMPARE(loaded->pods.size(), 1);
        QCOMPARE(loaded->fetchedAt, snapshot.fetchedAt);
        QVERIFY(*loaded == snapshot);
    }

    void schemaAndPragmas()
    {
        {
            LocalStore store(m_path);
            QVERIFY2(store.open(), qPrintable(store.errorString()));
            QVERIFY(store.saveSnapshot("p1", sampleSnapshot()));
        }
        RawConnection raw(m_path);
        QSqlQuery q(raw.db());
        QVERIFY(q.exec("PRAGMA user_version"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 6);
        QVERIFY(q.exec("PRAGMA journal_mode"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QString("wal"));
        QVERIFY(q.exec("SELECT profile_id, fetched_at FROM accounts"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QString("p1"));
        QCOMPARE(q.value(1).toString(), QString("2026-11-20T09:15:30.250Z"));
        QVERIFY(!q.next());
        // The account as rows, one table per resource, each row one item's compact JSON.
        const AccountSnapshot sample = sampleSnapshot();
        QVERIFY(q.exec("SELECT id, json FROM api_keys WHERE profile_id = 'p1' ORDER BY position"));
        for (const ApiKey& key : sample.apiKeys) {
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), key.id);
            const QByteArray json = q.value(1).toByteArray();
            QVERIFY(!json.contains('\n'));
            QCOMPARE(QJsonDocument::fromJson(json).object(), key.toJson());
        }
        QVERIFY(!q.next());
        for (const char* table : {"secrets", "templates", "endpoints", "pods"}) {
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))));
            QVERIFY(q.next());
            QVERIFY2(q.value(0).toInt() > 0, table);
        }
    }

    void replaceKeepsOneRow()
    {
        LocalStore store(m_path);
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        AccountSnapshot first = sampleSnapshot();
        QVERIFY(store.saveSnapshot("p1", first));

        AccountSnapshot second = sampleSnapshot();
        second.secrets.removeFirst();
        second.apiKeys.first().name = QStringLiteral("renamed");
        second.fetchedAt = second.fetchedAt.addSecs(3600);
        QVERIFY(store.saveSnapshot("p1", second));

        const auto loaded = store.loadSnapshot("p1");
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->secrets.size(), 1);
        QCOMPARE(loaded->apiKeys.first().name, QStringLiteral("renamed"));
        QCOMPARE(loaded->fetchedAt, second.fetchedAt);
        QCOMPARE(rowCount("accounts"), 1);
        QCOMPARE(rowCount("secrets"), 1);
        QCOMPARE(rowCount("api_keys"), int(second.apiKeys.size()));
    }

    // A change of one item writes that item's row: changed, added after the others, removed.
    void oneItemChangesOneRow()
    {
        LocalStore store(m_path);
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        const AccountSnapshot first = sampleSnapshot();
        QVERIFY(store.saveSnapshot("p1", first));

        ApiKey changed = first.apiKeys.first();
        changed.enabled = !changed.enabled;
        QVERIFY(store.saveRow("p1", LocalStore::Table::ApiKeys, changed.id, changed.toJson()));
        ApiKey added = first.apiKeys.first();
        added.id = QStringLiteral("key_added");
        added.name = QStringLiteral("added");
        QVERIFY(store.saveRow("p1", LocalStore::Table::ApiKeys, added.id, added.toJson()));
        const QString goneSecret = first.secrets.first().id;
        QVERIFY(store.saveRow("p1", LocalStore::Table::Secrets, goneSecret, std::nullopt));

        const auto loaded = store.loadSnapshot("p1");
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->apiKeys.first(), changed);
        QCOMPARE(loaded->apiKeys.last(), added);
        QCOMPARE(loaded->apiKeys.size(), first.apiKeys.size() + 1);
        QCOMPARE(loaded->secrets.size(), first.secrets.size() - 1);
        QCOMPARE(loaded->fetchedAt, first.fetchedAt);

        // No row alone for a profile without a saved account: that would be a partial account.
        QVERIFY(store.saveRow("nobody", LocalStore::Table::ApiKeys, added.id, added.toJson()));
        QVERIFY(!store.loadSnapshot("nobody").has_value());
    }

    // Saved over what the store holds, only the rows that differ are written. Every stored row is
    // marked first (a field the codecs ignore): a row that keeps its mark was not written again.
    void aSaveOverTheStoredAccountWritesWhatDiffers()
    {
        LocalStore store(m_path);
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        const AccountSnapshot first = sampleSnapshot();
        QVERIFY(store.saveSnapshot("p1", first));
        markEveryRow();

        AccountSnapshot second = first;
        second.fetchedAt = first.fetchedAt.addSecs(60);
        second.apiKeys[0].name = QStringLiteral("renamed"); // changed
        second.secrets.removeFirst();                       // removed
        Template added = first.templates.at(1);             // added in front: the others move
        added.id = QStringLiteral("tpl_new");
        second.templates.prepend(added);
        std::reverse(second.endpoints.begin(), second.endpoints.end()); // moved only
        const LocalStore::StoredAccount stored{first, {}};
        QVERIFY2(store.saveSnapshot("p1", second, &stored), qPrintable(store.errorString()));

        const auto loaded = store.loadSnapshot("p1");
        QVERIFY(loaded.has_value());
        QVERIFY(*loaded == second);
        QCOMPARE(markedIds("api_keys"), QStringList{"key_old"});
        QCOMPARE(markedIds("secrets"), QStringList{"sec_2"});
        QCOMPARE(markedIds("templates"), (QStringList{"tpl_1", "tpl_2"}));
        QCOMPARE(markedIds("endpoints"), (QStringList{"ep_2", "ep_4m7x2k9q"}));
        QCOMPARE(markedIds("pods"), QStringList{"pod_1"});
        QCOMPARE(markedIds("audit_events"), (QStringList{"evt_1", "evt_2"}));
        QCOMPARE(rowCount("secrets"), 1);

        // The same account again: nothing is written but the save time.
        markEveryRow();
        AccountSnapshot third = second;
        third.fetchedAt = second.fetchedAt.addSecs(60);
        const LocalStore::StoredAccount again{second, {}};
        QVERIFY(store.saveSnapshot("p1", third, &again));
        QCOMPARE(markedIds("api_keys"), (QStringList{"key_7f3a", "key_old"}));
        QCOMPARE(markedIds("templates"), (QStringList{"tpl_1", "tpl_2", "tpl_new"}));
        QVERIFY(*store.loadSnapshot("p1") == third);
    }

    // Rows written one by one since the stored account are written again from the account saved.
    void rowsWrittenOneByOneAreNotTakenAsStored()
    {
        LocalStore store(m_path);
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        const AccountSnapshot first = sampleSnapshot();
        QVERIFY(store.saveSnapshot("p1", first));
        ApiKey disabled = first.apiKeys.first();
        disabled.enabled = !disabled.enabled;
        QVERIFY(store.saveRow("p1", LocalStore::Table::ApiKeys, disabled.id, disabled.toJson()));
        ApiKey added = first.apiKeys.first();
        added.id = QStringLiteral("key_added");
        QVERIFY(store.saveRow("p1", LocalStore::Table::ApiKeys, added.id, added.toJson()));

        // The service still has the first account (the change did not take): that is what is kept.
        LocalStore::StoredAccount stored{first, {}};
        stored.changedRows[LocalStore::Table::ApiKeys] = {disabled.id, added.id};
        QVERIFY2(store.saveSnapshot("p1", first, &stored), qPrintable(store.errorString()));
        const auto loaded = store.loadSnapshot("p1");
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->apiKeys, first.apiKeys);
    }

    // The saved copy's thread keeps what it read or wrote, and the rows written one by one since:
    // a refresh that brings back what the service still has undoes a row the service refused.
    void theSavedCopyWritesOverWhatItKnows()
    {
        const AccountSnapshot first = sampleSnapshot();
        {
            LocalStore store(m_path);
            QVERIFY2(store.open(), qPrintable(store.errorString()));
            QVERIFY(store.saveSnapshot("p1", first));
        }
        SavedCopy copy(m_path);
        QSignalSpy loaded(&copy, &SavedCopy::loaded);
        copy.load("p1", 1);
        QVERIFY(loaded.wait(10000));
        QVERIFY(loaded.first().at(1).value<std::optional<AccountSnapshot>>().has_value());

        ApiKey disabled = first.apiKeys.first();
        disabled.enabled = !disabled.enabled;
        copy.saveRow("p1", LocalStore::Table::ApiKeys, disabled.id, disabled.toJson());
        AccountSnapshot refreshed = first;
        refreshed.fetchedAt = first.fetchedAt.addSecs(30);
        copy.saveAll("p1", refreshed);
        copy.flush();
        {
            LocalStore store(m_path);
            QVERIFY(store.open());
            const auto saved = store.loadSnapshot("p1");
            QVERIFY(saved.has_value());
            QVERIFY(*saved == refreshed);
        }

        // And a second refresh changes one key's row over the copy it saved.
        markEveryRow();
        AccountSnapshot again = refreshed;
        again.apiKeys[1].name = QStringLiteral("renamed on the service");
        copy.saveAll("p1", again);
        copy.flush();
        QCOMPARE(markedIds("api_keys"), QStringList{"key_7f3a"});
    }

    // A file that no longer holds the stored account (another writer saved it, or the profile's
    // data was removed) is written whole.
    void aStoreChangedBehindTheWriterIsWrittenWhole()
    {
        LocalStore store(m_path);
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        const AccountSnapshot first = sampleSnapshot();
        QVERIFY(store.saveSnapshot("p1", first));
        const LocalStore::StoredAccount stored{first, {}};
        {
            LocalStore other(m_path);
            QVERIFY(other.open());
            AccountSnapshot theirs = first;
            theirs.apiKeys[1].name = QStringLiteral("saved by another window");
            theirs.fetchedAt = first.fetchedAt.addSecs(5);
            QVERIFY(other.saveSnapshot("p1", theirs));
        }
        QVERIFY(store.saveSnapshot("p1", first, &stored));
        QCOMPARE(store.loadSnapshot("p1")->apiKeys, first.apiKeys);

        // The same save time, but a row gone behind the writer's back.
        {
            RawConnection raw(m_path);
            QSqlQuery q(raw.db());
            QVERIFY(q.exec("DELETE FROM secrets WHERE id = 'sec_1'"));
        }
        QVERIFY(store.saveSnapshot("p1", first, &stored));
        QCOMPARE(store.loadSnapshot("p1")->secrets, first.secrets);

        QVERIFY(store.removeProfileData("p1"));
        QVERIFY(store.saveSnapshot("p1", first, &stored));
        QVERIFY(*store.loadSnapshot("p1") == first);
    }

    // A store of schema 2 (the account as one JSON blob) still opens, and its copy is read once.
    void aBlobOfTheOldSchemaIsRead()
    {
        const AccountSnapshot snapshot = sampleSnapshot();
        QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
        {
            RawConnection raw(m_path);
            QSqlQuery q(raw.db());
            QVERIFY(q.exec("CREATE TABLE snapshots (profile_id TEXT PRIMARY KEY, fetched_at TEXT, json BLOB)"));
            QVERIFY(q.prepare("INSERT INTO snapshots VALUES ('old', '', ?)"));
            q.addBindValue(QJsonDocument(snapshot.toJson()).toJson(QJsonDocument::Compact));
            QVERIFY(q.exec());
            QVERIFY(q.exec("PRAGMA user_version=2"));
        }
        LocalStore store(m_path);
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        const auto loaded = store.loadSnapshot("old");
        QVERIFY(loaded.has_value());
        QVERIFY(*loaded == snapshot);
        QVERIFY(store.saveSnapshot("old", *loaded)); // now as rows; the blob goes
        QCOMPARE(rowCount("snapshots"), 0);
        QVERIFY(*store.loadSnapshot("old") == snapshot);
    }

    void profilesAreSeparate()
    {
        LocalStore store(m_path);
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        AccountSnapshot a = sampleSnapshot();
        AccountSnapshot b = sampleSnapshot();
        b.templates.clear();
        b.endpoints.removeLast();
        QVERIFY(store.saveSnapshot("alpha", a));
        QVERIFY(store.saveSnapshot("beta", b));

        QCOMPARE(store.loadSnapshot("alpha")->templates.size(), 2);
        QCOMPARE(store.loadSnapshot("beta")->templates.size(), 0);
        QCOMPARE(store.loadSnapshot("beta")->endpoints.size(), 1);
        QVERIFY(!store.loadSnapshot("gamma").has_value());

        QVERIFY(store.removeProfileData("alpha"));
        QVERIFY(!store.loadSnapshot("alpha").has_value());
        QVERIFY(store.loadSnapshot("beta").has_value());
    }

    void persistsAcrossReopen()
    {
        const AccountSnapshot snapshot = sampleSnapshot();
        {
            LocalStore store(m_path);
            QVERIFY2(store.open(), qPrintable(store.errorString()));
            QVERIFY(store.saveSnapshot("p1", snapshot));
        }
        LocalStore again(m_path);
        QVERIFY(!again.isOpen());
        QVERIFY2(again.open(), qPrintable(again.errorString()));
        const auto loaded = again.loadSnapshot("p1");
        QVERIFY(loaded.has_value());
        QVERIFY(*loaded == snapshot);
    }

    void twoInstancesSameFile()
    {
        // Each instance has its own connection; destroying one leaves the other usable.
        LocalStore first(m_path);
        QVERIFY(first.open());
        {
            LocalStore second(m_path);
            QVERIFY(second.open());
            QVERIFY(second.saveSnapshot("p2", sampleSnapshot()));
        }
        QVERIFY(first.isOpen());
        QVERIFY(first.loadSnapshot("p2").has_value());
    }

    void filePermissions()
    {
        LocalStore store(m_path);
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        QVERIFY(store.saveSnapshot("p1", sampleSnapshot()));
        QCOMPARE(modeOf(m_path), 0600);
        QCOMPARE(modeOf(QFileInfo(m_path).absolutePath()), 0700);
        // SQLite gives the WAL file the database file's mode.
        QVERIFY(QFile::exists(m_path + "-wal"));
        QCOMPARE(modeOf(m_path + "-wal"), 0600);
    }

    void existingLooseFileIsTightened()
    {
        QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        QCOMPARE(modeOf(m_path), 0604);
        LocalStore store(m_path);
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        QCOMPARE(modeOf(m_path), 0600);
    }

    void damagedRowIsIgnored()
    {
        LocalStore store(m_path);
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        QVERIFY(store.saveSnapshot("good", sampleSnapshot()));
        QVERIFY(store.saveSnapshot("bad", sampleSnapshot()));
        QVERIFY(store.saveSnapshot("wrongshape", sampleSnapshot()));
        {
            RawConnection raw(m_path);
            QSqlQuery q(raw.db());
            QVERIFY(q.prepare("UPDATE api_keys SET json = ? WHERE profile_id = ?"));
            q.addBindValue(QByteArray("{\"name\": \x01\xff garbage"));
            q.addBindValue("bad");
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            q.addBindValue(QByteArray("{\"id\":1}"));
            q.addBindValue("wrongshape");
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("damaged saved account of profile bad .*api_keys/"));
        QVERIFY(!store.loadSnapshot("bad").has_value());
        QVERIFY(store.errorString().contains(m_path));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("damaged saved account of profile wrongshape "));
        QVERIFY(!store.loadSnapshot("wrongshape").has_value());
        QVERIFY(store.loadSnapshot("good").has_value());
        // The next save replaces the damaged row.
        QVERIFY(store.saveSnapshot("bad", sampleSnapshot()));
        QVERIFY(store.loadSnapshot("bad").has_value());
    }

    void unwritablePathFails()
    {
        // A regular file where a folder should be: fails for root as well, unlike a chmod.
        const QString blocker = m_dir.filePath("blocker");
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QString path = blocker + "/sub/podwarden.sqlite";
        LocalStore store(path);
        QVERIFY(!store.open());
        QVERIFY(!store.isOpen());
        QVERIFY2(store.errorString().contains(path), qPrintable(store.errorString()));
        QVERIFY(!store.saveSnapshot("p1", sampleSnapshot()));
        QVERIFY(store.errorString().contains(path));
        QVERIFY(!store.loadSnapshot("p1").has_value());
    }

    void notADatabaseFails()
    {
        QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        LocalStore store(m_path);
        QVERIFY(!store.open());
        QVERIFY2(store.errorString().contains(m_path), qPrintable(store.errorString()));
    }

    void newerSchemaIsRefused()
    {
        {
            LocalStore store(m_path);
            QVERIFY(store.open());
        }
        {
            RawConnection raw(m_path);
            QSqlQuery q(raw.db());
            QVERIFY(q.exec("PRAGMA user_version=7"));
        }
        LocalStore store(m_path);
        QVERIFY(!store.open());
        QVERIFY(store.errorString().contains(m_path));
    }

    void draftRoundTripKeepsEnvOrderAndDuplicates()
    {
        LocalStore store(m_path);
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        TemplateDraft draft = TemplateDraft::makeNew("p1");
        draft.draft.name = "Offline draft";
        draft.draft.image = "runpod/pytorch:2.4";
        // Not alphabetical, and a duplicate: the wire's object would lose both facts.
        draft.draft.env = {{"ZETA", "1"}, {"HF_TOKEN", "{{ RUNPOD_SECRET_hf_token }}"}, {"ZETA", "2"}};
        draft.revision = 3;
        QVERIFY2(store.saveDraft(draft), qPrintable(store.errorString()));
        const auto loaded = store.loadDraft(draft.id);
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->draft.env, draft.draft.env);
        QCOMPARE(loaded->state, DraftState::New);
        QVERIFY(!loaded->base.has_value());
        QVERIFY(*loaded == draft);

        // Based on a server copy: both sides kept; a save replaces the row.
        Template server = sampleSnapshot().templates.at(0);
        TemplateDraft edited = TemplateDraft::fromTemplate("p1", server);
        edited.draft.image = "changed:2";
        edited.state = DraftState::Modified;
        edited.updatedAt = draft.updatedAt.addSecs(60);
        QVERIFY(store.saveDraft(edited));
        edited.revision = 2;
        QVERIFY(store.saveDraft(edited));
        const QList<TemplateDraft> all = store.loadDrafts("p1");
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).id, edited.id); // the most recently edited first
        QCOMPARE(all.at(0).revision, 2);
        QCOMPARE(*all.at(0).base, server);
        QCOMPARE(all.at(0).draft.image, QString("changed:2"));
        QVERIFY(store.loadDrafts("p2").isEmpty());

        QVERIFY(store.removeDraft(draft.id));
        QVERIFY(!store.loadDraft(draft.id).has_value());
        QCOMPARE(store.loadDrafts("p1").size(), 1);
    }

    void damagedDraftIsSkipped()
    {
        {
            LocalStore store(m_path);
            QVERIFY(store.open());
            TemplateDraft good = TemplateDraft::makeNew("p1");
            good.draft.name = "good";
            QVERIFY(store.saveDraft(good));
        }
        {
            RawConnection raw(m_path);
            QSqlQuery q(raw.db());
            QVERIFY(q.exec("INSERT INTO drafts (id, profile_id, state, revision, json) "
                           "VALUES ('bad', 'p1', 'new', 1, '{not json')"));
        }
        LocalStore store(m_path);
        QVERIFY(store.open());
        const QList<TemplateDraft> drafts = store.loadDrafts("p1");
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts.first().draft.name, QString("good"));
        QVERIFY(store.errorString().contains("damaged"));
    }

    void aVersionOneFileGainsDrafts()
    {
        // A store written before drafts existed: its snapshot is kept and drafts can be added.
        QDir().mkpath(QFileInfo(m_path).path());
        {
            RawConnection raw(m_path);
            QSqlQuery q(raw.db());
            QVERIFY(q.exec("CREATE TABLE snapshots (profile_id TEXT PRIMARY KEY, fetched_at TEXT, json BLOB)"));
            QVERIFY(q.exec("PRAGMA user_version=1"));
        }
        {
            LocalStore store(m_path);
            QVERIFY2(store.open(), qPrintable(store.errorString()));
            QVERIFY(store.saveSnapshot("p1", sampleSnapshot()));
            QVERIFY(store.saveDraft(TemplateDraft::makeNew("p1")));
        }
        LocalStore store(m_path);
        QVERIFY(store.open());
        QVERIFY(store.loadSnapshot("p1").has_value());
        QCOMPARE(store.loadDrafts("p1").size(), 1);
    }

    void defaultPathIsInAppData()
    {
        const QString path = LocalStore::defaultPath();
        QVERIFY(path.endsWith("/podwarden.sqlite"));
        QCOMPARE(QFileInfo(path).absolutePath(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    }

private:
    // A second, plain connection to the same file, as another process (or a broken disk) would be.
    class RawConnection
    {
    public:
        explicit RawConnection(const QString& path)
            : m_name("raw-" + QUuid::createUuid().toString())
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", m_name);
            db.setDatabaseName(path);
            if (!db.open())
                qFatal("cannot open %s", qPrintable(path));
        }
        ~RawConnection()
        {
            {
                QSqlDatabase d = db();
                d.close();
            }
            QSqlDatabase::removeDatabase(m_name);
        }
        QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    private:
        QString m_name;
    };

    // Adds "mark":1 to every row of every account table.
    void markEveryRow() const
    {
        RawConnection raw(m_path);
        QSqlQuery q(raw.db());
        for (const char* table : {"api_keys", "secrets", "templates", "endpoints", "pods", "deployments",
                                  "paperspace_secrets", "audit_events"}) {
            QVERIFY2(q.exec(QStringLiteral("UPDATE %1 SET json = json_set(CAST(json AS TEXT), '$.mark', 1)")
                                .arg(QLatin1String(table))),
                     qPrintable(q.lastError().text()));
        }
    }
    // The ids of a table's rows that still carry the mark, sorted.
    QStringList markedIds(const char* table) const
    {
        RawConnection raw(m_path);
        QSqlQuery q(raw.db());
        QStringList ids;
        if (!q.exec(QStringLiteral("SELECT id FROM %1 WHERE json_extract(CAST(json AS TEXT), '$.mark') = 1 ORDER BY id")
                        .arg(QLatin1String(table))))
            return {QStringLiteral("error: ") + q.lastError().text()};
        while (q.next())
            ids << q.value(0).toString();
        return ids;
    }

    int rowCount(const char* table) const
    {
        RawConnection raw(m_path);
        QSqlQuery q(raw.db());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    static int modeOf(const QString& path)
    {
        struct stat st = {};
        if (::stat(QFile::encodeName(path).constData(), &st) != 0)
            return -1;
        return int(st.st_mode & 0777);
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_case = 0;
};

QTEST_GUILESS_MAIN(LocalStoreTest)
#include "tst_localstore.moc"
