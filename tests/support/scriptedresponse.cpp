// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptedresponse.h"

#include "receivedrequest.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QByteArray event(const QJsonObject &object)
{
    return "data: " + QJsonDocument(object).toJson(QJsonDocument::Compact) + "\n\n";
}

QJsonObject chunk(const QString &model, const QJsonValue &delta, const QJsonValue &finishReason = QJsonValue::Null)
{
    return QJsonObject{
        {u"id"_s, u"chatcmpl-scripted"_s},
        {u"object"_s, u"chat.completion.chunk"_s},
        {u"created"_s, 1700000000},
        {u"model"_s, model},
        {u"choices"_s, QJsonArray{QJsonObject{{u"index"_s, 0}, {u"delta"_s, delta}, {u"finish_reason"_s, finishReason}}}},
        {u"usage"_s, QJsonValue::Null}};
}

QByteArray usageChunk(const QString &model, int completionTokens)
{
    return event(QJsonObject{{u"id"_s, u"chatcmpl-scripted"_s},
                             {u"object"_s, u"chat.completion.chunk"_s},
                             {u"created"_s, 1700000000},
                             {u"model"_s, model},
                             {u"choices"_s, QJsonArray()},
                             {u"usage"_s,
                              QJsonObject{{u"prompt_tokens"_s, 10},
                                          {u"completion_tokens"_s, completionTokens},
                                          {u"total_tokens"_s, 10 + completionTokens}}}});
}
} // namespace

QJsonObject ReceivedRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

ScriptedResponse ScriptedResponse::sse(const QByteArray &body)
{
    ScriptedResponse response;
    response.withHeader("Content-Type", "text/event-stream; charset=utf-8");
    response.withHeader("Cache-Control", "no-cache");
    response.body = body;
    return response;
}

ScriptedResponse ScriptedResponse::json(int status, const QByteArray &body)
{
    ScriptedResponse response;
    response.status = status;
    response.withHeader("Content-Type", "application/json");
    response.body = body;
    response.framing = Framing::ContentLength;
    return response;
}

ScriptedResponse ScriptedResponse::json(int status, const QJsonObject &object)
{
    return json(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

ScriptedResponse ScriptedResponse::error(int status, const QString &type, const QString &message, const QString &code)
{
    return json(status,
                QJsonObject{{u"error"_s,
                             QJsonObject{{u"message"_s, message},
                                         {u"type"_s, type},
                                         {u"param"_s, QJsonValue::Null},
                                         {u"code"_s, code.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(code)}}}});
}

QByteArray ScriptedResponse::readDataFile(const QString &name)
{
    const QString path = QDir::isAbsolutePath(name) ? name : QStringLiteral(CONFAB_TEST_DATA_DIR "/llm/") + name;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("ScriptedResponse: cannot read %s", qPrintable(path));
    }
    return file.readAll();
}

ScriptedResponse ScriptedResponse::fromFile(const QString &name, int status)
{
    const QByteArray bytes = readDataFile(name);
    ScriptedResponse response = name.endsWith(".json"_L1) ? json(status, bytes) : sse(bytes);
    response.status = status;
    return response;
}

ScriptedResponse ScriptedResponse::chatStream(const QStringList &pieces, const QString &finishReason, const QString &model)
{
    QByteArray body = event(chunk(model, QJsonObject{{u"role"_s, u"assistant"_s}, {u"content"_s, u""_s}}));
    for (const QString &piece : pieces) {
        body += event(chunk(model, QJsonObject{{u"content"_s, piece}}));
    }
    body += event(chunk(model, QJsonObject(), finishReason));
    body += usageChunk(model, int(pieces.size()));
    body += "data: [DONE]\n\n";
    return sse(body);
}

ScriptedResponse ScriptedResponse::toolCallStream(const QList<ToolCall> &calls, int fragmentSize, const QString &model)
{
    QByteArray body = event(chunk(model, QJsonObject{{u"role"_s, u"assistant"_s}, {u"content"_s, QJsonValue::Null}}));
    int fragments = 0;
    for (int i = 0; i < calls.size(); ++i) {
        const ToolCall &call = calls.at(i);
        body += event(chunk(model,
                            QJsonObject{{u"tool_calls"_s,
                                         QJsonArray{QJsonObject{
                                             {u"index"_s, i},
                                             {u"id"_s, call.id},
                                             {u"type"_s, u"function"_s},
                                             {u"function"_s, QJsonObject{{u"name"_s, call.name}, {u"arguments"_s, u""_s}}}}}}}));
        for (qsizetype at = 0; at < call.arguments.size(); at += std::max(1, fragmentSize)) {
            body += event(
                chunk(model,
                      QJsonObject{{u"tool_calls"_s,
                                   QJsonArray{QJsonObject{
                                       {u"index"_s, i},
                                       {u"function"_s, QJsonObject{{u"arguments"_s, call.arguments.mid(at, fragmentSize)}}}}}}}));
            ++fragments;
        }
    }
    body += event(chunk(model, QJsonObject(), u"tool_calls"_s));
    body += usageChunk(model, fragments + int(calls.size()));
    body += "data: [DONE]\n\n";
    return sse(body);
}

ScriptedResponse ScriptedResponse::completion(const QString &content, const QString &model)
{
    return json(
        200,
        QJsonObject{{u"id"_s, u"chatcmpl-scripted"_s},
                    {u"object"_s, u"chat.completion"_s},
                    {u"created"_s, 1700000000},
                    {u"model"_s, model},
                    {u"choices"_s,
                     QJsonArray{QJsonObject{{u"index"_s, 0},
                                            {u"message"_s, QJsonObject{{u"role"_s, u"assistant"_s}, {u"content"_s, content}}},
                                            {u"finish_reason"_s, u"stop"_s}}}},
                    {u"usage"_s, QJsonObject{{u"prompt_tokens"_s, 10}, {u"completion_tokens"_s, 5}, {u"total_tokens"_s, 15}}}});
}

ScriptedResponse ScriptedResponse::models(const QStringList &ids)
{
    QJsonArray data;
    for (const QString &id : ids) {
        data.append(
            QJsonObject{{u"id"_s, id}, {u"object"_s, u"model"_s}, {u"created"_s, 1700000000}, {u"owned_by"_s, u"scripted"_s}});
    }
    return json(200, QJsonObject{{u"object"_s, u"list"_s}, {u"data"_s, data}});
}

ScriptedResponse ScriptedResponse::noResponse()
{
    ScriptedResponse response;
    response.sendHeaders = false;
    return response;
}

ScriptedResponse &ScriptedResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append(qMakePair(name, value));
    return *this;
}

ScriptedResponse &ScriptedResponse::splitEvery(qsizetype bytes)
{
    m_split = Split::Every;
    m_every = std::max<qsizetype>(1, bytes);
    return *this;
}

ScriptedResponse &ScriptedResponse::splitAt(const QList<qsizetype> &offsets)
{
    m_split = Split::At;
    m_offsets = offsets;
    std::sort(m_offsets.begin(), m_offsets.end());
    return *this;
}

ScriptedResponse &ScriptedResponse::splitRandomly(quint32 seed, qsizetype maxPiece)
{
    m_split = Split::Random;
    m_seed = seed;
    m_maxPiece = std::max<qsizetype>(1, maxPiece);
    return *this;
}

ScriptedResponse &ScriptedResponse::withPieceDelay(std::chrono::milliseconds delay)
{
    pieceDelay = delay;
    return *this;
}

ScriptedResponse &ScriptedResponse::withHeaderDelay(std::chrono::milliseconds delay)
{
    headerDelay = delay;
    return *this;
}

ScriptedResponse &ScriptedResponse::withFraming(Framing newFraming)
{
    framing = newFraming;
    return *this;
}

ScriptedResponse &ScriptedResponse::endWith(Ending how, qsizetype bodyBytes)
{
    ending = how;
    cutAfterBytes = bodyBytes;
    return *this;
}

ScriptedResponse &ScriptedResponse::then(std::chrono::milliseconds delay, const QByteArray &bytes)
{
    extraSteps.append(Step{delay, bytes});
    return *this;
}

QList<ScriptedResponse::Step> ScriptedResponse::steps() const
{
    QList<Step> result;
    auto add = [&](qsizetype from, qsizetype to) {
        if (to > from) {
            result.append(Step{pieceDelay, body.mid(from, to - from)});
        }
    };
    switch (m_split) {
    case Split::Whole:
        add(0, body.size());
        break;
    case Split::Every:
        for (qsizetype at = 0; at < body.size(); at += m_every) {
            add(at, std::min(body.size(), at + m_every));
        }
        break;
    case Split::At: {
        qsizetype from = 0;
        for (const qsizetype offset : m_offsets) {
            const qsizetype to = std::clamp<qsizetype>(offset, from, body.size());
            add(from, to);
            from = to;
        }
        add(from, body.size());
        break;
    }
    case Split::Random: {
        QRandomGenerator random(m_seed);
        for (qsizetype at = 0; at < body.size();) {
            const qsizetype size = 1 + qsizetype(random.bounded(quint32(m_maxPiece)));
            add(at, std::min(body.size(), at + size));
            at += size;
        }
        break;
    }
    }
    result.append(extraSteps);
    return result;
}

QByteArray ScriptedResponse::headerBlock(qsizetype contentLength) const
{
    static const QHash<int, QByteArray> reasons = {{200, "OK"},
                                                   {400, "Bad Request"},
                                                   {401, "Unauthorized"},
                                                   {402, "Payment Required"},
                                                   {403, "Forbidden"},
                                                   {404, "Not Found"},
                                                   {408, "Request Timeout"},
                                                   {413, "Payload Too Large"},
                                                   {429, "Too Many Requests"},
                                                   {500, "Internal Server Error"},
                                                   {502, "Bad Gateway"},
                                                   {503, "Service Unavailable"}};
    QByteArray block = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasons.value(status, "Status") + "\r\n";
    for (const auto &[name, value] : headers) {
        block += name + ": " + value + "\r\n";
    }
    switch (framing) {
    case Framing::Chunked:
        block += "Transfer-Encoding: chunked\r\n";
        break;
    case Framing::CloseDelimited:
        block += "Connection: close\r\n";
        break;
    case Framing::ContentLength:
        block += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
        break;
    }
    return block + "\r\n";
}
