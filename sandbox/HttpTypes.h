#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace podwarden::sandbox {

enum class HttpMethod { Get, Post, Patch, Delete, Other };

// A request as the service logic sees it: no sockets, no Qt HTTP server types, so that the
// logic can be driven directly by benchmarks.
struct HttpRequest
{
    HttpMethod method = HttpMethod::Get;
    QString path;
    QUrlQuery query;
    QByteArray body;
    qint64 contentLength = -1; // the Content-Length header; -1 when absent (the body's size counts then)
    QByteArray authorization;  // the raw Authorization header, empty when absent
    // For the Paperspace endpoint echo, which shows these and never Authorization.
    QByteArray methodText; // as sent ("PUT" where `method` is Other)
    QByteArray contentType;
    QByteArray userAgent;
    bool onInvocationPort = true;
    bool onManagementPort = true;
    QString peer; // the client's address; empty for a call made in process (no failed-auth throttle)
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpResponse json(int status, const QJsonObject& object)
    {
        return {
            status, QByteArrayLiteral("application/json"), QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
    }
    static HttpResponse noContent() { return {204, {}, {}, {}}; }
    // RFC 9457 problem+json, the only error shape the service answers with.
    static HttpResponse problem(int status, const QString& detail, const QStringList& errors = {});
};

QString reasonPhrase(int status);

} // namespace podwarden::sandbox
