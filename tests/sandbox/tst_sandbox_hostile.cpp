// podwarden-sandbox against hostile input and damaged files (issue 15, items 5 to 13): keys that
// reach beyond their access, bodies that are never to be read, boots that would take minutes, a
// wrong or unreadable secrets.key, a damaged or empty database, writes cut short, permissions,
// and clients that guess keys.
#include "AccessPolicy.h"
#include "ApiKey.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QtTest>

using namespace podwarden;
using namespace podwarden::test;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

// An HTTP answer read off a raw socket.
struct RawAnswer
{
    int status = 0;
    QByteArray head;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray& name) const
    {
        for (const QByteArray& line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
};

// Reads one answer (its head, then Content-Length bytes of body) from `socket`, skipping an
// interim "100 Continue". status 0 when none came within 30 s or the connection ended first.
RawAnswer readAnswer(QTcpSocket& socket)
{
    QByteArray buffer;
    QDeadlineTimer deadline(30000);
    RawAnswer answer;
    for (;;) {
        buffer += socket.readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end >= 0) {
            answer.head = buffer.left(end);
            answer.status = buffer.mid(9, 3).toInt();
            if (answer.status == 100) {
                buffer.remove(0, end + 4);
                answer = RawAnswer();
                continue;
            }
            const qint64 length = answer.header("Content-Length").toLongLong();
            if (buffer.size() - end - 4 >= length) {
                answer.body = buffer.mid(end + 4, length);
                return answer;
            }
        }
        if (deadline.hasExpired() || socket.state() != QAbstractSocket::ConnectedState) {
            if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() > 0)
                continue;
            return {};
        }
        socket.waitForReadyRead(100);
    }
}

QByteArray vmHighWaterMark(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed();
    }
    return {};
}

qint64 kibibytes(const QByteArray& vmLine)
{
    return vmLine.split(' ').value(0).toLongLong(); // "123456 kB"
}

QFile::Permissions permissionsOf(const QString& path)
{
    return QFile::permissions(path);
}

const QFile::Permissions kOwnerRw = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
const QFile::Permissions kOwnerRwx = kOwnerRw | QFile::ExeOwner | QFile::ExeUser;

// Runs `statements` on the data directory's database while the sandbox is stopped.
bool execSql(const QString& dataDir, const QStringList& statements, QString* error = nullptr)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "hostile-test");
        db.setDatabaseName(dataDir + "/sandbox.db");
        ok = db.open();
        QSqlQuery q(db);
        for (const QString& statement : statements) {
            if (ok && !q.exec(statement)) {
                ok = false;
                if (error)
                    *error = q.lastError().text() + " in " + statement;
            }
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase("hostile-test");
    return ok;
}

qint64 countRows(const QString& dataDir, const QString& select)
{
    qint64 count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "hostile-count");
        db.setDatabaseName(dataDir + "/sandbox.db");
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(select) && q.next())
                count = q.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase("hostile-count");
    return count;
}

} // namespace

class SandboxHostileTest final : public QObject
{
    Q_OBJECT

private:
    HttpClient m_http;

    static QString adminKeyId(HttpClient& http, const SandboxProcess& sandbox)
    {
        const QString prefix = QString::fromLatin1(sandbox.adminKey().left(8));
        for (const QJsonValue& k :
             http.get(url(sandbox.apiBase(), "/v2/account/api-keys"), sandbox.adminKey()).json()["apiKeys"].toArray()) {
            if (k["prefix"].toString() == prefix)
                return k["id"].toString();
        }
        return {};
    }

    static QString keyIdNamed(HttpClient& http, const SandboxProcess& sandbox, const QString& name)
    {
        for (const QJsonValue& k :
             http.get(url(sandbox.apiBase(), "/v2/account/api-keys"), sandbox.adminKey()).json()["apiKeys"].toArray()) {
            if (k["name"].toString() == name)
                return k["id"].toString();
        }
        return {};
    }

    static QByteArray createKey(HttpClient& http, const SandboxProcess& sandbox, const QString& name,
                                const AccessPolicy& policy, QString* id = nullptr)
    {
        const HttpResult r = http.post(url(sandbox.apiBase(), "/v2/account/api-keys"), sandbox.adminKey(),
                                       {{"name", name}, {"policies", policy.toDocuments()}});
        if (r.status != 201)
            qWarning() << "creating key" << name << "answered" << r.status << r.body;
        if (id)
            *id = r.json()["id"].toString();
        return r.json()["rawKey"].toString().toLatin1();
    }

    static bool connectTo(QTcpSocket& socket, const QUrl& base)
    {
        socket.connectToHost(base.host(), static_cast<quint16>(base.port()));
        return socket.waitForConnected(10000);
    }

private slots:
    // Item 5: a key changes or revokes only keys whose access is within its own.
    void aKeyChangesOnlyKeysWithinItsAccess()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({"--seed", "demo"}), qPrintable(sandbox.errorString()));
        const QString adminId = adminKeyId(m_http, sandbox);
        QVERIFY(!adminId.isEmpty());
        // API read-write, but no endpoint: less than All.
        const QByteArray manager =
            createKey(m_http, sandbox, "manager", AccessPolicy::restricted(AccessLevel::ReadWrite));
        QVERIFY(!manager.isEmpty());
        const QUrl admin = url(sandbox.apiBase(), "/v2/account/api-keys/" + adminId);
        const QString rule = "This key can change only keys whose access is within its own.";
        for (const QJsonObject& change : {QJsonObject{{"enabled", false}}, QJsonObject{{"name", "locked-out"}},
                                          QJsonObject{{"policies", AccessPolicy::readOnly().toDocuments()}}}) {
            const HttpResult r = m_http.patch(admin, manager, change);
            QCOMPARE(r.status, 403);
            QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
            QCOMPARE(r.json()["detail"].toString(), rule);
        }
        const HttpResult revoke = m_http.del(admin, manager);
        QCOMPARE(revoke.status, 403);
        QCOMPARE(revoke.json()["detail"].toString(), rule);
        // Another All key of the demo is out of reach too.
        const QString ciDeployer = keyIdNamed(m_http, sandbox, "ci-deployer");
        QCOMPARE(
            m_http.patch(url(sandbox.apiBase(), "/v2/account/api-keys/" + ciDeployer), manager, {{"enabled", false}})
                .status,
            403);

        // The owner's key is untouched and still works.
        const auto after = ApiKey::fromJson(m_http.get(admin, sandbox.adminKey()).json());
        QVERIFY(after.ok());
        QVERIFY(after->enabled);
        QCOMPARE(after->policy, AccessPolicy::all());
        QVERIFY(after->name != "locked-out");

        // Keys within its access it may still change and revoke, its own included.
        QString childId;
        createKey(m_http, sandbox, "child", AccessPolicy::restricted(AccessLevel::Read), &childId);
        const QUrl child = url(sandbox.apiBase(), "/v2/account/api-keys/" + childId);
        QCOMPARE(m_http.patch(child, manager, {{"name", "child-renamed"}, {"enabled", false}}).status, 200);
        QCOMPARE(m_http.patch(child, manager, {{"enabled", true}}).status, 200);
        QCOMPARE(m_http.del(child, manager).status, 204);
        const QString managerId = keyIdNamed(m_http, sandbox, "manager");
        QCOMPARE(
            m_http.patch(url(sandbox.apiBase(), "/v2/account/api-keys/" + managerId), manager, {{"name", "manager-2"}})
                .status,
            200);
        QCOMPARE(sandbox.stop(), 0);
    }

    // Item 6: the All key holds everything, statements the sandbox does not understand included.
    void theAllKeyHoldsCustomStatements()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({"--seed", "demo"}), qPrintable(sandbox.errorString()));
        AccessPolicy custom = AccessPolicy::restricted(AccessLevel::Read);
        PolicyStatement billing;
        billing.actions = {"billing:Read"};
        billing.resources = {"runpod/billing/*"};
        billing.version = AccessPolicy::kVersion;
        custom.setCustomStatements({billing});
        QString id;
        const QByteArray raw = createKey(m_http, sandbox, "custom-by-all", custom, &id);
        QVERIFY(!raw.isEmpty());
        const auto created = ApiKey::fromJson(
            m_http.get(url(sandbox.apiBase(), "/v2/account/api-keys/" + id), sandbox.adminKey()).json());
        QCOMPARE(created->policy, custom); // kept as it came

        // The demo's billing-exporter holds a custom statement: disabled, it can be enabled again.
        const QUrl exporter =
            url(sandbox.apiBase(), "/v2/account/api-keys/" + keyIdNamed(m_http, sandbox, "billing-exporter"));
        QCOMPARE(m_http.patch(exporter, sandbox.adminKey(), {{"enabled", false}}).json()["enabled"], QJsonValue(false));
        const HttpResult enabled = m_http.patch(exporter, sandbox.adminKey(), {{"enabled", true}});
        QCOMPARE(enabled.status, 200);
        QCOMPARE(enabled.json()["enabled"], QJsonValue(true));
        QCOMPARE(m_http.patch(exporter, sandbox.adminKey(), {{"name", "billing-exporter-2"}}).status, 200);

        // A key short of All must still hold a custom statement verbatim to grant it.
        const QByteArray manager =
            createKey(m_http, sandbox, "manager", AccessPolicy::restricted(AccessLevel::ReadWrite));
        const HttpResult refused = m_http.post(url(sandbox.apiBase(), "/v2/account/api-keys"), manager,
                                               {{"name", "custom-by-manager"}, {"policies", custom.toDocuments()}});
        QCOMPARE(refused.status, 403);
        QCOMPARE(sandbox.stop(), 0);
    }

    // Item 7: the key and the declared length are checked before a byte of the body is read.
    void bodiesAreRefusedBeforeTheyAreRead()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        const QByteArray admin = sandbox.adminKey();
        const auto send = [&](const QByteArray& head) {
            QTcpSocket socket;
            if (!connectTo(socket, sandbox.apiBase()))
                return RawAnswer();
            socket.write(head);
            socket.flush();
            return readAnswer(socket);
        };

        // Without a key, a body within the limit is refused without being sent at all.
        RawAnswer r = send("POST /v2/account/secrets HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                           "Content-Length: 52428800\r\n\r\n");
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json()["detail"].toString(), QString("missing bearer token"));
        QCOMPARE(r.header("Connection"), QByteArray("close"));
        r = send("POST /v2/templates HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer rpa_" + QByteArray(40, 'x') +
                 "\r\nContent-Length: 1000\r\n\r\n");
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json()["detail"].toString(), QString("invalid api key"));

        // With a key, over the route's limit: 413 at once. Templates take less than secrets.
        r = send("POST /v2/account/secrets HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + admin +
                 "\r\nContent-Length: 209715200\r\n\r\n");
        QCOMPARE(r.status, 413);
        QVERIFY2(r.json()["detail"].toString().contains("104857600"), r.body.constData());
        r = send("POST /v2/templates HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + admin +
                 "\r\nContent-Length: 52428800\r\n\r\n");
        QCOMPARE(r.status, 413);
        r = send("GET /v2/templates HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + admin +
                 "\r\nContent-Length: 1048576\r\n\r\n");
        QCOMPARE(r.status, 413);

        // A body that may be read is asked for with 100 Continue when the client waits for it.
        {
            const QByteArray body = R"({"name":"continued","image":"x"})";
            QTcpSocket socket;
            QVERIFY(connectTo(socket, sandbox.apiBase()));
            socket.write("POST /v2/templates HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + admin +
                         "\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: " +
                         QByteArray::number(body.size()) + "\r\n\r\n");
            QByteArray interim;
            while (!interim.contains("\r\n\r\n") && socket.waitForReadyRead(30000))
                interim += socket.readAll();
            QVERIFY2(interim.startsWith("HTTP/1.1 100 Continue\r\n\r\n"), interim.constData());
            socket.write(body);
            QCOMPARE(readAnswer(socket).status, 201);
        }

        // Every request on a kept-alive connection is checked the same way.
        {
            QTcpSocket socket;
            QVERIFY(connectTo(socket, sandbox.apiBase()));
            socket.write("GET /v2/templates HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + admin + "\r\n\r\n");
            QCOMPARE(readAnswer(socket).status, 200);
            socket.write("GET /v2/account/secrets HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + admin + "\r\n\r\n");
            QCOMPARE(readAnswer(socket).status, 200);
            socket.write("POST /v2/account/secrets HTTP/1.1\r\nHost: x\r\nContent-Length: 52428800\r\n\r\n");
            QCOMPARE(readAnswer(socket).status, 401);
        }

        // What cannot be read safely is refused: chunked bodies, oversized heads.
        r = send("POST /v2/templates HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + admin +
                 "\r\nTransfer-Encoding: chunked\r\n\r\n");
        QCOMPARE(r.status, 411);
        r = send("GET /v2/templates HTTP/1.1\r\nHost: x\r\nX-Padding: " + QByteArray(70000, 'p') + "\r\n\r\n");
        QCOMPARE(r.status, 431);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(sandbox.stop(), 0);
    }

    void anUnauthenticatedGibibyteKeepsMemoryBounded()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        const qint64 pid = sandbox.processId();
        QVERIFY(pid > 0);
        QTcpSocket socket;
        QVERIFY(connectTo(socket, sandbox.apiBase()));
        socket.write("POST /v2/account/secrets HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     "Content-Length: 1073741824\r\n\r\n");
        // 256 MiB of the declared GiB, or until the sandbox ends the connection.
        const QByteArray chunk(kMiB, 'a');
        for (int i = 0; i < 256 && socket.state() == QAbstractSocket::ConnectedState; ++i) {
            socket.write(chunk);
            while (socket.bytesToWrite() > 4 * kMiB && socket.waitForBytesWritten(30000)) {
            }
        }
        const RawAnswer answer = readAnswer(socket);
        QCOMPARE(answer.status, 413);
        const QByteArray hwm = vmHighWaterMark(pid);
        // Far below the 256 MiB sent (1 GiB declared). Under AddressSanitizer (./dev asan) the
        // shadow memory and the quarantine of freed blocks add a fixed overhead of their own.
#if defined(__SANITIZE_ADDRESS__)
        constexpr qint64 kBoundKiB = 512 * 1024;
#else
        constexpr qint64 kBoundKiB = 200 * 1024;
#endif
        QVERIFY2(kibibytes(hwm) > 0 && kibibytes(hwm) < kBoundKiB, hwm.constData());
        socket.abort();
        QCOMPARE(m_http.get(url(sandbox.apiBase(), "/v2/templates"), sandbox.adminKey()).status, 200);
        QCOMPARE(sandbox.stop(), 0);
    }

    // Item 8: a boot's work is bounded; the sandbox keeps answering and stops on SIGTERM.
    void bootWorkIsBounded()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        const QByteArray admin = sandbox.adminKey();
        const auto api = [&](const QString& path) { return url(sandbox.apiBase(), path); };
        const QByteArray large(16 * kMiB - 1, 'v');
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(m_http
                         .send("POST", api("/v2/account/secrets"), admin,
                               "{\"name\":\"large_" + QByteArray::number(i) + "\",\"value\":\"" + large + "\"}")
                         .status,
                     201);
        }
        const auto templateWith = [&](const QString& name, const QString& value) {
            const HttpResult r = m_http.post(api("/v2/templates"), admin,
                                             {{"name", name}, {"image", "x"}, {"env", QJsonObject{{"V", value}}}});
            return r.json()["id"].toString();
        };
        const auto boot = [&](const QString& id) {
            return m_http.post(api("/v2/sandbox/boot"), admin, {{"templateId", id}});
        };

        // A thousand references to one large secret: it is decrypted once.
        const QString manyOfOne = templateWith("many-of-one", QString("{{ RUNPOD_SECRET_large_0 }}").repeated(1000));
        const HttpResult ok = boot(manyOfOne);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json()["ok"], QJsonValue(true));
        QCOMPARE(ok.json()["resolved"].toArray(), QJsonArray{"V"});

        // One more reference, or more bytes of values than a boot resolves: refused, nothing done.
        const HttpResult tooMany =
            boot(templateWith("too-many", QString("{{ RUNPOD_SECRET_large_0 }}").repeated(1001)));
        QCOMPARE(tooMany.status, 422);
        QCOMPARE(tooMany.header("Content-Type"), QByteArray("application/problem+json"));
        QVERIFY2(tooMany.json()["detail"].toString().contains("at most 1000"), tooMany.body.constData());
        QString five;
        for (int i = 0; i < 5; ++i)
            five += QString("{{ RUNPOD_SECRET_large_%1 }}").arg(i);
        const HttpResult tooLarge = boot(templateWith("too-large", five));
        QCOMPARE(tooLarge.status, 422);
        QVERIFY2(tooLarge.json()["detail"].toString().contains("bytes"), tooLarge.body.constData());
        QCOMPARE(boot(templateWith("four", five.left(five.lastIndexOf("{{")))).json()["ok"], QJsonValue(true));

        // A boot that would have taken minutes does not hold up other requests, nor a SIGTERM.
        const QString huge = templateWith("huge", QString("{{ RUNPOD_SECRET_large_1 }}").repeated(5000));
        QNetworkAccessManager nam;
        QNetworkRequest request(api("/v2/sandbox/boot"));
        request.setRawHeader("Authorization", "Bearer " + admin);
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        QNetworkReply* reply = nam.post(request, QJsonDocument(QJsonObject{{"templateId", huge}}).toJson());
        QSignalSpy uploaded(reply, &QNetworkReply::uploadProgress);
        QVERIFY(uploaded.wait(30000) || reply->isFinished());
        QCOMPARE(m_http.get(api("/v2/templates"), admin).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 30000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 422);
        reply->deleteLater();
        QNetworkReply* again = nam.post(request, QJsonDocument(QJsonObject{{"templateId", huge}}).toJson());
        QSignalSpy againUploaded(again, &QNetworkReply::uploadProgress);
        againUploaded.wait(30000);
        QCOMPARE(sandbox.stop(), 0); // a clean stop, not a kill after the wait ran out
        again->deleteLater();
    }

    // Item 9: the database knows its secrets.key; another one is refused at start.
    void aDifferentSecretsKeyIsRefused()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        QCOMPARE(m_http
                     .post(url(sandbox.apiBase(), "/v2/account/secrets"), sandbox.adminKey(),
                           {{"name", "kept"}, {"value", "v"}})
                     .status,
                 201);
        QCOMPARE(sandbox.stop(), 0);
        const QString keyFile = sandbox.dataDir() + "/secrets.key";
        QFile original(keyFile);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray key = original.readAll();
        original.close();
        const auto writeKey = [&](const QByteArray& bytes) {
            QFile f(keyFile);
            return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
        };

        QByteArray other = key;
        other[0] = char(other[0] ^ 0x5a);
        QVERIFY(writeKey(other));
        QByteArray output;
        QCOMPARE(SandboxProcess::runToCompletion({"--data", sandbox.dataDir()}, &output), 2);
        QVERIFY2(output.contains("secrets.key is not the key of this account"), output.constData());

        // An account from before the check value: the key is checked on a stored secret.
        QVERIFY(execSql(sandbox.dataDir(), {"DELETE FROM meta WHERE key = 'secrets_key_check'"}));
        QCOMPARE(SandboxProcess::runToCompletion({"--data", sandbox.dataDir()}, &output), 2);
        QVERIFY2(output.contains("secrets.key is not the key of this account"), output.constData());

        // The right key starts, and the check value is written again.
        QVERIFY(writeKey(key));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        QCOMPARE(sandbox.stop(), 0);
        QCOMPARE(countRows(sandbox.dataDir(), "SELECT COUNT(*) FROM meta WHERE key = 'secrets_key_check'"), 1);
        QVERIFY(writeKey(other));
        QCOMPARE(SandboxProcess::runToCompletion({"--data", sandbox.dataDir()}, &output), 2);
        QVERIFY(writeKey(key));
    }

    // Item 10: a damaged database, or an empty file in its place, is refused with what to do.
    void aDamagedOrEmptyDatabaseIsRefused()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({"--seed", "demo"}), qPrintable(sandbox.errorString()));
        QCOMPARE(sandbox.stop(), 0); // a clean stop: everything is in sandbox.db
        const QString db = sandbox.dataDir() + "/sandbox.db";
        QVERIFY(!QFile::exists(db + "-wal") || QFileInfo(db + "-wal").size() == 0);
        {
            QFile file(db);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 size = file.size();
            QVERIFY(size > 8 * 4096);
            // Every page but the first (the header and the schema) overwritten with noise.
            for (qint64 at = 4096; at < size; at += 4096) {
                file.seek(at + 8);
                file.write(QByteArray(512, char(0xA5)));
            }
        }
        QByteArray output;
        QCOMPARE(SandboxProcess::runToCompletion({"--data", sandbox.dataDir()}, &output), 2);
        QVERIFY2(output.contains("sandbox.db is damaged"), output.constData());
        QVERIFY2(output.contains("remove (or move aside) the data directory"), output.constData());

        // Not a database at all.
        QTemporaryDir noise;
        {
            QFile file(noise.filePath("sandbox.db"));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(8192, 'n'));
        }
        QCOMPARE(SandboxProcess::runToCompletion({"--data", noise.path()}, &output), 2);
        QVERIFY2(output.contains("sandbox.db is damaged"), output.constData());

        // An empty file is not a new account.
        QTemporaryDir empty;
        {
            QFile file(empty.filePath("sandbox.db"));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        QCOMPARE(SandboxProcess::runToCompletion({"--data", empty.path(), "--seed", "demo"}, &output), 2);
        QVERIFY2(output.contains("sandbox.db is empty (0 bytes)"), output.constData());
        QVERIFY2(output.contains("remove (or move aside) the data directory"), output.constData());
        QCOMPARE(QFileInfo(empty.filePath("sandbox.db")).size(), 0); // left as it was
        QVERIFY(!QFile::exists(empty.filePath("admin-key")));
    }

    // Item 11: a resource and its audit event are written together, or neither is.
    void aResourceAndItsEventAreOneWrite()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        const QByteArray admin = sandbox.adminKey();
        QCOMPARE(
            m_http.post(url(sandbox.apiBase(), "/v2/templates"), admin, {{"name", "before"}, {"image", "x"}}).status,
            201);
        QCOMPARE(sandbox.stop(), 0);
        // The event's write fails: the resource must not stay without it.
        QString error;
        QVERIFY2(execSql(sandbox.dataDir(),
                         {"CREATE TRIGGER refuse_events BEFORE INSERT ON events "
                          "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"},
                         &error),
                 qPrintable(error));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        const auto api = [&](const QString& path) { return url(sandbox.apiBase(), path); };
        QCOMPARE(m_http.post(api("/v2/templates"), admin, {{"name", "after"}, {"image", "x"}}).status, 500);
        QCOMPARE(m_http.post(api("/v2/account/secrets"), admin, {{"name", "after"}, {"value", "v"}}).status, 500);
        const QString before = m_http.get(api("/v2/templates"), admin).json()["templates"][0]["id"].toString();
        QCOMPARE(m_http.del(api("/v2/templates/" + before), admin).status, 500);
        const QJsonArray templates = m_http.get(api("/v2/templates"), admin).json()["templates"].toArray();
        QCOMPARE(templates.size(), 1);
        QCOMPARE(templates.at(0)["name"].toString(), QString("before"));
        QCOMPARE(m_http.get(api("/v2/account/secrets"), admin).json()["secrets"].toArray().size(), 0);
        QCOMPARE(sandbox.stop(), 0);
        QVERIFY(execSql(sandbox.dataDir(), {"DROP TRIGGER refuse_events"}));
        QVERIFY(sandbox.start());
        QCOMPARE(m_http.post(api("/v2/templates"), admin, {{"name", "after"}, {"image", "x"}}).status, 201);
        QCOMPARE(sandbox.stop(), 0);
    }

    // Item 11: seeding is one transaction; a seed cut short leaves an empty account, seeded later.
    void seedingIsOneWrite()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        QCOMPARE(sandbox.stop(), 0);
        // Back to an empty account, with the seed's templates refused half-way through it.
        QString error;
        QVERIFY2(execSql(sandbox.dataDir(),
                         {"DELETE FROM api_keys", "DELETE FROM events", "DELETE FROM meta WHERE key = 'seed'",
                          "CREATE TRIGGER refuse_templates BEFORE INSERT ON templates "
                          "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"},
                         &error),
                 qPrintable(error));
        QFile::remove(sandbox.adminKeyFile());
        QByteArray output;
        QCOMPARE(SandboxProcess::runToCompletion({"--data", sandbox.dataDir(), "--seed", "demo"}, &output), 2);
        QVERIFY2(output.contains("cannot seed the account"), output.constData());
        for (const char* table : {"api_keys", "endpoints", "secrets", "events", "builds"})
            QCOMPARE(countRows(sandbox.dataDir(), QString("SELECT COUNT(*) FROM %1").arg(table)), 0);
        QCOMPARE(countRows(sandbox.dataDir(), "SELECT COUNT(*) FROM meta WHERE key = 'seed'"), 0);

        QVERIFY(execSql(sandbox.dataDir(), {"DROP TRIGGER refuse_templates"}));
        QVERIFY2(sandbox.start({"--seed", "demo"}), qPrintable(sandbox.errorString()));
        const QJsonObject templates = m_http.get(url(sandbox.apiBase(), "/v2/templates"), sandbox.adminKey()).json();
        QCOMPARE(templates["templates"].toArray().size(), 6);
        QCOMPARE(m_http.get(url(sandbox.apiBase(), "/v2/serverless"), sandbox.adminKey())
                     .json()["endpoints"]
                     .toArray()
                     .size(),
                 10);
        QCOMPARE(sandbox.stop(), 0);
    }

    // Item 12: the data directory is the owner's alone, whoever made it; the key file is read safely.
    void filesArePrivateAndTheKeyFileIsReadSafely()
    {
        SandboxProcess sandbox;
        QVERIFY(QFile::setPermissions(sandbox.dataDir(), kOwnerRwx | QFile::ReadGroup | QFile::ExeGroup |
                                                             QFile::ReadOther | QFile::ExeOther)); // 0755
        QVERIFY2(sandbox.start({"--seed", "demo"}), qPrintable(sandbox.errorString()));
        QCOMPARE(permissionsOf(sandbox.dataDir()), kOwnerRwx);
        for (const char* file : {"/sandbox.db", "/sandbox.db-wal", "/sandbox.db-shm", "/secrets.key"}) {
            const QString path = sandbox.dataDir() + file;
            if (QFile::exists(path))
                QCOMPARE(permissionsOf(path), kOwnerRw);
        }
        QVERIFY(QFile::exists(sandbox.dataDir() + "/sandbox.db"));
        QCOMPARE(sandbox.stop(), 0);

        // Made readable by others meanwhile (by an older sandbox, say): private again at start.
        const QFile::Permissions readable = kOwnerRw | QFile::ReadGroup | QFile::ReadOther;
        QVERIFY(QFile::setPermissions(sandbox.dataDir() + "/sandbox.db", readable));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        QCOMPARE(permissionsOf(sandbox.dataDir() + "/sandbox.db"), kOwnerRw);
        QCOMPARE(sandbox.stop(), 0);

        // secrets.key as a link to /dev/zero, or of the wrong size: refused, never read without end.
        QTemporaryDir dir;
        QVERIFY(QFile::link("/dev/zero", dir.filePath("secrets.key")));
        QByteArray output;
        QCOMPARE(SandboxProcess::runToCompletion({"--data", dir.path()}, &output), 2);
        QVERIFY2(output.contains("secrets.key is not a regular file"), output.constData());
        QVERIFY(QFile::remove(dir.filePath("secrets.key")));
        {
            QFile shortKey(dir.filePath("secrets.key"));
            QVERIFY(shortKey.open(QIODevice::WriteOnly));
            shortKey.write(QByteArray(31, 'k'));
        }
        QCOMPARE(SandboxProcess::runToCompletion({"--data", dir.path()}, &output), 2);
        QVERIFY2(output.contains("does not hold a 32-byte key (it has 31 bytes)"), output.constData());
    }

    // Item 13: a client that keeps failing authentication is answered 429 with Retry-After.
    void repeatedAuthenticationFailuresAreThrottled()
    {
        // The default is on, and generous enough for a client's own checks: a hundred failures.
        SandboxProcess defaults;
        QVERIFY2(defaults.start(), qPrintable(defaults.errorString()));
        const QUrl u = url(defaults.apiBase(), "/v2/templates");
        int refusedBefore = 0;
        int status = 0;
        for (int i = 0; i < 1000 && status != 429; ++i) {
            status = m_http.get(u, "rpa_" + QByteArray::number(i).rightJustified(40, '0')).status;
            refusedBefore += status == 401;
        }
        QCOMPARE(status, 429);
        QVERIFY2(refusedBefore >= 100, qPrintable(QString::number(refusedBefore)));
        QCOMPARE(defaults.stop(), 0);

        // Configurable: three failures in ten minutes.
        QByteArray help;
        QCOMPARE(SandboxProcess::runToCompletion({"--help"}, &help), 0);
        QVERIFY(help.contains("--auth-failure-limit"));
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({"--auth-failure-limit", "3", "--auth-failure-window", "600"}),
                 qPrintable(sandbox.errorString()));
        const QUrl templates = url(sandbox.apiBase(), "/v2/templates");
        QCOMPARE(m_http.get(templates, sandbox.adminKey()).status, 200);
        QCOMPARE(m_http.get(templates, "rpa_" + QByteArray(40, '1')).status, 401);
        QCOMPARE(m_http.get(templates, {}).status, 401);
        QCOMPARE(m_http.get(templates, "rpa_" + QByteArray(40, '2')).status, 401);
        const HttpResult throttled = m_http.get(templates, "rpa_" + QByteArray(40, '3'));
        QCOMPARE(throttled.status, 429);
        QCOMPARE(throttled.header("Content-Type"), QByteArray("application/problem+json"));
        const int retryAfter = throttled.header("Retry-After").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 600, throttled.header("Retry-After").constData());
        QVERIFY(throttled.json()["detail"].toString().contains("invalid api key"));
        // While it waits, the client is not heard at all, its right key included (else the answer
        // would tell which guess was right), and nothing of a body is read.
        QCOMPARE(m_http.get(templates, sandbox.adminKey()).status, 429);
        QTcpSocket socket;
        QVERIFY(connectTo(socket, sandbox.apiBase()));
        socket.write("POST /v2/account/secrets HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + sandbox.adminKey() +
                     "\r\nContent-Length: 52428800\r\n\r\n");
        QCOMPARE(readAnswer(socket).status, 429);
        QCOMPARE(sandbox.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(SandboxHostileTest)
#include "tst_sandbox_hostile.moc"
