// Templates: one template and the paged list from the service (GET /v2/templates), the create
// and update bodies the sandbox reads (TemplateInput), and a draft as the local store keeps it.
// The start command inside (args, exec form) is read along the way.
#include "FuzzSupport.h"

#include "ContainerCommand.h"
#include "Template.h"
#include "TemplateDraft.h"
#include "Validation.h"

using namespace podwarden;

namespace {

void checkCommand(const QString& args)
{
    QString reason;
    const auto command =
        fuzz::noThrow("ContainerCommand::fromArgs", [&] { return ContainerCommand::fromArgs(args, &reason); });
    if (!command) {
        FUZZ_CHECK(!reason.isEmpty());
        return;
    }
    // The stored form reads back as the same command.
    const auto again = ContainerCommand::fromArgs(command->toArgs());
    FUZZ_CHECK_DETAIL(again && *again == *command, args);
    // Words joined for display split back into the same words.
    const auto words = splitShellWords(joinShellWords(command->cmd));
    FUZZ_CHECK_DETAIL(words && *words == command->cmd, args);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto json = fuzz::parseBody(fuzz::bytes(data, size));
    if (!json)
        return 0;
    const auto t = fuzz::checkCodec<Template>(
        "Template", *json, [](const QJsonObject& o) { return Template::fromJson(o); },
        [](const Template& v) { return v.toJson(); });
    if (t.ok()) {
        checkCommand(t->args);
        for (const ValidationIssue& issue : Validation::templateFields(t.value()))
            FUZZ_CHECK(!issue.message.isEmpty());
        // What a push of the whole template sends reads back as the same input.
        const TemplateInput input = TemplateInput::fromTemplate(t.value());
        const auto back = TemplateInput::fromJson(input.toJson());
        FUZZ_CHECK_DETAIL(back.ok() && back.value() == input, fuzz::compact(input.toJson()));
    }
    fuzz::checkListPage<Template>("Template list", *json, &decodeTemplateList, &encodeTemplateList);

    const auto input = fuzz::checkCodec<TemplateInput>(
        "TemplateInput", *json, [](const QJsonObject& o) { return TemplateInput::fromJson(o); },
        [](const TemplateInput& v) { return v.toJson(); });
    if (input.ok()) {
        const auto change = input->container.commandChange(QStringLiteral("python -u app.py"));
        FUZZ_CHECK(change.changed || change.args == QLatin1String("python -u app.py"));
        if (input->container.args)
            checkCommand(*input->container.args);
    }

    const auto draft = fuzz::noThrow("TemplateDraft", [&] { return TemplateDraft::fromJson(*json); });
    if (!draft.ok())
        fuzz::checkError(draft.error());
    return 0;
}
