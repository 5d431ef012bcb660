// `{{ RUNPOD_SECRET_<name> }}` references in an env value (SecretReference::parseAll, namesIn):
// the input is the value as UTF-8.
#include "FuzzSupport.h"

#include "SecretReference.h"

using namespace podwarden;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString value = QString::fromUtf8(fuzz::bytes(data, size));
    const QList<SecretReference> refs = fuzz::noThrow("parseAll", [&] { return SecretReference::parseAll(value); });
    qsizetype end = 0;
    QStringList names;
    for (const SecretReference& ref : refs) {
        // In order, not overlapping, inside the value, and the spans say what they hold.
        FUZZ_CHECK(ref.start >= end);
        FUZZ_CHECK(ref.length >= int(sizeof("{{RUNPOD_SECRET_x}}")) - 1);
        FUZZ_CHECK(ref.start + ref.length <= value.size());
        const QStringView span = QStringView(value).mid(ref.start, ref.length);
        FUZZ_CHECK(span.startsWith(QLatin1String("{{")) && span.endsWith(QLatin1String("}}")));
        FUZZ_CHECK(ref.nameStart > ref.start && ref.nameStart + ref.name.size() < ref.start + ref.length);
        FUZZ_CHECK(QStringView(value).mid(ref.nameStart, ref.name.size()) == ref.name);
        FUZZ_CHECK(!ref.name.isEmpty());
        end = ref.start + ref.length;
        // The canonical form of the name is one reference to the same name.
        const QList<SecretReference> canonical = SecretReference::parseAll(SecretReference::format(ref.name));
        FUZZ_CHECK(canonical.size() == 1 && canonical.first().name == ref.name);
        if (!names.contains(ref.name))
            names.append(ref.name);
    }
    // namesIn: the distinct names in order of first appearance, over every value of an env.
    FUZZ_CHECK(SecretReference::namesIn(EnvList{{QStringLiteral("A"), value}}) == names);
    FUZZ_CHECK(SecretReference::namesIn(EnvList{{QStringLiteral("A"), value}, {QStringLiteral("B"), value}}) == names);
    return 0;
}
