// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agentcontext.h"
#include "agentsettings.h"
#include "contextitem.h"
#include "eventchannel.h"
#include "rungate.h"
#include "streamevent.h"
#include "toolrecord.h"

#include "imagepart.h"
#include "llmerror.h"
#include "usage.h"

#include <QElapsedTimer>
#include <QPointer>

class LlmClient;
class LlmStream;
class QThreadPool;
class ToolInvocation;
class ToolRegistry;

/**
 * @brief What one run knows while its nodes work: inputs, what was gathered, the answer so
 * far, and how it ended. Nodes publish events through emitEvent().
 */
class WorkflowState
{
public:
    WorkflowState(EventChannel *channel, LlmClient *llm, const ToolRegistry *tools, QThreadPool *pool);

    // Inputs
    QString runId;
    QString sessionId;
    QString userId;
    QString query;
    AgentContext context;
    AgentSettings settings;
    LlmClient *const llm;
    const ToolRegistry *const tools;
    QThreadPool *const pool;
    const QPointer<EventChannel> channel; ///< owned by the AgentRun, which may go first
    RunGate gate;

    // Gathered along the way
    QString queryType;
    QList<ContextItem> contextItems;
    QList<ImagePart> images;
    QList<ToolRecord> toolRecords;

    // The answer
    QString content;
    QString reasoning;
    QString finishReason;
    Usage usage;
    QString model;
    qint64 firstTokenUs = -1;
    qint64 lastTokenUs = -1;
    int chunkIndex = 0;
    int reasoningIndex = 0;

    // How it ends
    bool interrupted = false;
    bool failed = false;
    StreamEvent::Stage failedStage = StreamEvent::Stage::None;
    QString failure; ///< a message for the user
    LlmError error;

    // What is running now, so an interruption can stop it at once
    QPointer<LlmStream> activeStream;
    QList<QPointer<ToolInvocation>> activeTools;

    qint64 startedUs = 0;
    QElapsedTimer clock;

    /** True once the run must not emit anything more. */
    bool stopped() const;
    /** Pushes an event; progress never goes backwards. A negative @p progress keeps the current one. */
    void emitEvent(StreamEvent::Type type, StreamEvent::Stage stage, const QString &content, const QJsonObject &metadata = {},
                   double progress = -1);
    void fail(StreamEvent::Stage stage, const QString &message, const LlmError &error = {});
    double progress() const;
    void advance(double progress);
    /** Adds @p delta (one round's usage) to the run's usage. */
    void addUsage(const Usage &delta);

private:
    double m_progress = 0.0;
};
