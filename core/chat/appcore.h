// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storageresult.h"

#include <QHash>
#include <QObject>

#include <QCoroTask>

#include <memory>

class AppConfig;
class ChatService;
class ContextAgent;
class LlmClient;
class RemoteChatClient;
class SecretStore;
class Storage;
class TitleGenerator;

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
    TitleGenerator *titles() const;
    /** The client of the remote backend (used when AppConfig::remoteBackendEnabled()). */
    RemoteChatClient *remote() const;

    /** The SecretStore account of the remote backend's token. */
    static QString remoteTokenAccount();

    /** Applies the settings to the client, the agent and the chat service. */
    void applyConfig();
    /** Reads the active provider's API key from the keychain into the client (unless it has one). */
    QCoro::Task<> loadApiKey();
    /** Reads the remote backend's token from the keychain into its client. */
    QCoro::Task<> loadRemoteToken();
    /**
     * Uses @p key for provider @p providerId from now on in this process, whether or not it
     * could be stored (no keychain and no key file: the key lasts for this session).
     */
    void rememberApiKey(const QString &providerId, const QString &key);
    /** The same for the remote backend's token. */
    void rememberRemoteToken(const QString &token);

private:
    AppCore(const QString &dataDir, std::unique_ptr<Storage> storage);

    QString m_dataDir;
    std::unique_ptr<Storage> m_storage;
    AppConfig *m_config;
    SecretStore *m_secrets;
    LlmClient *m_llm;
    ContextAgent *m_agent;
    ChatService *m_chat;
    TitleGenerator *m_titles;
    RemoteChatClient *m_remote;
    QHash<QString, QString> m_sessionKeys;
    bool m_remoteTokenLoaded = false;
};
