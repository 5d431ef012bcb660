// The env table's value column, offscreen: the secret selector on its own (filter, keys, empty
// states), the value editor putting references in from its button and from "{{" without being
// closed or committed while the selector has the focus, and the highlighting of known and unknown
// references. With PODWARDEN_SCREENSHOT_DIR set, saves env-references.png and secret-selector.png
// (with "-dark" when PODWARDEN_SCREENSHOT_PALETTE=dark, which also switches the palette).
#include "EnvTableModel.h"
#include "SecretReference.h"
#include "Theme.h"
#include "templates/EnvValueDelegate.h"
#include "templates/SecretSelector.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPointer>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

#include <memory>

using namespace podwarden;

namespace {

Secret secret(const QString& name, const QString& description)
{
    Secret s;
    s.id = "sec_" + name;
    s.name = name;
    s.description = description;
    return s;
}

QList<Secret> demoSecrets()
{
    return {secret("hf_token", "Hugging Face read token"), secret("wandb_api_key", "Weights & Biases"),
            secret("openai_key", "OpenAI")};
}

QSet<QString> namesOf(const QList<Secret>& secrets)
{
    QSet<QString> names;
    for (const Secret& s : secrets)
        names.insert(s.name);
    return names;
}

// The selector the editor opened: a popup window, so a top-level widget.
SecretSelector* shownSelector()
{
    const auto widgets = QApplication::topLevelWidgets();
    for (QWidget* w : widgets) {
        if (w->objectName() == QLatin1String("secretSelector") && w->isVisible())
            return qobject_cast<SecretSelector*>(w);
    }
    return nullptr;
}

QModelIndex rowNamed(QListView* list, const QString& name)
{
    QAbstractItemModel* model = list->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(SecretSelector::NameRole).toString() == name)
            return index;
    }
    return {};
}

bool darkScreenshots()
{
    return qEnvironmentVariable("PODWARDEN_SCREENSHOT_PALETTE") == QLatin1String("dark");
}

void saveScreenshot(const QImage& image, const QString& name)
{
    const QString dir = qEnvironmentVariable("PODWARDEN_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    const QString path = dir + '/' + name + (darkScreenshots() ? "-dark" : "") + ".png";
    QVERIFY2(image.save(path), qPrintable(path));
}

// The share of pixels in `area` of `image` that are not `background`, and the commonest of them.
struct AreaColours
{
    double nonBackground = 0;
    QColor dominant;
};

AreaColours coloursIn(const QImage& image, const QRect& area, QRgb background)
{
    QHash<QRgb, int> counts;
    int total = 0;
    int other = 0;
    const QRect clipped = area.intersected(image.rect());
    for (int y = clipped.top(); y <= clipped.bottom(); ++y) {
        for (int x = clipped.left(); x <= clipped.right(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            ++total;
            if (pixel != background) {
                ++other;
                ++counts[pixel];
            }
        }
    }
    AreaColours out;
    out.nonBackground = total ? double(other) / total : 0.0;
    int best = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > best) {
            best = it.value();
            out.dominant = QColor::fromRgb(it.key());
        }
    }
    return out;
}

} // namespace

class TestEnvValueDelegate final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { Theme::apply(darkScreenshots() ? Theme::Scheme::Dark : Theme::Scheme::Light); }

    void init()
    {
        m_view = std::make_unique<QTableView>();
        m_view->setObjectName("envTable");
        m_model = new EnvTableModel(m_view.get());
        new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_view.get());
        m_model->setEnv({{"HF_TOKEN", ""},
                         {"WANDB_API_KEY", "{{ RUNPOD_SECRET_wandb_api_key }}"},
                         {"MODEL_ID", "meta-llama/Llama-3.1-8B-Instruct"}});
        m_model->setKnownSecrets(namesOf(demoSecrets()));
        m_delegate = new EnvValueDelegate(m_view.get());
        m_delegate->setSecrets(demoSecrets());
        m_view->setModel(m_model);
        m_view->setItemDelegateForColumn(EnvTableModel::Value, m_delegate);
        m_view->setColumnWidth(EnvTableModel::Key, 170);
        m_view->horizontalHeader()->setStretchLastSection(true);
        m_view->verticalHeader()->hide();
        m_view->resize(760, 260);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    }

    void cleanup()
    {
        if (SecretSelector* selector = shownSelector())
            selector->hide();
        m_view.reset();
    }

    void selectorFiltersByNameAndDescription()
    {
        SecretSelector selector;
        QCOMPARE(selector.objectName(), QString("secretSelector"));
        QVERIFY(selector.windowFlags().testFlag(Qt::Popup));
        QCOMPARE(selector.filterEdit()->objectName(), QString("secretFilter"));
        QCOMPARE(selector.filterEdit()->placeholderText(), QString("Filter secrets"));
        QCOMPARE(selector.list()->objectName(), QString("secretList"));
        QVERIFY(selector.sizeHint().width() >= 380);

        // Sized to the secrets: three fit without scrolling, many stop at about 280 pixels.
        QList<Secret> many;
        for (int i = 0; i < 40; ++i)
            many.append(secret(QString("secret_%1").arg(i), "Number " + QString::number(i)));
        selector.setSecrets(many);
        QVERIFY(selector.sizeHint().height() >= 280);
        QVERIFY(selector.sizeHint().height() <= std::max(280, selector.fontMetrics().lineSpacing() * 16));
        selector.setSecrets(demoSecrets());
        QVERIFY(selector.sizeHint().height() < 280);
        QSignalSpy picked(&selector, &SecretSelector::picked);
        QSignalSpy dismissed(&selector, &SecretSelector::dismissed);
        selector.popup(QPoint(40, 40));
        QVERIFY(selector.isVisible());
        QTRY_VERIFY(selector.filterEdit()->hasFocus());
        QCOMPARE(selector.list()->model()->rowCount(), 3);
        QCOMPARE(selector.currentName(), QString("hf_token")); // sorted by name, the first current
        QVERIFY(!selector.list()->verticalScrollBar()->isVisible());
        QVERIFY(selector.list()->visualRect(selector.list()->model()->index(2, 0)).bottom() <
                selector.list()->viewport()->height());

        QTest::keyClicks(selector.filterEdit(), "wand");
        QCOMPARE(selector.list()->model()->rowCount(), 1);
        QCOMPARE(selector.currentName(), QString("wandb_api_key"));
        QTest::keyClick(selector.filterEdit(), Qt::Key_Return);
        QCOMPARE(picked.count(), 1);
        QCOMPARE(picked.at(0).at(0).toString(), QString("wandb_api_key"));
        QVERIFY(!selector.isVisible());
        QCOMPARE(dismissed.count(), 0);

        // The description counts too, in any case; popup() starts from the filter it is given.
        selector.popup(QPoint(40, 40), "HUGGING");
        QCOMPARE(selector.filterEdit()->text(), QString("HUGGING"));
        QCOMPARE(selector.list()->model()->rowCount(), 1);
        QCOMPARE(selector.currentName(), QString("hf_token"));
        selector.filterEdit()->clear();
        QCOMPARE(selector.list()->model()->rowCount(), 3);

        QTest::keyClick(selector.filterEdit(), Qt::Key_Escape);
        QVERIFY(!selector.isVisible());
        QCOMPARE(dismissed.count(), 1);
        QCOMPARE(picked.count(), 1);
    }

    void selectorKeysAndClicks()
    {
        SecretSelector selector;
        selector.setSecrets(demoSecrets());
        QSignalSpy picked(&selector, &SecretSelector::picked);
        selector.popup(QPoint(40, 40));
        QTRY_VERIFY(selector.filterEdit()->hasFocus());
        QTest::keyClick(selector.filterEdit(), Qt::Key_Down);
        QCOMPARE(selector.currentName(), QString("openai_key"));
        QTest::keyClick(selector.filterEdit(), Qt::Key_Down);
        QTest::keyClick(selector.filterEdit(), Qt::Key_Down); // stops at the last row
        QCOMPARE(selector.currentName(), QString("wandb_api_key"));
        QTest::keyClick(selector.filterEdit(), Qt::Key_Up);
        QCOMPARE(selector.currentName(), QString("openai_key"));
        QTest::keyClick(selector.filterEdit(), Qt::Key_Enter);
        QCOMPARE(picked.count(), 1);
        QCOMPARE(picked.at(0).at(0).toString(), QString("openai_key"));

        selector.popup(QPoint(40, 40));
        QListView* list = selector.list();
        const QModelIndex wandb = rowNamed(list, "wandb_api_key");
        QVERIFY(wandb.isValid());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(wandb).center());
        QCOMPARE(picked.count(), 2); // once, though a click may also activate the row
        QCOMPARE(picked.at(1).at(0).toString(), QString("wandb_api_key"));
        QVERIFY(!selector.isVisible());
    }

    void selectorEmptyStates()
    {
        SecretSelector selector;
        QSignalSpy picked(&selector, &SecretSelector::picked);
        selector.setSecrets({});
        selector.popup(QPoint(40, 40));
        auto* empty = selector.findChild<QLabel*>("secretSelectorEmpty");
        QVERIFY(empty);
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->text(), QString("No secrets in this account yet"));
        QVERIFY(!selector.list()->isVisible());
        QTest::keyClick(selector.filterEdit(), Qt::Key_Return);
        QTest::keyClick(selector.filterEdit(), Qt::Key_Down);
        QTest::keyClick(selector.filterEdit(), Qt::Key_Return);
        QCOMPARE(picked.count(), 0);
        QVERIFY(selector.isVisible()); // nothing to pick: it stays until dismissed
        QTest::keyClick(selector.filterEdit(), Qt::Key_Escape);
        QVERIFY(!selector.isVisible());

        selector.setSecrets(demoSecrets());
        selector.popup(QPoint(40, 40), "no-such-secret");
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->text(), QString("No secret matches"));
        QTest::keyClick(selector.filterEdit(), Qt::Key_Return);
        QCOMPARE(picked.count(), 0);
        selector.filterEdit()->clear();
        QVERIFY(!empty->isVisible());
        QVERIFY(selector.list()->isVisible());
        selector.hide();
    }

    void selectorPlacementStaysInside_data()
    {
        QTest::addColumn<QRect>("anchor");
        QTest::addColumn<int>("left");
        QTest::addColumn<QRect>("window");
        QTest::addColumn<QRect>("expected");
        // A 400x280 popup on a 1280x800 screen. An editor in the middle of a big window: under it, at the braces.
        QTest::newRow("room below") << QRect(100, 100, 600, 24) << 250 << QRect(0, 0, 1280, 800)
                                    << QRect(250, 124, 400, 280);
        // Braces near the window's right edge: moved left to end at the edge.
        QTest::newRow("right edge of the window")
            << QRect(300, 100, 600, 24) << 800 << QRect(100, 50, 900, 700) << QRect(600, 124, 400, 280);
        // Near the window's bottom: above the editor, still in the window.
        QTest::newRow("bottom of the window")
            << QRect(300, 600, 600, 24) << 320 << QRect(100, 50, 900, 700) << QRect(320, 320, 400, 280);
        // A window narrower than the popup: the screen decides across.
        QTest::newRow("narrow window") << QRect(1000, 100, 200, 24) << 1100 << QRect(980, 50, 260, 700)
                                       << QRect(880, 124, 400, 280);
        // A window past the screen's edge: the part on the screen counts.
        QTest::newRow("window off the screen")
            << QRect(900, 700, 600, 24) << 1150 << QRect(500, 300, 1100, 700) << QRect(880, 420, 400, 280);
        // No room above or below in the window: the screen has room below.
        QTest::newRow("short window") << QRect(100, 100, 600, 24) << 120 << QRect(0, 60, 800, 120)
                                      << QRect(120, 124, 400, 280);
    }
    void selectorPlacementStaysInside()
    {
        QFETCH(QRect, anchor);
        QFETCH(int, left);
        QFETCH(QRect, window);
        QFETCH(QRect, expected);
        const QRect screen(0, 0, 1280, 800);
        const QRect placed = SecretSelector::placement(QSize(400, 280), anchor, left, window, screen);
        QCOMPARE(placed, expected);
        QVERIFY(screen.contains(placed));
        QVERIFY(!placed.intersects(anchor));
    }

    void selectorIsNeverBiggerThanTheScreen()
    {
        const QRect screen(0, 0, 320, 240);
        const QRect placed = SecretSelector::placement(QSize(400, 280), QRect(10, 100, 100, 20), 10, {}, screen);
        QVERIFY(screen.contains(placed));
        QCOMPARE(placed.size(), QSize(320, 240));
    }

    void buttonInsertsAtTheCursorWithoutClosingTheEditor()
    {
        QSignalSpy envChanged(m_model, &EnvTableModel::envChanged);
        const QModelIndex index = m_model->index(0, EnvTableModel::Value);
        QPointer<QLineEdit> editor = openEditor(index);
        QVERIFY(editor);

        QTest::keyClicks(editor, "prefix-");
        auto* insert = editor->findChild<QAction*>("insertSecret");
        QVERIFY(insert);
        QCOMPARE(insert->toolTip(), QString("Insert a secret reference"));
        QVERIFY(!insert->icon().isNull());
        insert->trigger();

        SecretSelector* selector = shownSelector();
        QVERIFY(selector);
        QTRY_VERIFY(selector->filterEdit()->hasFocus());
        QTest::qWait(50); // a deferred close would have happened by now
        QVERIFY(editor);
        QCOMPARE(m_view->indexWidget(index), editor.data());
        QCOMPARE(envChanged.count(), 0);
        // Below the editor, not over it.
        QVERIFY(selector->geometry().top() >= editor->mapToGlobal(QPoint(0, editor->height())).y() ||
                selector->geometry().bottom() <= editor->mapToGlobal(QPoint(0, 0)).y());

        const QModelIndex hf = rowNamed(selector->list(), "hf_token");
        QVERIFY(hf.isValid());
        selector->list()->setCurrentIndex(hf);
        QTest::keyClick(selector->filterEdit(), Qt::Key_Return);
        QVERIFY(!selector->isVisible());
        QCOMPARE(editor->text(), QString("prefix-{{ RUNPOD_SECRET_hf_token }}"));
        QCOMPARE(editor->cursorPosition(), int(editor->text().size()));
        QTRY_VERIFY(editor->hasFocus());
        QTest::qWait(50);
        QVERIFY(editor);
        QCOMPARE(envChanged.count(), 0);

        QTest::keyClick(editor, Qt::Key_Return); // commits from the event loop
        QTRY_COMPARE(m_model->data(index).toString(), QString("prefix-{{ RUNPOD_SECRET_hf_token }}"));
        QCOMPARE(envChanged.count(), 1);
        QTRY_VERIFY(!editor);
    }

    void buttonReplacesTheSelection()
    {
        const QModelIndex index = m_model->index(2, EnvTableModel::Value);
        QLineEdit* editor = openEditor(index);
        QVERIFY(editor);
        editor->setText("token-XXXX-suffix");
        editor->setSelection(6, 4);
        editor->findChild<QAction*>("insertSecret")->trigger();
        SecretSelector* selector = shownSelector();
        QVERIFY(selector);
        QTest::keyClicks(selector->filterEdit(), "wandb");
        QTest::keyClick(selector->filterEdit(), Qt::Key_Return);
        QCOMPARE(editor->text(), QString("token-{{ RUNPOD_SECRET_wandb_api_key }}-suffix"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(m_model->data(index).toString(), QString("token-{{ RUNPOD_SECRET_wandb_api_key }}-suffix"));
    }

    void typingBracesOpensTheSelector()
    {
        QSignalSpy envChanged(m_model, &EnvTableModel::envChanged);
        const QModelIndex index = m_model->index(0, EnvTableModel::Value);
        QPointer<QLineEdit> editor = openEditor(index);
        QVERIFY(editor);

        QTest::keyClicks(editor, "key={");
        QVERIFY(!shownSelector());
        QTest::keyClicks(editor, "{");
        SecretSelector* selector = shownSelector();
        QVERIFY(selector);
        QTRY_VERIFY(selector->filterEdit()->hasFocus());
        QCOMPARE(selector->filterEdit()->text(), QString());
        QTest::keyClicks(selector->filterEdit(), "open");
        QCOMPARE(selector->list()->model()->rowCount(), 1);
        QTest::keyClick(selector->filterEdit(), Qt::Key_Return);
        QCOMPARE(editor->text(), QString("key={{ RUNPOD_SECRET_openai_key }}"));
        QTRY_VERIFY(editor->hasFocus());
        QVERIFY(editor);
        QCOMPARE(envChanged.count(), 0);

        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!editor);
        const QString value = m_model->data(index).toString();
        QVERIFY(value.endsWith("{{ RUNPOD_SECRET_openai_key }}"));
        QVERIFY(!value.contains("{{{{"));
        QCOMPARE(SecretReference::parseAll(value).size(), 1);
        QCOMPARE(envChanged.count(), 1);
    }

    void dismissingLeavesTheBracesAndTheEditor()
    {
        QSignalSpy envChanged(m_model, &EnvTableModel::envChanged);
        const QModelIndex index = m_model->index(0, EnvTableModel::Value);
        QPointer<QLineEdit> editor = openEditor(index);
        QVERIFY(editor);
        QTest::keyClicks(editor, "a{{");
        SecretSelector* selector = shownSelector();
        QVERIFY(selector);
        QTest::keyClick(selector->filterEdit(), Qt::Key_Escape);
        QVERIFY(!selector->isVisible());
        QTRY_VERIFY(editor->hasFocus());
        QCOMPARE(editor->text(), QString("a{{"));
        QVERIFY(editor);

        // Not on a third brace, a paste or a deletion that leaves "{{" before the cursor.
        QTest::keyClicks(editor, "{");
        QVERIFY(!shownSelector());
        editor->setText("b{{x");
        QTest::keyClick(editor, Qt::Key_Backspace);
        QCOMPARE(editor->text(), QString("b{{"));
        QVERIFY(!shownSelector());
        editor->clear();
        editor->insert("c{{"); // a paste
        QVERIFY(!shownSelector());

        // Escape in the editor cancels the edit as it always does.
        QTest::keyClick(editor, Qt::Key_Escape);
        QTRY_VERIFY(!editor);
        QCOMPARE(m_model->data(index).toString(), QString());
        QCOMPARE(envChanged.count(), 0);
    }

    void paintsKnownAndUnknownReferences()
    {
        const QString text = "{{ RUNPOD_SECRET_hf_token }} and {{ RUNPOD_SECRET_gone_key }}";
        const QString plain = "xx RUNPOD_SECRET_hf_token xx and xx RUNPOD_SECRET_gone_key xx";
        QCOMPARE(plain.size(), text.size());
        m_model->setEnv({{"BOTH", text}, {"PLAIN", plain}, {"OTHER", ""}});
        m_view->setCurrentIndex(m_model->index(2, EnvTableModel::Key));
        m_view->clearSelection();
        QTest::qWait(20);

        const QModelIndex referenced = m_model->index(0, EnvTableModel::Value);
        const QModelIndex unreferenced = m_model->index(1, EnvTableModel::Value);
        const QVariantList spans = referenced.data(EnvTableModel::ReferencesRole).toList();
        QCOMPARE(spans.size(), 2);
        QVERIFY(spans.at(0).toMap().value("known").toBool());
        QVERIFY(!spans.at(1).toMap().value("known").toBool());

        const QImage image = m_view->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QRect cell = m_view->visualRect(referenced);
        const QRect plainCell = m_view->visualRect(unreferenced);
        const QFontMetrics metrics(m_view->font());
        QVERIFY(metrics.horizontalAdvance(text) + 40 < cell.width()); // room on the right for the background
        const QRgb background = image.pixel(cell.right() - 4, cell.center().y());
        QCOMPARE(image.pixel(plainCell.right() - 4, plainCell.center().y()), background);

        // The middle half of each span, in the band the text occupies.
        const auto spanArea = [&](const QVariantMap& span, const QRect& row) {
            const int start = span.value("start").toInt();
            const int end = start + span.value("length").toInt();
            const int x0 = row.left() + metrics.horizontalAdvance(text.left(start));
            const int x1 = row.left() + metrics.horizontalAdvance(text.left(end));
            const int quarter = (x1 - x0) / 4;
            const int half = metrics.height() / 2 - 2;
            return QRect(QPoint(x0 + quarter, row.center().y() - half), QPoint(x1 - quarter, row.center().y() + half));
        };
        const AreaColours known = coloursIn(image, spanArea(spans.at(0).toMap(), cell), background);
        const AreaColours unknown = coloursIn(image, spanArea(spans.at(1).toMap(), cell), background);
        const AreaColours plainKnown = coloursIn(image, spanArea(spans.at(0).toMap(), plainCell), background);
        const AreaColours plainUnknown = coloursIn(image, spanArea(spans.at(1).toMap(), plainCell), background);
        qDebug() << "non-background share: known" << known.nonBackground << known.dominant.name() << "unknown"
                 << unknown.nonBackground << unknown.dominant.name() << "plain" << plainKnown.nonBackground
                 << plainUnknown.nonBackground;
        QVERIFY(known.nonBackground > 0.9);
        QVERIFY(unknown.nonBackground > 0.9);
        QVERIFY(plainKnown.nonBackground < 0.7);
        QVERIFY(plainUnknown.nonBackground < 0.7);
        QVERIFY(known.dominant != unknown.dominant);
        QVERIFY(known.dominant.blue() > known.dominant.red());     // the highlight's blue
        QVERIFY(unknown.dominant.red() > unknown.dominant.blue()); // a warning red

        // A selected row still marks its references (an outline), in the selected text's colour.
        m_view->selectionModel()->select(referenced, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTest::qWait(20);
        const QImage selectedImage = m_view->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QRgb selectedBackground = selectedImage.pixel(cell.right() - 4, cell.center().y());
        QVERIFY(selectedBackground != background);
        const AreaColours selected = coloursIn(selectedImage, spanArea(spans.at(0).toMap(), cell), selectedBackground);
        QVERIFY(selected.nonBackground > 0.9);
    }

    void screenshots()
    {
        if (qEnvironmentVariableIsEmpty("PODWARDEN_SCREENSHOT_DIR"))
            QSKIP("PODWARDEN_SCREENSHOT_DIR is not set");
        m_model->setEnv(
            {{"HF_TOKEN", "{{ RUNPOD_SECRET_hf_token }}"},
             {"WANDB_API_KEY", "{{ RUNPOD_SECRET_wandb_api_key }}"},
             {"DATABASE_URL", "postgres://app:{{ RUNPOD_SECRET_db_password }}@db:5432/app"},
             {"OPENAI_API_KEY", "sk-{{ RUNPOD_SECRET_openai_key }}"},
             {"MODEL_ID", "meta-llama/Llama-3.1-8B-Instruct"},
             {"EXTRA_ARGS", "--max-model-len 8192 --api-key {{ RUNPOD_SECRET_openai_key }} --served-model-name "
                            "llama --hf-token {{ RUNPOD_SECRET_hf_token }}"},
             {"HF_HUB_ENABLE_HF_TRANSFER", "1"}});
        m_view->resize(760, 420);
        m_view->resizeRowsToContents();
        m_view->setCurrentIndex(m_model->index(3, EnvTableModel::Key));
        m_view->selectionModel()->select(m_model->index(3, EnvTableModel::Key),
                                         QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTest::qWait(50);
        saveScreenshot(m_view->grab().toImage(), "env-references");

        m_view->clearSelection();
        const QModelIndex index = m_model->index(6, EnvTableModel::Value);
        m_model->setData(index, "");
        QLineEdit* editor = openEditor(index);
        QVERIFY(editor);
        QTest::keyClicks(editor, "token-{{");
        SecretSelector* selector = shownSelector();
        QVERIFY(selector);
        QTest::qWait(50);
        // The popup is a window of its own: draw it over the table where it is on the screen.
        const QRect viewRect(m_view->mapToGlobal(QPoint(0, 0)), m_view->size());
        const QRect all = viewRect.united(selector->frameGeometry()).adjusted(0, 0, 12, 12);
        QImage composite(all.size(), QImage::Format_ARGB32_Premultiplied);
        composite.fill(QApplication::palette().color(QPalette::Window));
        QPainter painter(&composite);
        painter.drawPixmap(viewRect.topLeft() - all.topLeft(), m_view->grab());
        painter.drawPixmap(selector->frameGeometry().topLeft() - all.topLeft(), selector->grab());
        painter.end();
        saveScreenshot(composite, "secret-selector");
        selector->hide();
    }

private:
    QLineEdit* openEditor(const QModelIndex& index)
    {
        m_view->setCurrentIndex(index);
        m_view->edit(index);
        auto* editor = m_view->findChild<QLineEdit*>("envValueEditor");
        if (!editor || !QTest::qWaitFor([editor] { return editor->hasFocus(); }))
            return nullptr;
        return editor;
    }

    std::unique_ptr<QTableView> m_view;
    EnvTableModel* m_model = nullptr;
    EnvValueDelegate* m_delegate = nullptr;
};

QTEST_MAIN(TestEnvValueDelegate)
#include "tst_envvaluedelegate.moc"
