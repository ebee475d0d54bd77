// SPDX-License-Identifier: GPL-3.0-or-later
// Storage: messages, steps and writers.
#include "storage.h"

#include "conversationtable.h"
#include "messagetable.h"
#include "messagewriter.h"
#include "sqlsupport.h"
#include "transaction.h"

using namespace Qt::StringLiterals;

StorageResult<Message> Storage::addMessage(const Message &draft)
{
    if (m_damage.isError()) {
        return m_damage;
    }
    if (draft.role.isEmpty()) {
        return StorageError(StorageError::Code::InvalidArgument, u"a message needs a role"_s);
    }
    ConversationTable conversations(m_db);
    MessageTable messages(m_db);
    if (auto conversation = conversations.get(draft.conversationId); !conversation) {
        return report(conversation.error());
    }
    if (draft.parentId != 0) {
        auto parentConversation = messages.conversationOf(draft.parentId);
        if (!parentConversation) {
            return report(parentConversation.error());
        }
        if (*parentConversation != draft.conversationId) {
            return StorageError(StorageError::Code::InvalidArgument,
                                u"parent %1 belongs to another conversation"_s.arg(draft.parentId));
        }
    }
    Transaction transaction(m_db);
    if (StorageError error = transaction.begin(); error.isError()) {
        return report(error);
    }
    const qint64 now = Sql::nowMs();
    auto id = messages.insert(draft, now);
    if (!id) {
        return report(id.error());
    }
    StorageError error = conversations.touch(draft.conversationId, now, *id);
    if (!error.isError()) {
        error = transaction.commit();
    }
    if (error.isError()) {
        return report(error);
    }
    Q_EMIT messageAdded(draft.conversationId, *id);
    Q_EMIT conversationChanged(draft.conversationId);
    return message(*id);
}

StorageResult<Message> Storage::message(qint64 id)
{
    if (m_damage.isError()) {
        return m_damage;
    }
    auto result = report(MessageTable(m_db).get(id));
    if (result) {
        overlayWriters(&*result);
    }
    return result;
}

StorageResult<Message> Storage::updateMessage(qint64 id, const MessageUpdate &update)
{
    if (m_damage.isError()) {
        return m_damage;
    }
    MessageTable messages(m_db);
    auto conversationId = messages.conversationOf(id);
    if (!conversationId) {
        return report(conversationId.error());
    }
    MessageWriter *writer = m_writers.value(id);
    MessageUpdate direct = update;
    if (writer) {
        if (update.content || update.reasoning) {
            return StorageError(StorageError::Code::Busy, u"message %1 is being written"_s.arg(id));
        }
        // The writer owns the text and the status: hand the status over so no streamed text is lost.
        direct.status.reset();
        if (update.status && isFinalStatus(*update.status)) {
            direct.error.reset();
            direct.metadata.reset();
        }
    }
    const bool writesRow =
        direct.content || direct.reasoning || direct.toolCalls || direct.status || direct.error || direct.metadata;
    if (writesRow) {
        const bool finishing = direct.status && isFinalStatus(*direct.status);
        ConversationTable conversations(m_db);
        Transaction transaction(m_db);
        const qint64 now = Sql::nowMs();
        StorageError error = transaction.begin();
        if (!error.isError()) {
            error = messages.update(id, direct, now);
        }
        if (!error.isError() && finishing) {
            error = conversations.touch(*conversationId, now);
        }
        if (!error.isError()) {
            error = transaction.commit();
        }
        if (error.isError()) {
            return report(error);
        }
        Q_EMIT messageChanged(*conversationId, id);
        if (finishing) {
            Q_EMIT conversationChanged(*conversationId);
        }
    }
    if (writer && update.status) {
        if (isFinalStatus(*update.status)) {
            return writer->finish(*update.status, update.error.value_or(QString()), update.metadata.value_or(QJsonObject()));
        }
        if (auto result = writer->setStatus(*update.status); !result) {
            return result.error();
        }
    }
    return message(id);
}

StorageResult<void> Storage::appendMessageContent(qint64 id, QStringView text)
{
    if (m_damage.isError()) {
        return m_damage;
    }
    if (MessageWriter *writer = m_writers.value(id)) {
        writer->appendContent(text);
        return {};
    }
    MessageTable messages(m_db);
    auto message = messages.get(id);
    if (!message) {
        return report(message.error());
    }
    if (text.isEmpty()) {
        return {};
    }
    const bool finished = isFinalStatus(message->status);
    Transaction transaction(m_db, finished ? Transaction::Durability::Full : Transaction::Durability::Normal);
    const qint64 now = Sql::nowMs();
    StorageError error = transaction.begin();
    if (!error.isError() && finished) {
        error = messages.appendToContent(id, text.toString(), now);
    } else if (!error.isError()) {
        auto sequence = messages.nextChunkSequence(id);
        error =
            sequence ? messages.insertChunk(id, *sequence, MessageTable::ChunkKind::Content, text.toString()) : sequence.error();
        if (!error.isError() && message->status == MessageStatus::Pending) {
            MessageUpdate update;
            update.status = MessageStatus::Streaming;
            error = messages.update(id, update, now);
        }
    }
    if (!error.isError()) {
        error = transaction.commit();
    }
    if (error.isError()) {
        return report(error);
    }
    Q_EMIT messageChanged(message->conversationId, id);
    return {};
}

StorageResult<QList<Message>> Storage::activeBranch(qint64 conversationId, qint64 beforeMessageId, int limit)
{
    if (m_damage.isError()) {
        return m_damage;
    }
    MessageTable messages(m_db);
    qint64 start = 0;
    if (beforeMessageId == 0) {
        auto conversation = ConversationTable(m_db).get(conversationId);
        if (!conversation) {
            return report(conversation.error());
        }
        start = conversation->activeLeafId;
    } else {
        auto before = messages.get(beforeMessageId);
        if (!before) {
            return report(before.error());
        }
        if (before->conversationId != conversationId) {
            return StorageError(StorageError::Code::InvalidArgument,
                                u"message %1 is not in conversation %2"_s.arg(beforeMessageId).arg(conversationId));
        }
        start = before->parentId;
    }
    if (start == 0) {
        return QList<Message>();
    }
    auto page = report(messages.branch(conversationId, start, limit > 0 ? limit : -1));
    if (page) {
        overlayWriters(&*page);
    }
    return page;
}

StorageResult<QList<Message>> Storage::siblings(qint64 messageId)
{
    if (m_damage.isError()) {
        return m_damage;
    }
    auto result = report(MessageTable(m_db).siblings(messageId));
    if (result && result->isEmpty()) {
        return StorageError(StorageError::Code::NotFound, u"message %1"_s.arg(messageId));
    }
    if (result) {
        overlayWriters(&*result);
    }
    return result;
}

StorageResult<qint64> Storage::setActiveLeaf(qint64 conversationId, qint64 messageId)
{
    if (m_damage.isError()) {
        return m_damage;
    }
    MessageTable messages(m_db);
    auto owner = messages.conversationOf(messageId);
    if (!owner) {
        return report(owner.error());
    }
    if (*owner != conversationId) {
        return StorageError(StorageError::Code::InvalidArgument,
                            u"message %1 is not in conversation %2"_s.arg(messageId).arg(conversationId));
    }
    auto leaf = messages.newestLeafUnder(conversationId, messageId);
    if (!leaf) {
        return report(leaf.error());
    }
    Transaction transaction(m_db);
    StorageError error = transaction.begin();
    if (!error.isError()) {
        error = ConversationTable(m_db).setActiveLeaf(conversationId, *leaf);
    }
    if (!error.isError()) {
        error = transaction.commit();
    }
    if (error.isError()) {
        return report(error);
    }
    Q_EMIT conversationChanged(conversationId);
    return leaf;
}

StorageResult<QList<Message>> Storage::messages(qint64 conversationId)
{
    if (m_damage.isError()) {
        return m_damage;
    }
    if (auto conversation = ConversationTable(m_db).get(conversationId); !conversation) {
        return report(conversation.error());
    }
    auto result = report(MessageTable(m_db).all(conversationId));
    if (result) {
        overlayWriters(&*result);
    }
    return result;
}

StorageResult<MessageStep> Storage::addStep(const MessageStep &draft)
{
    if (m_damage.isError()) {
        return m_damage;
    }
    MessageTable messages(m_db);
    auto conversationId = messages.conversationOf(draft.messageId);
    if (!conversationId) {
        return report(conversationId.error());
    }
    // Steps arrive while a reply streams: crash-safe (NORMAL) like the text batches.
    Transaction transaction(m_db, Transaction::Durability::Normal);
    if (StorageError error = transaction.begin(); error.isError()) {
        return report(error);
    }
    auto id = messages.insertStep(draft, Sql::nowMs());
    if (!id) {
        return report(id.error());
    }
    if (StorageError error = transaction.commit(); error.isError()) {
        return report(error);
    }
    Q_EMIT stepAdded(*conversationId, draft.messageId, *id);
    auto steps = report(messages.steps(draft.messageId));
    if (!steps) {
        return steps.error();
    }
    for (const MessageStep &step : std::as_const(*steps)) {
        if (step.id == *id) {
            return step;
        }
    }
    return StorageError(StorageError::Code::Internal, u"step %1 vanished"_s.arg(*id));
}

StorageResult<QList<MessageStep>> Storage::steps(qint64 messageId)
{
    if (m_damage.isError()) {
        return m_damage;
    }
    if (auto owner = MessageTable(m_db).conversationOf(messageId); !owner) {
        return report(owner.error());
    }
    return report(MessageTable(m_db).steps(messageId));
}

StorageResult<QHash<qint64, QList<MessageStep>>> Storage::conversationSteps(qint64 conversationId)
{
    if (m_damage.isError()) {
        return m_damage;
    }
    if (auto conversation = ConversationTable(m_db).get(conversationId); !conversation) {
        return report(conversation.error());
    }
    return report(MessageTable(m_db).stepsOfConversation(conversationId));
}

StorageResult<std::unique_ptr<MessageWriter>> Storage::openWriter(qint64 messageId)
{
    if (m_damage.isError()) {
        return m_damage;
    }
    if (m_writers.contains(messageId)) {
        return StorageError(StorageError::Code::Busy, u"message %1 already has a writer"_s.arg(messageId));
    }
    MessageTable messages(m_db);
    auto message = messages.get(messageId);
    if (!message) {
        return report(message.error());
    }
    if (isFinalStatus(message->status)) {
        return StorageError(StorageError::Code::InvalidArgument,
                            u"message %1 is %2"_s.arg(messageId).arg(messageStatusName(message->status)));
    }
    auto sequence = messages.nextChunkSequence(messageId);
    if (!sequence) {
        return report(sequence.error());
    }
    std::unique_ptr<MessageWriter> writer(new MessageWriter(this, *message, *sequence));
    m_writers.insert(messageId, writer.get());
    return writer;
}
