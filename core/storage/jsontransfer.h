// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conversation.h"
#include "message.h"
#include "messagestep.h"
#include "storageresult.h"

#include <QJsonObject>
#include <QSqlDatabase>

/**
 * @brief Export and import of conversations as JSON: every field, every branch and every step, so that an
 * export imported again and exported again gives the same document (apart from the new ids).
 *
 * The document is `{"format": "confab-conversations", "version": 1, "exportedAt": ..., "conversations": [...]}`;
 * times are ISO 8601 UTC with milliseconds. An import is checked completely before anything is written, then
 * written in one transaction: a malformed file gets an InvalidImport error that names the faulty field and
 * imports nothing. Messages left pending or streaming in the file are imported as interrupted.
 */
class JsonTransfer
{
public:
    static constexpr int formatVersion = 1;
    static QString formatName();

    explicit JsonTransfer(const QSqlDatabase &db);

    /** The conversations @p ids (all when empty), in the order given. */
    StorageResult<QByteArray> exportConversations(const QList<qint64> &ids);
    /** Imports every conversation of @p json as new conversations; returns their new ids. */
    StorageResult<QList<qint64>> importConversations(const QByteArray &json);

private:
    struct Imported
    {
        Conversation conversation;
        QList<Message> messages;
        QList<QList<MessageStep>> steps;
    };

    static StorageResult<QList<Imported>> parse(const QByteArray &json);
    static StorageError parseConversation(const QJsonObject &object, const QString &where, Imported *imported);

    QSqlDatabase m_db;
};
