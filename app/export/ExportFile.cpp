#include "ExportFile.h"

#include "JsonReader.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>

namespace podwarden {

namespace {
constexpr qsizetype kBlock = 256 * 1024;
}

ExportFile::ExportFile(const QString& path, ExportFormat::Format format, QString listKey, QStringList columns)
    : m_file(path)
    , m_format(format)
    , m_listKey(std::move(listKey))
    , m_columns(std::move(columns))
{}

ExportFormat::Format ExportFile::formatOf(const QString& path)
{
    return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? ExportFormat::Format::Json
                                                                      : ExportFormat::Format::Csv;
}

bool ExportFile::open()
{
    // Readable by its owner only, like everything Podwarden writes about an account.
    if (!m_file.open(QIODevice::WriteOnly))
        return fail();
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_buffer.reserve(kBlock + 4096);
    if (m_format == ExportFormat::Format::Csv)
        return put(ExportFormat::csvLine(m_columns).toUtf8());
    QByteArray head = "{\"exportedAt\":\"" + formatTimestamp(QDateTime::currentDateTimeUtc()).toUtf8() + "\",\"";
    head += m_listKey.toUtf8() + "\":[";
    return put(head);
}

bool ExportFile::write(const QStringList& fields, const QJsonObject& json)
{
    if (m_format == ExportFormat::Format::Csv)
        return put(ExportFormat::csvLine(fields).toUtf8()) && ++m_items;
    QByteArray item = m_items == 0 ? QByteArray("\n") : QByteArray(",\n");
    item += QJsonDocument(json).toJson(QJsonDocument::Compact);
    return put(item) && ++m_items;
}

bool ExportFile::commit()
{
    if (m_format == ExportFormat::Format::Json && !put("\n]}\n"))
        return false;
    if (!m_buffer.isEmpty() && m_file.write(m_buffer) != m_buffer.size())
        return fail();
    m_buffer.clear();
    if (!m_file.commit())
        return fail();
    return true;
}

void ExportFile::cancel()
{
    if (!m_file.isOpen())
        return;
    m_file.cancelWriting();
    m_file.commit(); // removes the temporary file; the target is left as it was
}

bool ExportFile::put(const QByteArray& bytes)
{
    m_buffer += bytes;
    if (m_buffer.size() < kBlock)
        return true;
    if (m_file.write(m_buffer) != m_buffer.size())
        return fail();
    m_buffer.clear();
    return true;
}

bool ExportFile::fail()
{
    m_error = tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
    m_file.cancelWriting();
    return false;
}

} // namespace podwarden
