// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>
#include <utility>

/**
 * @brief One step of an agent run, as the views, the storage and the SSE server receive it.
 *
 * The vocabulary and the JSON form are MineContext's (`type`, `content`, `progress`, `timestamp`,
 * `stage`, `metadata`, written like Python's `json.dumps`), so that a MineContext client reads our
 * stream unchanged; `reasoning_chunk`, `tool_call`, `tool_result` and `usage` are our additions.
 */
class StreamEvent
{
    Q_GADGET

public:
    enum class Type {
        SessionStart,
        Thinking,
        Running,
        Done,
        Fail,
        StreamChunk,
        StreamComplete,
        Completed,
        Interrupted,
        Error,
        ReasoningChunk,
        ToolCall,
        ToolResult,
        Usage,
    };
    Q_ENUM(Type)

    enum class Stage {
        None,
        Init,
        IntentAnalysis,
        ContextGathering,
        Execution,
        Reflection,
        Completed,
        Failed,
    };
    Q_ENUM(Stage)

    StreamEvent() = default;
    StreamEvent(Type type, Stage stage, const QString &content = {}, double progress = 0.0, const QJsonObject &metadata = {});

    Type type = Type::Running;
    QString content;
    double progress = 0.0;
    qint64 timestampUs = 0; ///< microseconds since the epoch (UTC); written as naive local time
    Stage stage = Stage::None;
    QJsonObject metadata;
    /// Top-level fields written after `type` instead of the usual ones: `session_start` only.
    QList<std::pair<QString, QJsonValue>> fields;

    /** `session_start` in the reference's exact form, plus any extra ids after its two fields. */
    static StreamEvent sessionStart(const QString &sessionId, qint64 assistantMessageId,
                                    const QList<std::pair<QString, QJsonValue>> &extra = {});

    bool isTerminal() const;
    /** A chunk of answer or reasoning text, which may be merged with the next one of its type. */
    bool isChunk() const;

    /** One line of JSON, no newline, byte-compatible with the reference's `json.dumps` form. */
    QByteArray toJson() const;
    static std::optional<StreamEvent> fromJson(QByteArrayView json, QString *error = nullptr);

    static QString typeName(Type type);
    static std::optional<Type> typeFromName(QStringView name);
    static QString stageName(Stage stage);
    static std::optional<Stage> stageFromName(QStringView name);
    static qint64 nowUs();
    static QString formatTimestamp(qint64 timestampUs);

    friend bool operator==(const StreamEvent &, const StreamEvent &) = default;
};

Q_DECLARE_METATYPE(StreamEvent)
