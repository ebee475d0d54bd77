// SPDX-License-Identifier: GPL-3.0-or-later
// Storage: search, export and import.
#include "storage.h"

#include "jsontransfer.h"
#include "markdownexport.h"
#include "messagewriter.h"
#include "searchindex.h"

#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

StorageResult<QList<SearchHit>> Storage::search(const QString &text, int limit, int offset)
{
    if (m_damage.isError()) {
        return m_damage;
    }
    return report(SearchIndex(m_db, m_report.fullTextSearch).search(text, limit, offset));
}

void Storage::flushWriters()
{
    // What is exported is what is on disk: save what open writers hold first.
    const auto writers = m_writers.values();
    for (MessageWriter *writer : writers) {
        writer->flush();
    }
}

StorageResult<QByteArray> Storage::exportJson(const QList<qint64> &ids)
{
    if (m_damage.isError()) {
        return m_damage;
    }
    flushWriters();
    return report(JsonTransfer(m_db).exportConversations(ids));
}

StorageResult<QString> Storage::exportMarkdown(const QList<qint64> &ids)
{
    if (m_damage.isError()) {
        return m_damage;
    }
    flushWriters();
    return report(MarkdownExport(m_db).render(ids));
}

StorageResult<void> Storage::writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        return StorageError(StorageError::Code::Io, file.errorString(), path);
    }
    return {};
}

StorageResult<void> Storage::exportJsonFile(const QString &path, const QList<qint64> &ids)
{
    auto json = exportJson(ids);
    if (!json) {
        return json.error();
    }
    return writeFile(path, *json);
}

StorageResult<void> Storage::exportMarkdownFile(const QString &path, const QList<qint64> &ids)
{
    auto markdown = exportMarkdown(ids);
    if (!markdown) {
        return markdown.error();
    }
    return writeFile(path, markdown->toUtf8());
}

StorageResult<QList<qint64>> Storage::importJson(const QByteArray &json)
{
    if (m_damage.isError()) {
        return m_damage;
    }
    auto ids = JsonTransfer(m_db).importConversations(json);
    if (!ids) {
        return report(ids.error());
    }
    for (const qint64 id : std::as_const(*ids)) {
        Q_EMIT conversationAdded(id);
    }
    return ids;
}

StorageResult<QList<qint64>> Storage::importJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        return StorageError(StorageError::Code::NotFound, u"no such file"_s, path);
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return StorageError(StorageError::Code::Io, file.errorString(), path);
    }
    return importJson(file.readAll());
}
