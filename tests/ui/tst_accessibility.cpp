// Every window and dialog of the app a user can reach, opened against the real sandbox, and every
// control in it asked for the name a screen reader would read: the main window with each page,
// the first-run dialog (both pages), the key dialogs (new, edit, legacy, the write-access warning,
// the key shown once), each secret dialog, the secret selector, the template conflict dialog and the
// confirmations. Buttons, line edits, combo boxes, check boxes, spin boxes, tables and tool buttons
// must have an accessible name or a text or a label that is their buddy; a combo box its own name
// or a label, not its current value. The overview's counts say what they count.
#include "AppDriver.h"
#include "Confirm.h"
#include "TemplateMerge.h"
#include "keys/ApiKeysPage.h"
#include "keys/KeyDetailsDialog.h"
#include "templates/TemplateConflictDialog.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScrollBar>
#include <QSlider>
#include <QTabWidget>
#include <QTableView>
#include <QTextEdit>
#include <QTimer>
#include <QTranslator>
#include <QtTest>

#include <algorithm>

using namespace podwarden;
using namespace podwarden::test;

namespace {

// A label next to `widget` (same parent) that names it as its buddy: what Qt's accessibility
// reads as the widget's name, or its "labelled by" relation.
QString buddyText(const QWidget* widget)
{
    const QWidget* parent = widget->parentWidget();
    if (!parent)
        return {};
    for (const QObject* child : parent->children()) {
        const auto* label = qobject_cast<const QLabel*>(child);
        if (label && label->buddy() == widget && !label->text().trimmed().isEmpty())
            return label->text();
    }
    return {};
}

bool isControl(const QWidget* widget)
{
    if (widget->objectName().startsWith(QLatin1String("qt_")))
        return false; // Qt's own parts: a spin box's editor, a scroll area's viewport
    if (qobject_cast<const QHeaderView*>(widget) || qobject_cast<const QScrollBar*>(widget))
        return false;
    // A table's corner button is not in the accessibility tree: Qt presents a table as its cells and
    // headers.
    if (widget->inherits("QTableCornerButton"))
        return false;
    if (qobject_cast<const QLineEdit*>(widget)) {
        // The editor inside an editable combo box or a spin box belongs to it.
        const QWidget* parent = widget->parentWidget();
        return !qobject_cast<const QComboBox*>(parent) && !qobject_cast<const QAbstractSpinBox*>(parent);
    }
    return qobject_cast<const QAbstractButton*>(widget) || qobject_cast<const QComboBox*>(widget) ||
           qobject_cast<const QAbstractSpinBox*>(widget) || qobject_cast<const QAbstractItemView*>(widget) ||
           qobject_cast<const QPlainTextEdit*>(widget) || qobject_cast<const QTextEdit*>(widget) ||
           qobject_cast<const QAbstractSlider*>(widget);
}

bool inItemView(const QWidget* widget)
{
    for (const QWidget* p = widget->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractItemView*>(p))
            return true;
    }
    return false;
}

// The name a screen reader gets for `widget`; empty when it has none.
QString spokenName(QWidget* widget)
{
    if (qobject_cast<QComboBox*>(widget)) {
        // On Linux Qt names a combo box by its current value, as AT-SPI expects: what the value is
        // for reaches a screen reader through the "labelled by" relation of a buddy label. In a
        // table cell, the column and its own name say it.
        const QString buddy = buddyText(widget).trimmed();
        if (!buddy.isEmpty() || !inItemView(widget))
            return QString(buddy).remove(QLatin1Char('&'));
        return widget->accessibleName().trimmed();
    }
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
    QString name = accessible ? accessible->text(QAccessible::Name) : QString();
    if (name.trimmed().isEmpty())
        name = buddyText(widget);
    return name.remove(QLatin1Char('&')).trimmed();
}

QString describe(const QWidget* widget)
{
    QString path = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        path += QLatin1Char('#') + widget->objectName();
    for (const QWidget* p = widget->parentWidget(); p; p = p->parentWidget()) {
        if (!p->objectName().isEmpty()) {
            path += QStringLiteral(" in ") + p->objectName();
            break;
        }
    }
    if (const auto* button = qobject_cast<const QAbstractButton*>(widget); button && button->toolTip().size())
        path += QStringLiteral(" (tooltip: ") + button->toolTip() + QLatin1Char(')');
    return path;
}

} // namespace

class TestAccessibility final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(prepareScreenTest(m_home, m_english));
        // The same walk in German (ctest's tst_accessibility_de): names and Alt+letters are
        // translated, so they can clash in one language and not in the other.
        if (qEnvironmentVariable("PODWARDEN_TEST_LANGUAGE") == QLatin1String("de")) {
            QCoreApplication::removeTranslator(&m_english);
            QVERIFY(m_german.load(QStringLiteral(":/i18n/podwarden_de.qm")));
            QCoreApplication::installTranslator(&m_german);
        }
        Confirm::setTestHook([](const QString&, const QString&) { return false; });
        const QString failure = m_app.start();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }
    void cleanupTestCase()
    {
        Confirm::setTestHook({});
        m_app.stop();
    }

    void mainWindowPages()
    {
        for (const char* page :
             {"pageOverview", "pageApiKeys", "pageSecrets", "pageTemplates", "pageEndpoints", "pageAudit"}) {
            QVERIFY2(m_app.showPage(page), page);
            if (QLatin1String(page) == QLatin1String("pageTemplates")) {
                // With a template open in the editor, and its env table in the value editor.
                auto* list = m_app.find<QTableView>("templateList");
                QVERIFY(selectRowShowing(list, "vLLM worker"));
                auto* env = m_app.find<QTableView>("envTable");
                QTRY_VERIFY(env && env->isVisible());
            }
            walk(m_app.window(), QLatin1String(page));
            // Search boxes with text in them show their clear buttons.
            QList<QLineEdit*> searches;
            for (QLineEdit* edit : m_app.window()->findChildren<QLineEdit*>()) {
                if (edit->isVisible() && edit->isClearButtonEnabled() && edit->text().isEmpty())
                    searches << edit;
            }
            if (searches.isEmpty())
                continue;
            for (QLineEdit* edit : std::as_const(searches))
                edit->setText(QStringLiteral("zz"));
            walk(m_app.window(), QLatin1String(page) + QStringLiteral(", searching"));
            for (QLineEdit* edit : std::as_const(searches))
                edit->clear();
        }
    }

    void overviewCountsSayWhatTheyCount()
    {
        if (qEnvironmentVariable("PODWARDEN_TEST_LANGUAGE") == QLatin1String("de"))
            QSKIP("the words checked here are English; the German walk checks names and Alt+letters");
        QVERIFY(m_app.showPage("pageOverview"));
        const struct
        {
            const char* object;
            const char* words;
        } counts[] = {{"countApiKeys", "API key"},
                      {"countSecrets", "secret"},
                      {"countTemplates", "template"},
                      {"countEndpoints", "endpoint"}};
        for (const auto& count : counts) {
            auto* label = m_app.find<QLabel>(count.object);
            QVERIFY(label);
            QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(label);
            QVERIFY(accessible);
            const QString name = accessible->text(QAccessible::Name);
            QVERIFY2(name.contains(label->text()), qPrintable(name)); // the number
            QVERIFY2(name.contains(QLatin1String(count.words), Qt::CaseInsensitive), qPrintable(name));
        }
        // "13 API keys" once the English catalogue has the plural; "13 API key(s)" until then.
        QVERIFY(QAccessible::queryAccessibleInterface(m_app.find<QLabel>("countApiKeys"))
                    ->text(QAccessible::Name)
                    .startsWith("13 API key"));
    }

    void firstRunDialog()
    {
        bool seen = false;
        whenShown("firstRunDialog", [&](QWidget* dialog) {
            seen = true;
            walk(dialog, QStringLiteral("first run, start"));
            QTest::mouseClick(dialog->findChild<QAbstractButton*>("useAccountButton"), Qt::LeftButton);
            walk(dialog, QStringLiteral("first run, account"));
            dialog->close();
        });
        QAction* connectAccount = m_app.action("actionConnect");
        QVERIFY(connectAccount);
        connectAccount->trigger();
        QTRY_VERIFY(seen);
        QTRY_VERIFY(!findShown("firstRunDialog"));
    }

    void profileDialogs()
    {
        QAction* profiles = m_app.action("actionProfiles");
        if (!profiles)
            QSKIP("this build has no File ▸ Profiles…");
        bool seen = false;
        bool editSeen = false;
        whenShown("profilesDialog", [&](QWidget* dialog) {
            seen = true;
            walk(dialog, QStringLiteral("profiles"));
            whenShown("profileEditDialog", [&](QWidget* edit) {
                editSeen = true;
                walk(edit, QStringLiteral("profile, new"));
                edit->close();
            });
            if (auto* add = dialog->findChild<QAbstractButton*>("addProfileButton"))
                QTest::mouseClick(add, Qt::LeftButton);
            if (!QTest::qWaitFor([&editSeen] { return editSeen; }))
                qWarning("no profile editor opened");
            dialog->close();
        });
        profiles->trigger();
        QTRY_VERIFY(seen);
        QTRY_VERIFY(!findShown("profilesDialog"));
        QVERIFY(editSeen);
    }

    void keyDialogs()
    {
        QVERIFY(m_app.showPage("pageApiKeys"));
        auto* keys = m_app.find<QTableView>("keyTable");
        QTRY_VERIFY(keys->model()->rowCount() >= 13);

        // New: with an endpoint's access list open, a filter typed, and the write-access warning.
        bool seen = false;
        bool warned = false;
        whenShown("apiKeyDialog", [&](QWidget* dialog) {
            seen = true;
            QTest::keyClicks(dialog->findChild<QLineEdit*>("endpointFilter"), "e");
            auto* table = dialog->findChild<QTableView*>("endpointTable");
            table->setFocus();
            table->setCurrentIndex(table->model()->index(0, 2));
            QTest::keyClick(table, Qt::Key_F2);
            walk(dialog, QStringLiteral("new key"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
            whenShown("writeAccessWarning", [&](QWidget* warning) {
                warned = true;
                walk(warning, QStringLiteral("write-access warning"));
                warning->close();
            });
            dialog->findChild<QRadioButton*>("presetAll")->click();
            QTest::keyClicks(dialog->findChild<QLineEdit*>("keyName"), "a11y-key");
            auto* api = dialog->findChild<QComboBox*>("apiLevel");
            api->setCurrentIndex(api->findData(1));
            QTest::mouseClick(dialog->findChild<QAbstractButton*>("acceptKey"), Qt::LeftButton);
        });
        QTest::mouseClick(m_app.find<QAbstractButton>("newKeyButton"), Qt::LeftButton);
        QTRY_VERIFY(seen);
        QVERIFY(warned);
        QTRY_VERIFY_WITH_TIMEOUT(findShown("newKeyDialog"), 15000);
        walk(findShown("newKeyDialog"), QStringLiteral("key shown once"));
        QTest::mouseClick(findShown("newKeyDialog")->findChild<QAbstractButton*>("keyStored"), Qt::LeftButton);
        QTRY_VERIFY(!findShown("newKeyDialog"));

        // Edit: a restricted key, and a legacy one.
        for (const char* name : {"batch-embeddings", "legacy-readonly"}) {
            QVERIFY(selectRowShowing(keys, QLatin1String(name)));
            seen = false;
            whenShown("apiKeyDialog", [&](QWidget* dialog) {
                seen = true;
                walk(dialog, QStringLiteral("edit key ") + QLatin1String(name));
                QTest::mouseClick(dialog->findChild<QAbstractButton*>("cancelKey"), Qt::LeftButton);
            });
            QTest::mouseClick(m_app.find<QAbstractButton>("editKeyButton"), Qt::LeftButton);
            QTRY_VERIFY(seen);
            QTRY_VERIFY(!findShown("apiKeyDialog"));
        }

        // A key's page on its Use tab, and the Roll dialog opened from it.
        QVERIFY(selectRowShowing(keys, QStringLiteral("eval-runner")));
        bool rolled = false;
        seen = false;
        whenShown("keyDetailsDialog", [&](QWidget* dialog) {
            auto* details = static_cast<KeyDetailsDialog*>(dialog);
            QTRY_VERIFY_WITH_TIMEOUT(!details->isLoading(), 10000);
            dialog->findChild<QTabWidget*>("detailsTabs")->setCurrentIndex(1);
            walk(dialog, QStringLiteral("key details, use"));
            seen = true;
            whenShown("rollKeyDialog", [&](QWidget* roll) {
                walk(roll, QStringLiteral("roll key"));
                rolled = true;
                static_cast<QDialog*>(roll)->reject();
            });
            dialog->findChild<QAbstractButton*>("detailsRoll")->click();
        });
        QTest::mouseClick(m_app.find<QAbstractButton>("keyDetailsButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(seen && rolled, 15000);
        QTRY_VERIFY(!findShown("rollKeyDialog") && !findShown("keyDetailsDialog"));

        // Narrowing every key at once: the differences, key by key.
        seen = false;
        whenShown("narrowKeysDialog", [&](QWidget* dialog) {
            walk(dialog, QStringLiteral("narrow keys"));
            seen = true;
            static_cast<QDialog*>(dialog)->reject();
        });
        keys->selectAll();
        QVERIFY(m_app.find<ApiKeysPage>("pageApiKeys")->narrowSelectedKeys());
        QTRY_VERIFY_WITH_TIMEOUT(seen, 15000);
        keys->clearSelection();

        // File ▸ Preferences….
        seen = false;
        whenShown("preferencesDialog", [&](QWidget* dialog) {
            walk(dialog, QStringLiteral("preferences"));
            screenshot(dialog, "preferences");
            seen = true;
            static_cast<QDialog*>(dialog)->reject();
        });
        QAction* preferences = nullptr;
        for (QMenu* menu : m_app.window()->findChildren<QMenu*>()) {
            for (QAction* action : menu->actions()) {
                if (action->objectName() == QLatin1String("actionPreferences"))
                    preferences = action;
            }
        }
        QVERIFY(preferences);
        preferences->trigger();
        QTRY_VERIFY(seen);
    }

    void secretDialogs()
    {
        QVERIFY(m_app.showPage("pageSecrets"));
        auto* secrets = m_app.find<QTableView>("secretTable");
        QTRY_VERIFY(secrets->model()->rowCount() >= 8);
        const struct
        {
            const char* button;
            const char* dialog;
        } dialogs[] = {{"newSecretButton", "createSecretDialog"},
                       {"replaceValueButton", "replaceSecretDialog"},
                       {"describeButton", "describeSecretDialog"},
                       {"detailsButton", "secretDetailsDialog"},
                       {"deleteSecretButton", "deleteSecretDialog"}};
        for (const auto& d : dialogs) {
            QVERIFY(selectRowShowing(secrets, "hf_token"));
            bool seen = false;
            whenShown(QLatin1String(d.dialog), [&](QWidget* dialog) {
                seen = true;
                walk(dialog, QLatin1String(d.dialog));
                dialog->close();
            });
            QTest::mouseClick(m_app.find<QAbstractButton>(d.button), Qt::LeftButton);
            QTRY_VERIFY2_WITH_TIMEOUT(seen, d.dialog, 10000);
            QTRY_VERIFY(!findShown(QLatin1String(d.dialog)));
        }
    }

    void secretSelector()
    {
        QVERIFY(m_app.showPage("pageTemplates"));
        auto* list = m_app.find<QTableView>("templateList");
        QVERIFY(selectRowShowing(list, "vLLM worker"));
        auto* env = m_app.find<QTableView>("envTable");
        QTRY_VERIFY(env && env->isVisible());
        const QModelIndex value = env->model()->index(0, 1);
        env->setFocus();
        env->setCurrentIndex(value);
        env->edit(value);
        auto* editor = env->findChild<QLineEdit*>("envValueEditor");
        QVERIFY(editor);
        walk(env, QStringLiteral("env value editor"));
        editor->end(false);
        QTest::keyClicks(editor, "{{");
        QTRY_VERIFY(findShown("secretSelector"));
        walk(findShown("secretSelector"), QStringLiteral("secret selector"));
        QTest::keyClicks(findShown("secretSelector")->findChild<QLineEdit*>("secretFilter"), "hf");
        walk(findShown("secretSelector"), QStringLiteral("secret selector, filtered"));
        QTest::keyClick(findShown("secretSelector")->findChild<QLineEdit*>("secretFilter"), Qt::Key_Escape);
        QTRY_VERIFY(!findShown("secretSelector"));
        QTest::keyClick(editor, Qt::Key_Escape);
    }

    void templateConflictDialog()
    {
        Template base;
        base.id = "tpl_1";
        base.name = "vLLM worker";
        base.image = "runpod/worker-vllm:1.6.0";
        base.diskGb = 20;
        base.env = {{"MODEL_NAME", "llama-3-70b"}, {"HF_TOKEN", "{{ RUNPOD_SECRET_hf_token }}"}};
        Template mine = base;
        mine.image = "runpod/worker-vllm:1.7.0";
        mine.env[0].value = "llama-3.1-70b";
        Template theirs = base;
        theirs.image = "runpod/worker-vllm:1.6.1";
        theirs.diskGb = 40;
        TemplateConflictDialog dialog(TemplateComparison::compare(base, mine, theirs), mine, theirs, m_app.window());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        walk(&dialog, QStringLiteral("template conflict"));
    }

    void confirmations()
    {
        Confirm::setTestHook({});
        for (const char* name : {"confirmation", "typedConfirmation"}) {
            bool seen = false;
            whenShown(QLatin1String(name), [&](QWidget* dialog) {
                seen = true;
                walk(dialog, QLatin1String(name));
                dialog->close();
            });
            if (QLatin1String(name) == QLatin1String("confirmation"))
                Confirm::ask(m_app.window(), "Disable key?", "Programs using it get 401.", "Disable");
            else
                Confirm::askTyped(m_app.window(), "Delete secret?", "Pods will fail.", "hf_token", "Delete");
            QVERIFY(seen);
        }
        Confirm::setTestHook([](const QString&, const QString&) { return false; });
    }

    // Last: what the walks above found.
    void noAltLetterIsTakenTwice()
    {
        QVERIFY(m_walked >= 20);
        QVERIFY2(m_mnemonicClashes.isEmpty(), qPrintable(QStringLiteral("%1 clashes:\n").arg(m_mnemonicClashes.size()) +
                                                         m_mnemonicClashes.join(QLatin1Char('\n'))));
    }

    void noControlIsUnnamed()
    {
        QVERIFY(m_walked >= 20);
        QVERIFY2(m_unnamed.isEmpty(), qPrintable(QStringLiteral("%1 unnamed controls:\n").arg(m_unnamed.size()) +
                                                 m_unnamed.join(QLatin1Char('\n'))));
    }

private:
    // Records every visible control of `window` without a name, and how many it looked at.
    void walk(QWidget* window, const QString& where)
    {
        QVERIFY2(window, qPrintable(where));
        QCoreApplication::processEvents();
        QList<QWidget*> widgets = window->findChildren<QWidget*>();
        widgets.prepend(window);
        int controls = 0;
        for (QWidget* widget : std::as_const(widgets)) {
            if (!widget->isVisible() || !isControl(widget))
                continue;
            ++controls;
            if (spokenName(widget).isEmpty())
                m_unnamed << where + QStringLiteral(": ") + describe(widget);
        }
        qInfo("%s: %d controls", qPrintable(where), controls);
        recordMnemonicClashes(window, widgets, where);
        ++m_walked;
        QVERIFY2(controls > 0, qPrintable(where));
    }

    // The Alt+letter of a text ("&Connect" is Alt+C), or a null QChar.
    static QChar mnemonicOf(const QString& text)
    {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != QLatin1Char('&'))
                continue;
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
        return {};
    }

    // Two visible controls of one window with the same Alt+letter: the second can never be reached
    // that way (issue 15: Connect and CA file were both Alt+C). The menu bar's titles count too.
    void recordMnemonicClashes(QWidget* window, const QList<QWidget*>& widgets, const QString& where)
    {
        QHash<QChar, QStringList> owners;
        for (QWidget* widget : widgets) {
            if (!widget->isVisible() || widget->window() != window)
                continue;
            QString text;
            if (auto* button = qobject_cast<QAbstractButton*>(widget))
                text = button->text();
            else if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy())
                text = label->text();
            else if (auto* box = qobject_cast<QGroupBox*>(widget); box && box->isCheckable())
                text = box->title();
            if (auto* bar = qobject_cast<QMenuBar*>(widget)) {
                for (QAction* action : bar->actions()) {
                    if (action->isVisible() && !mnemonicOf(action->text()).isNull())
                        owners[mnemonicOf(action->text())] << QStringLiteral("menu ") + action->text();
                }
            }
            const QChar letter = mnemonicOf(text);
            if (!letter.isNull() && widget->isEnabled())
                owners[letter] << text;
            else if (!letter.isNull())
                owners[letter] << text + QStringLiteral(" (disabled)");
        }
        for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
            if (it.value().size() > 1)
                m_mnemonicClashes << where + QStringLiteral(": Alt+") + it.key().toUpper() + QStringLiteral(" on ") +
                                         it.value().join(QStringLiteral(", "));
        }
    }

    QTemporaryDir m_home;
    QTranslator m_english;
    QTranslator m_german;
    QStringList m_mnemonicClashes;
    AppDriver m_app;
    QStringList m_unnamed;
    int m_walked = 0;
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
