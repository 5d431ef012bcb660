// The provider choice of the profile dialogs (File ▸ Profiles… ▸ Add/Edit, and "Use my account" of
// the first-run dialog), on their own with a ProfileChanges over a temporary settings file and no
// keyring:
// - Runpod or Paperspace: the bases follow the choice unless the user typed their own; Paperspace
//   shows Project ID and Team ID and hides the invocation base; the key's hint names the
//   provider's key; Profile::validate()'s sentence is shown and the button waits for valid input;
// - an existing Paperspace profile opens with its values, and keeps its provider; the profile list
//   names its project;
// - a Paperspace key is checked against the real podwarden-sandbox --provider paperspace: a wrong
//   project and a wrong key keep the dialog open with the reason, the right pair saves.
#include "FirstRunDialog.h"
#include "ProfileEditDialog.h"
#include "ProfilesDialog.h"
#include "SandboxProcess.h"
#include "account/ProfileChanges.h"
#include "account/ProfileStore.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace podwarden;
using namespace podwarden::test;

namespace {

template <typename T = QLineEdit> T* find(QWidget* root, const char* name)
{
    return root->findChild<T*>(QString::fromLatin1(name));
}

QString text(QWidget* root, const char* name)
{
    auto* label = find<QLabel>(root, name);
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QString::fromLatin1(name));
}

void fill(QWidget* root, const char* name, const QString& value)
{
    auto* edit = find(root, name);
    QVERIFY2(edit, name);
    edit->setText(value);
}

void choose(QWidget* root, const QString& provider)
{
    auto* choice = find<QComboBox>(root, "providerChoice");
    QVERIFY(choice);
    const int index = choice->findText(provider);
    QVERIFY2(index >= 0, qPrintable(provider));
    choice->setCurrentIndex(index);
}

bool shown(QWidget* root, const char* name)
{
    QWidget* widget = root->findChild<QWidget*>(QString::fromLatin1(name));
    return widget && widget->isVisibleTo(root);
}

// The row's label of `field`, as QFormLayout made it: the field's buddy, so a screen reader reads it.
QString labelOf(QWidget* field)
{
    for (QWidget* w = field->parentWidget(); w; w = w->parentWidget()) {
        for (auto* form : w->findChildren<QFormLayout*>()) {
            if (auto* label = qobject_cast<QLabel*>(form->labelForField(field)))
                return label->buddy() == field ? label->text() : QStringLiteral("<not its buddy>");
        }
    }
    return {};
}

} // namespace

class TestProfileDialogs final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("profiles-%1.ini").arg(++m_run)));
        m_changes = std::make_unique<ProfileChanges>(m_profiles.get(), nullptr, nullptr);
    }

    void cleanup()
    {
        m_changes.reset();
        m_profiles.reset();
    }

    void addingSwitchesBetweenProviders()
    {
        ProfileEditDialog dialog(m_changes.get(), std::nullopt);
        dialog.show();
        auto* save = find<QPushButton>(&dialog, "saveProfileButton");
        auto* choice = find<QComboBox>(&dialog, "providerChoice");
        QVERIFY(save && choice);
        QCOMPARE(choice->count(), 2); // the sandbox kinds are the app's own
        QCOMPARE(choice->currentText(), QStringLiteral("Runpod"));
        QVERIFY(choice->isEnabled());
        QVERIFY(shown(&dialog, "invocationBase"));
        QVERIFY(!shown(&dialog, "projectId"));
        QVERIFY(!shown(&dialog, "teamId"));
        QCOMPARE(find(&dialog, "managementBase")->text(), QStringLiteral("https://api.runpod.io"));
        QCOMPARE(find(&dialog, "accountKey")->placeholderText(), QStringLiteral("rpa_…"));
        QVERIFY2(text(&dialog, "keyHint").contains("Runpod"), qPrintable(text(&dialog, "keyHint")));

        fill(&dialog, "profileName", "GPU team");
        fill(&dialog, "accountKey", "some-key");
        QVERIFY(save->isEnabled());

        choose(&dialog, "Paperspace");
        QCOMPARE(find(&dialog, "managementBase")->text(), QStringLiteral("https://api.paperspace.com"));
        QVERIFY(!shown(&dialog, "invocationBase")); // each deployment has its own URL
        QVERIFY(shown(&dialog, "projectId"));
        QVERIFY(shown(&dialog, "teamId"));
        QVERIFY2(text(&dialog, "keyHint").contains("Paperspace API key") &&
                     text(&dialog, "keyHint").contains("Team settings ▸ API keys"),
                 qPrintable(text(&dialog, "keyHint")));
        QVERIFY(find(&dialog, "accountKey")->placeholderText().contains("Paperspace"));
        QCOMPARE(find(&dialog, "projectId")->placeholderText(), QStringLiteral("pr_abc123"));

        // Profile::validate()'s sentences, in plain words, and no Add until the input is valid.
        QVERIFY(!save->isEnabled());
        QVERIFY2(text(&dialog, "profileProblem").contains("Enter the id of the Paperspace project"),
                 qPrintable(text(&dialog, "profileProblem")));
        fill(&dialog, "projectId", "pr abc");
        QVERIFY(!save->isEnabled());
        QVERIFY2(text(&dialog, "profileProblem").contains("“pr abc” is not a Paperspace project id"),
                 qPrintable(text(&dialog, "profileProblem")));
        fill(&dialog, "projectId", " pr_abc123 "); // pasted with spaces around
        QVERIFY2(save->isEnabled(), qPrintable(text(&dialog, "profileProblem")));
        QVERIFY(text(&dialog, "profileProblem").isEmpty());
        fill(&dialog, "teamId", "te/1");
        QVERIFY(!save->isEnabled());
        QVERIFY2(text(&dialog, "profileProblem").contains("not a Paperspace team id"),
                 qPrintable(text(&dialog, "profileProblem")));
        fill(&dialog, "teamId", "te_1");
        QVERIFY(save->isEnabled());
        fill(&dialog, "managementBase", "http://api.example.com");
        QVERIFY(!save->isEnabled());
        QVERIFY(text(&dialog, "profileProblem").contains("plain http"));
        fill(&dialog, "managementBase", "https://api.paperspace.com");

        Profile chosen = dialog.profile();
        QCOMPARE(chosen.provider, Profile::Provider::Paperspace);
        QCOMPARE(chosen.projectId, QStringLiteral("pr_abc123"));
        QCOMPARE(chosen.teamId, QStringLiteral("te_1"));
        QVERIFY(chosen.invocationBase.isEmpty());
        QVERIFY(chosen.validate().isEmpty());

        // Back to Runpod: its defaults again, the Paperspace rows gone and not asked for.
        choose(&dialog, "Runpod");
        QCOMPARE(find(&dialog, "managementBase")->text(), QStringLiteral("https://api.runpod.io"));
        QCOMPARE(find(&dialog, "invocationBase")->text(), QStringLiteral("https://api.runpod.ai"));
        QVERIFY(shown(&dialog, "invocationBase"));
        QVERIFY(!shown(&dialog, "projectId"));
        QVERIFY(save->isEnabled());
        chosen = dialog.profile();
        QCOMPARE(chosen.provider, Profile::Provider::Runpod);
        QVERIFY(chosen.projectId.isEmpty());
        QVERIFY(chosen.teamId.isEmpty());

        // An address the user typed stays whatever is chosen.
        fill(&dialog, "managementBase", "http://127.0.0.1:8123");
        choose(&dialog, "Paperspace");
        QCOMPARE(find(&dialog, "managementBase")->text(), QStringLiteral("http://127.0.0.1:8123"));
        choose(&dialog, "Runpod");
        QCOMPARE(find(&dialog, "managementBase")->text(), QStringLiteral("http://127.0.0.1:8123"));
    }

    void theNewControlsAreNamedAndReachable()
    {
        ProfileEditDialog dialog(m_changes.get(), std::nullopt);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        choose(&dialog, "Paperspace");
        for (const char* name : {"providerChoice", "projectId", "teamId"}) {
            QWidget* control = dialog.findChild<QWidget*>(QString::fromLatin1(name));
            QVERIFY2(control, name);
            QVERIFY2(!control->accessibleName().isEmpty(), name);
            QVERIFY2(!labelOf(control).isEmpty() && labelOf(control) != "<not its buddy>", name);
            QVERIFY2(control->focusPolicy() & Qt::TabFocus, name);
        }
        QCOMPARE(labelOf(find<QComboBox>(&dialog, "providerChoice")), QStringLiteral("&Provider:"));
        QCOMPARE(labelOf(find(&dialog, "projectId")), QStringLiteral("Pro&ject ID:"));
        QCOMPARE(labelOf(find(&dialog, "teamId")), QStringLiteral("&Team ID:"));
        QVERIFY(find(&dialog, "accountKey")->accessibleDescription().contains("Paperspace"));

        // Tab walks the form from top to bottom: name, provider, key, project, team, management.
        QStringList order;
        QWidget* w = find(&dialog, "profileName");
        for (int i = 0; i < 6 && w; ++i) {
            order << w->objectName();
            do {
                w = w->nextInFocusChain();
            } while (w && !(w->isVisibleTo(&dialog) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)));
        }
        QCOMPARE(order,
                 (QStringList{"profileName", "providerChoice", "accountKey", "projectId", "teamId", "managementBase"}));
    }

    void editingAPaperspaceProfileShowsItsValues()
    {
        Profile existing = Profile::makeNew("Studio", Profile::Provider::Paperspace);
        existing.managementBase = QUrl("http://127.0.0.1:8124");
        existing.projectId = "pr_studio";
        existing.teamId = "te_studio";
        ProfileEditDialog dialog(m_changes.get(), existing);
        dialog.show();
        auto* choice = find<QComboBox>(&dialog, "providerChoice");
        QCOMPARE(choice->currentText(), QStringLiteral("Paperspace"));
        QVERIFY(!choice->isEnabled()); // a profile stays with its provider
        QVERIFY(!choice->toolTip().isEmpty());
        QCOMPARE(find(&dialog, "profileName")->text(), QStringLiteral("Studio"));
        QCOMPARE(find(&dialog, "managementBase")->text(), QStringLiteral("http://127.0.0.1:8124"));
        QCOMPARE(find(&dialog, "projectId")->text(), QStringLiteral("pr_studio"));
        QCOMPARE(find(&dialog, "teamId")->text(), QStringLiteral("te_studio"));
        QVERIFY(shown(&dialog, "projectId"));
        QVERIFY(!shown(&dialog, "invocationBase"));
        QVERIFY(find<QPushButton>(&dialog, "saveProfileButton")->isEnabled()); // no key: the stored one stays
        if (const QString dir = qEnvironmentVariable("PODWARDEN_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/profile-paperspace.png")));
        QCOMPARE(dialog.profile(), existing);

        // Saved without a key: the project changed, the rest as it was.
        fill(&dialog, "projectId", "pr_other");
        QTest::mouseClick(find<QPushButton>(&dialog, "saveProfileButton"), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        existing.projectId = "pr_other";
        QCOMPARE(m_changes->profile(existing.id), std::optional<Profile>(existing));

        // A Runpod profile shows no Paperspace rows, and keeps its provider too.
        const Profile runpod = Profile::makeNew("Work");
        ProfileEditDialog other(m_changes.get(), runpod);
        other.show();
        QCOMPARE(find<QComboBox>(&other, "providerChoice")->currentText(), QStringLiteral("Runpod"));
        QVERIFY(!find<QComboBox>(&other, "providerChoice")->isEnabled());
        QVERIFY(!shown(&other, "projectId"));
        QVERIFY(shown(&other, "invocationBase"));
        QCOMPARE(other.profile(), runpod);
    }

    void theProfilesListSaysWhichProject()
    {
        Profile studio = Profile::makeNew("Studio", Profile::Provider::Paperspace);
        studio.projectId = "pr_studio";
        Profile demo = Profile::makeNew("Demo", Profile::Provider::PaperspaceSandbox);
        demo.managementBase = QUrl("http://127.0.0.1:8125");
        demo.projectId = "pr_sandbox";
        for (const Profile& p : {studio, demo, Profile::makeNew("Work")})
            m_profiles->save(p);
        ProfilesDialog dialog(m_changes.get(), QString());
        auto* list = dialog.findChild<QTreeWidget*>("profileList");
        QVERIFY(list);
        QMap<QString, QString> services;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            services.insert(list->topLevelItem(i)->text(0), list->topLevelItem(i)->text(1));
        QCOMPARE(services.value("Studio"), QStringLiteral("https://api.paperspace.com, project pr_studio"));
        QCOMPARE(services.value("Demo"), QStringLiteral("Local Paperspace sandbox"));
        QCOMPARE(services.value("Work"), QStringLiteral("https://api.runpod.io"));
    }

    void firstRunOffersPaperspace()
    {
        FirstRunDialog dialog(m_changes.get());
        dialog.show();
        QTest::mouseClick(find<QAbstractButton>(&dialog, "useAccountButton"), Qt::LeftButton);
        auto* connectButton = find<QPushButton>(&dialog, "connectAccountButton");
        auto* choice = find<QComboBox>(&dialog, "providerChoice");
        QVERIFY(choice && choice->isVisible() && choice->isEnabled());
        QCOMPARE(choice->currentText(), QStringLiteral("Runpod"));
        QVERIFY(!shown(&dialog, "projectId"));
        const QString runpodExplain = text(&dialog, "accountExplain");
        QVERIFY(runpodExplain.contains("Read Only"));

        choose(&dialog, "Paperspace");
        QCOMPARE(find(&dialog, "managementBase")->text(), QStringLiteral("https://api.paperspace.com"));
        QVERIFY(!shown(&dialog, "invocationBase"));
        QVERIFY(shown(&dialog, "projectId"));
        QVERIFY(shown(&dialog, "teamId"));
        QVERIFY(text(&dialog, "accountExplain").contains("Paperspace"));
        QVERIFY(text(&dialog, "keyHint").contains("Team settings ▸ API keys"));
        fill(&dialog, "accountKey", "some-key");
        QVERIFY(!connectButton->isEnabled());
        QVERIFY(text(&dialog, "accountProblem").contains("Paperspace project"));
        fill(&dialog, "projectId", "pr_abc123");
        QVERIFY2(connectButton->isEnabled(), qPrintable(text(&dialog, "accountProblem")));
        QCOMPARE(dialog.profile().provider, Profile::Provider::Paperspace);
        QCOMPARE(dialog.profile().projectId, QStringLiteral("pr_abc123"));
        QVERIFY(dialog.profile().invocationBase.isEmpty());

        // A Paperspace profile that needs a new key: its values, its provider.
        Profile existing = Profile::makeNew("Studio", Profile::Provider::Paperspace);
        existing.projectId = "pr_studio";
        existing.teamId = "te_studio";
        FirstRunDialog again(m_changes.get());
        again.show();
        again.editProfile(existing);
        QCOMPARE(find<QComboBox>(&again, "providerChoice")->currentText(), QStringLiteral("Paperspace"));
        QVERIFY(!find<QComboBox>(&again, "providerChoice")->isEnabled());
        QCOMPARE(find(&again, "projectId")->text(), QStringLiteral("pr_studio"));
        QCOMPARE(find(&again, "teamId")->text(), QStringLiteral("te_studio"));
        QVERIFY(shown(&again, "projectId"));
        QVERIFY(!shown(&again, "invocationBase"));
        QCOMPARE(again.profile(), existing);
    }

    void aPaperspaceKeyIsCheckedBeforeItIsKept()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({"--provider", "paperspace"}), qPrintable(sandbox.errorString()));
        const QString key = QString::fromLatin1(sandbox.adminKey());

        // File ▸ Profiles… ▸ Add: a project the key cannot see, then the right one.
        ProfileEditDialog add(m_changes.get(), std::nullopt);
        add.show();
        auto* save = find<QPushButton>(&add, "saveProfileButton");
        choose(&add, "Paperspace");
        fill(&add, "profileName", "Sandbox project");
        fill(&add, "managementBase", sandbox.apiBase().toString());
        fill(&add, "projectId", "pr_nope");
        fill(&add, "teamId", "te_sandbox");
        fill(&add, "accountKey", key);
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(text(&add, "profileProblem").contains("cannot see the Paperspace project pr_nope"),
                                 30000);
        QVERIFY(add.isVisible());
        QVERIFY(m_profiles->profiles().isEmpty());
        QCOMPARE(find(&add, "accountKey")->text(), key);
        fill(&add, "projectId", "pr_sandbox");
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!add.isVisible(), 30000);
        const QList<Profile> saved = m_profiles->profiles();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().provider, Profile::Provider::Paperspace);
        QCOMPARE(saved.first().projectId, QStringLiteral("pr_sandbox"));
        QCOMPARE(saved.first().teamId, QStringLiteral("te_sandbox"));
        QCOMPARE(saved.first().managementBase, sandbox.apiBase());

        // "Use my account": a wrong key is refused, the right one accepted.
        FirstRunDialog first(m_changes.get());
        first.show();
        QTest::mouseClick(find<QAbstractButton>(&first, "useAccountButton"), Qt::LeftButton);
        choose(&first, "Paperspace");
        fill(&first, "managementBase", sandbox.apiBase().toString());
        fill(&first, "projectId", "pr_sandbox");
        fill(&first, "accountKey", "not-the-key");
        auto* connectButton = find<QPushButton>(&first, "connectAccountButton");
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QVERIFY(!find<QComboBox>(&first, "providerChoice")->isEnabled()); // while the service is asked
        QTRY_VERIFY_WITH_TIMEOUT(text(&first, "accountProblem").contains("refused this key"), 30000);
        QVERIFY(first.isVisible());
        QVERIFY(find<QComboBox>(&first, "providerChoice")->isEnabled());
        fill(&first, "accountKey", key);
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!first.isVisible(), 30000);
        QCOMPARE(first.choice(), FirstRunDialog::Choice::UseAccount);
        QCOMPARE(first.profile().provider, Profile::Provider::Paperspace);
        QCOMPARE(first.profile().projectId, QStringLiteral("pr_sandbox"));
    }

private:
    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<ProfileChanges> m_changes;
};

QTEST_MAIN(TestProfileDialogs)
#include "tst_profiledialogs.moc"
