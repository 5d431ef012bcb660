// The child of tst_draftcrash: saves one draft over and over through LocalStore, each revision
// fully consistent (its name, its env and its revision all say the same number), and prints the
// revision on stdout once saveDraft() has returned, until it is killed.
//
//   draft_writer STORE DRAFT_ID
#include "store/LocalStore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace podwarden;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: draft_writer STORE DRAFT_ID\n");
        return 2;
    }
    LocalStore store(QString::fromLocal8Bit(argv[1]));
    if (!store.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 1;
    }
    const QString id = QString::fromLatin1(argv[2]);
    TemplateDraft draft = TemplateDraft::makeNew(QStringLiteral("crash"));
    draft.id = id;
    if (const auto existing = store.loadDraft(id))
        draft = *existing;
    for (;;) {
        ++draft.revision;
        const QString n = QString::number(draft.revision);
        draft.draft.name = QStringLiteral("revision ") + n;
        draft.draft.image = QStringLiteral("registry.example.com/crash:") + n;
        draft.draft.env.clear();
        for (int i = 0; i < 40; ++i) {
            draft.draft.env.append({QStringLiteral("VAR_%1").arg(i),
                                    QStringLiteral("%1-%2-").arg(n).arg(i) + QString(64, QLatin1Char('x'))});
        }
        draft.state = DraftState::Modified;
        draft.updatedAt = QDateTime::currentDateTimeUtc();
        if (!store.saveDraft(draft)) {
            std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
            return 1;
        }
        std::printf("%lld\n", static_cast<long long>(draft.revision));
        std::fflush(stdout);
    }
}
