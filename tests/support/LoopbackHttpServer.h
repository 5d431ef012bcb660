#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>

namespace podwarden::test {

// A scripted HTTP/1.1 server on 127.0.0.1 for failures the sandbox does not make on purpose:
// 5xx then success, a server that accepts and never answers, TLS with a certificate of the test's
// own, cross-origin redirects. Answers are queued; each request takes the next one (the last is
// repeated). Everything received (after decryption) is recorded, so a test can check what the
// client sent, and that it sent nothing at all.
class LoopbackHttpServer final : public QObject
{
    Q_OBJECT
public:
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers; // Content-Type defaults to application/json
        bool neverAnswer = false;
        // A body of this many bytes made up as it is sent ('[' then spaces), written as the socket
        // drains, so that a test can send far more than it holds; with declareLength false, no
        // Content-Length: it goes on until the client hangs up or the count is reached.
        qint64 streamBytes = 0;
        bool declareLength = true;
    };

    explicit LoopbackHttpServer(QObject* parent = nullptr);
    ~LoopbackHttpServer() override;

    bool listen();                                                   // plain http
    bool listenTls(const QString& certFile, const QString& keyFile); // https
    QUrl base() const;

    void enqueue(const Answer& answer);
    // The answer to every request for `target` (path and query as the request line has them,
    // "/v2/templates?cursor=c2"), whenever it comes: such requests leave the queue alone.
    void answerFor(const QByteArray& target, const Answer& answer);
    static Answer json(int status, const QByteArray& body, QList<QPair<QByteArray, QByteArray>> headers = {});

    QList<QByteArray> requests() const { return m_requests; } // raw head + body, in order
    QByteArray received() const { return m_received; }        // every decrypted byte
    int connectionCount() const { return m_connections; }
    int encryptedCount() const { return m_encrypted; }
    qint64 streamedBytes() const { return m_streamed; } // body bytes written for streamBytes answers

private:
    void onConnection(class QTcpSocket* socket);
    void onReadable(class QTcpSocket* socket);

    QTcpServer* m_server = nullptr;
    bool m_tls = false;
    QList<Answer> m_answers;
    qsizetype m_queueTaken = 0;
    QHash<QByteArray, Answer> m_byTarget;
    QList<QByteArray> m_requests;
    QByteArray m_received;
    int m_connections = 0;
    int m_encrypted = 0;
    qint64 m_streamed = 0;
};

// A self-signed certificate for 127.0.0.1 made with the openssl command; false if it is missing.
bool makeSelfSignedCertificate(const QString& directory, QString* certFile, QString* keyFile);

} // namespace podwarden::test
