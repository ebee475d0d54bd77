// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conversation.h"
#include "conversationupdate.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class AppCore;

/**
 * @brief The settings of one conversation: model, system prompt, temperature, max tokens,
 * reasoning and tools, stored in the conversation (its fields and `parameters`, which
 * ChatService reads for each turn). Unset values follow the defaults: an empty #model or
 * #systemPrompt, #temperature -1, #maxTokens 0; #reasoning and #tools show the value in effect.
 *
 * Changing a setting of a new chat (#conversationId 0) creates its conversation first and
 * announces it with conversationCreated(), so that the first message already uses it.
 */
class ConversationSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(qint64 conversationId READ conversationId WRITE setConversationId NOTIFY conversationIdChanged)
    Q_PROPERTY(QString model READ model WRITE setModel NOTIFY changed)
    Q_PROPERTY(QString systemPrompt READ systemPrompt WRITE setSystemPrompt NOTIFY changed)
    Q_PROPERTY(double temperature READ temperature WRITE setTemperature NOTIFY changed)
    Q_PROPERTY(int maxTokens READ maxTokens WRITE setMaxTokens NOTIFY changed)
    Q_PROPERTY(bool reasoning READ reasoning WRITE setReasoning NOTIFY changed)
    Q_PROPERTY(bool tools READ tools WRITE setTools NOTIFY changed)
    /// True when the conversation sets nothing of its own.
    Q_PROPERTY(bool usesDefaults READ usesDefaults NOTIFY changed)
    Q_PROPERTY(QString defaultModel READ defaultModel NOTIFY changed)
    Q_PROPERTY(QString defaultSystemPrompt READ defaultSystemPrompt NOTIFY changed)
    Q_PROPERTY(QString errorString READ errorString NOTIFY changed)

public:
    explicit ConversationSettings(QObject *parent = nullptr);
    void setCore(AppCore *core);

    qint64 conversationId() const;
    void setConversationId(qint64 id);
    QString model() const;
    void setModel(const QString &model);
    QString systemPrompt() const;
    void setSystemPrompt(const QString &prompt);
    double temperature() const;
    void setTemperature(double temperature);
    int maxTokens() const;
    void setMaxTokens(int tokens);
    bool reasoning() const;
    void setReasoning(bool on);
    bool tools() const;
    void setTools(bool on);
    bool usesDefaults() const;
    QString defaultModel() const;
    QString defaultSystemPrompt() const;
    QString errorString() const;

    /** Copies assistant @p assistantId's prompt, model and parameters into the conversation. */
    Q_INVOKABLE bool applyAssistant(const QString &assistantId);
    /** Drops the conversation's own settings: the defaults apply again. */
    Q_INVOKABLE void resetToDefaults();

Q_SIGNALS:
    void conversationIdChanged();
    void changed();
    /** A new chat's conversation was created to hold its settings. */
    void conversationCreated(qint64 conversationId);

private:
    void reload();
    /** Writes @p update, creating the conversation first when there is none. */
    bool write(const ConversationUpdate &update);
    void setParameter(const QString &key, const QJsonValue &value);

    QPointer<AppCore> m_core;
    QList<QMetaObject::Connection> m_connections;
    Conversation m_conversation;
    QString m_error;
};
