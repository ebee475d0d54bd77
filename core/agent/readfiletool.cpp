// SPDX-License-Identifier: GPL-3.0-or-later
#include "readfiletool.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

ReadFileTool::ReadFileTool(const QStringList &allowedFolders, qint64 maxBytes)
    : m_maxBytes(maxBytes)
{
    for (const QString &folder : allowedFolders) {
        const QString canonical = QFileInfo(folder).canonicalFilePath();
        if (!canonical.isEmpty()) {
            m_allowed << (canonical.endsWith(u'/') ? canonical : canonical + u'/');
        }
    }
}

QString ReadFileTool::name() const
{
    return u"read_file"_s;
}

QString ReadFileTool::description() const
{
    return u"Reads a text file, or lists a folder, on the user's computer. Only these folders are allowed: %1"_s.arg(
        m_allowed.isEmpty() ? u"(none)"_s : m_allowed.join(u", "_s));
}

QJsonObject ReadFileTool::parameters() const
{
    return {
        {u"type"_s, u"object"_s},
        {u"properties"_s,
         QJsonObject{
             {u"path"_s, QJsonObject{{u"type"_s, u"string"_s}, {u"description"_s, u"Absolute path of the file or folder"_s}}},
             {u"offset"_s, QJsonObject{{u"type"_s, u"integer"_s}, {u"description"_s, u"Byte offset to start reading at"_s}}}}},
        {u"required"_s, QJsonArray{u"path"_s}}};
}

ToolOutput ReadFileTool::run(const QJsonObject &arguments) const
{
    const QString path = arguments.value(u"path").toString();
    if (path.isEmpty()) {
        return ToolOutput::failure(tr("The argument \"path\" is missing."));
    }
    const QFileInfo info(path);
    if (!info.exists()) {
        return ToolOutput::failure(tr("%1 does not exist.").arg(path));
    }
    const QString canonical = info.canonicalFilePath();
    const bool allowed = std::any_of(m_allowed.cbegin(), m_allowed.cend(), [&canonical](const QString &folder) {
        return canonical.startsWith(folder) || canonical + u'/' == folder;
    });
    if (!allowed) {
        return ToolOutput::failure(tr("%1 is outside the folders you allowed Confab to read.").arg(path));
    }
    if (info.isDir()) {
        const QStringList entries =
            QDir(canonical).entryList(QDir::AllEntries | QDir::NoDotAndDotDot, QDir::DirsFirst | QDir::Name);
        return ToolOutput::success(tr("Folder %1 (%n entries):\n", nullptr, int(entries.size())).arg(canonical) +
                                   entries.join(u'\n'));
    }
    QFile file(canonical);
    if (!file.open(QIODevice::ReadOnly)) {
        return ToolOutput::failure(tr("%1 cannot be read: %2").arg(path, file.errorString()));
    }
    const qint64 offset = qMax<qint64>(0, arguments.value(u"offset").toInteger());
    if (offset > 0 && !file.seek(offset)) {
        return ToolOutput::failure(tr("Cannot seek to byte %1 of %2.").arg(offset).arg(path));
    }
    const QByteArray bytes = file.read(m_maxBytes);
    if (bytes.left(8192).contains('\0')) {
        return ToolOutput::failure(tr("%1 is a binary file, not text.").arg(path));
    }
    QString text = QString::fromUtf8(bytes);
    const qint64 rest = file.size() - offset - bytes.size();
    if (rest > 0) {
        text += tr("\n[%1 more bytes: call again with offset %2]").arg(rest).arg(offset + bytes.size());
    }
    return ToolOutput::success(text);
}
