#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace podwarden {

class ExportJob;

// The parts of an export that a page shows (issue 19, item 4): the file dialog (CSV or JSON), and
// a progress dialog with Cancel while the job runs.
namespace ExportUi {

// A file to write, or empty when the user cancelled. `baseName` ("podwarden-keys") gets today's
// date and the extension of the chosen type; a name typed without an extension gets one too.
QString askPath(QWidget* parent, const QString& title, const QString& baseName);

// Starts `job` (owned by `parent` from now on) with a progress dialog titled `label`, shown when
// it takes longer than a moment. `finished(ok, message, written)` follows once: `message` is the
// job's failure, empty on success or cancel (job->isCancelled() says which).
void run(QWidget* parent, ExportJob* job, const QString& label,
         const std::function<void(bool ok, const QString& message, int written)>& finished);

} // namespace ExportUi

} // namespace podwarden
