// SPDX-License-Identifier: GPL-3.0-or-later
#include "titlegenerator.h"

#include "chatlog.h"
#include "chatservice.h"
#include "chatturn.h"
#include "llmclient.h"
#include "storage.h"

#include <QLoggingCategory>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype MaxTitle = 60;
constexpr qsizetype MaxExcerpt = 1500;
} // namespace

TitleGenerator::TitleGenerator(ChatService *chat, LlmClient *llm, QObject *parent)
    : QObject(parent)
    , m_chat(chat)
    , m_storage(chat->storage())
    , m_llm(llm)
{
    connect(chat, &ChatService::turnFinished, this, &TitleGenerator::onTurnFinished);
}

void TitleGenerator::setEnabled(bool enabled)
{
    m_enabled = enabled;
}

bool TitleGenerator::isEnabled() const
{
    return m_enabled;
}

QString TitleGenerator::cleanTitle(const QString &answer)
{
    QString text = answer;
    // Reasoning a server left inline, then the first non-empty line.
    static const QRegularExpression think(u"<think>.*?</think>"_s, QRegularExpression::DotMatchesEverythingOption);
    text.remove(think);
    const QStringList lines = text.split(u'\n');
    text.clear();
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty()) {
            text = line.trimmed();
            break;
        }
    }
    static const QRegularExpression label(u"^(title|titre|titel|标题)\\s*[:：]\\s*"_s, QRegularExpression::CaseInsensitiveOption);
    text.remove(label);
    static const QRegularExpression decoration(u"^[#*_`>\\s-]+|[*_`\\s:]+$"_s);
    text.remove(decoration);
    static const QRegularExpression emphasis(u"\\*\\*|__|`"_s);
    text.remove(emphasis);
    auto chopFullStops = [&text] {
        while (text.endsWith(u'.') || text.endsWith(u'。')) {
            text.chop(1);
        }
    };
    chopFullStops();
    static const QList<std::pair<QChar, QChar>> quotes{{u'"', u'"'}, {u'\'', u'\''}, {u'“', u'”'}, {u'«', u'»'}, {u'「', u'」'}};
    for (const auto &[open, close] : quotes) {
        if (text.size() >= 2 && text.startsWith(open) && text.endsWith(close)) {
            text = text.mid(1, text.size() - 2).trimmed();
        }
    }
    chopFullStops();
    text = text.simplified();
    if (text.size() > MaxTitle) {
        const qsizetype space = text.lastIndexOf(u' ', MaxTitle - 1);
        text = text.left(space > 20 ? space : MaxTitle - 1) + u'…';
    }
    return text;
}

void TitleGenerator::onTurnFinished(ChatTurn *turn)
{
    if (!m_enabled || !turn || !m_storage || !m_llm || turn->conversationId() <= 0 ||
        turn->finalStatus() != MessageStatus::Completed || m_running.contains(turn->conversationId())) {
        return;
    }
    const qint64 conversationId = turn->conversationId();
    const auto conversation = m_storage->conversation(conversationId);
    if (!conversation || conversation->metadata.value(u"title_edited").toBool() ||
        conversation->metadata.value(u"title_generated").toBool()) {
        return;
    }
    // The first exchange only: the branch is one question and this reply.
    const auto branch = m_storage->activeBranch(conversationId, 0, 3);
    if (!branch || branch->size() != 2 || branch->at(0).role != u"user" || branch->at(1).id != turn->assistantMessageId()) {
        return;
    }
    const QString question = branch->at(0).content;
    if (conversation->title != ChatService::titleFrom(question)) {
        return; // someone else titled it
    }
    const QString model = branch->at(1).metadata.value(u"model").toString();
    generate(conversationId, conversation->title, question, turn->content(), model);
}

QCoro::Task<> TitleGenerator::generate(qint64 conversationId, QString firstWordsTitle, QString question, QString answer,
                                       QString model)
{
    QPointer<TitleGenerator> self(this);
    m_running.insert(conversationId);
    ChatRequest request;
    request.model = model;
    request.maxTokens = 32;
    request.temperature = 0.2;
    request.includeUsage = false;
    request.extraBody = m_chat->defaults().reasoningOff;
    request.messages << ChatMessage::system(
        u"You name conversations. Reply with a title of at most six words, in the language of the conversation, "
        "with no quotes and no final punctuation. Reply with the title only."_s);
    request.messages << ChatMessage::user(u"User: %1\n\nAssistant: %2"_s.arg(question.left(MaxExcerpt), answer.left(MaxExcerpt)));
    const LlmResult result = co_await m_llm->complete(request);
    if (!self) {
        co_return;
    }
    m_running.remove(conversationId);
    const QString title = cleanTitle(result.content);
    if (!result.ok() || title.isEmpty()) {
        qCInfo(lcChat) << "no title generated for conversation" << conversationId << result.error.kindName();
        Q_EMIT titleSkipped(conversationId, result.ok() ? u"empty"_s : result.error.message());
        co_return;
    }
    if (!m_storage) {
        co_return;
    }
    const auto current = m_storage->conversation(conversationId);
    if (!current || current->title != firstWordsTitle || current->metadata.value(u"title_edited").toBool()) {
        Q_EMIT titleSkipped(conversationId, u"changed"_s);
        co_return;
    }
    ConversationUpdate update;
    update.title = title;
    QJsonObject metadata = current->metadata;
    metadata.insert(u"title_generated"_s, true);
    update.metadata = metadata;
    if (const auto updated = m_storage->updateConversation(conversationId, update); !updated) {
        Q_EMIT titleSkipped(conversationId, updated.error().message);
        co_return;
    }
    Q_EMIT titleGenerated(conversationId, title);
}
