// SPDX-License-Identifier: GPL-3.0-or-later
#include "mcptoolresult.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString sizeOfBase64(const QString &data)
{
    const qint64 bytes = data.size() * 3 / 4;
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString resourceText(const QJsonObject &resource)
{
    const QString uri = resource.value(u"uri").toString();
    const QString mime = resource.value(u"mimeType").toString();
    if (resource.contains(u"text")) {
        return McpToolResult::tr("[Resource %1]").arg(uri) + u'\n' + resource.value(u"text").toString();
    }
    return McpToolResult::tr("[The tool returned the binary resource %1 (%2, %3), which cannot be passed on as text.]")
        .arg(uri, mime.isEmpty() ? McpToolResult::tr("unknown type") : mime, sizeOfBase64(resource.value(u"blob").toString()));
}

} // namespace

ToolOutput McpToolResult::toToolOutput(const QJsonObject &result)
{
    QStringList parts;
    for (const QJsonValue &value : result.value(u"content").toArray()) {
        const QJsonObject item = value.toObject();
        const QString type = item.value(u"type").toString();
        if (type == u"text") {
            parts << item.value(u"text").toString();
        } else if (type == u"image" || type == u"audio") {
            const QString mime = item.value(u"mimeType").toString();
            parts << (type == u"image" ? tr("[The tool returned an image (%1, %2), which cannot be passed on as text.]")
                                       : tr("[The tool returned audio (%1, %2), which cannot be passed on as text.]"))
                         .arg(mime.isEmpty() ? tr("unknown type") : mime, sizeOfBase64(item.value(u"data").toString()));
        } else if (type == u"resource") {
            parts << resourceText(item.value(u"resource").toObject());
        } else if (type == u"resource_link") {
            QString line = tr("[Resource link: %1 <%2>]")
                               .arg(item.value(u"title").toString(item.value(u"name").toString()), item.value(u"uri").toString());
            const QString description = item.value(u"description").toString();
            if (!description.isEmpty()) {
                line += u' ' + description;
            }
            parts << line;
        } else {
            parts << tr("[Content of type “%1” left out.]").arg(type);
        }
    }
    if (parts.isEmpty() && result.value(u"structuredContent").isObject()) {
        parts << QString::fromUtf8(QJsonDocument(result.value(u"structuredContent").toObject()).toJson(QJsonDocument::Compact));
    }
    const QString text = parts.join(u'\n');
    if (result.value(u"isError").toBool()) {
        return ToolOutput::failure(text.isEmpty() ? tr("The tool reported an error without details.") : text);
    }
    return ToolOutput::success(text);
}
