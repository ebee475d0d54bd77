// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agentrun.h"
#include "messagestatus.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <memory>

class EventReader;
class MessageWriter;
class Storage;

/**
 * @brief A user turn in progress: the agent run and the stored messages it fills.
 *
 * The turn records its run's events in storage as they come (text in batches through a
 * MessageWriter, status events as message steps) and finishes the assistant message with the
 * run: completed, failed with the error, or cancelled with the partial text. Consumers read the
 * same events through createReader().
 */
class ChatTurn : public QObject
{
    Q_OBJECT

public:
    ~ChatTurn() override;

    AgentRun *run() const;
    qint64 conversationId() const;
    qint64 userMessageId() const;
    qint64 assistantMessageId() const;
    QString sessionId() const;
    /** Events from now on; create readers before the turn starts to get them all. */
    EventReader *createReader(QObject *parent);

    QString content() const;
    QString reasoning() const;
    bool isFinished() const;
    /** The stored status once finished. */
    MessageStatus finalStatus() const;
    /** Stops the turn now; the message is saved as cancelled with its text. */
    void interrupt(const QString &reason = {});

Q_SIGNALS:
    void finished();

private:
    friend class ChatService;
    ChatTurn(AgentRun *run, Storage *storage, std::unique_ptr<MessageWriter> writer, qint64 conversationId, qint64 userMessageId,
             qint64 assistantMessageId, QObject *parent);
    void start();
    void record();
    void recordEvent(const StreamEvent &event);
    void finishMessage(const StreamEvent &terminal);

    AgentRun *m_run;
    QPointer<Storage> m_storage;
    std::unique_ptr<MessageWriter> m_writer;
    EventReader *m_recorder = nullptr;
    qint64 m_conversationId;
    qint64 m_userMessageId;
    qint64 m_assistantMessageId;
    QJsonObject m_usage;
    MessageStatus m_finalStatus = MessageStatus::Streaming;
    bool m_finished = false;
};
