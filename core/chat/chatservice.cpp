// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatservice.h"

#include "chatlog.h"
#include "chatturn.h"
#include "contextagent.h"
#include "messagewriter.h"
#include "searchhistorytool.h"
#include "storage.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
template<typename T>
StorageResult<T> failure(StorageError::Code code, const QString &message)
{
    StorageError error;
    error.code = code;
    error.message = message;
    return error;
}
} // namespace

ChatService::ChatService(Storage *storage, ContextAgent *agent, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_agent(agent)
{
    QPointer<Storage> store(storage);
    m_agent->tools().add(std::make_shared<SearchHistoryTool>([store](const QString &query, int limit) {
        QList<HistoryHit> hits;
        if (!store) {
            return hits;
        }
        const auto found = store->search(query, limit);
        if (!found) {
            return hits;
        }
        for (const SearchHit &hit : *found) {
            hits << HistoryHit{hit.conversationId, hit.conversationTitle, hit.messageId, hit.role, hit.snippet, hit.createdAt};
        }
        return hits;
    }));
}

ChatService::~ChatService()
{
    interruptAll(tr("Confab is closing"));
}

Storage *ChatService::storage() const
{
    return m_storage;
}

ContextAgent *ChatService::agent() const
{
    return m_agent;
}

const ChatDefaults &ChatService::defaults() const
{
    return m_defaults;
}

void ChatService::setDefaults(const ChatDefaults &defaults)
{
    m_defaults = defaults;
}

QString ChatService::titleFrom(const QString &query)
{
    const QString simple = query.simplified();
    if (simple.size() <= 50) {
        return simple;
    }
    const qsizetype space = simple.lastIndexOf(u' ', 49);
    return simple.left(space > 20 ? space : 49) + u'…';
}

StorageResult<ChatTurn *> ChatService::startTurn(const TurnRequest &request)
{
    if (request.query.trimmed().isEmpty()) {
        return failure<ChatTurn *>(StorageError::Code::InvalidArgument, tr("The message is empty."));
    }
    if (!request.persist) {
        return launch(request, nullptr, 0);
    }
    Conversation conversation;
    if (request.conversationId > 0) {
        const auto found = m_storage->conversation(request.conversationId);
        if (!found) {
            return found.error();
        }
        conversation = *found;
        if (conversation.title.trimmed().isEmpty()) {
            if (const auto renamed = m_storage->renameConversation(conversation.id, titleFrom(request.query))) {
                conversation = *renamed;
            }
        }
    } else {
        Conversation draft;
        draft.title = titleFrom(request.query);
        draft.metadata = request.conversationMetadata;
        const auto created = m_storage->createConversation(draft);
        if (!created) {
            return created.error();
        }
        conversation = *created;
    }

    Message user;
    user.conversationId = conversation.id;
    user.parentId = request.parentMessageId >= 0 ? request.parentMessageId : conversation.activeLeafId;
    user.role = u"user"_s;
    user.content = request.query;
    user.status = MessageStatus::Completed;
    QJsonObject metadata{{u"origin"_s, request.origin}};
    if (!request.attachments.isEmpty()) {
        QJsonArray names;
        for (const Attachment &attachment : request.attachments) {
            names.append(attachment.name.isEmpty() ? attachment.path : attachment.name);
        }
        metadata.insert(u"attachments"_s, names);
    }
    if (!request.selectedContent.isEmpty()) {
        metadata.insert(u"selected_content"_s, request.selectedContent);
    }
    user.metadata = metadata;
    const auto added = m_storage->addMessage(user);
    if (!added) {
        return added.error();
    }
    return launch(request, &conversation, added->id);
}

StorageResult<ChatTurn *> ChatService::regenerate(qint64 assistantMessageId)
{
    const auto reply = m_storage->message(assistantMessageId);
    if (!reply) {
        return reply.error();
    }
    if (reply->role != u"assistant" || reply->parentId == 0) {
        return failure<ChatTurn *>(StorageError::Code::InvalidArgument, tr("Only a reply to a message can be regenerated."));
    }
    interrupt(assistantMessageId, tr("Regenerated"));
    const auto user = m_storage->message(reply->parentId);
    if (!user) {
        return user.error();
    }
    const auto conversation = m_storage->conversation(reply->conversationId);
    if (!conversation) {
        return conversation.error();
    }
    TurnRequest request;
    request.query = user->content;
    request.conversationId = conversation->id;
    request.origin = u"regenerate"_s;
    return launch(request, &*conversation, user->id);
}

StorageResult<ChatTurn *> ChatService::editAndResend(qint64 userMessageId, const QString &text)
{
    const auto original = m_storage->message(userMessageId);
    if (!original) {
        return original.error();
    }
    if (original->role != u"user") {
        return failure<ChatTurn *>(StorageError::Code::InvalidArgument, tr("Only your own messages can be edited."));
    }
    TurnRequest request;
    request.query = text;
    request.conversationId = original->conversationId;
    request.parentMessageId = original->parentId;
    request.origin = u"edit"_s;
    return startTurn(request);
}

QList<ChatMessage> ChatService::storedHistory(qint64 conversationId, qint64 beforeMessageId) const
{
    QList<ChatMessage> history;
    const auto branch = m_storage->activeBranch(conversationId, beforeMessageId, 200);
    if (!branch) {
        return history;
    }
    for (const Message &message : *branch) {
        if (message.content.isEmpty() || message.status == MessageStatus::Failed) {
            continue;
        }
        if (message.role == u"user") {
            history << ChatMessage::user(message.content);
        } else if (message.role == u"assistant") {
            history << ChatMessage::assistant(message.content);
        }
    }
    return history;
}

StorageResult<ChatTurn *> ChatService::launch(const TurnRequest &request, const Conversation *conversation, qint64 userMessageId)
{
    const QJsonObject parameters = conversation ? conversation->parameters : QJsonObject();
    AgentContext context;
    context.selectedContent = request.selectedContent;
    context.attachments = request.attachments;
    context.documentId = request.documentId;
    context.systemPrompt =
        conversation && !conversation->systemPrompt.isEmpty() ? conversation->systemPrompt : m_defaults.systemPrompt;
    context.model = conversation && !conversation->model.isEmpty() ? conversation->model : m_defaults.model;
    context.temperature =
        parameters.contains(u"temperature") ? std::optional(parameters.value(u"temperature").toDouble()) : m_defaults.temperature;
    context.topP = parameters.contains(u"top_p") ? std::optional(parameters.value(u"top_p").toDouble()) : m_defaults.topP;
    context.maxTokens =
        parameters.contains(u"max_tokens") ? std::optional(parameters.value(u"max_tokens").toInt()) : m_defaults.maxTokens;
    context.toolsEnabled = parameters.value(u"tools").toBool(m_defaults.toolsEnabled);
    const bool reasoning = parameters.value(u"reasoning").toBool(m_defaults.reasoning);
    context.extraBody = reasoning ? m_defaults.reasoningOn : m_defaults.reasoningOff;
    if (!request.model.isEmpty()) {
        context.model = request.model;
    }
    if (!request.systemPrompt.isEmpty()) {
        context.systemPrompt = request.systemPrompt;
    }
    context.temperature = request.temperature ? request.temperature : context.temperature;
    context.topP = request.topP ? request.topP : context.topP;
    context.maxTokens = request.maxTokens ? request.maxTokens : context.maxTokens;
    const QJsonObject extraBody = parameters.value(u"extra_body").toObject();
    for (auto it = extraBody.begin(); it != extraBody.end(); ++it) {
        context.extraBody.insert(it.key(), it.value());
    }

    qint64 assistantId = 0;
    std::unique_ptr<MessageWriter> writer;
    if (conversation) {
        context.history = request.history ? *request.history : storedHistory(conversation->id, userMessageId);
        Message placeholder;
        placeholder.conversationId = conversation->id;
        placeholder.parentId = userMessageId;
        placeholder.role = u"assistant"_s;
        placeholder.status = MessageStatus::Pending;
        placeholder.metadata = {{u"model"_s, context.model}, {u"origin"_s, request.origin}};
        const auto added = m_storage->addMessage(placeholder);
        if (!added) {
            return added.error();
        }
        assistantId = added->id;
        auto opened = m_storage->openWriter(assistantId);
        if (!opened) {
            return opened.error();
        }
        writer = std::move(*opened);
        context.conversationId = conversation->id;
        context.assistantMessageId = assistantId;
        context.eventIds = {{u"conversation_id"_s, conversation->id},
                            {u"user_message_id"_s, userMessageId},
                            {u"assistant_message_id"_s, assistantId}};
    } else if (request.history) {
        context.history = *request.history;
    }

    AgentRun *run = m_agent->processStream(request.query, request.sessionId, request.userId, context);
    auto *turn =
        new ChatTurn(run, m_storage, std::move(writer), conversation ? conversation->id : 0, userMessageId, assistantId, this);
    if (assistantId > 0) {
        m_turns.insert(assistantId, turn);
    } else {
        m_ephemeral.append(turn);
    }
    connect(turn, &ChatTurn::finished, this, [this, turn, assistantId] {
        m_turns.remove(assistantId);
        m_ephemeral.removeAll(turn);
        Q_EMIT turnFinished(turn);
        // Keep the turn a moment for late readers; its writer retries a failed finish meanwhile.
        QTimer::singleShot(std::chrono::seconds(30), turn, &QObject::deleteLater);
    });
    qCInfo(lcChat) << "turn" << run->runId() << "from" << request.origin << "conversation" << turn->conversationId() << "reply"
                   << assistantId;
    Q_EMIT turnStarted(turn);
    // Started from the event loop, so the caller can create readers that see every event.
    QMetaObject::invokeMethod(turn, &ChatTurn::start, Qt::QueuedConnection);
    return turn;
}

ChatTurn *ChatService::turnForMessage(qint64 assistantMessageId) const
{
    return m_turns.value(assistantMessageId);
}

ChatTurn *ChatService::turnForConversation(qint64 conversationId) const
{
    for (const auto &turn : m_turns) {
        if (turn && turn->conversationId() == conversationId) {
            return turn;
        }
    }
    return nullptr;
}

QList<ChatTurn *> ChatService::activeTurns() const
{
    QList<ChatTurn *> turns;
    for (const auto &turn : m_turns) {
        if (turn) {
            turns << turn;
        }
    }
    for (const auto &turn : m_ephemeral) {
        if (turn) {
            turns << turn;
        }
    }
    return turns;
}

bool ChatService::interrupt(qint64 assistantMessageId, const QString &reason)
{
    ChatTurn *turn = m_turns.value(assistantMessageId);
    if (!turn || turn->isFinished()) {
        return false;
    }
    turn->interrupt(reason);
    return turn->isFinished();
}

void ChatService::interruptAll(const QString &reason)
{
    for (ChatTurn *turn : activeTurns()) {
        turn->interrupt(reason);
    }
}
