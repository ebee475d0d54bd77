// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatrequest.h"
#include "providerprofile.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class TestChatRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void minimalBody();
    void optionalParameters();
    void messageShapes();
    void messageRoundTrip();
    void mergePatch();
    void profileEndpointsAndEnvironment();
    void profileJsonHasNoKey();
};

void TestChatRequest::minimalBody()
{
    ChatRequest request;
    request.model = u"m"_s;
    request.messages = {ChatMessage::user(u"hi"_s)};
    const QJsonObject streamed = request.toJson(true);
    QCOMPARE(streamed.value("stream"_L1).toBool(), true);
    QCOMPARE(streamed.value("stream_options"_L1).toObject(), (QJsonObject{{u"include_usage"_s, true}}));
    for (const char *absent : {"temperature", "top_p", "max_tokens", "stop", "tools", "tool_choice"}) {
        QVERIFY2(!streamed.contains(QLatin1StringView(absent)), absent);
    }
    const QJsonObject oneShot = request.toJson(false);
    QCOMPARE(oneShot.value("stream"_L1).toBool(true), false);
    QVERIFY(!oneShot.contains("stream_options"_L1));
    request.includeUsage = false;
    QVERIFY(!request.toJson(true).contains("stream_options"_L1));
}

void TestChatRequest::optionalParameters()
{
    ChatRequest request;
    request.temperature = 0.0; // zero is a value, not "unset"
    request.topP = 0.9;
    request.maxTokens = 256;
    request.stop = {u"END"_s};
    request.tools = QJsonArray{QJsonObject{{u"type"_s, u"function"_s}}};
    request.toolChoice = QJsonObject{{u"type"_s, u"function"_s}, {u"function"_s, QJsonObject{{u"name"_s, u"f"_s}}}};
    const QJsonObject body = request.toJson(true);
    QCOMPARE(body.value("temperature"_L1).toDouble(-1), 0.0);
    QCOMPARE(body.value("top_p"_L1).toDouble(), 0.9);
    QCOMPARE(body.value("max_tokens"_L1).toInt(), 256);
    QCOMPARE(body.value("stop"_L1).toArray(), QJsonArray{u"END"_s});
    QCOMPARE(body.value("tools"_L1).toArray().size(), 1);
    QCOMPARE(body.value("tool_choice"_L1).toObject().value("type"_L1).toString(), u"function"_s);
    request.toolChoice = u"none"_s;
    QCOMPARE(request.toJson(true).value("tool_choice"_L1).toString(), u"none"_s);
}

void TestChatRequest::messageShapes()
{
    const QJsonObject text = ChatMessage::system(u"rules"_s).toJson();
    QCOMPARE(text, (QJsonObject{{u"role"_s, u"system"_s}, {u"content"_s, u"rules"_s}}));

    const ImagePart inlineImage = ImagePart::fromData(QByteArray("\x89PNG"), u"image/png"_s, u"low"_s);
    QCOMPARE(inlineImage.url, u"data:image/png;base64,iVBORw=="_s);
    const QJsonObject withImages =
        ChatMessage::user(u"what is this?"_s, {ImagePart{u"https://example.org/a.jpg"_s, {}}, inlineImage}).toJson();
    const QJsonArray parts = withImages.value("content"_L1).toArray();
    QCOMPARE(parts.size(), 3);
    QCOMPARE(parts.at(0).toObject(), (QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, u"what is this?"_s}}));
    QCOMPARE(parts.at(1).toObject().value("image_url"_L1).toObject(), (QJsonObject{{u"url"_s, u"https://example.org/a.jpg"_s}}));
    QCOMPARE(parts.at(2).toObject().value("image_url"_L1).toObject().value("detail"_L1).toString(), u"low"_s);

    ChatMessage assistant = ChatMessage::assistant({}, {ToolCall{u"call_1"_s, u"search"_s, u"{\"q\":\"x\"}"_s}});
    assistant.reasoning = u"I should search."_s;
    const QJsonObject calls = assistant.toJson();
    QVERIFY(calls.value("content"_L1).isNull());
    QVERIFY(!calls.contains("reasoning_content"_L1));
    QCOMPARE(calls.value("tool_calls"_L1).toArray().at(0).toObject(),
             (QJsonObject{{u"id"_s, u"call_1"_s},
                          {u"type"_s, u"function"_s},
                          {u"function"_s, QJsonObject{{u"name"_s, u"search"_s}, {u"arguments"_s, u"{\"q\":\"x\"}"_s}}}}));
    QCOMPARE(assistant.toJson(true).value("reasoning_content"_L1).toString(), u"I should search."_s);
    ChatRequest request;
    request.messages = {assistant};
    request.sendReasoning = true;
    QVERIFY(request.toJson(true).value("messages"_L1).toArray().at(0).toObject().contains("reasoning_content"_L1));

    const QJsonObject result = ChatMessage::toolResult(u"call_1"_s, u"found"_s, u"search"_s).toJson();
    QCOMPARE(
        result,
        (QJsonObject{
            {u"role"_s, u"tool"_s}, {u"content"_s, u"found"_s}, {u"tool_call_id"_s, u"call_1"_s}, {u"name"_s, u"search"_s}}));
}

void TestChatRequest::messageRoundTrip()
{
    ChatMessage original = ChatMessage::user(u"look"_s, {ImagePart{u"https://example.org/x.png"_s, u"high"_s}});
    QCOMPARE(ChatMessage::fromJson(original.toJson()), original);
    ChatMessage assistant = ChatMessage::assistant(u"done"_s, {ToolCall{u"c"_s, u"f"_s, u"{}"_s}});
    assistant.reasoning = u"why"_s;
    QCOMPARE(ChatMessage::fromJson(assistant.toJson(true)), assistant);
    const ChatMessage ollama = ChatMessage::fromJson(
        QJsonObject{{u"role"_s, u"assistant"_s},
                    {u"tool_calls"_s,
                     QJsonArray{QJsonObject{
                         {u"function"_s, QJsonObject{{u"name"_s, u"f"_s}, {u"arguments"_s, QJsonObject{{u"a"_s, 1}}}}}}}}});
    QCOMPARE(ollama.toolCalls.first().arguments, u"{\"a\":1}"_s);
    bool ok = true;
    QCOMPARE(ChatMessage::roleFromName(u"wizard"_s, &ok), ChatMessage::Role::User);
    QVERIFY(!ok);
}

void TestChatRequest::mergePatch()
{
    ChatRequest request;
    request.model = u"m"_s;
    request.maxTokens = 100;
    request.extraBody = QJsonObject{{u"max_tokens"_s, QJsonValue::Null},
                                    {u"max_completion_tokens"_s, 100},
                                    {u"stream_options"_s, QJsonValue::Null},
                                    {u"thinking"_s, QJsonObject{{u"type"_s, u"enabled"_s}, {u"budget"_s, QJsonValue::Null}}},
                                    {u"model"_s, u"override"_s}};
    const QJsonObject body = request.toJson(true);
    QVERIFY(!body.contains("max_tokens"_L1));
    QVERIFY(!body.contains("stream_options"_L1));
    QCOMPARE(body.value("max_completion_tokens"_L1).toInt(), 100);
    QCOMPARE(body.value("thinking"_L1).toObject(), (QJsonObject{{u"type"_s, u"enabled"_s}}));
    QCOMPARE(body.value("model"_L1).toString(), u"override"_s);

    const QJsonObject merged =
        ChatRequest::mergePatch(QJsonObject{{u"a"_s, QJsonObject{{u"b"_s, 1}, {u"c"_s, 2}}}, {u"d"_s, 3}},
                                QJsonObject{{u"a"_s, QJsonObject{{u"c"_s, QJsonValue::Null}, {u"e"_s, 5}}}});
    QCOMPARE(merged, (QJsonObject{{u"a"_s, QJsonObject{{u"b"_s, 1}, {u"e"_s, 5}}}, {u"d"_s, 3}}));
}

void TestChatRequest::profileEndpointsAndEnvironment()
{
    ProviderProfile profile;
    for (const QString &base : {u"http://localhost:11434/v1"_s, u"http://localhost:11434/v1/"_s}) {
        profile.baseUrl = QUrl(base);
        QCOMPARE(profile.endpoint(u"chat/completions"_s), QUrl(u"http://localhost:11434/v1/chat/completions"_s));
        QCOMPARE(profile.endpoint(u"/models"_s), QUrl(u"http://localhost:11434/v1/models"_s));
    }
    QVERIFY(profile.isValid());
    QVERIFY(!ProviderProfile{}.isValid());

    qputenv("OPENAI_API_KEY", "sk-env");
    qputenv("OPENAI_BASE_URL", "https://api.deepseek.com/v1");
    qputenv("OPENAI_MODEL", "deepseek-chat");
    ProviderProfile fromEnv = ProviderProfile::fromEnvironment();
    QCOMPARE(fromEnv.apiKey, u"sk-env"_s);
    QCOMPARE(fromEnv.baseUrl, QUrl(u"https://api.deepseek.com/v1"_s));
    QCOMPARE(fromEnv.defaultModel, u"deepseek-chat"_s);
    qunsetenv("OPENAI_BASE_URL");
    qunsetenv("OPENAI_MODEL");
    qunsetenv("OPENAI_API_KEY");
    fromEnv = ProviderProfile::fromEnvironment();
    QCOMPARE(fromEnv.baseUrl, QUrl(u"https://api.openai.com/v1"_s));
    QVERIFY(fromEnv.apiKey.isEmpty());
    QCOMPARE(fromEnv.id, u"environment"_s);
}

void TestChatRequest::profileJsonHasNoKey()
{
    ProviderProfile profile;
    profile.id = u"or"_s;
    profile.name = u"OpenRouter"_s;
    profile.baseUrl = QUrl(u"https://openrouter.ai/api/v1"_s);
    profile.apiKey = u"sk-or-secret"_s;
    profile.defaultModel = u"google/gemini-2.5-flash"_s;
    profile.extraHeaders.insert("HTTP-Referer", "https://confab.example");
    profile.extraBody = QJsonObject{{u"reasoning"_s, QJsonObject{{u"effort"_s, u"high"_s}}}};
    const QJsonObject json = profile.toJson();
    QVERIFY(!QJsonDocument(json).toJson().contains("sk-or-secret"));
    ProviderProfile back = ProviderProfile::fromJson(json);
    QVERIFY(back.apiKey.isEmpty());
    back.apiKey = profile.apiKey;
    QCOMPARE(back, profile);
}

QTEST_APPLESS_MAIN(TestChatRequest)
#include "tst_chatrequest.moc"
