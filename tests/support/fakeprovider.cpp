// SPDX-License-Identifier: GPL-3.0-or-later
// confab-fake-provider: ScriptedProvider as a program. It answers every chat completion with a
// streamed demo reply (reasoning, markdown, a code block, a table), or with --transcript a
// recorded body, so Confab can run offline and benchmarks have a provider:
//
//   confab-fake-provider --port 8111 --delay 20
//   OPENAI_BASE_URL=http://127.0.0.1:8111/v1 OPENAI_API_KEY=none confab

#include "scriptedprovider.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
QString lastUserText(const ReceivedRequest &request)
{
    const QJsonArray messages = request.json().value("messages"_L1).toArray();
    for (qsizetype i = messages.size() - 1; i >= 0; --i) {
        const QJsonObject message = messages.at(i).toObject();
        if (message.value("role"_L1).toString() == "user"_L1) {
            const QJsonValue content = message.value("content"_L1);
            if (content.isString()) {
                return content.toString();
            }
            QString text;
            for (const QJsonValue &part : content.toArray()) {
                text += part.toObject().value("text"_L1).toString();
            }
            return text;
        }
    }
    return {};
}

QByteArray event(const QJsonObject &delta, const QJsonValue &finish = QJsonValue::Null)
{
    const QJsonObject chunk{
        {u"id"_s, u"chatcmpl-demo"_s},
        {u"object"_s, u"chat.completion.chunk"_s},
        {u"created"_s, 1700000000},
        {u"model"_s, u"confab-demo"_s},
        {u"choices"_s, QJsonArray{QJsonObject{{u"index"_s, 0}, {u"delta"_s, delta}, {u"finish_reason"_s, finish}}}}};
    return "data: " + QJsonDocument(chunk).toJson(QJsonDocument::Compact) + "\n\n";
}

/** Words and the spaces after them, as a tokenizer would roughly cut them. */
QStringList tokens(const QString &text)
{
    QStringList result;
    static const QRegularExpression word(u"\\S+\\s*|\\s+"_s);
    for (auto it = word.globalMatch(text); it.hasNext();) {
        result.append(it.next().captured());
    }
    return result;
}

ScriptedResponse demoReply(const ReceivedRequest &request, std::chrono::milliseconds delay)
{
    const QString question = lastUserText(request).left(200);
    const QString thinking = u"The user asked: \"%1\". I will answer with a short demo in Markdown."_s.arg(question);
    const QString answer =
        u"This is **Confab's offline demo provider**. You wrote:\n\n> %1\n\n"
        "Here is some code:\n\n```cpp\nint main()\n{\n    return 0;\n}\n```\n\n"
        "| Provider | Streams | Reasoning |\n|---|---|---|\n| OpenAI | yes | no |\n| DeepSeek | yes | yes |\n\n"
        "That's all."_s.arg(question.isEmpty() ? u"(nothing)"_s : question);
    QByteArray body = event(QJsonObject{{u"role"_s, u"assistant"_s}, {u"content"_s, u""_s}});
    for (const QString &token : tokens(thinking)) {
        body += event(QJsonObject{{u"reasoning_content"_s, token}});
    }
    const QStringList pieces = tokens(answer);
    for (const QString &token : pieces) {
        body += event(QJsonObject{{u"content"_s, token}});
    }
    body += event(QJsonObject(), u"stop"_s);
    const QJsonObject usage{{u"id"_s, u"chatcmpl-demo"_s},
                            {u"object"_s, u"chat.completion.chunk"_s},
                            {u"model"_s, u"confab-demo"_s},
                            {u"choices"_s, QJsonArray()},
                            {u"usage"_s,
                             QJsonObject{{u"prompt_tokens"_s, qint64(question.size() / 4 + 10)},
                                         {u"completion_tokens"_s, qint64(pieces.size())},
                                         {u"total_tokens"_s, qint64(question.size() / 4 + 10 + pieces.size())}}}};
    body += "data: " + QJsonDocument(usage).toJson(QJsonDocument::Compact) + "\n\n";
    body += "data: [DONE]\n\n";

    // One event per piece, so the client sees tokens arrive one by one.
    ScriptedResponse response = ScriptedResponse::sse({});
    qsizetype from = 0;
    while (from < body.size()) {
        const qsizetype end = body.indexOf("\n\n", from);
        const qsizetype to = end < 0 ? body.size() : end + 2;
        response.then(delay, body.mid(from, to - from));
        from = to;
    }
    return response;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"confab-fake-provider"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"A loopback OpenAI-compatible server that streams a demo reply to every chat request."_s);
    parser.addHelpOption();
    const QCommandLineOption portOption(u"port"_s, u"Port to listen on (0: any free port)."_s, u"port"_s, u"0"_s);
    const QCommandLineOption delayOption(u"delay"_s, u"Milliseconds between streamed tokens."_s, u"ms"_s, u"20"_s);
    const QCommandLineOption transcriptOption(
        u"transcript"_s, u"Answer every chat request with this recorded body (.sse or .json) instead of the demo."_s, u"file"_s);
    const QCommandLineOption splitOption(u"split"_s, u"With --transcript: send the body in pieces of this many bytes."_s,
                                         u"bytes"_s, u"0"_s);
    parser.addOption(portOption);
    parser.addOption(delayOption);
    parser.addOption(transcriptOption);
    parser.addOption(splitOption);
    parser.process(app);

    ScriptedProvider provider;
    provider.setModelsResponse(ScriptedResponse::models({u"confab-demo"_s}));
    const std::chrono::milliseconds delay(parser.value(delayOption).toInt());
    if (parser.isSet(transcriptOption)) {
        if (!QFileInfo(parser.value(transcriptOption)).isReadable()) {
            QTextStream(stderr) << "confab-fake-provider: cannot read " << parser.value(transcriptOption) << Qt::endl;
            return 1;
        }
        ScriptedResponse recorded = ScriptedResponse::fromFile(QFileInfo(parser.value(transcriptOption)).absoluteFilePath());
        if (const qsizetype split = parser.value(splitOption).toLongLong(); split > 0) {
            recorded.splitEvery(split).withPieceDelay(delay);
        }
        provider.setResponder([recorded](const ReceivedRequest &) { return recorded; });
    } else {
        provider.setResponder([delay](const ReceivedRequest &request) { return demoReply(request, delay); });
    }
    if (!provider.listen(quint16(parser.value(portOption).toUInt()))) {
        return 1;
    }
    QTextStream(stdout) << "confab-fake-provider: OPENAI_BASE_URL=" << provider.baseUrl().toString() << Qt::endl;
    return app.exec();
}
