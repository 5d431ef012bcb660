// Issue 19, item 4 (its first part): every list of the account selects several rows (Shift,
// Ctrl, Ctrl+A) and Ctrl+C copies them as CSV (RFC 4180, a header row, the columns as shown), in
// the real window against the sandbox; what acts on one item stands down while several are
// selected; no raw key or secret value is ever in what is copied.
#include "AppDriver.h"
#include "PageParts.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QMimeData>
#include <QTableView>
#include <QTranslator>
#include <QtTest>

using namespace podwarden;
using namespace podwarden::test;

namespace {

// RFC 4180, read back: fields split on commas outside quotes, "" inside quotes a quote.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class TestRowCopy final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(prepareScreenTest(m_home, m_english));
        const QString failure = m_app.start();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }
    void cleanupTestCase() { m_app.stop(); }

    void csvQuotesWhatNeedsIt()
    {
        QCOMPARE(PageParts::csvLine({"plain", "a,b", "say \"hi\"", "two\nlines", ""}),
                 QStringLiteral("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n"));
        QCOMPARE(parseCsv(PageParts::csvLine({"a,b", "say \"hi\"", "x"})),
                 (QList<QStringList>{{"a,b", "say \"hi\"", "x"}}));
    }

    void selectAllAndCopyOnEveryList_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("singleAction");
        QTest::newRow("keys") << "pageApiKeys"
                              << "keyTable"
                              << "revokeKeyButton";
        QTest::newRow("secrets") << "pageSecrets"
                                 << "secretTable"
                                 << "deleteSecretButton";
        QTest::newRow("endpoints") << "pageEndpoints"
                                   << "endpointTable"
                                   << "endpointDetailsButton";
    }
    void selectAllAndCopyOnEveryList()
    {
        QFETCH(QString, page);
        QFETCH(QString, table);
        QFETCH(QString, singleAction);
        QVERIFY(m_app.showPage(qPrintable(page)));
        auto* view = m_app.window()->findChild<QTableView*>(table);
        QVERIFY(view);
        QTRY_VERIFY(view->model()->rowCount() >= 3);
        // One row, clicked: the single-item action is there.
        view->setFocus();
        const auto clickRow = [view](int row) {
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                              view->visualRect(view->model()->index(row, 0)).center());
        };
        clickRow(0);
        auto* action = m_app.window()->findChild<QAbstractButton*>(singleAction);
        QVERIFY(action);
        QTRY_VERIFY(action->isEnabled());
        // Ctrl+A selects every row; the single-item action stands down.
        QTest::keyClick(view, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(view->selectionModel()->selectedRows().size(), view->model()->rowCount());
        QVERIFY(!action->isEnabled());
        // Ctrl+C: the header and every row, as shown.
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        const QString text = QGuiApplication::clipboard()->text();
        QVERIFY(QGuiApplication::clipboard()->mimeData()->hasFormat("text/csv"));
        const QList<QStringList> rows = parseCsv(text);
        QCOMPARE(rows.size(), view->model()->rowCount() + 1);
        for (int column = 0; column < view->model()->columnCount(); ++column)
            QCOMPARE(rows.first().at(column), view->model()->headerData(column, Qt::Horizontal).toString());
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            QCOMPARE(rows.at(row + 1).size(), view->model()->columnCount());
            QCOMPARE(rows.at(row + 1).first(), view->model()->index(row, 0).data().toString());
        }
        // Never a raw key: prefixes only.
        QVERIFY(!QRegularExpression(QStringLiteral("rpa_[A-Za-z0-9]{40}")).match(text).hasMatch());
        // Two rows with Shift: both copied, in the table's order.
        clickRow(0);
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
        QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(view->selectionModel()->selectedRows().size(), 2);
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(parseCsv(QGuiApplication::clipboard()->text()).size(), 3);
        clickRow(0);
        QTRY_VERIFY(action->isEnabled());
    }

private:
    QTemporaryDir m_home;
    QTranslator m_english;
    AppDriver m_app;
};

QTEST_MAIN(TestRowCopy)
#include "tst_rowcopy.moc"
