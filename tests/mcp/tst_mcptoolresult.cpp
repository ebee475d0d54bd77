// SPDX-License-Identifier: GPL-3.0-or-later
#include "mcptoolresult.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMcpToolResult : public QObject
{
    Q_OBJECT

    // Moc reads // inside a raw string as a comment: the JSON with URLs is an ordinary literal.
    static QJsonObject parse(const char *json)
    {
        return QJsonDocument::fromJson(json).object();
    }

private Q_SLOTS:
    void textParts()
    {
        const ToolOutput output = McpToolResult::toToolOutput(
            parse(R"({"content": [{"type": "text", "text": "one"}, {"type": "text", "text": "two"}]})"));
        QVERIFY(output.ok);
        QCOMPARE(output.text, u"one\ntwo"_s);
    }

    void mediaBecomesNotes()
    {
        const ToolOutput output = McpToolResult::toToolOutput(parse(
            R"({"content": [{"type": "image", "mimeType": "image/png", "data": "AAAAAAAA"}, {"type": "audio", "mimeType": "audio/wav", "data": "AAAA"}, {"type": "hologram"}]})"));
        QCOMPARE(output.text,
                 u"[The tool returned an image (image/png, 6 bytes), which cannot be passed on as text.]\n"
                 "[The tool returned audio (audio/wav, 3 bytes), which cannot be passed on as text.]\n"
                 "[Content of type “hologram” left out.]"_s);
    }

    void resources()
    {
        const ToolOutput output = McpToolResult::toToolOutput(
            parse("{\"content\": [{\"type\": \"resource\", \"resource\": {\"uri\": \"file:///a.txt\", \"text\": \"hello\"}}, "
                  "{\"type\": \"resource_link\", \"uri\": \"file:///b\", \"name\": \"b\", \"title\": \"The B\"}]}"));
        QCOMPARE(output.text, u"[Resource file:///a.txt]\nhello\n[Resource link: The B <file:///b>]"_s);
    }

    void structuredContentWhenNoContent()
    {
        const ToolOutput output = McpToolResult::toToolOutput(parse(R"({"content": [], "structuredContent": {"sum": 3}})"));
        QCOMPARE(output.text, u"{\"sum\":3}"_s);
        // With content, the content is what the model reads.
        const ToolOutput both = McpToolResult::toToolOutput(
            parse(R"({"content": [{"type": "text", "text": "3"}], "structuredContent": {"sum": 3}})"));
        QCOMPARE(both.text, u"3"_s);
    }

    void errors()
    {
        const ToolOutput output =
            McpToolResult::toToolOutput(parse(R"({"content": [{"type": "text", "text": "no such file"}], "isError": true})"));
        QVERIFY(!output.ok);
        QCOMPARE(output.text, u"no such file"_s);
        const ToolOutput bare = McpToolResult::toToolOutput(parse(R"({"isError": true})"));
        QVERIFY(!bare.ok);
        QVERIFY(!bare.text.isEmpty());
        QVERIFY(McpToolResult::toToolOutput({}).ok); // an empty result is an empty answer
    }
};

QTEST_GUILESS_MAIN(TestMcpToolResult)
#include "tst_mcptoolresult.moc"
