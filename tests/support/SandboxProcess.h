#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslConfiguration>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace podwarden::test {

// A real podwarden-sandbox process on a free loopback port with its own data directory, for
// tests that talk HTTP to it. start() waits for the ready line and reads the admin key file.
class SandboxProcess final
{
public:
    SandboxProcess();
    ~SandboxProcess();
    Q_DISABLE_COPY_MOVE(SandboxProcess)

    static QString executable();

    // Starts with `--data <dataDir> --port 0 --admin-key-file <...>` plus `extraArgs`.
    bool start(const QStringList& extraArgs = {});
    // SIGTERM, then waits; returns the exit code (-1 if it had to be killed or crashed).
    int stop();
    bool isRunning() const;
    // The process id while it runs (0 otherwise), e.g. to read /proc/<pid>/status.
    qint64 processId() const;

    QString dataDir() const { return m_dataDir.path(); }
    QString adminKeyFile() const { return m_keyDir.filePath(QStringLiteral("admin-key")); }
    QByteArray adminKey() const { return m_adminKey; }
    QUrl apiBase() const { return m_apiBase; }
    QUrl invokeBase() const { return m_invokeBase; }
    QByteArray readyLine() const { return m_readyLine; }
    // Everything the process printed so far, stdout and stderr.
    QByteArray output();
    QString errorString() const { return m_error; }

    // Runs the executable to completion (for command-line errors); returns the exit code.
    static int runToCompletion(const QStringList& args, QByteArray* output);

private:
    QTemporaryDir m_dataDir;
    QTemporaryDir m_keyDir;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_output;
    QByteArray m_readyLine;
    QByteArray m_adminKey;
    QUrl m_apiBase;
    QUrl m_invokeBase;
    QString m_error;
};

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString networkError; // empty when an HTTP answer arrived
    QByteArray header(const QByteArray& name) const;
    const QJsonObject json() const { return QJsonDocument::fromJson(body).object(); } // const: [] reads
};

// A blocking HTTP client for tests: one request at a time, real sockets, real parsing.
class HttpClient final
{
public:
    HttpClient();
    void setSslConfiguration(const QSslConfiguration& config) { m_ssl = config; }
    HttpResult send(const QByteArray& method, const QUrl& url, const QByteArray& key = {}, const QByteArray& body = {},
                    const QByteArray& contentType = "application/json");
    HttpResult get(const QUrl& url, const QByteArray& key) { return send("GET", url, key); }
    HttpResult post(const QUrl& url, const QByteArray& key, const QJsonObject& body)
    {
        return send("POST", url, key, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    HttpResult patch(const QUrl& url, const QByteArray& key, const QJsonObject& body)
    {
        return send("PATCH", url, key, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    HttpResult del(const QUrl& url, const QByteArray& key) { return send("DELETE", url, key); }

private:
    QNetworkAccessManager m_nam;
    std::optional<QSslConfiguration> m_ssl;
};

// base + path, e.g. url(sandbox.apiBase(), "/v2/templates").
QUrl url(const QUrl& base, const QString& path);

// A paged list read to its end by following pagination.nextCursor, `limit` items a page (0: the
// service's default). `error` says what broke the contract on the way: a status other than 200, a
// missing or inconsistent pagination block, a page fuller than `limit`, a page short of `limit`
// before the last, a repeated cursor.
struct PagedList
{
    QJsonArray items; // every page's `listKey` array, in order
    int pages = 0;
    QString error;           // empty when the walk kept the contract
    QStringList ids() const; // each item's "id"
};
PagedList readAllPages(HttpClient& http, const QUrl& base, const QString& path, const QByteArray& key,
                       const QString& listKey, int limit = 0);

} // namespace podwarden::test
