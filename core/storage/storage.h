// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conversation.h"
#include "conversationquery.h"
#include "conversationupdate.h"
#include "message.h"
#include "messagestep.h"
#include "messageupdate.h"
#include "searchhit.h"
#include "storageerror.h"
#include "storageopenreport.h"
#include "storageoptions.h"
#include "storageresult.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>

#include <memory>

class IntegrityCheck;
class MessageWriter;
class QLockFile;

/**
 * @brief The conversation history: one SQLite database in the data folder, opened once per process.
 *
 * Open it with open(); every call returns its value or a typed StorageError. Database failures (full disk,
 * read-only file, I/O error, corruption) are also emitted through errorOccurred() so the UI can show a banner;
 * "not found" and invalid requests are only returned. Use it from the thread that opened it (the main
 * thread). Ids are integers that are never reused.
 *
 * Damage is looked for on every open, without blocking: `PRAGMA quick_check` runs on a worker thread, and
 * any query that SQLite answers with SQLITE_CORRUPT or SQLITE_NOTADB counts too. Damage found after open
 * stops all reading and writing: the file is moved aside as at open, damage() says where it went, and
 * errorOccurred() tells the user once. What was already read stays with its readers; writers keep their
 * text in memory. The next open starts a new, empty database.
 *
 * Messages form a tree per conversation (edits and regenerations are siblings); the conversation's active
 * leaf selects the branch shown. Adding a message makes it the active leaf. Streamed replies are written
 * with a MessageWriter (see openWriter()), whose unsaved text is included in what this class returns.
 *
 * Signals tell list models what changed so they can update without reloading: messageChanged() is emitted
 * for content, status and metadata changes, but not for each streaming batch of a MessageWriter (the UI shows
 * streamed text from the stream itself; the writer's status changes and finish are emitted).
 */
class Storage : public QObject
{
    Q_OBJECT

public:
    /** The database file name inside the data folder. */
    static QString databaseFileName();

    /**
     * Opens (creating when needed) the database in @p dataDir; pass `DataLocation::resolve(...)`.
     *
     * A file that is not SQLite or is damaged is moved aside and a new database is created: openReport()
     * says where the old file went. A database written by a newer Confab is refused untouched
     * (NewerSchema); another running process using the folder gives InUse. Replies left streaming by an
     * unclean exit are marked interrupted. A data folder that open() creates is readable by its owner only
     * (0700), and so are the database files (0600). Before a schema migration the file is backed up next to
     * it (see Schema). `PRAGMA quick_check` then runs in the background, after every open (see
     * integrityChecked() and damage()).
     */
    static StorageResult<std::unique_ptr<Storage>> open(const QString &dataDir, const StorageOptions &options = {});

    ~Storage() override;

    QString dataDir() const;
    QString databasePath() const;
    const StorageOpenReport &openReport() const;
    /** Whether search uses FTS5 (false: LIKE). */
    bool hasFullTextSearch() const;
    /** The Qt SQL connection name, for diagnostics and tests (`QSqlDatabase::database(name)`). */
    QString connectionName() const;
    /** Whether the `PRAGMA quick_check` started by open() has not reported yet. */
    bool isCheckingIntegrity() const;
    /**
     * The damage found after open (code Corrupt or NotADatabase, `path` where the file was moved), or an
     * error with code None. Once set, every call returns it and nothing more is read or written.
     */
    StorageError damage() const;

    // Conversations
    /** Creates a conversation from @p draft (id ignored; missing times are now). */
    StorageResult<Conversation> createConversation(const Conversation &draft = {});
    StorageResult<Conversation> conversation(qint64 id);
    StorageResult<QList<Conversation>> conversations(const ConversationQuery &query = {});
    /** How many conversations match @p query (its limit and offset are ignored). */
    StorageResult<qint64> conversationCount(const ConversationQuery &query = {});
    StorageResult<Conversation> updateConversation(qint64 id, const ConversationUpdate &update);
    StorageResult<Conversation> renameConversation(qint64 id, const QString &title);
    StorageResult<Conversation> setPinned(qint64 id, bool pinned);
    StorageResult<Conversation> setArchived(qint64 id, bool archived);
    /** Deletes the conversation with its messages, chunks and steps. Open writers on it are detached. */
    StorageResult<void> deleteConversation(qint64 id);

    // Messages
    /**
     * Adds @p draft (any role and status; id and sibling fields ignored; `parentId` 0 = a root, otherwise a
     * message of the same conversation) and makes it the conversation's active leaf.
     */
    StorageResult<Message> addMessage(const Message &draft);
    StorageResult<Message> message(qint64 id);
    /** Applies @p update (see MessageUpdate). */
    StorageResult<Message> updateMessage(qint64 id, const MessageUpdate &update);
    /**
     * Appends @p text to a message's content: through its open writer if there is one, as a chunk row while
     * it is pending or streaming (marking it streaming), else by rewriting the finished content.
     */
    StorageResult<void> appendMessageContent(qint64 id, QStringView text);
    /**
     * One page of the active branch, oldest first: up to @p limit messages ending at the active leaf, or, with
     * @p beforeMessageId, ending at that message's parent (pass the first message of the previous page to
     * load older ones). The page is the start of the branch when its first message has `parentId` 0.
     */
    StorageResult<QList<Message>> activeBranch(qint64 conversationId, qint64 beforeMessageId = 0, int limit = 50);
    /** The messages with the same parent as @p messageId (itself included), in creation order. */
    StorageResult<QList<Message>> siblings(qint64 messageId);
    /**
     * Shows the branch through @p messageId: the active leaf becomes the newest message under it (itself
     * when it has no replies). Returns the new active leaf.
     */
    StorageResult<qint64> setActiveLeaf(qint64 conversationId, qint64 messageId);
    /** Every message of the conversation, all branches, in creation order. */
    StorageResult<QList<Message>> messages(qint64 conversationId);

    // Steps (the agent's status events of a message)
    /** Adds @p draft to its message (`sequence` < 0: after the last one). Returns the stored step. */
    StorageResult<MessageStep> addStep(const MessageStep &draft);
    /** The steps of a message, by sequence. */
    StorageResult<QList<MessageStep>> steps(qint64 messageId);
    /** The steps of every message of a conversation, keyed by message id. */
    StorageResult<QHash<qint64, QList<MessageStep>>> conversationSteps(qint64 conversationId);

    // Streaming
    /**
     * A writer that streams text into message @p messageId, which must exist and not be finished. One writer
     * per message at a time (Busy otherwise).
     */
    StorageResult<std::unique_ptr<MessageWriter>> openWriter(qint64 messageId);
    /** The open writer of @p messageId, or null. */
    MessageWriter *writer(qint64 messageId) const;

    // Search
    /** Messages containing every word of @p text (the last word may be a prefix), best first. */
    StorageResult<QList<SearchHit>> search(const QString &text, int limit = 50, int offset = 0);

    // Export and import
    /** The conversations @p ids (all when empty) as a lossless JSON document (see JsonTransfer). */
    StorageResult<QByteArray> exportJson(const QList<qint64> &ids = {});
    /** The conversations @p ids (all when empty) as readable Markdown (the shown branch of each). */
    StorageResult<QString> exportMarkdown(const QList<qint64> &ids = {});
    /** Writes exportJson() to @p path atomically. */
    StorageResult<void> exportJsonFile(const QString &path, const QList<qint64> &ids = {});
    /** Writes exportMarkdown() to @p path atomically. */
    StorageResult<void> exportMarkdownFile(const QString &path, const QList<qint64> &ids = {});
    /** Imports every conversation of a JSON export as new conversations, all or nothing. Returns their ids. */
    StorageResult<QList<qint64>> importJson(const QByteArray &json);
    StorageResult<QList<qint64>> importJsonFile(const QString &path);

Q_SIGNALS:
    void conversationAdded(qint64 conversationId);
    void conversationChanged(qint64 conversationId);
    void conversationRemoved(qint64 conversationId);
    void messageAdded(qint64 conversationId, qint64 messageId);
    void messageChanged(qint64 conversationId, qint64 messageId);
    void stepAdded(qint64 conversationId, qint64 messageId, qint64 stepId);
    /** A database failure (full disk, read-only, I/O, corruption, busy): show it to the user. */
    void errorOccurred(const StorageError &error);
    /**
     * The background `PRAGMA quick_check` ended: @p passed is false when it found damage (then damage() and
     * errorOccurred() tell more) or could not run.
     */
    void integrityChecked(bool passed);

private:
    friend class MessageWriter;

    Storage(const QString &dataDir, const StorageOptions &options);
    StorageError lock();
    StorageError openDatabase();
    StorageError checkAndMigrate();
    StorageError recoverUnfinished();
    void closeDatabase();
    void startIntegrityCheck();
    void onIntegrityChecked(const StorageError &result);
    void setDamage(const StorageError &error);
    /** Stops all use of the database at once; the file is moved aside when the current call has returned. */
    void markDamaged(const StorageError &error);
    void moveDamagedFileAside();

    QSqlDatabase database() const;
    /** Emits errorOccurred() for database failures; returns @p error. */
    StorageError report(const StorageError &error);
    template<typename T>
    StorageResult<T> report(StorageResult<T> result);
    void overlayWriters(Message *message) const;
    void overlayWriters(QList<Message> *messages) const;
    void unregisterWriter(qint64 messageId);
    void flushWriters();
    StorageResult<void> writeFile(const QString &path, const QByteArray &data);

    QString m_dataDir;
    QString m_path;
    QString m_connectionName;
    StorageOptions m_options;
    StorageOpenReport m_report;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<IntegrityCheck> m_check;
    StorageError m_damage;
    QSqlDatabase m_db;
    QHash<qint64, MessageWriter *> m_writers;
};

template<typename T>
StorageResult<T> Storage::report(StorageResult<T> result)
{
    if (!result) {
        report(result.error());
    }
    return result;
}
