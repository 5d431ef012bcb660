// Pasted `KEY=value` lines in the template editor (EnvTableModel::parseLines and pasteLines), and
// the env rules run on what they give (Validation::env, the rows' problems and references).
#include "FuzzSupport.h"

#include "EnvTableModel.h"
#include "SecretReference.h"

#include <QSet>

#include <algorithm>

using namespace podwarden;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    const EnvList rows = fuzz::noThrow("parseLines", [&] { return EnvTableModel::parseLines(text); });
    FUZZ_CHECK(rows.size() <= text.count(QLatin1Char('\n')) + 1);
    for (const EnvVar& var : rows) {
        FUZZ_CHECK(var.key == var.key.trimmed());
        FUZZ_CHECK(!var.key.contains(QLatin1Char('=')) && !var.key.contains(QLatin1Char('\n')));
        FUZZ_CHECK(!var.value.contains(QLatin1Char('\n')));
    }

    // Into a model with a row already there: the rows go in at the given place, and every row's
    // roles answer.
    EnvTableModel model;
    model.setEnv({{QStringLiteral("EXISTING"), QStringLiteral("{{ RUNPOD_SECRET_known }}")}});
    model.setKnownSecrets(QSet<QString>{QStringLiteral("known")});
    const int added = model.pasteLines(text, 0);
    FUZZ_CHECK(added == rows.size());
    FUZZ_CHECK(model.rowCount() == rows.size() + 1);
    FUZZ_CHECK(model.env().mid(0, rows.size()) == rows);
    FUZZ_CHECK(model.env().last().key == QLatin1String("EXISTING"));
    for (const ValidationIssue& issue : model.issues()) {
        FUZZ_CHECK(issue.row >= -1 && issue.row < model.rowCount());
        FUZZ_CHECK(!issue.message.isEmpty());
    }
    FUZZ_CHECK(model.hasErrors() == !model.issues().isEmpty());
    // Every role of the first rows answers, and the value column gives the spans of the
    // references. (Each row is worked out alike; all of a long paste would make a slow target.)
    for (int row = 0; row < std::min(model.rowCount(), 32); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(EnvTableModel::ProblemRole),
                             int(EnvTableModel::ProblemCodesRole), int(EnvTableModel::ReferencesRole)})
                model.data(index, role);
        }
        const QVariantList spans =
            model.data(model.index(row, EnvTableModel::Value), EnvTableModel::ReferencesRole).toList();
        FUZZ_CHECK(spans.size() == SecretReference::parseAll(model.env().at(row).value).size());
    }
    return 0;
}
