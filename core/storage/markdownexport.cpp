// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownexport.h"

#include "conversationtable.h"
#include "messagetable.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// A code fence longer than any run of backticks in the text, so the text cannot close it.
QString fenced(const QString &text, const QString &language = {})
{
    static const QRegularExpression ticks(u"`+"_s);
    qsizetype longest = 0;
    for (auto it = ticks.globalMatch(text); it.hasNext();) {
        longest = qMax(longest, it.next().capturedLength());
    }
    const QString fence(qMax<qsizetype>(3, longest + 1), u'`');
    return fence + language + u'\n' + text + (text.endsWith(u'\n') ? QString() : u"\n"_s) + fence + u'\n';
}

QString roleHeading(const Message &message)
{
    if (message.role == u"user"_s) {
        return QCoreApplication::translate("MarkdownExport", "User");
    }
    if (message.role == u"assistant"_s) {
        return QCoreApplication::translate("MarkdownExport", "Assistant");
    }
    if (message.role == u"system"_s) {
        return QCoreApplication::translate("MarkdownExport", "System");
    }
    if (message.role == u"tool"_s) {
        return message.toolCallId.isEmpty()
            ? QCoreApplication::translate("MarkdownExport", "Tool result")
            : QCoreApplication::translate("MarkdownExport", "Tool result (%1)").arg(message.toolCallId);
    }
    return message.role;
}

QString statusNote(MessageStatus status)
{
    switch (status) {
    case MessageStatus::Pending:
    case MessageStatus::Streaming:
        return QCoreApplication::translate("MarkdownExport", "still being written");
    case MessageStatus::Failed:
        return QCoreApplication::translate("MarkdownExport", "failed");
    case MessageStatus::Cancelled:
        return QCoreApplication::translate("MarkdownExport", "stopped");
    case MessageStatus::Interrupted:
        return QCoreApplication::translate("MarkdownExport", "interrupted");
    case MessageStatus::Completed:
        break;
    }
    return {};
}

} // namespace

MarkdownExport::MarkdownExport(const QSqlDatabase &db)
    : m_db(db)
{ }

QString MarkdownExport::renderConversation(const Conversation &conversation, const QList<Message> &branch)
{
    const QLocale locale;
    QString out = u"# "_s +
        (conversation.title.isEmpty() ? QCoreApplication::translate("MarkdownExport", "Untitled conversation")
                                      : conversation.title) +
        u"\n\n"_s;
    QStringList facts;
    if (!conversation.model.isEmpty()) {
        facts << QCoreApplication::translate("MarkdownExport", "Model: %1").arg(conversation.model);
    }
    if (!conversation.provider.isEmpty()) {
        facts << QCoreApplication::translate("MarkdownExport", "Provider: %1").arg(conversation.provider);
    }
    facts << QCoreApplication::translate("MarkdownExport", "Created: %1")
                 .arg(locale.toString(conversation.createdAt.toLocalTime(), QLocale::ShortFormat));
    out += u"*"_s + facts.join(u" · "_s) + u"*\n\n"_s;
    if (!conversation.systemPrompt.isEmpty()) {
        out += u"## "_s + QCoreApplication::translate("MarkdownExport", "System prompt") + u"\n\n"_s + conversation.systemPrompt +
            u"\n\n"_s;
    }
    for (const Message &message : branch) {
        out += u"## "_s + roleHeading(message) + u"\n\n"_s;
        if (!message.reasoning.isEmpty()) {
            out += u"<details><summary>"_s + QCoreApplication::translate("MarkdownExport", "Reasoning") + u"</summary>\n\n"_s +
                message.reasoning + u"\n\n</details>\n\n"_s;
        }
        if (message.role == u"tool"_s) {
            out += fenced(message.content) + u'\n';
        } else if (!message.content.isEmpty()) {
            out += message.content + u"\n\n"_s;
        }
        if (!message.toolCalls.isEmpty()) {
            out += QCoreApplication::translate("MarkdownExport", "Tool calls:") + u"\n\n"_s +
                fenced(QString::fromUtf8(QJsonDocument(message.toolCalls).toJson(QJsonDocument::Indented)), u"json"_s) + u'\n';
        }
        const QString note = statusNote(message.status);
        if (!note.isEmpty()) {
            out += u"*("_s + note + (message.error.isEmpty() ? QString() : u": "_s + message.error) + u")*\n\n"_s;
        }
    }
    return out;
}

StorageResult<QString> MarkdownExport::render(const QList<qint64> &requested)
{
    ConversationTable conversations(m_db);
    MessageTable messages(m_db);
    QList<qint64> ids = requested;
    if (ids.isEmpty()) {
        auto all = conversations.allIds();
        if (!all) {
            return all.error();
        }
        ids = *all;
    }
    QStringList parts;
    for (const qint64 id : std::as_const(ids)) {
        auto conversation = conversations.get(id);
        if (!conversation) {
            return conversation.error();
        }
        QList<Message> branch;
        if (conversation->activeLeafId != 0) {
            auto rows = messages.branch(id, conversation->activeLeafId, -1);
            if (!rows) {
                return rows.error();
            }
            branch = *rows;
        }
        parts << renderConversation(*conversation, branch);
    }
    return parts.join(u"---\n\n"_s);
}
