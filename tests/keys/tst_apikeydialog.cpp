// The create/edit dialog of an API key and its write-access warning, driven through their widgets
// by objectName. With PODWARDEN_SCREENSHOT_DIR set, saves key-dialog.png and write-warning.png
// (and -dark variants) for the README.
#include "EndpointAccessModel.h"
#include "Theme.h"
#include "keys/ApiKeyDialog.h"
#include "keys/WriteAccessWarningDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTableView>
#include <QTimer>
#include <QTranslator>
#include <QtTest>

#include <memory>

using namespace podwarden;

namespace {

const char* const kEndpointSeeds[][2] = {
    {"ep_4m7x2k9q", "sdxl-turbo"},        {"ep_8c1d0zt3", "llama-3-70b-chat"}, {"ep_2hq9w5ke", "whisper-large-v3"},
    {"ep_6n3pv8ry", "embeddings-bge-m3"}, {"ep_0s7ub4lx", "flux-schnell"},     {"ep_5k2je9dm", "qwen2-vl-ocr"},
    {"ep_9w4fz1ca", "bark-tts"},          {"ep_3t8yq6nb", "cpu-preprocess"},   {"ep_7r5mx2gh", "rerank-gateway"},
    {"ep_1a6cv3jp", "nightly-eval"},
};

QList<Endpoint> demoEndpoints()
{
    QList<Endpoint> out;
    for (const auto& seed : kEndpointSeeds) {
        Endpoint e;
        e.id = QString::fromLatin1(seed[0]);
        e.name = QString::fromLatin1(seed[1]);
        e.type = EndpointType::Queue;
        e.hasGpu = true;
        e.gpu = EndpointGpu{};
        e.gpu->pools = QStringList{"ADA_24"};
        out << e;
    }
    return out;
}

QString idOf(const char* name)
{
    for (const auto& seed : kEndpointSeeds) {
        if (qstrcmp(seed[1], name) == 0)
            return QString::fromLatin1(seed[0]);
    }
    return {};
}

ApiKey keyWith(const QString& name, const AccessPolicy& policy, bool legacy = false)
{
    ApiKey key;
    key.id = "key_7f3a";
    key.name = name;
    key.prefix = legacy ? QString() : "rpa_9QX2";
    key.legacy = legacy;
    key.createdAt = QDateTime(QDate(2026, 9, 1), QTime(10, 0), Qt::UTC);
    key.createdBy = "ana@example.com";
    key.policy = policy;
    return key;
}

template <typename T> T* child(QWidget* parent, const char* name)
{
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

// With PODWARDEN_SCREENSHOT_DIR set, saves a PNG of `widget`; "-dark" is added in the dark palette.
void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("PODWARDEN_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    // Views lay out their scroll bars late: let every pending layout run before the picture.
    QTest::qWait(50);
    const QString suffix = Theme::isDark(QApplication::palette()) ? QStringLiteral("-dark") : QString();
    QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name + suffix + QStringLiteral(".png")));
}

// Clicks where a user would: on the indicator and label, not the empty end of a wide button.
void click(QAbstractButton* button)
{
    QStyleOptionButton option;
    option.initFrom(button);
    option.text = button->text();
    const QStyle::SubElement element =
        qobject_cast<QRadioButton*>(button) ? QStyle::SE_RadioButtonClickRect : QStyle::SE_CheckBoxClickRect;
    const QRect target = button->style()->subElementRect(element, &option, button);
    QTest::mouseClick(button, Qt::LeftButton, {}, target.center());
}

QWidget* findWarning()
{
    QWidget* modal = QApplication::activeModalWidget();
    if (modal && modal->objectName() == QLatin1String("writeAccessWarning"))
        return modal;
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget* w : windows) {
        if (w->isVisible() && w->objectName() == QLatin1String("writeAccessWarning"))
            return w;
    }
    return nullptr;
}

// Answers every write-access warning that opens while it lives, the way a user would: tick the
// acknowledgement and proceed, or cancel. What it saw is checked by the test afterwards.
class WarningAnswerer final : public QObject
{
public:
    enum class Answer { Proceed, Cancel };
    explicit WarningAnswerer(Answer answer, QString screenshotName = {})
        : m_answer(answer)
        , m_screenshot(std::move(screenshotName))
    {
        arm();
    }

    int seen = 0;
    bool proceedWasDisabledFirst = true;
    bool cancelWasDefault = true;
    QString heading;

private:
    void arm()
    {
        QTimer::singleShot(10, this, [this] { poll(); });
    }
    void poll()
    {
        QWidget* warning = findWarning();
        if (warning && warning->isVisible()) {
            ++seen;
            auto* ack = child<QCheckBox>(warning, "acknowledgeWriteAccess");
            auto* proceed = child<QPushButton>(warning, "proceedWriteAccess");
            auto* cancel = child<QPushButton>(warning, "cancelWriteAccess");
            auto* headingLabel = child<QLabel>(warning, "writeAccessHeading");
            heading = headingLabel ? headingLabel->text() : QString();
            proceedWasDisabledFirst = proceedWasDisabledFirst && proceed && !proceed->isEnabled();
            cancelWasDefault = cancelWasDefault && cancel && cancel->isDefault();
            if (!m_screenshot.isEmpty()) {
                if (ack)
                    ack->setChecked(true);
                screenshot(warning, m_screenshot);
                if (ack)
                    ack->setChecked(false);
            }
            if (m_answer == Answer::Proceed && ack && proceed) {
                click(ack);
                QTest::mouseClick(proceed, Qt::LeftButton);
            } else if (cancel) {
                QTest::mouseClick(cancel, Qt::LeftButton);
            }
            // Whatever happened, the warning must be gone before the next poll looks again.
            if (warning->isVisible())
                warning->close();
        }
        arm();
    }

    Answer m_answer;
    QString m_screenshot;
};

struct DialogFixture
{
    std::unique_ptr<ApiKeyDialog> dialog;
    QLineEdit* name = nullptr;
    QRadioButton* all = nullptr;
    QRadioButton* readOnly = nullptr;
    QRadioButton* restricted = nullptr;
    QComboBox* api = nullptr;
    QLineEdit* filter = nullptr;
    QTableView* table = nullptr;
    QComboBox* setAllLevel = nullptr;
    QPushButton* setAllButton = nullptr;
    QLabel* count = nullptr;
    QLabel* hint = nullptr;
    QPushButton* accept = nullptr;

    bool open(ApiKeyDialog::Mode mode, const QList<Endpoint>& endpoints = demoEndpoints())
    {
        dialog = std::make_unique<ApiKeyDialog>(mode, endpoints);
        return bind();
    }

    bool bind()
    {
        QWidget* d = dialog.get();
        name = child<QLineEdit>(d, "keyName");
        all = child<QRadioButton>(d, "presetAll");
        readOnly = child<QRadioButton>(d, "presetReadOnly");
        restricted = child<QRadioButton>(d, "presetRestricted");
        api = child<QComboBox>(d, "apiLevel");
        filter = child<QLineEdit>(d, "endpointFilter");
        table = child<QTableView>(d, "endpointTable");
        setAllLevel = child<QComboBox>(d, "setAllShownLevel");
        setAllButton = child<QPushButton>(d, "setAllShownButton");
        count = child<QLabel>(d, "grantedCount");
        hint = child<QLabel>(d, "nothingGrantedHint");
        accept = child<QPushButton>(d, "acceptKey");
        return name && all && readOnly && restricted && api && filter && table && setAllLevel && setAllButton &&
               count && hint && accept;
    }

    bool show()
    {
        dialog->show();
        return QTest::qWaitForWindowExposed(dialog.get());
    }

    AccessLevel apiLevel() const { return static_cast<AccessLevel>(api->currentData().toInt()); }

    // The proxy index of the access cell of the endpoint called `endpointName`, as shown.
    QModelIndex accessCell(const char* endpointName) const
    {
        QAbstractItemModel* model = table->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, EndpointAccessModel::Access);
            if (index.data(EndpointAccessModel::EndpointIdRole).toString() == idOf(endpointName))
                return index;
        }
        return {};
    }

    // Picks `level` in the API combo from the keyboard, as a user would.
    void chooseApiLevel(AccessLevel level)
    {
        api->setFocus();
        const int target = api->findData(static_cast<int>(level));
        while (api->currentIndex() != target) {
            const int before = api->currentIndex();
            QTest::keyClick(api, api->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
            if (api->currentIndex() == before)
                break; // refused by the warning: the choice went back
        }
    }
};

// `text` once the English catalogue has the plural forms of the count; until lupdate has added
// them, the source text with its "(s)", and a warning saying so.
QString englishPlurals(const QString& text)
{
    if (!QCoreApplication::translate("podwarden::ApiKeyDialog", "%n endpoint(s): %1", nullptr, 2).contains("(s)"))
        return text;
    qWarning("podwarden_en.ts lacks the plural forms of the key dialog's endpoint count");
    QString source = text;
    return source.replace(QRegularExpression("^(\\d+) endpoints?:"), "\\1 endpoint(s):");
}

AccessPolicy policyWithCustomStatements()
{
    // Built in code: moc cannot read raw string literals.
    const QJsonObject condition{{"IpAddress", QJsonObject{{"aws:SourceIp", "203.0.113.0/24"}}}};
    const QJsonArray docs{
        QJsonObject{{"Version", "2024-09-01"},
                    {"Statement", QJsonArray{QJsonObject{{"Effect", "Allow"},
                                                         {"Actions", QJsonArray{"api:Read"}},
                                                         {"Resources", QJsonArray{"runpod/api/*"}}},
                                             QJsonObject{{"Effect", "Allow"},
                                                         {"Actions", QJsonArray{"s3:GetObject"}},
                                                         {"Resources", QJsonArray{"runpod/storage/vol_91/*"}}}}}},
        QJsonObject{{"Version", "2025-03-01"},
                    {"Statement", QJsonArray{QJsonObject{{"Effect", "Allow"},
                                                         {"Actions", QJsonArray{"serverless:Read"}},
                                                         {"Resources", QJsonArray{"runpod/serverless/*/ep_2hq9w5ke/*"}},
                                                         {"Condition", condition}}}}}};
    auto decoded = AccessPolicy::fromDocuments(docs);
    return decoded ? decoded.value() : AccessPolicy();
}

} // namespace

class TestApiKeyDialog final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void startsRestrictedWithNothing();
    void createsARestrictedKeyWithTwoEndpoints();
    void nameMustBeValid();
    void restrictedSectionFollowsThePreset();
    void apiReadWriteWarningCancelRestoresTheLevel();
    void apiReadWriteWarningProceedKeepsTheLevel();
    void allPresetWarningCancelRestoresThePreset();
    void allPresetWarningProceedKeepsThePreset();
    void noSecondWarningWhileAlreadyWriting();
    void editingAWritingKeyDoesNotWarn();
    void editKeepsCustomStatements();
    void editKeepsDeletedEndpointsAndTheAllEndpointsLevel();
    void legacyKeyIsReadOnly();
    void writeKeysNeedAnExpiryWhenRequired();
    void createReopensWithADraft();
    void warningDialogAsksForAcknowledgement();
    void mnemonicsReachThePresets();
    void screenshots();

private:
    QTranslator m_english;
};

void TestApiKeyDialog::initTestCase()
{
    Theme::apply(Theme::Scheme::Light);
    // English plurals ("2 endpoints") come from the English catalogue, as in the app.
    QVERIFY(m_english.load(QStringLiteral(":/i18n/podwarden_en.qm")));
    QCoreApplication::installTranslator(&m_english);
}

void TestApiKeyDialog::startsRestrictedWithNothing()
{
    DialogFixture f;
    QVERIFY(f.open(ApiKeyDialog::Mode::Create));
    QVERIFY(f.show());
    QCOMPARE(f.dialog->objectName(), QString("apiKeyDialog"));
    QVERIFY(f.restricted->isChecked());
    QCOMPARE(f.apiLevel(), AccessLevel::None);
    QCOMPARE(f.table->model()->rowCount(), 10);
    QVERIFY(!f.accept->isEnabled());
    QVERIFY(f.hint->isVisible());
    QCOMPARE(f.count->text(), QString("No endpoint granted"));
    QVERIFY(!f.dialog->isReadOnly());
    QCOMPARE(f.dialog->policy(), AccessPolicy::restricted(AccessLevel::None));
    QVERIFY(!child<QWidget>(f.dialog.get(), "legacyExplanation")->isVisible());
    QVERIFY(!child<QWidget>(f.dialog.get(), "customStatements")->isVisible());
    QVERIFY(!f.table->accessibleName().isEmpty());
    QVERIFY(!f.api->accessibleName().isEmpty());
}

void TestApiKeyDialog::createsARestrictedKeyWithTwoEndpoints()
{
    DialogFixture f;
    QVERIFY(f.open(ApiKeyDialog::Mode::Create));
    QVERIFY(f.show());
    WarningAnswerer unexpected(WarningAnswerer::Answer::Cancel);

    QTest::keyClicks(f.name, "  ci-deployer ");
    QVERIFY(f.accept->isEnabled());
    QCOMPARE(f.dialog->name(), QString("ci-deployer"));

    // Through Read Only and back: neither asks, and the restricted section follows.
    click(f.readOnly);
    QVERIFY(f.readOnly->isChecked());
    QVERIFY(!f.table->isEnabled());
    click(f.restricted);
    QVERIFY(f.restricted->isChecked());
    QVERIFY(f.table->isEnabled());
    f.chooseApiLevel(AccessLevel::Read);
    QCOMPARE(f.apiLevel(), AccessLevel::Read);
    QVERIFY(!f.hint->isVisible());

    // The filter narrows by name; 2 on the current access cell picks Read-Write.
    QTest::keyClicks(f.filter, "WHISPER");
    QCOMPARE(f.table->model()->rowCount(), 1);
    f.table->setFocus();
    f.table->setCurrentIndex(f.accessCell("whisper-large-v3"));
    QTest::keyClick(f.table, Qt::Key_2);
    QCOMPARE(f.accessCell("whisper-large-v3").data(Qt::EditRole).toInt(), int(AccessLevel::ReadWrite));

    // The filter matches ids too; "set all shown to" Read reaches only the one shown.
    f.filter->clear();
    QTest::keyClicks(f.filter, idOf("llama-3-70b-chat"));
    QCOMPARE(f.table->model()->rowCount(), 1);
    QVERIFY(f.count->text().contains("1 of 10 shown"));
    f.setAllLevel->setCurrentIndex(f.setAllLevel->findData(int(AccessLevel::Read)));
    QTest::mouseClick(f.setAllButton, Qt::LeftButton);
    f.filter->clear();
    QCOMPARE(f.table->model()->rowCount(), 10);

    // F2 opens the list on sdxl; Down picks Read, and 0 takes it back to None. Space cycles.
    const QModelIndex sdxl = f.accessCell("sdxl-turbo");
    f.table->setFocus();
    f.table->setCurrentIndex(sdxl);
    QTest::keyClick(f.table, Qt::Key_F2);
    auto* editor = f.table->findChild<QComboBox*>("accessLevelEditor");
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_Down);
    QCOMPARE(f.accessCell("sdxl-turbo").data(Qt::EditRole).toInt(), int(AccessLevel::Read));
    QTRY_VERIFY(!f.table->findChild<QComboBox*>("accessLevelEditor") ||
                !f.table->findChild<QComboBox*>("accessLevelEditor")->isVisible());
    f.table->setCurrentIndex(f.accessCell("sdxl-turbo"));
    QTest::keyClick(f.table, Qt::Key_0);
    QCOMPARE(f.accessCell("sdxl-turbo").data(Qt::EditRole).toInt(), int(AccessLevel::None));
    f.table->setCurrentIndex(f.accessCell("sdxl-turbo"));
    QTest::keyClick(f.table, Qt::Key_Space);
    QCOMPARE(f.accessCell("sdxl-turbo").data(Qt::EditRole).toInt(), int(AccessLevel::Read));
    QTest::keyClick(f.table, Qt::Key_Space);
    QTest::keyClick(f.table, Qt::Key_Space);
    QCOMPARE(f.accessCell("sdxl-turbo").data(Qt::EditRole).toInt(), int(AccessLevel::None));

    QCOMPARE(f.count->text(), englishPlurals("2 endpoints: 1 read, 1 read-write"));
    const AccessPolicy expected =
        AccessPolicy::restricted(AccessLevel::Read, {{idOf("whisper-large-v3"), AccessLevel::ReadWrite},
                                                     {idOf("llama-3-70b-chat"), AccessLevel::Read}});
    QCOMPARE(f.dialog->policy(), expected);
    QCOMPARE(unexpected.seen, 0);

    QVERIFY(f.accept->isEnabled());
    QTest::mouseClick(f.accept, Qt::LeftButton);
    QCOMPARE(f.dialog->result(), int(QDialog::Accepted));
}

void TestApiKeyDialog::nameMustBeValid()
{
    DialogFixture f;
    QVERIFY(f.open(ApiKeyDialog::Mode::Create));
    QVERIFY(f.show());
    auto* problem = child<QLabel>(f.dialog.get(), "nameProblem");
    QVERIFY(problem);
    QVERIFY(!f.accept->isEnabled());
    QVERIFY(problem->isVisible());
    QTest::keyClicks(f.name, "   ");
    QVERIFY(!f.accept->isEnabled());
    f.name->setText(QString(ApiKeyDialog::kMaxNameLength + 1, QLatin1Char('k')));
    QVERIFY(!f.accept->isEnabled());
    QVERIFY2(problem->text().contains("at most 64"), qPrintable(problem->text()));
    f.name->setText(QString(ApiKeyDialog::kMaxNameLength, QLatin1Char('k')));
    QVERIFY(f.accept->isEnabled());
    QVERIFY(!problem->isVisible());

    // A name another key has is allowed, with a word about it.
    f.dialog->setTakenNames({"ci-deployer", "notebook"});
    f.name->setText("ci-deployer");
    QVERIFY(f.accept->isEnabled());
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains("ci-deployer"));
    f.name->setText("ci-deployer-2");
    QVERIFY(!problem->isVisible());
}

void TestApiKeyDialog::restrictedSectionFollowsThePreset()
{
    DialogFixture f;
    QVERIFY(f.open(ApiKeyDialog::Mode::Create));
    QVERIFY(f.show());
    QVERIFY(f.api->isEnabled() && f.filter->isEnabled() && f.table->isEnabled() && f.setAllButton->isEnabled());
    click(f.readOnly);
    QVERIFY(!f.api->isEnabled() && !f.filter->isEnabled() && !f.table->isEnabled() && !f.setAllButton->isEnabled());
    QVERIFY(!f.hint->isVisible());
    QCOMPARE(f.dialog->policy(), AccessPolicy::readOnly());
    click(f.restricted);
    QVERIFY(f.api->isEnabled() && f.table->isEnabled());
}

void TestApiKeyDialog::apiReadWriteWarningCancelRestoresTheLevel()
{
    DialogFixture f;
    QVERIFY(f.open(ApiKeyDialog::Mode::Create));
    QVERIFY(f.show());
    f.name->setText("deployer <b>bold</b>");
    f.chooseApiLevel(AccessLevel::Read);
    WarningAnswerer answerer(WarningAnswerer::Answer::Cancel);
    f.api->setFocus();
    QTest::keyClick(f.api, Qt::Key_Down); // Read -> Read-Write
    QCOMPARE(answerer.seen, 1);
    QVERIFY(answerer.proceedWasDisabledFirst);
    QVERIFY(answerer.cancelWasDefault);
    // The key's name is escaped in the warning's rich text.
    QVERIFY2(answerer.heading.contains("deployer &lt;b&gt;bold&lt;/b&gt;"), qPrintable(answerer.heading));
    QCOMPARE(f.apiLevel(), AccessLevel::Read);
    QCOMPARE(f.dialog->policy(), AccessPolicy::restricted(AccessLevel::Read));

    // Again, by setting the combo from code: the same question, the same answer.
    f.api->setCurrentIndex(f.api->findData(int(AccessLevel::ReadWrite)));
    QCOMPARE(answerer.seen, 2);
    QCOMPARE(f.apiLevel(), AccessLevel::Read);
}

void TestApiKeyDialog::apiReadWriteWarningProceedKeepsTheLevel()
{
    DialogFixture f;
    QVERIFY(f.open(ApiKeyDialog::Mode::Create));
    QVERIFY(f.show());
    f.name->setText("ops-automation");
    WarningAnswerer answerer(WarningAnswerer::Answer::Proceed);
    f.chooseApiLevel(AccessLevel::ReadWrite); // None -> Read (no question) -> Read-Write
    QCOMPARE(answerer.seen, 1);
    QVERIFY(answerer.heading.contains("ops-automation"));
    QCOMPARE(f.apiLevel(), AccessLevel::ReadWrite);
    QCOMPARE(f.dialog->policy(), AccessPolicy::restricted(AccessLevel::ReadWrite));
    QVERIFY(f.dialog->policy().canWriteApi());

    // Down to Read and up again is a new change to write access: asked again.
    f.chooseApiLevel(AccessLevel::Read);
    QCOMPARE(answerer.seen, 1);
    f.chooseApiLevel(AccessLevel::ReadWrite);
    QCOMPARE(answerer.seen, 2);
    QCOMPARE(f.apiLevel(), AccessLevel::ReadWrite);
}

void TestApiKeyDialog::allPresetWarningCancelRestoresThePreset()
{
    DialogFixture f;
    QVERIFY(f.open(ApiKeyDialog::Mode::Create));
    QVERIFY(f.show());
    f.name->setText("notebook");
    f.chooseApiLevel(AccessLevel::Read);
    WarningAnswerer answerer(WarningAnswerer::Answer::Cancel);
    click(f.all);
    QCOMPARE(answerer.seen, 1);
    QVERIFY(f.restricted->isChecked());
    QVERIFY(!f.all->isChecked());
    QVERIFY(f.table->isEnabled());
    QCOMPARE(f.apiLevel(), AccessLevel::Read);
    QCOMPARE(f.dialog->policy(), AccessPolicy::restricted(AccessLevel::Read));

    // From Read Only the refusal goes back to Read Only.
    click(f.readOnly);
    QCOMPARE(answerer.seen, 1);
    click(f.all);
    QCOMPARE(answerer.seen, 2);
    QVERIFY(f.readOnly->isChecked());
    QCOMPARE(f.dialog->policy(), AccessPolicy::readOnly());

    // From the keyboard: the arrow moves to All, the refusal moves back.
    f.dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f.dialog.get()));
    f.readOnly->setFocus();
    QVERIFY(f.readOnly->hasFocus());
    QTest::keyClick(f.readOnly, Qt::Key_Up);
    QCOMPARE(answerer.seen, 3);
    QVERIFY(f.readOnly->isChecked());
}

void TestApiKeyDialog::allPresetWarningProceedKeepsThePreset()
{
    DialogFixture f;
    QVERIFY(f.open(ApiKeyDialog::Mode::Create));
    QVERIFY(f.show());
    f.name->setText("owner");
    WarningAnswerer answerer(WarningAnswerer::Answer::Proceed);
    click(f.all);
    QCOMPARE(answerer.seen, 1);
    QVERIFY(f.all->isChecked());
    QVERIFY(!f.table->isEnabled());
    QCOMPARE(f.dialog->policy(), AccessPolicy::all());
    // Leaving All asks nothing.
    click(f.readOnly);
    QCOMPARE(answerer.seen, 1);
    QCOMPARE(f.dialog->policy(), AccessPolicy::readOnly());
}

void TestApiKeyDialog::noSecondWarningWhileAlreadyWriting()
{
    DialogFixture f;
    QVERIFY(f.open(ApiKeyDialog::Mode::Create));
    QVERIFY(f.show());
    f.name->setText("ops");
    WarningAnswerer answerer(WarningAnswerer::Answer::Proceed);
    f.chooseApiLevel(AccessLevel::ReadWrite);
    QCOMPARE(answerer.seen, 1);
    // Restricted with API Read-Write to All: the API level does not change, so no question.
    click(f.all);
    QCOMPARE(answerer.seen, 1);
    QVERIFY(f.all->isChecked());
    click(f.restricted);
    QCOMPARE(answerer.seen, 1);
    QCOMPARE(f.apiLevel(), AccessLevel::ReadWrite);
    // Read Only, then Restricted with its Read-Write level kept: that is a change to write access.
    click(f.readOnly);
    click(f.restricted);
    QCOMPARE(answerer.seen, 2);
    QVERIFY(f.restricted->isChecked());
}

void TestApiKeyDialog::editingAWritingKeyDoesNotWarn()
{
    WarningAnswerer answerer(WarningAnswerer::Answer::Cancel);
    {
        DialogFixture f;
        QVERIFY(f.open(ApiKeyDialog::Mode::Edit));
        f.dialog->setKey(keyWith("Owner admin", AccessPolicy::all()));
        QVERIFY(f.show());
        QCOMPARE(answerer.seen, 0);
        QVERIFY(f.all->isChecked());
        QCOMPARE(f.name->text(), QString("Owner admin"));
        QCOMPARE(f.accept->text(), QString("&Save"));
        QVERIFY(f.accept->isEnabled());
        QCOMPARE(f.dialog->policy(), AccessPolicy::all());
        // Narrowing asks nothing; widening again does, and a refusal keeps the narrower choice.
        click(f.restricted);
        QCOMPARE(answerer.seen, 0);
        QCOMPARE(f.dialog->policy(), AccessPolicy::restricted(AccessLevel::None));
        click(f.all);
        QCOMPARE(answerer.seen, 1);
        QVERIFY(f.restricted->isChecked());
    }
    {
        DialogFixture f;
        QVERIFY(f.open(ApiKeyDialog::Mode::Edit));
        const AccessPolicy policy =
            AccessPolicy::restricted(AccessLevel::ReadWrite, {{idOf("flux-schnell"), AccessLevel::Read}});
        f.dialog->setKey(keyWith("deployer", policy));
        QVERIFY(f.show());
        QCOMPARE(answerer.seen, 1);
        QVERIFY(f.restricted->isChecked());
        QCOMPARE(f.apiLevel(), AccessLevel::ReadWrite);
        QCOMPARE(f.accessCell("flux-schnell").data(Qt::EditRole).toInt(), int(AccessLevel::Read));
        QCOMPARE(f.dialog->policy(), policy);
        QCOMPARE(f.count->text(), englishPlurals("1 endpoint: 1 read"));
    }
}

void TestApiKeyDialog::editKeepsCustomStatements()
{
    const AccessPolicy original = policyWithCustomStatements();
    QCOMPARE(original.customStatements().size(), 2);
    DialogFixture f;
    QVERIFY(f.open(ApiKeyDialog::Mode::Edit));
    f.dialog->setKey(keyWith("storage-sync", original));
    QVERIFY(f.show());
    auto* custom = child<QListWidget>(f.dialog.get(), "customStatements");
    QVERIFY(custom);
    QVERIFY(custom->isVisible());
    QCOMPARE(custom->count(), 2);
    QVERIFY(custom->item(0)->text().contains("s3:GetObject"));
    QVERIFY(custom->item(1)->toolTip().contains("203.0.113.0/24"));
    QVERIFY(!f.hint->isVisible()); // the custom statements grant something
    QCOMPARE(f.dialog->policy(), original);

    // Changing what the console understands leaves the custom statements as they came.
    f.chooseApiLevel(AccessLevel::None);
    f.table->setCurrentIndex(f.accessCell("bark-tts"));
    QTest::keyClick(f.table, Qt::Key_1);
    AccessPolicy policy = f.dialog->policy();
    QCOMPARE(policy.customStatements(), original.customStatements());
    QCOMPARE(policy.apiLevel(), AccessLevel::None);
    QCOMPARE(policy.endpointLevels(), (QMap<QString, AccessLevel>{{idOf("bark-tts"), AccessLevel::Read}}));
    // ... and they survive the trip to the wire and back.
    QCOMPARE(AccessPolicy::fromDocuments(policy.toDocuments())->customStatements(), original.customStatements());

    click(f.readOnly);
    policy = f.dialog->policy();
    QCOMPARE(policy.customStatements(), original.customStatements());
    QCOMPARE(policy.apiLevel(), AccessLevel::Read);
    QCOMPARE(policy.allEndpointsLevel(), AccessLevel::Read);
}

void TestApiKeyDialog::editKeepsDeletedEndpointsAndTheAllEndpointsLevel()
{
    AccessPolicy original = AccessPolicy::restricted(
        AccessLevel::Read, {{"ep_deleted1", AccessLevel::ReadWrite}, {idOf("nightly-eval"), AccessLevel::ReadWrite}});
    original.setAllEndpointsLevel(AccessLevel::Read);
    DialogFixture f;
    QVERIFY(f.open(ApiKeyDialog::Mode::Edit));
    f.dialog->setKey(keyWith("eval-runner", original));
    QCOMPARE(f.dialog->policy(), original); // the same before the dialog is ever shown
    QVERIFY(f.show());
    QCOMPARE(f.table->model()->rowCount(), 11);
    QTest::keyClicks(f.filter, "ep_deleted1");
    QCOMPARE(f.table->model()->rowCount(), 1);
    const QModelIndex deleted = f.table->model()->index(0, EndpointAccessModel::Name);
    QVERIFY(deleted.data(EndpointAccessModel::NotFoundRole).toBool());
    QVERIFY(deleted.data().toString().contains("not found"));
    auto* allEndpoints = child<QComboBox>(f.dialog.get(), "allEndpointsLevel");
    QVERIFY(allEndpoints && allEndpoints->isVisible());
    QCOMPARE(allEndpoints->currentData().toInt(), int(AccessLevel::Read));
    QCOMPARE(f.dialog->policy(), original);

    // Lowering the all-endpoints level is possible and keeps the per-endpoint grants.
    allEndpoints->setCurrentIndex(allEndpoints->findData(int(AccessLevel::None)));
    AccessPolicy lowered = original;
    lowered.setAllEndpointsLevel(AccessLevel::None);
    QCOMPARE(f.dialog->policy(), lowered);

    // A new key never shows that row.
    DialogFixture fresh;
    QVERIFY(fresh.open(ApiKeyDialog::Mode::Create));
    QVERIFY(fresh.show());
    QVERIFY(!child<QComboBox>(fresh.dialog.get(), "allEndpointsLevel")->isVisible());
}

void TestApiKeyDialog::writeKeysNeedAnExpiryWhenRequired()
{
    // The Preferences rule: a key with API write access is not saved without an expiry.
    WarningAnswerer answerer(WarningAnswerer::Answer::Proceed);
    DialogFixture f;
    QVERIFY(f.open(ApiKeyDialog::Mode::Create));
    f.dialog->setRequireExpiryForApiWrite(true);
    QVERIFY(f.show());
    QTest::keyClicks(f.name, "deployer");
    auto* required = child<QLabel>(f.dialog.get(), "expiryRequired");
    auto* expiry = child<QComboBox>(f.dialog.get(), "expiryChoice");
    click(f.readOnly);
    QVERIFY(f.accept->isEnabled()); // no API write: Never is fine
    QVERIFY(!required->isVisible());
    click(f.all);
    QVERIFY(!f.accept->isEnabled());
    QVERIFY(required->isVisible());
    QVERIFY(required->text().contains("expiry"));
    expiry->setCurrentIndex(expiry->findData(90));
    QVERIFY(f.accept->isEnabled());
    QVERIFY(!required->isVisible());
    // Without the rule, Never is accepted for the same key.
    expiry->setCurrentIndex(expiry->findData(0));
    f.dialog->setRequireExpiryForApiWrite(false);
    QVERIFY(f.accept->isEnabled());
}

void TestApiKeyDialog::legacyKeyIsReadOnly()
{
    WarningAnswerer answerer(WarningAnswerer::Answer::Proceed);
    AccessPolicy legacyPolicy = AccessPolicy::restricted(AccessLevel::Read);
    legacyPolicy.setAllEndpointsLevel(AccessLevel::ReadWrite);
    DialogFixture f;
    QVERIFY(f.open(ApiKeyDialog::Mode::Edit));
    f.dialog->setKey(keyWith("old-notebook", legacyPolicy, true));
    QVERIFY(f.show());
    QCOMPARE(answerer.seen, 0);
    QVERIFY(f.dialog->isReadOnly());
    auto* explanation = child<QLabel>(f.dialog.get(), "legacyExplanation");
    QVERIFY(explanation && explanation->isVisible());
    QVERIFY(explanation->text().contains("legacy"));
    QVERIFY(!f.accept->isVisible() || !f.accept->isEnabled());
    QVERIFY(f.name->isReadOnly());
    QVERIFY(!f.all->isEnabled() && !f.readOnly->isEnabled() && !f.restricted->isEnabled());
    QVERIFY(!f.api->isEnabled());
    QVERIFY(!f.table->isEnabled());
    QVERIFY(!child<QLabel>(f.dialog.get(), "nameProblem")->isVisible());
    click(f.all);
    QCOMPARE(answerer.seen, 0);
    QCOMPARE(f.dialog->policy(), legacyPolicy);
    QCOMPARE(f.dialog->name(), QString("old-notebook"));
    // Its expiry is the one thing that can change (SERVICE.md 5.2): Save comes on with it.
    auto* expiry = child<QComboBox>(f.dialog.get(), "expiryChoice");
    QVERIFY(expiry && expiry->isEnabled());
    expiry->setCurrentIndex(expiry->findData(90));
    QVERIFY(f.dialog->expiryChanged());
    QVERIFY(f.accept->isVisible() && f.accept->isEnabled());
    QVERIFY(f.dialog->expiresAt().has_value());
    QCOMPARE(f.dialog->policy(), legacyPolicy);
    expiry->setCurrentIndex(expiry->findData(0));
    QVERIFY(!f.accept->isEnabled());
    auto* close = child<QPushButton>(f.dialog.get(), "cancelKey");
    QVERIFY(close && close->isVisible());
    QTest::mouseClick(close, Qt::LeftButton);
    QCOMPARE(f.dialog->result(), int(QDialog::Rejected));
}

void TestApiKeyDialog::createReopensWithADraft()
{
    // After the service refused a new key, the page opens Create again with what was typed.
    WarningAnswerer answerer(WarningAnswerer::Answer::Cancel);
    DialogFixture f;
    QVERIFY(f.open(ApiKeyDialog::Mode::Create));
    f.dialog->setTakenNames({"owner"});
    ApiKey draft;
    draft.name = "owner";
    draft.policy = AccessPolicy::all();
    f.dialog->setKey(draft);
    QVERIFY(f.show());
    QCOMPARE(answerer.seen, 0); // acknowledged before
    QCOMPARE(f.dialog->windowTitle(), QString("New API key"));
    QCOMPARE(f.accept->text(), QString("Create &key"));
    QVERIFY(f.all->isChecked());
    QVERIFY(f.accept->isEnabled());
    QVERIFY(child<QLabel>(f.dialog.get(), "nameProblem")->isVisible()); // "owner" is taken
    QCOMPARE(f.dialog->policy(), AccessPolicy::all());
}

void TestApiKeyDialog::warningDialogAsksForAcknowledgement()
{
    WriteAccessWarningDialog dialog("a&b <i>");
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* ack = child<QCheckBox>(&dialog, "acknowledgeWriteAccess");
    auto* proceed = child<QPushButton>(&dialog, "proceedWriteAccess");
    auto* cancel = child<QPushButton>(&dialog, "cancelWriteAccess");
    QVERIFY(ack && proceed && cancel);
    QVERIFY(!proceed->isEnabled());
    QVERIFY(cancel->isDefault());
    QVERIFY(child<QLabel>(&dialog, "writeAccessHeading")->text().contains("a&amp;b &lt;i&gt;"));
    const QString body = child<QLabel>(&dialog, "writeAccessBody")->text();
    for (const char* word : {"pods", "endpoints", "templates", "secrets", "API keys", "balance"})
        QVERIFY2(body.contains(QLatin1String(word)), word);
    QVERIFY(child<QLabel>(&dialog, "writeAccessAdvice")->text().contains("Restricted"));
    click(ack);
    QVERIFY(proceed->isEnabled());
    QVERIFY(cancel->isDefault()); // still: Enter alone never grants
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    // confirm(): true only through the acknowledgement and the proceed button.
    {
        WarningAnswerer answerer(WarningAnswerer::Answer::Proceed);
        QVERIFY(WriteAccessWarningDialog::confirm(nullptr, "k"));
        QCOMPARE(answerer.seen, 1);
    }
    {
        WarningAnswerer answerer(WarningAnswerer::Answer::Cancel);
        QVERIFY(!WriteAccessWarningDialog::confirm(nullptr, QString()));
        QCOMPARE(answerer.seen, 1);
        QVERIFY(answerer.heading.contains("This key"));
    }
}

void TestApiKeyDialog::mnemonicsReachThePresets()
{
    DialogFixture f;
    QVERIFY(f.open(ApiKeyDialog::Mode::Create));
    QVERIFY(f.show());
    f.dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f.dialog.get()));
    QTest::keyClick(f.dialog.get(), Qt::Key_O, Qt::AltModifier);
    QTRY_VERIFY(f.readOnly->isChecked());
    QTest::keyClick(f.dialog.get(), Qt::Key_R, Qt::AltModifier);
    QTRY_VERIFY(f.restricted->isChecked());
    QTest::keyClick(f.dialog.get(), Qt::Key_F, Qt::AltModifier);
    QTRY_VERIFY(f.filter->hasFocus());
    QTest::keyClick(f.dialog.get(), Qt::Key_N, Qt::AltModifier);
    QTRY_VERIFY(f.name->hasFocus());
}

void TestApiKeyDialog::screenshots()
{
    if (qEnvironmentVariableIsEmpty("PODWARDEN_SCREENSHOT_DIR"))
        QSKIP("PODWARDEN_SCREENSHOT_DIR is not set");
    for (Theme::Scheme scheme : {Theme::Scheme::Light, Theme::Scheme::Dark}) {
        Theme::apply(scheme);
        DialogFixture f;
        QVERIFY(f.open(ApiKeyDialog::Mode::Create));
        QVERIFY(f.show());
        f.name->setText("ci-deployer");
        f.chooseApiLevel(AccessLevel::Read);
        auto* model = f.table->model();
        model->setData(f.accessCell("whisper-large-v3"), int(AccessLevel::ReadWrite));
        model->setData(f.accessCell("llama-3-70b-chat"), int(AccessLevel::Read));
        model->setData(f.accessCell("embeddings-bge-m3"), int(AccessLevel::Read));
        screenshot(f.dialog.get(), "key-dialog");
        {
            WarningAnswerer answerer(WarningAnswerer::Answer::Cancel, "write-warning");
            click(f.all);
            QCOMPARE(answerer.seen, 1);
        }

        DialogFixture legacy;
        QVERIFY(legacy.open(ApiKeyDialog::Mode::Edit));
        legacy.dialog->setKey(keyWith("old-notebook", AccessPolicy::readOnly(), true));
        QVERIFY(legacy.show());
        screenshot(legacy.dialog.get(), "key-dialog-legacy");

        DialogFixture custom;
        QVERIFY(custom.open(ApiKeyDialog::Mode::Edit));
        AccessPolicy policy = policyWithCustomStatements();
        policy.setEndpointLevel("ep_deleted1", AccessLevel::ReadWrite);
        custom.dialog->setKey(keyWith("storage-sync", policy));
        QVERIFY(custom.show());
        screenshot(custom.dialog.get(), "key-dialog-custom");
    }
    Theme::apply(Theme::Scheme::Light);
}

QTEST_MAIN(TestApiKeyDialog)
#include "tst_apikeydialog.moc"
