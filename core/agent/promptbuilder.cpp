// SPDX-License-Identifier: GPL-3.0-or-later
#include "promptbuilder.h"

#include "workflowstate.h"

#include <QDate>

using namespace Qt::StringLiterals;

QString PromptBuilder::defaultSystemPrompt()
{
    return u"You are Confab, a helpful assistant in a desktop chat application. Today is %1. "
           u"Answer in the language of the user's question. Use Markdown when it helps."_s.arg(
               QDate::currentDate().toString(Qt::ISODate));
}

QList<ChatMessage> PromptBuilder::trimmedHistory(const QList<ChatMessage> &history, const QString &query, qsizetype budget)
{
    QList<ChatMessage> turns = history;
    // Clients such as MineContext's also put the new question at the end of the history.
    if (!turns.isEmpty() && turns.last().role == ChatMessage::Role::User && turns.last().content.trimmed() == query.trimmed()) {
        turns.removeLast();
    }
    turns.removeIf([](const ChatMessage &m) { return m.role == ChatMessage::Role::System; });
    qsizetype used = 0;
    qsizetype first = turns.size();
    while (first > 0) {
        const ChatMessage &message = turns.at(first - 1);
        used += message.content.size() + message.reasoning.size() / 4;
        if (used > budget) {
            break;
        }
        --first;
    }
    turns = turns.mid(first);
    // A history must not start with an orphaned tool result or an assistant turn that called tools.
    while (!turns.isEmpty() && (turns.first().role == ChatMessage::Role::Tool || !turns.first().toolCalls.isEmpty())) {
        turns.removeFirst();
    }
    for (ChatMessage &message : turns) {
        message.reasoning.clear();
    }
    return turns;
}

QList<ChatMessage> PromptBuilder::build(const WorkflowState &state)
{
    QList<ChatMessage> messages;
    const QString system = state.context.systemPrompt.trimmed().isEmpty() ? defaultSystemPrompt() : state.context.systemPrompt;
    messages << ChatMessage::system(system);
    messages << trimmedHistory(state.context.history, state.query, state.settings.historyCharBudget);

    QString question = state.query;
    if (!state.contextItems.isEmpty()) {
        QString context;
        for (const ContextItem &item : state.contextItems) {
            context += u"<%1 title=\"%2\">\n%3\n</%1>\n"_s.arg(item.source, item.title, item.content);
        }
        question = u"Context for the question below:\n%1\nQuestion: %2"_s.arg(context, state.query);
    }
    messages << ChatMessage::user(question, state.images);
    return messages;
}
