// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "toolcall.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <chrono>

/**
 * @brief What ScriptedProvider answers to one request, and how it delivers the bytes.
 *
 * The body is cut into pieces (whole, every N bytes, at given offsets, or at seeded random
 * points), each written and flushed on its own turn of the event loop after @c pieceDelay, so
 * the client really sees the splits. Extra steps (then()) follow the body, each after its own
 * delay. The response ends cleanly (chunked terminator, or closing a close-delimited body), or
 * is cut (FIN or RST after @c cutAfterBytes of body), or hangs with the connection open.
 *
 * Builders: fromFile() reads `tests/data/llm/<name>` (`.sse` bodies are served as
 * `text/event-stream`, `.json` as JSON); sse(), json(), error(), chatStream(),
 * toolCallStream(), completion(), models(), noResponse().
 */
class ScriptedResponse
{
public:
    enum class Framing { Chunked, CloseDelimited, ContentLength };
    enum class Ending {
        Complete, ///< the body ends properly
        Close, ///< FIN after cutAfterBytes of body (for chunked: no terminating chunk)
        Reset, ///< RST after cutAfterBytes of body
        Hang, ///< everything is sent, the connection stays open and the body never ends
    };
    struct Step
    {
        std::chrono::milliseconds delay{0};
        QByteArray bytes;
    };

    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Framing framing = Framing::Chunked;
    Ending ending = Ending::Complete;
    qsizetype cutAfterBytes = -1; ///< for Close / Reset; -1 means after everything
    bool sendHeaders = true; ///< false: read the request and never answer at all
    std::chrono::milliseconds headerDelay{0};
    std::chrono::milliseconds pieceDelay{0};
    QList<Step> extraSteps;

    static ScriptedResponse sse(const QByteArray &body);
    static ScriptedResponse json(int status, const QByteArray &body);
    static ScriptedResponse json(int status, const QJsonObject &object);
    /** An OpenAI-shaped error body. */
    static ScriptedResponse error(int status, const QString &type, const QString &message, const QString &code = {});
    /** A file under tests/data/llm/ (or an absolute path), served with @p status. */
    static ScriptedResponse fromFile(const QString &name, int status = 200);
    static QByteArray readDataFile(const QString &name);
    /** A well-formed OpenAI stream of these content pieces, a finish chunk, usage, [DONE]. */
    static ScriptedResponse chatStream(const QStringList &pieces, const QString &finishReason = QStringLiteral("stop"),
                                       const QString &model = QStringLiteral("scripted-model"));
    /** An OpenAI stream of these tool calls, arguments cut into @p fragmentSize pieces. */
    static ScriptedResponse toolCallStream(const QList<ToolCall> &calls, int fragmentSize = 8,
                                           const QString &model = QStringLiteral("scripted-model"));
    /** A non-streamed `chat.completion` body. */
    static ScriptedResponse completion(const QString &content, const QString &model = QStringLiteral("scripted-model"));
    static ScriptedResponse models(const QStringList &ids);
    /** Reads the request and never answers (for first-byte timeouts). */
    static ScriptedResponse noResponse();

    ScriptedResponse &withHeader(const QByteArray &name, const QByteArray &value);
    ScriptedResponse &splitEvery(qsizetype bytes);
    ScriptedResponse &splitAt(const QList<qsizetype> &offsets);
    ScriptedResponse &splitRandomly(quint32 seed, qsizetype maxPiece = 64);
    ScriptedResponse &withPieceDelay(std::chrono::milliseconds delay);
    ScriptedResponse &withHeaderDelay(std::chrono::milliseconds delay);
    ScriptedResponse &withFraming(Framing framing);
    /** Ends the body after @p bodyBytes (FIN for Close, RST for Reset), or hangs for Hang. */
    ScriptedResponse &endWith(Ending how, qsizetype bodyBytes = -1);
    /** Appends a step after the body. */
    ScriptedResponse &then(std::chrono::milliseconds delay, const QByteArray &bytes);

    /** The body cut as configured, followed by the extra steps. */
    QList<Step> steps() const;
    QByteArray headerBlock(qsizetype contentLength) const;

private:
    enum class Split { Whole, Every, At, Random };
    Split m_split = Split::Whole;
    qsizetype m_every = 0;
    QList<qsizetype> m_offsets;
    quint32 m_seed = 0;
    qsizetype m_maxPiece = 64;
};
