#pragma once

#include <QString>

class QAbstractItemView;
class QFontMetrics;
class QLabel;
class QLineEdit;
class QTableView;
class QWidget;

namespace podwarden {

// The pieces every list screen (keys, secrets, templates) is made of, so they look alike.
namespace PageParts {

// The screen's name, large and bold.
QLabel* title(const QString& text, QWidget* parent);
// A panel above the table for what just happened or what went wrong: the page's banner. It keeps
// a line's room when empty, so a message does not push the table down; it empties when the page
// is left, and a message that is not an error goes by itself after messageLifetimeMs(), so no
// banner outlives its cause.
QLabel* messagePanel(const char* objectName, QWidget* parent);
void showMessage(QLabel* panel, const QString& text, bool error);
int messageLifetimeMs();
void setMessageLifetimeMs(int ms); // tests
// A profile's CA file: a path field with a Browse action (named for screen readers) that opens a
// file dialog for PEM certificates. Shared by the first-run and profile dialogs.
QLineEdit* caFileField(QWidget* parent);
// The centred text shown instead of the table when it is empty, loading or failed.
QLabel* stateLabel(const char* objectName, QWidget* parent);
// A read-only, sortable, row-selecting table without a grid or row numbers; Tab leaves it
// (tabLeavesView()).
void setUpTable(QTableView* table, const QString& accessibleName);
// Tab and Shift+Tab move to the next and previous control instead of walking every cell; the
// arrows, Home/End and Page Up/Down move inside. Every table and list of the app gets this: one
// Tab press past a 100,000-row table, as past any other control. (An open cell editor still
// moves to the next cell on Tab, as in a spreadsheet.)
void tabLeavesView(QAbstractItemView* view);
// A list of the account: several rows can be selected (Shift, Ctrl, Ctrl+A), and Ctrl+C copies
// the selected rows as CSV (RFC 4180, a header row, the columns as shown) instead of one cell.
void allowRowCopy(QTableView* table);
// One CSV line (RFC 4180): fields with a comma, a quote or a line break are quoted, quotes
// doubled; the line ends in CRLF.
QString csvLine(const QStringList& fields);
// The selected rows of `table` as CSV, with the header row first.
QString selectedRowsAsCsv(const QTableView* table);
// Turns on `edit`'s clear button and names it ("Clear"), for screen readers: Qt leaves it
// unnamed. For every search and filter box.
void enableNamedClearButton(QLineEdit* edit);
// Width of a column of texts like `sample`, with room for the sort arrow.
int columnWidth(const QFontMetrics& metrics, const QString& sample);
// Width of a column of relative times ("59 minutes ago", "10 months ago").
int relativeTimeColumnWidth(const QFontMetrics& metrics);

} // namespace PageParts
} // namespace podwarden
