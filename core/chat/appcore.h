// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storageresult.h"

#include <QObject>

#include <QCoroTask>

#include <memory>

class AppConfig;
class ChatService;
class ContextAgent;
class LlmClient;
class SecretStore;
class Storage;

/**
 * @brief Everything behind the window, the local server and `confab chat`: settings, storage,
 * the provider client, the agent with its tools, and the chat service. One per process.
 */
class AppCore : public QObject
{
    Q_OBJECT

public:
    /** Opens the data folder: settings, database (recovering or moving aside a broken one). */
    static StorageResult<std::unique_ptr<AppCore>> open(const QString &dataDir);
    ~AppCore() override;

    QString dataDir() const;
    AppConfig *config() const;
    Storage *storage() const;
    LlmClient *llm() const;
    ContextAgent *agent() const;
    ChatService *chat() const;
    SecretStore *secrets() const;

    /** Applies the settings to the client, the agent and the chat service. */
    void applyConfig();
    /** Reads the active provider's API key from the keychain into the client (unless it has one). */
    QCoro::Task<> loadApiKey();

private:
    AppCore(const QString &dataDir, std::unique_ptr<Storage> storage);

    QString m_dataDir;
    std::unique_ptr<Storage> m_storage;
    AppConfig *m_config;
    SecretStore *m_secrets;
    LlmClient *m_llm;
    ContextAgent *m_agent;
    ChatService *m_chat;
};
