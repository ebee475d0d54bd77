// SPDX-License-Identifier: GPL-3.0-or-later
#include "historygenerator.h"

#include "storage.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void check(bool ok, const QSqlQuery &query)
{
    if (!ok) {
        qFatal("generator SQL failed: %s", qPrintable(query.lastError().text()));
    }
}

} // namespace

HistoryGenerator::HistoryGenerator(quint32 seed)
    : m_random(seed)
{
    static const QStringList syllables = {u"ka"_s, u"lo"_s, u"mi"_s, u"ne"_s, u"ru"_s, u"ta"_s, u"so"_s, u"vi"_s,
                                          u"de"_s, u"gu"_s, u"pa"_s, u"zo"_s, u"fe"_s, u"hi"_s, u"bo"_s, u"ry"_s};
    for (int i = 0; i < 6000; ++i) {
        QString word;
        const int length = 1 + int(m_random.bounded(4u));
        for (int s = 0; s < length; ++s) {
            word += syllables.at(int(m_random.bounded(quint32(syllables.size()))));
        }
        m_vocabulary << word;
    }
    // Common words first, so that a skewed pick gives a Zipf-like distribution.
    m_vocabulary.prepend(u"the"_s);
    m_vocabulary.prepend(u"and"_s);
}

QString HistoryGenerator::rareWord()
{
    return u"xylophonequartz"_s;
}

QString HistoryGenerator::sentence(int words)
{
    QString text;
    text.reserve(words * 7);
    for (int i = 0; i < words; ++i) {
        const double r = m_random.generateDouble();
        const int index = int(r * r * r * m_vocabulary.size());
        if (i > 0) {
            text += (i % 12 == 0) ? u". "_s : u" "_s;
        }
        text += m_vocabulary.at(qMin(index, int(m_vocabulary.size()) - 1));
    }
    return text + u'.';
}

HistoryGenerator::Result HistoryGenerator::generate(Storage &storage, int conversations, qint64 messages, int longLength)
{
    QSqlDatabase db = QSqlDatabase::database(storage.connectionName(), false);
    QSqlQuery begin(db);
    QSqlQuery insertConversation(db);
    QSqlQuery insertMessage(db);
    QSqlQuery finishConversation(db);
    check(insertConversation.prepare(u"INSERT INTO conversations (title, created_at, updated_at, pinned, archived, model, "
                                     "provider, parameters, metadata) VALUES (?, ?, ?, ?, ?, 'bench-model', 'bench', "
                                     "'{\"temperature\":0.7}', '{}')"_s),
          insertConversation);
    check(insertMessage.prepare(u"INSERT INTO messages (conversation_id, parent_id, role, content, status, metadata, "
                                "created_at, updated_at, completed_at) VALUES (?, ?, ?, ?, 'completed', ?, ?, ?, ?)"_s),
          insertMessage);
    check(finishConversation.prepare(u"UPDATE conversations SET active_leaf_id = ?, updated_at = ? WHERE id = ?"_s),
          finishConversation);

    Result result;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 threeYears = 3LL * 365 * 24 * 3600 * 1000;
    const qint64 perConversation = (messages - longLength) / qMax(1, conversations - 1);
    qint64 remainder = (messages - longLength) - perConversation * (conversations - 1);
    QSet<qint64> rareAt;
    while (rareAt.size() < 3) {
        rareAt.insert(qint64(m_random.bounded(quint64(messages))));
    }
    QElapsedTimer timer;
    timer.start();
    qint64 written = 0;
    check(begin.exec(u"BEGIN"_s), begin);
    for (int c = 0; c < conversations; ++c) {
        const bool isLong = c == conversations / 2;
        const qint64 length = isLong ? longLength : perConversation + (remainder-- > 0 ? 1 : 0);
        qint64 time = now - threeYears + qint64(m_random.bounded(quint64(threeYears - 24 * 3600 * 1000)));
        insertConversation.addBindValue(u"Conversation %1 about %2"_s.arg(c).arg(sentence(3)));
        insertConversation.addBindValue(time);
        insertConversation.addBindValue(time);
        insertConversation.addBindValue(int(m_random.bounded(100u) == 0));
        insertConversation.addBindValue(int(m_random.bounded(20u) == 0));
        check(insertConversation.exec(), insertConversation);
        const qint64 conversationId = insertConversation.lastInsertId().toLongLong();
        if (isLong) {
            result.longConversationId = conversationId;
        } else if (result.shortConversationId == 0) {
            result.shortConversationId = conversationId;
        }
        qint64 parent = 0;
        qint64 userParent = 0;
        bool userTurn = true;
        for (qint64 m = 0; m < length; ++m) {
            const bool user = userTurn;
            QString content = sentence(user ? 4 + int(m_random.bounded(20u)) : 20 + int(m_random.bounded(80u)));
            if (rareAt.contains(written)) {
                content += u' ' + rareWord();
            }
            time += 1000 + qint64(m_random.bounded(60000u));
            insertMessage.addBindValue(conversationId);
            insertMessage.addBindValue(user ? parent : userParent);
            insertMessage.addBindValue(user ? u"user"_s : u"assistant"_s);
            insertMessage.addBindValue(content);
            insertMessage.addBindValue(user ? u"{}"_s : u"{\"usage\":{\"total_tokens\":321},\"finish_reason\":\"stop\"}"_s);
            insertMessage.addBindValue(time);
            insertMessage.addBindValue(time);
            insertMessage.addBindValue(time);
            check(insertMessage.exec(), insertMessage);
            const qint64 id = insertMessage.lastInsertId().toLongLong();
            ++written;
            if (user) {
                userParent = id;
                parent = id;
                userTurn = false;
            } else if (!isLong && m + 1 < length && m_random.bounded(20u) == 0) {
                // This answer gets regenerated: the next message is a sibling under the same question.
            } else {
                parent = id;
                userTurn = true;
            }
        }
        finishConversation.addBindValue(parent);
        finishConversation.addBindValue(time);
        finishConversation.addBindValue(conversationId);
        check(finishConversation.exec(), finishConversation);
        if (c % 200 == 199 || c + 1 == conversations) {
            check(begin.exec(u"COMMIT"_s), begin);
            std::fprintf(stderr, "\r  generated %d conversations, %lld messages (%.0f s)", c + 1, written,
                         timer.elapsed() / 1000.0);
            if (c + 1 < conversations) {
                check(begin.exec(u"BEGIN"_s), begin);
            }
        }
    }
    std::fprintf(stderr, "\n");
    check(begin.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s), begin);
    result.messages = written;
    return result;
}
