// An HTTP error answer (ServiceError::fromHttpStatus) and its problem+json body (ProblemDetails).
// The input is the answer as text: the status on the first line, the Content-Type on the second,
// the body after that, e.g. "422\napplication/problem+json\n{\"title\":...}".
#include "FuzzSupport.h"

#include "JsonReader.h"
#include "ProblemDetails.h"
#include "service/ServiceError.h"

using namespace podwarden;

namespace {

QByteArray takeLine(QByteArray& rest)
{
    const qsizetype nl = rest.indexOf('\n');
    const QByteArray line = nl < 0 ? rest : rest.left(nl);
    rest = nl < 0 ? QByteArray() : rest.mid(nl + 1);
    return line;
}

bool isJsonType(const QByteArray& contentType)
{
    const QByteArray mime = contentType.split(';').first().trimmed().toLower();
    return mime == "application/json" || mime == "application/problem+json" || mime.endsWith("+json");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray body = fuzz::bytes(data, size);
    bool ok = false;
    int status = takeLine(body).trimmed().toInt(&ok);
    if (!ok)
        status = 500;
    const QByteArray contentType = takeLine(body);

    std::optional<ProblemDetails> problem;
    if (const auto json = fuzz::parseBody(body)) {
        const auto decoded = fuzz::checkCodec<ProblemDetails>(
            "ProblemDetails", *json, [](const QJsonObject& o) { return ProblemDetails::fromJson(o); },
            [](const ProblemDetails& p) { return p.toJson(); });
        if (decoded.ok()) {
            FUZZ_CHECK(decoded->status >= 100 && decoded->status <= 599);
            problem = decoded.value();
        }
    }

    const ServiceError e =
        fuzz::noThrow("fromHttpStatus", [&] { return ServiceError::fromHttpStatus(status, body, contentType); });
    using K = ServiceError::Kind;
    FUZZ_CHECK(e.httpStatus == status);
    switch (status) {
    case 401:
        FUZZ_CHECK(e.kind == K::Unauthorized);
        break;
    case 403:
        FUZZ_CHECK(e.kind == K::Forbidden);
        break;
    case 404:
        FUZZ_CHECK(e.kind == K::NotFound);
        break;
    case 422:
        FUZZ_CHECK(e.kind == K::Validation);
        break;
    case 429:
        FUZZ_CHECK(e.kind == K::RateLimited);
        break;
    default:
        if (status >= 500)
            FUZZ_CHECK(e.kind == K::Server);
        break;
    }
    FUZZ_CHECK(e.isRetryable() == (e.kind == K::RateLimited || e.kind == K::Server));
    // The problem is taken from a JSON answer that holds one, and from nothing else.
    FUZZ_CHECK(e.problem == (problem && isJsonType(contentType) ? *problem : ProblemDetails{}));
    const QString detail = e.serviceDetail();
    FUZZ_CHECK(detail.contains(e.problem.detail.isEmpty() ? e.problem.title : e.problem.detail));
    // Every kind of failure reads as a sentence, whatever the service said.
    for (int k = int(K::InsecureUrl); k <= int(K::Cancelled); ++k) {
        ServiceError copy = e;
        copy.kind = static_cast<K>(k);
        FUZZ_CHECK(!copy.message().isEmpty());
        FUZZ_CHECK(!toWireString(copy.kind).isEmpty());
    }
    return 0;
}
