// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

class Storage;

/**
 * @brief Fills a storage with a synthetic history: many conversations of chat-like messages with occasional
 * regenerated answers, one very long conversation, and a rare word in a few messages.
 *
 * It writes with SQL on the storage's own connection in large transactions (the same columns the Storage API
 * writes), because a million API calls would measure the fixture rather than the reads.
 */
class HistoryGenerator
{
public:
    struct Result
    {
        qint64 longConversationId = 0;
        qint64 shortConversationId = 0;
        qint64 messages = 0;
    };

    HistoryGenerator(quint32 seed);

    static QString rareWord();

    /** @p conversations conversations holding @p messages messages, one of them @p longLength long. */
    Result generate(Storage &storage, int conversations, qint64 messages, int longLength);

private:
    QString sentence(int words);

    QRandomGenerator m_random;
    QStringList m_vocabulary;
};
