// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchhistorytool.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

SearchHistoryTool::SearchHistoryTool(HistorySearch search)
    : m_search(std::move(search))
{ }

QString SearchHistoryTool::name() const
{
    return u"search_history"_s;
}

QString SearchHistoryTool::description() const
{
    return u"Full-text search over the user's past conversations with you. Returns matching messages with their conversation and date."_s;
}

QJsonObject SearchHistoryTool::parameters() const
{
    return {
        {u"type"_s, u"object"_s},
        {u"properties"_s,
         QJsonObject{{u"query"_s, QJsonObject{{u"type"_s, u"string"_s}, {u"description"_s, u"Words to look for"_s}}},
                     {u"limit"_s,
                      QJsonObject{{u"type"_s, u"integer"_s}, {u"description"_s, u"Maximum number of results (default 10)"_s}}}}},
        {u"required"_s, QJsonArray{u"query"_s}}};
}

Tool::Mode SearchHistoryTool::mode() const
{
    return Mode::MainThread;
}

ToolOutput SearchHistoryTool::run(const QJsonObject &arguments) const
{
    const QString query = arguments.value(u"query").toString().trimmed();
    if (query.isEmpty()) {
        return ToolOutput::failure(QCoreApplication::translate("SearchHistoryTool", "The argument \"query\" is missing."));
    }
    const int limit = std::clamp(arguments.value(u"limit").toInt(10), 1, 50);
    QJsonArray results;
    for (const HistoryHit &hit : m_search(query, limit)) {
        results.append(QJsonObject{{u"conversation_id"_s, hit.conversationId},
                                   {u"conversation_title"_s, hit.conversationTitle},
                                   {u"message_id"_s, hit.messageId},
                                   {u"role"_s, hit.role},
                                   {u"snippet"_s, hit.snippet},
                                   {u"date"_s, hit.createdAt.toString(Qt::ISODate)}});
    }
    return ToolOutput::success(
        QString::fromUtf8(QJsonDocument(QJsonObject{{u"results"_s, results}}).toJson(QJsonDocument::Compact)));
}
