#pragma once

#include <QString>

class QFontMetrics;
class QLabel;
class QTableView;
class QWidget;

namespace podwarden {

// The pieces every list screen (keys, secrets, templates) is made of, so they look alike.
namespace PageParts {

// The screen's name, large and bold.
QLabel* title(const QString& text, QWidget* parent);
// A panel above the table for what just happened or what went wrong; hidden while empty.
QLabel* messagePanel(const char* objectName, QWidget* parent);
void showMessage(QLabel* panel, const QString& text, bool error);
// The centred text shown instead of the table when it is empty, loading or failed.
QLabel* stateLabel(const char* objectName, QWidget* parent);
// A read-only, sortable, row-selecting table without a grid or row numbers.
void setUpTable(QTableView* table, const QString& accessibleName);
// Width of a column of texts like `sample`, with room for the sort arrow.
int columnWidth(const QFontMetrics& metrics, const QString& sample);
// Width of a column of relative times ("59 minutes ago", "10 months ago").
int relativeTimeColumnWidth(const QFontMetrics& metrics);

} // namespace PageParts
} // namespace podwarden
