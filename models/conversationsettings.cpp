// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationsettings.h"

#include "appconfig.h"
#include "appcore.h"
#include "backend.h"
#include "chatservice.h"
#include "storage.h"

using namespace Qt::StringLiterals;

ConversationSettings::ConversationSettings(QObject *parent)
    : QObject(parent)
{
    setCore(Backend::core());
}

void ConversationSettings::setCore(AppCore *core)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections)) {
        disconnect(connection);
    }
    m_connections.clear();
    m_core = core;
    if (core) {
        m_connections << connect(core->storage(), &Storage::conversationChanged, this, [this](qint64 id) {
            if (id == m_conversation.id) {
                reload();
            }
        });
        m_connections << connect(core->config(), &AppConfig::changed, this, [this](const QString &group) {
            if (group == u"defaults" || group == u"providers") {
                Q_EMIT changed();
            }
        });
    }
    reload();
}

qint64 ConversationSettings::conversationId() const
{
    return m_conversation.id;
}

void ConversationSettings::setConversationId(qint64 id)
{
    if (id == m_conversation.id) {
        return;
    }
    m_conversation = Conversation();
    m_conversation.id = id;
    reload();
    Q_EMIT conversationIdChanged();
}

void ConversationSettings::reload()
{
    if (m_core && m_conversation.id > 0) {
        if (const auto found = m_core->storage()->conversation(m_conversation.id)) {
            m_conversation = *found;
        }
    }
    Q_EMIT changed();
}

QString ConversationSettings::model() const
{
    return m_conversation.model;
}

void ConversationSettings::setModel(const QString &model)
{
    if (model.trimmed() == m_conversation.model) {
        return;
    }
    ConversationUpdate update;
    update.model = model.trimmed();
    write(update);
}

QString ConversationSettings::systemPrompt() const
{
    return m_conversation.systemPrompt;
}

void ConversationSettings::setSystemPrompt(const QString &prompt)
{
    if (prompt == m_conversation.systemPrompt) {
        return;
    }
    ConversationUpdate update;
    update.systemPrompt = prompt;
    write(update);
}

double ConversationSettings::temperature() const
{
    return m_conversation.parameters.value(u"temperature").toDouble(-1.0);
}

void ConversationSettings::setTemperature(double temperature)
{
    if (qFuzzyCompare(temperature + 2, this->temperature() + 2)) {
        return;
    }
    setParameter(u"temperature"_s, temperature < 0 ? QJsonValue() : QJsonValue(std::clamp(temperature, 0.0, 2.0)));
}

int ConversationSettings::maxTokens() const
{
    return m_conversation.parameters.value(u"max_tokens").toInt(0);
}

void ConversationSettings::setMaxTokens(int tokens)
{
    if (tokens == maxTokens()) {
        return;
    }
    setParameter(u"max_tokens"_s, tokens <= 0 ? QJsonValue() : QJsonValue(tokens));
}

bool ConversationSettings::reasoning() const
{
    const bool fallback = !m_core || m_core->chat()->defaults().reasoning;
    return m_conversation.parameters.value(u"reasoning").toBool(fallback);
}

void ConversationSettings::setReasoning(bool on)
{
    if (on != reasoning() || !m_conversation.parameters.contains(u"reasoning")) {
        setParameter(u"reasoning"_s, on);
    }
}

bool ConversationSettings::tools() const
{
    const bool fallback = !m_core || m_core->chat()->defaults().toolsEnabled;
    return m_conversation.parameters.value(u"tools").toBool(fallback);
}

void ConversationSettings::setTools(bool on)
{
    if (on != tools() || !m_conversation.parameters.contains(u"tools")) {
        setParameter(u"tools"_s, on);
    }
}

bool ConversationSettings::usesDefaults() const
{
    return m_conversation.model.isEmpty() && m_conversation.systemPrompt.isEmpty() && m_conversation.parameters.isEmpty();
}

QString ConversationSettings::defaultModel() const
{
    return m_core ? m_core->chat()->defaults().model : QString();
}

QString ConversationSettings::defaultSystemPrompt() const
{
    return m_core ? m_core->chat()->defaults().systemPrompt : QString();
}

QString ConversationSettings::errorString() const
{
    return m_error;
}

void ConversationSettings::setParameter(const QString &key, const QJsonValue &value)
{
    QJsonObject parameters = m_conversation.parameters;
    if (value.isNull() || value.isUndefined()) {
        parameters.remove(key);
    } else {
        parameters.insert(key, value);
    }
    ConversationUpdate update;
    update.parameters = parameters;
    write(update);
}

bool ConversationSettings::write(const ConversationUpdate &update)
{
    if (!m_core) {
        return false;
    }
    Storage *storage = m_core->storage();
    bool created = false;
    if (m_conversation.id <= 0) {
        // An empty title: ChatService names it after the first question.
        const auto conversation = storage->createConversation();
        if (!conversation) {
            m_error = Backend::errorText(conversation.error());
            Q_EMIT changed();
            return false;
        }
        m_conversation = *conversation;
        created = true;
    }
    const auto updated = storage->updateConversation(m_conversation.id, update);
    if (!updated) {
        m_error = Backend::errorText(updated.error());
        Q_EMIT changed();
        return false;
    }
    m_error.clear();
    m_conversation = *updated;
    Q_EMIT changed();
    if (created) {
        Q_EMIT conversationIdChanged();
        Q_EMIT conversationCreated(m_conversation.id);
    }
    return true;
}

bool ConversationSettings::applyAssistant(const QString &assistantId)
{
    if (!m_core) {
        return false;
    }
    const QList<Assistant> assistants = m_core->config()->assistants();
    for (const Assistant &assistant : assistants) {
        if (assistant.id != assistantId) {
            continue;
        }
        ConversationUpdate update;
        update.model = assistant.model;
        update.systemPrompt = assistant.systemPrompt;
        update.parameters = assistant.applyTo(m_conversation.parameters);
        QJsonObject metadata = m_conversation.metadata;
        metadata.insert(u"assistant"_s, assistant.id);
        update.metadata = metadata;
        return write(update);
    }
    return false;
}

void ConversationSettings::resetToDefaults()
{
    if (m_conversation.id <= 0 || usesDefaults()) {
        return;
    }
    ConversationUpdate update;
    update.model = QString();
    update.systemPrompt = QString();
    update.parameters = QJsonObject();
    write(update);
}
