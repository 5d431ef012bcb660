// A selected row still shows its state, in the light and the dark palette, against the real
// sandbox: the keys table's enabled switch stands out from the selection highlight (on and off),
// and a reference to a secret the account does not have stays red in a selected env row. With
// PODWARDEN_SCREENSHOT_DIR set, saves selected-rows-keys-{light,dark}.png and
// selected-rows-env-{light,dark}.png to look at.
#include "AppDriver.h"
#include "EnvTableModel.h"
#include "Theme.h"
#include "keys/ToggleSwitchDelegate.h"

#include <QDir>
#include <QHash>
#include <QTableView>
#include <QTranslator>
#include <QtTest>

#include <cmath>

using namespace podwarden;
using namespace podwarden::test;

namespace {

double distance(QColor a, QColor b)
{
    const double r = a.redF() - b.redF();
    const double g = a.greenF() - b.greenF();
    const double bl = a.blueF() - b.blueF();
    return std::sqrt(r * r + g * g + bl * bl) * 255.0;
}

// The commonest colour in `area` of `image`.
QColor dominant(const QImage& image, const QRect& area)
{
    QHash<QRgb, int> counts;
    const QRect clipped = area.intersected(image.rect());
    for (int y = clipped.top(); y <= clipped.bottom(); ++y) {
        for (int x = clipped.left(); x <= clipped.right(); ++x)
            ++counts[image.pixel(x, y)];
    }
    QRgb best = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    }
    return QColor::fromRgb(best);
}

int columnTitled(QAbstractItemView* view, const QString& title)
{
    for (int column = 0; column < view->model()->columnCount(); ++column) {
        if (view->model()->headerData(column, Qt::Horizontal).toString() == title)
            return column;
    }
    return -1;
}

void save(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("PODWARDEN_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

QImage grabViewport(QAbstractItemView* view)
{
    view->viewport()->repaint();
    return view->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
}

} // namespace

class TestSelectedRows final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(prepareScreenTest(m_home, m_english));
        const QString failure = m_app.start();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(QTest::qWaitForWindowActive(m_app.window()));
    }
    void cleanupTestCase()
    {
        applyScreenshotPalette();
        m_app.stop();
    }

    void theSwitchShowsInASelectedRow_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("on");
        QTest::newRow("light, on") << false << "ci-deployer" << true;
        QTest::newRow("light, off") << false << "old-notebook" << false;
        QTest::newRow("dark, on") << true << "ci-deployer" << true;
        QTest::newRow("dark, off") << true << "old-notebook" << false;
    }
    void theSwitchShowsInASelectedRow()
    {
        QFETCH(bool, dark);
        QFETCH(QString, key);
        QFETCH(bool, on);
        Theme::apply(dark ? Theme::Scheme::Dark : Theme::Scheme::Light);
        QVERIFY(m_app.showPage("pageApiKeys"));
        auto* table = m_app.find<QTableView>("keyTable");
        QTRY_VERIFY(table->model()->rowCount() >= 13);
        const int enabled = columnTitled(table, "Enabled");
        QVERIFY(enabled >= 0);
        QVERIFY(selectRowShowing(table, key));
        const QModelIndex row = rowShowing(table, key);
        QCOMPARE(row.siblingAtColumn(enabled).data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked, on);
        // The focus on the name cell, so the switch's own focus ring is not what is measured.
        table->setCurrentIndex(row);
        QVERIFY(table->hasFocus());

        const QImage image = grabViewport(table);
        const QRect cell = table->visualRect(row.siblingAtColumn(enabled));
        const QRect track = ToggleSwitchDelegate::switchRect(cell);
        const QColor selection = dominant(image, QRect(track.right() + 6, cell.top() + 2, 6, cell.height() - 4));
        // The track beside the knob: on, the knob is at the right end, off at the left.
        const QRect trackArea = on ? QRect(track.left() + 3, track.center().y() - 2, 5, 5)
                                   : QRect(track.right() - 7, track.center().y() - 2, 5, 5);
        const QColor trackColour = dominant(image, trackArea);
        qInfo() << "selection" << selection.name() << "track" << trackColour.name() << "distance"
                << distance(selection, trackColour);
        save(table, QStringLiteral("selected-rows-keys-%1-%2").arg(dark ? "dark" : "light", on ? "on" : "off"));
        QVERIFY2(distance(selection, trackColour) > 60, qPrintable(trackColour.name() + " on " + selection.name()));
    }

    void anUnknownSecretStaysRedInASelectedRow_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void anUnknownSecretStaysRedInASelectedRow()
    {
        QFETCH(bool, dark);
        Theme::apply(dark ? Theme::Scheme::Dark : Theme::Scheme::Light);
        QVERIFY(m_app.showPage("pageTemplates"));
        QVERIFY(selectRowShowing(m_app.find<QTableView>("templateList"), "vLLM worker"));
        auto* env = m_app.find<QTableView>("envTable");
        QTRY_VERIFY(env && env->isVisible() && env->model()->rowCount() > 0);
        auto* model = qobject_cast<EnvTableModel*>(env->model());
        QVERIFY(model);
        const QString unknown = QStringLiteral("{{ RUNPOD_SECRET_no_such_secret }}");
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, EnvTableModel::Value).data().toString() == unknown)
                row = r;
        }
        if (row < 0) {
            row = model->addRow();
            model->setData(model->index(row, EnvTableModel::Key), QStringLiteral("MISSING_TOKEN"));
            model->setData(model->index(row, EnvTableModel::Value), unknown);
        }
        const QModelIndex value = model->index(row, EnvTableModel::Value);
        const QVariantList spans = value.data(EnvTableModel::ReferencesRole).toList();
        QCOMPARE(spans.size(), 1);
        QVERIFY(!spans.first().toMap().value("known").toBool());

        env->setFocus();
        env->setCurrentIndex(model->index(row, EnvTableModel::Key));
        env->selectRow(row);
        QTRY_VERIFY(env->selectionModel()->isRowSelected(row, {}));
        const QImage image = grabViewport(env);
        const QRect cell = env->visualRect(value);
        const QFontMetrics metrics(env->font());
        const int width = metrics.horizontalAdvance(unknown);
        // The middle of the reference's pill, between the lines of its text.
        const QRect pill(cell.left() + width / 4, cell.center().y() - metrics.height() / 2 + 1, width / 2,
                         metrics.height() - 2);
        const QColor colour = dominant(image, pill);
        const QColor selection = dominant(image, QRect(cell.right() - 8, cell.top() + 2, 6, cell.height() - 4));
        qInfo() << "pill" << colour.name() << "selection" << selection.name();
        save(env, QStringLiteral("selected-rows-env-%1").arg(dark ? "dark" : "light"));
        QVERIFY2(colour.red() > colour.blue() + 60 && colour.red() > colour.green() + 60,
                 qPrintable(colour.name() + " is not red"));
        QVERIFY(distance(colour, selection) > 60);
    }

private:
    QTemporaryDir m_home;
    QTranslator m_english;
    AppDriver m_app;
};

QTEST_MAIN(TestSelectedRows)
#include "tst_selectedrows.moc"
