#include "ExportUi.h"

#include "export/Exports.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QPointer>
#include <QProgressDialog>
#include <QStandardPaths>

namespace podwarden::ExportUi {

QString askPath(QWidget* parent, const QString& title, const QString& baseName)
{
    const QString csv = QCoreApplication::translate("ExportUi", "CSV, for spreadsheets (*.csv)");
    const QString json = QCoreApplication::translate("ExportUi", "JSON (*.json)");
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    const QString suggested = dir + QLatin1Char('/') + baseName + QLatin1Char('-') +
                              QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".csv");
    QString chosenFilter = csv;
    QString path =
        QFileDialog::getSaveFileName(parent, title, suggested, csv + QStringLiteral(";;") + json, &chosenFilter);
    if (path.isEmpty())
        return {};
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("json"))
        path += chosenFilter == json ? QStringLiteral(".json") : QStringLiteral(".csv");
    return path;
}

void run(QWidget* parent, ExportJob* job, const QString& label,
         const std::function<void(bool ok, const QString& message, int written)>& finished)
{
    job->setParent(parent);
    auto* progress = new QProgressDialog(label, QCoreApplication::translate("ExportUi", "Cancel"), 0, 0, parent);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setWindowTitle(QCoreApplication::translate("ExportUi", "Exporting"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setAutoReset(false);
    progress->setAutoClose(false);
    auto written = std::make_shared<int>(0);
    QObject::connect(progress, &QProgressDialog::canceled, job, &ExportJob::cancel);
    QObject::connect(job, &ExportJob::progress, progress, [progress, written](int done, int total) {
        *written = done;
        if (total > 0) {
            progress->setMaximum(total);
            progress->setValue(done);
        }
        progress->setLabelText(
            total > 0 ? QCoreApplication::translate("ExportUi", "Writing %1 of %2…")
                            .arg(QLocale().toString(done), QLocale().toString(total))
                      : QCoreApplication::translate("ExportUi", "Writing… %1 so far").arg(QLocale().toString(done)));
    });
    QObject::connect(
        job, &ExportJob::finished, parent,
        [job, progress = QPointer<QProgressDialog>(progress), written, finished](bool ok, const QString& message) {
            if (progress)
                progress->deleteLater();
            finished(ok, message, *written);
            job->deleteLater();
        });
    job->start();
}

} // namespace podwarden::ExportUi
