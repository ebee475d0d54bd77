// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagewriter.h"

#include "conversationtable.h"
#include "messagetable.h"
#include "sqlsupport.h"
#include "storage.h"
#include "storagelog.h"
#include "transaction.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr std::chrono::milliseconds maxRetryDelay = 5s;

qsizetype utf8Size(QStringView text)
{
    qsizetype size = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        size += u < 0x80 ? 1 : (u < 0x800 || QChar::isSurrogate(u)) ? 2 : 3;
    }
    return size;
}

} // namespace

MessageWriter::MessageWriter(Storage *storage, const Message &message, int nextSequence)
    : m_storage(storage)
    , m_messageId(message.id)
    , m_conversationId(message.conversationId)
    , m_status(message.status)
    , m_content(message.content)
    , m_reasoning(message.reasoning)
    , m_savedContent(message.content.size())
    , m_savedReasoning(message.reasoning.size())
    , m_nextSequence(nextSequence)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &MessageWriter::onTimer);
}

MessageWriter::~MessageWriter()
{
    finishOnClose();
    if (m_storage) {
        m_storage->unregisterWriter(m_messageId);
    }
}

void MessageWriter::finishOnClose()
{
    if (!m_storage || m_finished) {
        return;
    }
    const PendingFinish pending = m_pendingFinish.value_or(PendingFinish{MessageStatus::Interrupted, {}, {}});
    if (!finish(pending.status, pending.error, pending.metadata)) {
        qCWarning(lcStorage) << "Message" << m_messageId << "closed with unsaved text:" << m_lastError;
    }
}

qint64 MessageWriter::messageId() const
{
    return m_messageId;
}

qint64 MessageWriter::conversationId() const
{
    return m_conversationId;
}

MessageStatus MessageWriter::status() const
{
    return m_status;
}

bool MessageWriter::isFinished() const
{
    return m_finished;
}

const QString &MessageWriter::content() const
{
    return m_content;
}

const QString &MessageWriter::reasoning() const
{
    return m_reasoning;
}

bool MessageWriter::hasUnsavedChanges() const
{
    return m_statusDirty || m_savedContent < m_content.size() || m_savedReasoning < m_reasoning.size() ||
        m_pendingFinish.has_value();
}

qsizetype MessageWriter::savedContentSize() const
{
    return m_savedContent;
}

qsizetype MessageWriter::savedReasoningSize() const
{
    return m_savedReasoning;
}

int MessageWriter::flushCount() const
{
    return m_flushCount;
}

StorageError MessageWriter::lastError() const
{
    return m_lastError;
}

std::chrono::milliseconds MessageWriter::flushInterval() const
{
    return m_flushInterval;
}

void MessageWriter::setFlushInterval(std::chrono::milliseconds interval)
{
    m_flushInterval = qMax(interval, 1ms);
}

qsizetype MessageWriter::flushBytes() const
{
    return m_flushBytes;
}

void MessageWriter::setFlushBytes(qsizetype bytes)
{
    m_flushBytes = qMax<qsizetype>(bytes, 1);
}

void MessageWriter::appendContent(QStringView text)
{
    append(&m_content, text);
}

void MessageWriter::appendReasoning(QStringView text)
{
    append(&m_reasoning, text);
}

void MessageWriter::append(QString *text, QStringView chunk)
{
    if (chunk.isEmpty()) {
        return;
    }
    if (m_finished || m_pendingFinish) {
        qCWarning(lcStorage) << "Text appended to the finished message" << m_messageId << "is ignored";
        return;
    }
    text->append(chunk);
    m_unsavedBytes += utf8Size(chunk);
    if (m_status == MessageStatus::Pending) {
        m_status = MessageStatus::Streaming;
        m_statusDirty = true;
    }
    if (m_failures > 0) {
        return; // the retry timer is running; hammering a full disk helps nobody
    }
    if (m_statusDirty || m_unsavedBytes >= m_flushBytes) {
        flush();
    } else if (!m_timer.isActive()) {
        m_timer.start(m_flushInterval);
    }
}

StorageResult<void> MessageWriter::setStatus(MessageStatus status)
{
    if (isFinalStatus(status)) {
        return StorageError(StorageError::Code::InvalidArgument, u"use finish() for a final status"_s);
    }
    if (m_finished || m_pendingFinish) {
        return StorageError(StorageError::Code::InvalidArgument, u"message %1 is finished"_s.arg(m_messageId));
    }
    if (status != m_status) {
        m_status = status;
        m_statusDirty = true;
    }
    return flush();
}

StorageResult<void> MessageWriter::flush()
{
    if (!m_storage) {
        return m_lastError.isError() ? m_lastError : StorageError(StorageError::Code::Closed);
    }
    if (m_pendingFinish) {
        return StorageError(StorageError::Code::InvalidArgument, u"message %1 is finishing"_s.arg(m_messageId));
    }
    if (m_storage->m_damage.isError()) {
        // Nothing is saved into a damaged file: the text stays in memory, without retries.
        m_timer.stop();
        m_lastError = m_storage->m_damage;
        return m_lastError;
    }
    const bool contentDirty = m_savedContent < m_content.size();
    const bool reasoningDirty = m_savedReasoning < m_reasoning.size();
    if (!contentDirty && !reasoningDirty && !m_statusDirty) {
        return {};
    }
    const QSqlDatabase db = m_storage->database();
    MessageTable table(db);
    Transaction transaction(db, Transaction::Durability::Normal);
    StorageError error = transaction.begin();
    int sequence = m_nextSequence;
    if (!error.isError() && contentDirty) {
        error = table.insertChunk(m_messageId, sequence++, MessageTable::ChunkKind::Content, m_content.mid(m_savedContent));
    }
    if (!error.isError() && reasoningDirty) {
        error = table.insertChunk(m_messageId, sequence++, MessageTable::ChunkKind::Reasoning, m_reasoning.mid(m_savedReasoning));
    }
    if (!error.isError() && m_statusDirty) {
        MessageUpdate update;
        update.status = m_status;
        error = table.update(m_messageId, update, Sql::nowMs());
    }
    if (!error.isError()) {
        error = transaction.commit();
    }
    if (error.isError()) {
        transaction.rollback();
        failed(error);
        return error;
    }
    const bool statusChanged = m_statusDirty;
    m_nextSequence = sequence;
    m_savedContent = m_content.size();
    m_savedReasoning = m_reasoning.size();
    m_unsavedBytes = 0;
    m_statusDirty = false;
    ++m_flushCount;
    m_timer.stop();
    succeeded();
    Q_EMIT flushed();
    if (statusChanged) {
        Q_EMIT m_storage->messageChanged(m_conversationId, m_messageId);
    }
    return {};
}

StorageResult<Message> MessageWriter::finish(MessageStatus status, const QString &errorText, const QJsonObject &metadata)
{
    if (!isFinalStatus(status)) {
        return StorageError(StorageError::Code::InvalidArgument, u"%1 is not a final status"_s.arg(messageStatusName(status)));
    }
    if (m_finished) {
        return StorageError(StorageError::Code::InvalidArgument, u"message %1 is already finished"_s.arg(m_messageId));
    }
    if (!m_storage) {
        return m_lastError.isError() ? m_lastError : StorageError(StorageError::Code::Closed);
    }
    if (m_storage->m_damage.isError()) {
        m_timer.stop();
        m_lastError = m_storage->m_damage;
        return m_lastError;
    }
    m_pendingFinish = PendingFinish{status, errorText, metadata};
    m_timer.stop();

    const QSqlDatabase db = m_storage->database();
    MessageTable messages(db);
    ConversationTable conversations(db);
    Transaction transaction(db, Transaction::Durability::Full);
    StorageError error = transaction.begin();
    const qint64 now = Sql::nowMs();
    if (!error.isError()) {
        // The whole text is in memory: one write replaces the row's text and drops the chunks.
        MessageUpdate update;
        update.content = m_content;
        update.reasoning = m_reasoning;
        update.status = status;
        update.error = errorText;
        if (!metadata.isEmpty()) {
            update.metadata = metadata;
        }
        error = messages.update(m_messageId, update, now);
    }
    if (!error.isError()) {
        error = conversations.touch(m_conversationId, now);
    }
    if (!error.isError()) {
        error = transaction.commit();
    }
    if (error.isError()) {
        transaction.rollback();
        failed(error);
        return error;
    }
    m_pendingFinish.reset();
    m_finished = true;
    m_status = status;
    m_statusDirty = false;
    m_savedContent = m_content.size();
    m_savedReasoning = m_reasoning.size();
    m_unsavedBytes = 0;
    succeeded();
    Storage *storage = m_storage;
    Q_EMIT finished(status);
    Q_EMIT storage->messageChanged(m_conversationId, m_messageId);
    Q_EMIT storage->conversationChanged(m_conversationId);
    return storage->message(m_messageId);
}

void MessageWriter::failed(const StorageError &error)
{
    const bool newEpisode = m_failures == 0 || error.code != m_lastError.code;
    ++m_failures;
    m_lastError = error;
    qCWarning(lcStorage) << "Saving message" << m_messageId << "failed (attempt" << m_failures << "):" << error;
    if (newEpisode) {
        Q_EMIT errorOccurred(error);
        if (m_storage) {
            m_storage->report(error);
        }
    }
    if (error.code == StorageError::Code::NotFound) {
        detach(error);
        return;
    }
    scheduleRetry();
}

void MessageWriter::succeeded()
{
    if (m_failures > 0) {
        qCInfo(lcStorage) << "Message" << m_messageId << "saved again after" << m_failures << "failed attempts";
    }
    m_failures = 0;
    m_lastError = {};
}

void MessageWriter::scheduleRetry()
{
    auto delay = m_flushInterval;
    for (int i = 1; i < m_failures && delay < maxRetryDelay; ++i) {
        delay *= 2;
    }
    m_timer.start(qMin(delay, maxRetryDelay));
}

void MessageWriter::onTimer()
{
    if (m_pendingFinish) {
        const PendingFinish pending = *m_pendingFinish;
        finish(pending.status, pending.error, pending.metadata);
    } else {
        flush();
    }
}

void MessageWriter::detach(const StorageError &error)
{
    m_timer.stop();
    if (m_storage) {
        m_storage->unregisterWriter(m_messageId);
    }
    m_storage = nullptr;
    m_finished = true;
    m_pendingFinish.reset();
    m_lastError = error;
}
