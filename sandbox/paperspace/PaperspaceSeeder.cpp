#include "PaperspaceSeeder.h"

#include "Crypto.h"
#include "PaperspaceService.h"
#include "SandboxService.h"
#include "Seeder.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPaperspaceSeed, "podwarden.sandbox.paperspace.seed", QtInfoMsg)

namespace podwarden::sandbox {

namespace {

QDateTime nowSeconds()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return now.addMSecs(-now.time().msec());
}

QJsonObject spec(const QString& name, const QString& image, const QString& machineType, int port)
{
    return QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("latest")},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("image"), image},
                       {QStringLiteral("resources"), QJsonObject{{QStringLiteral("machineType"), machineType},
                                                                 {QStringLiteral("ports"), QJsonArray{port}},
                                                                 {QStringLiteral("replicas"), 1}}}};
}

QJsonArray env(std::initializer_list<std::pair<const char*, QString>> vars)
{
    QJsonArray out;
    for (const auto& [name, value] : vars)
        out.append(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(name)}, {QStringLiteral("value"), value}});
    return out;
}

// A seed's upsert cannot be refused (its secrets exist); if one is, the seed is wrong: say so.
QString deploy(PaperspaceService& paperspace, const QJsonObject& config, const QDateTime& at, const QString& id = {})
{
    QString out;
    if (const auto refusal = paperspace.upsert(config, PaperspaceService::kProjectId,
                                               id.isEmpty() ? std::nullopt : std::optional<QString>(id), at, &out)) {
        qCCritical(lcPaperspaceSeed).noquote() << "seed deployment refused:" << refusal->body;
    }
    return out;
}

QByteArray randomValue()
{
    return randomAlphanumeric(32).toLatin1();
}

} // namespace

QString PaperspaceSeeder::seed(SandboxService& service, const SeedSpec& spec)
{
    const QString admin = Seeder::empty(service); // the admin key, as in Runpod mode
    PaperspaceService& paperspace = *service.paperspace();
    switch (spec.kind) {
    case SeedSpec::Kind::None:
        break;
    case SeedSpec::Kind::Demo:
        demo(paperspace);
        break;
    case SeedSpec::Kind::Large:
        large(paperspace, spec.count);
        break;
    }
    return admin;
}

void PaperspaceSeeder::demo(PaperspaceService& paperspace)
{
    const QDateTime now = nowSeconds();
    const QDateTime week = now.addDays(-7);
    paperspace.putSecret(SecretScope::Project, QStringLiteral("hf_token"), randomValue(), week);
    paperspace.putSecret(SecretScope::Project, QStringLiteral("api_token"), randomValue(), week);
    paperspace.putSecret(SecretScope::Project, QStringLiteral("db_password"), randomValue(), week);
    paperspace.putSecret(SecretScope::Team, QStringLiteral("api_token"), randomValue(), week);
    paperspace.putSecret(SecretScope::Team, QStringLiteral("gateway_token"), randomValue(), week);
    paperspace.putSecret(SecretScope::Team, QStringLiteral("registry_password"), randomValue(), week);

    deploy(paperspace,
           spec(QStringLiteral("hello-public"), QStringLiteral("paperspace/hello:1.2"), QStringLiteral("C5"), 8080),
           now.addDays(-6));

    QJsonObject chat =
        spec(QStringLiteral("llm-chat"), QStringLiteral("vllm/vllm-openai:v0.6.3"), QStringLiteral("A4000"), 8000);
    chat.insert(QStringLiteral("basicAuthKey"), QStringLiteral("secret:api_token")); // the project's wins
    chat.insert(QStringLiteral("env"), env({{"HF_TOKEN", QStringLiteral("secret:hf_token")}}));
    chat.insert(QStringLiteral("command"), QJsonArray{QStringLiteral("python3"), QStringLiteral("-m"),
                                                      QStringLiteral("vllm.entrypoints.openai.api_server")});
    deploy(paperspace, chat, now.addDays(-5));

    // Deployed two days ago; its secret replaced yesterday: the endpoint still wants the old value.
    QJsonObject imageGen = spec(QStringLiteral("image-gen"), QStringLiteral("ghcr.io/example/sdxl:2024.10"),
                                QStringLiteral("A6000"), 7860);
    imageGen.insert(QStringLiteral("basicAuthKey"), QStringLiteral("secret:gateway_token"));
    const QString imageGenId = deploy(paperspace, imageGen, now.addDays(-4));
    imageGen.insert(QStringLiteral("region"), QStringLiteral("East Coast (NY2)"));
    deploy(paperspace, imageGen, now.addDays(-2), imageGenId);
    paperspace.putSecret(SecretScope::Team, QStringLiteral("gateway_token"), randomValue(), now.addDays(-1));

    // Its env names openai_key, which exists in neither scope: it deploys, without that value.
    QJsonObject batch =
        spec(QStringLiteral("batch-worker"), QStringLiteral("python:3.12-slim"), QStringLiteral("C7"), 8080);
    batch.insert(QStringLiteral("env"), env({{"DATABASE_PASSWORD", QStringLiteral("secret:db_password")},
                                             {"OPENAI_API_KEY", QStringLiteral("secret:openai_key")},
                                             {"LOG_LEVEL", QStringLiteral("info")}}));
    deploy(paperspace, batch, now.addDays(-3));

    QJsonObject paused =
        spec(QStringLiteral("legacy-api"), QStringLiteral("example/legacy-api:0.9"), QStringLiteral("C5"), 80);
    paused.insert(QStringLiteral("enabled"), false);
    deploy(paperspace, paused, now.addDays(-1));
}

void PaperspaceSeeder::large(PaperspaceService& paperspace, int deployments)
{
    const QDateTime now = nowSeconds();
    const int secrets = deployments / 10;
    for (int i = 0; i < secrets; ++i) {
        paperspace.putSecret(SecretScope::Project, QStringLiteral("secret_%1").arg(i, 6, 10, QLatin1Char('0')),
                             randomValue(), now.addSecs(-deployments - secrets + i));
    }
    for (int i = 0; i < deployments; ++i) {
        QJsonObject config = spec(QStringLiteral("deployment-%1").arg(i, 6, 10, QLatin1Char('0')),
                                  QStringLiteral("paperspace/hello:1.2"), QStringLiteral("C5"), 8080);
        if (secrets > 0) {
            const QString reference = QStringLiteral("secret:secret_%1").arg(i % secrets, 6, 10, QLatin1Char('0'));
            config.insert(QStringLiteral("env"), env({{"TOKEN", reference}}));
            if (i % 10 == 0)
                config.insert(QStringLiteral("basicAuthKey"), reference);
        }
        deploy(paperspace, config, now.addSecs(-deployments + i));
    }
}

} // namespace podwarden::sandbox
