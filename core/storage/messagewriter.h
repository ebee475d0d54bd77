// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message.h"
#include "messagestatus.h"
#include "storageerror.h"
#include "storageresult.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <optional>

class Storage;

/**
 * @brief Streams the text of one message into the storage in batches, losing nothing that reached the screen.
 *
 * Get one from Storage::openWriter() for an existing message (typically the assistant row added as pending
 * before the first token). appendContent() / appendReasoning() keep all text in memory and save it in
 * batches: when `flushInterval()` has passed since the first unsaved text, when `flushBytes()` of UTF-8 are
 * waiting, and at every status change. Each batch appends chunk rows in one `synchronous=NORMAL`
 * transaction, so its cost does not grow with the message; finish() folds the text into the message row in
 * one FULL-synchronous commit.
 *
 * If a batch fails (full disk, read-only database), the text stays in memory (content() has it all),
 * errorOccurred() is emitted once per failure episode on this writer and on the Storage, and the batch is
 * retried with a growing delay; a failing finish() is retried the same way. A writer destroyed (or a
 * Storage closed) before finish() finishes the message as interrupted. Once the Storage has found its file
 * damaged, flush() and finish() return Storage::damage() at once and the text stays in memory only.
 */
class MessageWriter : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds defaultFlushInterval{200};
    static constexpr qsizetype defaultFlushBytes = 4096;

    ~MessageWriter() override;

    qint64 messageId() const;
    qint64 conversationId() const;
    MessageStatus status() const;
    /** True once finish() has committed (or the message was deleted): nothing more is written. */
    bool isFinished() const;
    /** All the content so far, saved or not. */
    const QString &content() const;
    /** All the reasoning so far, saved or not. */
    const QString &reasoning() const;
    /** Whether some text or a status change is not saved yet. */
    bool hasUnsavedChanges() const;
    /** How much of content() is saved (UTF-16 code units). */
    qsizetype savedContentSize() const;
    qsizetype savedReasoningSize() const;
    /** Number of committed batch transactions (finish excluded). */
    int flushCount() const;
    /** The last failure, or an error with code None after a successful write. */
    StorageError lastError() const;

    std::chrono::milliseconds flushInterval() const;
    void setFlushInterval(std::chrono::milliseconds interval);
    qsizetype flushBytes() const;
    void setFlushBytes(qsizetype bytes);

    /** Appends streamed answer text. The first text moves a pending message to streaming. */
    void appendContent(QStringView text);
    /** Appends streamed reasoning ("thinking") text. */
    void appendReasoning(QStringView text);
    /** Changes to a non-final status (pending or streaming) and saves at once; use finish() for the others. */
    StorageResult<void> setStatus(MessageStatus status);
    /** Saves what is unsaved now. */
    StorageResult<void> flush();
    /**
     * Ends the message with a final @p status, @p error text and @p metadata (merged into the stored
     * metadata: usage, timings, finish reason). Commits all text FULL-synchronously. On failure everything
     * stays in memory and the finish is retried later.
     */
    StorageResult<Message> finish(MessageStatus status, const QString &error = {}, const QJsonObject &metadata = {});

Q_SIGNALS:
    /** A batch was committed. */
    void flushed();
    /** finish() was committed. */
    void finished(MessageStatus status);
    void errorOccurred(const StorageError &error);

private:
    friend class Storage;

    struct PendingFinish
    {
        MessageStatus status;
        QString error;
        QJsonObject metadata;
    };

    MessageWriter(Storage *storage, const Message &message, int nextSequence);
    /** Finishes as asked by a failed finish(), or as interrupted: the writer or its storage goes away. */
    void finishOnClose();
    void append(QString *text, QStringView chunk);
    void scheduleRetry();
    void onTimer();
    void failed(const StorageError &error);
    void succeeded();
    /** Called by Storage: the message is gone (@p error) or the storage closes. */
    void detach(const StorageError &error);

    Storage *m_storage;
    qint64 m_messageId;
    qint64 m_conversationId;
    MessageStatus m_status;
    bool m_statusDirty = false;
    bool m_finished = false;
    QString m_content;
    QString m_reasoning;
    qsizetype m_savedContent;
    qsizetype m_savedReasoning;
    qsizetype m_unsavedBytes = 0;
    int m_nextSequence;
    int m_flushCount = 0;
    int m_failures = 0;
    StorageError m_lastError;
    std::optional<PendingFinish> m_pendingFinish;
    std::chrono::milliseconds m_flushInterval = defaultFlushInterval;
    qsizetype m_flushBytes = defaultFlushBytes;
    QTimer m_timer;
};
