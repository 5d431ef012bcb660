#pragma once

#include "ExportFormat.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace podwarden {

// One export file being written: a temporary file beside the target, renamed over it by commit()
// (QSaveFile), so a cancelled or failed export leaves no half file and the previous file intact.
// CSV: the header row, then one line an item. JSON: {"exportedAt":..., "<listKey>":[ items ]}.
// Items are written one at a time: memory does not grow with the file. Used on one thread.
class ExportFile final
{
    Q_DECLARE_TR_FUNCTIONS(ExportFile)
public:
    ExportFile(const QString& path, ExportFormat::Format format, QString listKey, QStringList columns);
    Q_DISABLE_COPY_MOVE(ExportFile)

    // The format a file name asks for: .json is JSON, anything else CSV.
    static ExportFormat::Format formatOf(const QString& path);

    ExportFormat::Format format() const { return m_format; }
    bool open();
    // CSV writes `fields`, JSON `json` (the other may be left empty).
    bool write(const QStringList& fields, const QJsonObject& json);
    bool commit();
    void cancel();
    // Translated, names the file.
    QString errorString() const { return m_error; }
    qint64 items() const { return m_items; }

private:
    bool put(const QByteArray& bytes);
    bool fail();

    QSaveFile m_file;
    ExportFormat::Format m_format;
    QString m_listKey;
    QStringList m_columns;
    QByteArray m_buffer; // written in blocks of about 256 KiB
    qint64 m_items = 0;
    QString m_error;
};

} // namespace podwarden
