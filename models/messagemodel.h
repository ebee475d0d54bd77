// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messagerow.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QQmlParserStatus>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <chrono>

class ChatService;
class ChatTurn;
class EventReader;
class Storage;

/**
 * @brief The shown branch of one conversation, oldest message first, for the chat view.
 *
 * Set `conversationId` (0: a new chat, no rows). The newest page of the active branch loads at once;
 * fetchOlder() inserts the page before it at row 0 (the view keeps its position). Storage signals keep
 * the rows current without a reload: a message added, changed or finished updates its row, and a new
 * active leaf (a sent message, a regenerated reply, an edit, a switch between siblings) replaces only
 * the rows after the last message the old and the new branch share.
 *
 * A reply being written by a ChatTurn (started here, by the local server or by the command line) is
 * shown live from the turn's events: a chunk changes that row's `content` and nothing else (a view
 * should take it through a RoleBinding, not a QML property: see there), and the
 * changes of all rows are signalled together at most once per updateInterval() (one frame), however
 * fast the events come. Coming back to a conversation whose reply is still streaming shows the text
 * so far and goes on live.
 *
 * Services come from Backend::core() unless setServices() gave others (tests, benchmarks).
 */
class MessageModel
    : public QAbstractListModel
    , public QQmlParserStatus
{
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(qint64 conversationId READ conversationId WRITE setConversationId NOTIFY conversationIdChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /// Older messages of the branch exist that are not loaded yet.
    Q_PROPERTY(bool hasOlder READ hasOlder NOTIFY hasOlderChanged)
    /// A reply of this conversation is streaming.
    Q_PROPERTY(bool streaming READ isStreaming NOTIFY streamingChanged)
    /// The id of the newest streaming reply, or 0.
    Q_PROPERTY(qint64 streamingMessageId READ streamingMessageId NOTIFY streamingChanged)
    /// Messages per page loaded from storage.
    Q_PROPERTY(int pageSize READ pageSize WRITE setPageSize NOTIFY pageSizeChanged)

public:
    enum Role {
        MessageIdRole = Qt::UserRole, ///< "messageId"
        ParentIdRole, ///< "parentId"
        RoleRole, ///< "role": `user`, `assistant`, `system`, `tool`
        ContentRole, ///< "content": the markdown text
        ReasoningRole, ///< "reasoning": the thinking text
        StatusRole, ///< "status": `pending`, `streaming`, `completed`, `failed`, `cancelled`, `interrupted`
        StreamingRole, ///< "streaming": the reply is being written now
        StageRole, ///< "stage": the agent's current stage (`intent_analysis`, `context_gathering`, `execution`, …)
        StatusLineRole, ///< "statusLine": what the agent is doing, in words
        ToolCallsRole, ///< "toolCalls": list of {callId, name, arguments, result, error, ok, running, durationMs, approval}
        PromptTokensRole, ///< "promptTokens": -1 when unknown
        CompletionTokensRole, ///< "completionTokens": -1 when unknown
        TokensEstimatedRole, ///< "tokensEstimated": the provider sent no usage; counts are estimates
        TimeToFirstTokenRole, ///< "timeToFirstTokenMs": -1 when unknown
        TokensPerSecondRole, ///< "tokensPerSecond": 0 when unknown
        ThinkingRole, ///< "thinking": reasoning text is arriving now
        ThinkingDurationRole, ///< "thinkingMs": how long the reasoning took (so far), -1 when unknown
        ErrorRole, ///< "error": why the reply failed, in the provider's words
        CreatedAtRole, ///< "createdAt"
        CompletedAtRole, ///< "completedAt"
        BranchIndexRole, ///< "branchIndex": 0-based position among the message's siblings
        BranchCountRole, ///< "branchCount": number of siblings, itself included
        AttachmentsRole, ///< "attachments": names of the files attached to a user message
        ModelNameRole, ///< "modelName": the model that wrote a reply
        HasContentRole, ///< "hasContent": the text is not empty (changes once, unlike "content")
        HasReasoningRole, ///< "hasReasoning": the reasoning is not empty
    };
    Q_ENUM(Role)
    static constexpr int roleCount = HasReasoningRole - MessageIdRole + 1;

    explicit MessageModel(QObject *parent = nullptr);
    ~MessageModel() override;

    /** Use these services instead of Backend::core()'s; call before setting a conversation. */
    void setServices(Storage *storage, ChatService *chat);
    Storage *storage() const;
    ChatService *chat() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    qint64 conversationId() const;
    void setConversationId(qint64 id);
    int count() const;
    bool hasOlder() const;
    bool isStreaming() const;
    qint64 streamingMessageId() const;
    int pageSize() const;
    void setPageSize(int size);

    /** Loads the page of older messages before the first row. False when there is none or it failed. */
    Q_INVOKABLE bool fetchOlder();
    /** The row of message @p messageId, or -1. */
    Q_INVOKABLE int rowOf(qint64 messageId) const;
    /** The stored-or-streamed text of message @p messageId (empty when it is not shown). */
    Q_INVOKABLE QString contentOf(qint64 messageId) const;
    /** Every role of @p row by name (for scripts and tests); empty for a row that does not exist. */
    Q_INVOKABLE QVariantMap get(int row) const;
    /** The message of @p row, as shown. */
    const MessageRow &rowAt(int row) const;

    /**
     * Shows tool call @p callId as `pending` (waiting for the user), `allowed` or `denied`. A call that
     * has not reached a row yet gets the state when it does.
     */
    void setToolApproval(const QString &callId, const QString &approval);

    /** How long changes are gathered before they are signalled (default 16 ms, one frame). */
    std::chrono::milliseconds updateInterval() const;
    void setUpdateInterval(std::chrono::milliseconds interval);
    /** For tests and benchmarks: how many batches of changes were signalled. */
    int updateBatches() const;
    /** Signals the gathered changes now instead of at the next tick. */
    void flush();

    void classBegin() override;
    void componentComplete() override;

Q_SIGNALS:
    void conversationIdChanged();
    void countChanged();
    void hasOlderChanged();
    void streamingChanged();
    void pageSizeChanged();
    /** Reading storage failed; @p message says why, in plain words. */
    void loadFailed(const QString &message);

private:
    void ensureServices();
    void connectServices();
    void reload();
    void clearLive();
    void syncBranch();
    void replaceAfter(int row, const QList<Message> &messages);
    void attachIfLive(int row);
    void attach(int row, ChatTurn *turn);
    void detach(qint64 messageId);
    void onTurnStarted(ChatTurn *turn);
    void onMessageChanged(qint64 conversationId, qint64 messageId);
    void onConversationChanged(qint64 conversationId);
    void onConversationRemoved(qint64 conversationId);
    MessageRow makeRow(const Message &message) const;
    void markDirty(qint64 messageId, quint64 roles);
    void scheduleFlush();
    void setHasOlder(bool hasOlder);
    void updateStreaming();

    QPointer<Storage> m_storage;
    QPointer<ChatService> m_chat;
    bool m_servicesGiven = false;
    bool m_connected = false;
    bool m_complete = true;
    qint64 m_conversationId = 0;
    int m_pageSize = 50;
    bool m_hasOlder = false;
    QList<MessageRow> m_rows;
    struct Live
    {
        EventReader *reader = nullptr;
        QPointer<ChatTurn> turn;
    };
    QHash<qint64, Live> m_readers; ///< live replies, by message id
    QHash<qint64, quint64> m_dirty; ///< changed roles, by message id
    QHash<QString, QString> m_approvals; ///< tool call id → approval, for calls not shown yet
    QHash<qint64, qint64> m_thinkingMs; ///< thinking times measured here, by message id
    QTimer m_flushTimer;
    int m_updateBatches = 0;
    qint64 m_streamingId = 0;
};
