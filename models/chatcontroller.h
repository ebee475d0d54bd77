// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messagemodel.h"

#include <QObject>
#include <QPointer>
#include <QQmlParserStatus>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class ChatService;
class Storage;

/**
 * @brief What the chat page asks for: send, stop, regenerate, edit and resend, switch between sibling
 * replies, retry, copy, and answers to tool-call approvals, for one conversation.
 *
 * It owns the page's MessageModel (`messages`) and keeps it on `conversationId`. Sending in a new
 * chat (`conversationId` 0) creates the conversation, shows it and emits conversationCreated().
 * Every action returns false and emits errorOccurred() with a message in plain words when it cannot
 * be done; nothing typed is lost (the page keeps the composer text until send() returns true).
 *
 * Tool approvals: an approval request for a call of the streaming reply shows Allow/Deny on its card
 * (setToolApprovalPending()); the user's answer comes back through resolveToolCall(), which emits
 * toolCallResolved(). When the build has the process-wide ToolApprovals (core/agent/toolapprovals.h),
 * its requests, answers and decisions (also timeouts) are wired to these on componentComplete().
 */
class ChatController
    : public QObject
    , public QQmlParserStatus
{
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(qint64 conversationId READ conversationId WRITE setConversationId NOTIFY conversationIdChanged)
    Q_PROPERTY(MessageModel *messages READ messages CONSTANT)
    Q_PROPERTY(QString title READ title NOTIFY titleChanged)
    /// A reply of this conversation is streaming: the composer shows Stop.
    Q_PROPERTY(bool streaming READ isStreaming NOTIFY streamingChanged)
    /// The last action's error, until the next action succeeds or clearError().
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    explicit ChatController(QObject *parent = nullptr);
    ~ChatController() override;

    /** Use these services instead of Backend::core()'s (tests, benchmarks). */
    void setServices(Storage *storage, ChatService *chat);

    qint64 conversationId() const;
    void setConversationId(qint64 id);
    MessageModel *messages() const;
    QString title() const;
    bool isStreaming() const;
    QString lastError() const;

    /** Sends @p text with @p attachments (file URLs or paths) in this conversation, or in a new one. */
    Q_INVOKABLE bool send(const QString &text, const QVariantList &attachments = {});
    /** Stops the streaming reply now; it keeps its text and is marked stopped. */
    Q_INVOKABLE bool stop();
    /** A new reply beside assistant message @p messageId (the old one stays as a sibling). */
    Q_INVOKABLE bool regenerate(qint64 messageId);
    /** Sends @p text in place of user message @p messageId (the old branch stays). */
    Q_INVOKABLE bool edit(qint64 messageId, const QString &text);
    /** Shows the sibling @p step places after (negative: before) message @p messageId. */
    Q_INVOKABLE bool showSibling(qint64 messageId, int step);
    /** Asks again after a failed reply @p messageId. */
    Q_INVOKABLE bool retry(qint64 messageId);
    /** Copies message @p messageId, as markdown, to the clipboard. */
    Q_INVOKABLE bool copyMessage(qint64 messageId);
    /** The user's answer to an approval request for tool call @p callId. */
    Q_INVOKABLE void resolveToolCall(const QString &callId, bool allow);
    Q_INVOKABLE void clearError();

    /** Shows Allow/Deny on the card of tool call @p callId (an approval request arrived). */
    void setToolApprovalPending(const QString &callId);

    void classBegin() override;
    void componentComplete() override;

Q_SIGNALS:
    void conversationIdChanged();
    void titleChanged();
    void streamingChanged();
    void lastErrorChanged();
    /** send() in a new chat created conversation @p conversationId. */
    void conversationCreated(qint64 conversationId);
    void errorOccurred(const QString &message);
    /** The user allowed or denied tool call @p callId. */
    void toolCallResolved(const QString &callId, bool allow);

private:
    bool ensureServices();
    void connectToolApprovals();
    bool fail(const QString &message);
    void succeed();
    void updateTitle();

    MessageModel *m_messages;
    QPointer<Storage> m_storage;
    QPointer<ChatService> m_chat;
    bool m_servicesGiven = false;
    bool m_complete = true;
    qint64 m_conversationId = 0;
    QString m_title;
    QString m_lastError;
};
