// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcore.h"

#include "appconfig.h"
#include "chatlog.h"
#include "chatservice.h"
#include "contextagent.h"
#include "currentdatetimetool.h"
#include "datalocation.h"
#include "llmclient.h"
#include "mcpmanager.h"
#include "readfiletool.h"
#include "remotechatclient.h"
#include "remoteworkflownode.h"
#include "secretstore.h"
#include "storage.h"
#include "titlegenerator.h"
#include "toolapprovals.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>

using namespace Qt::StringLiterals;

StorageResult<std::unique_ptr<AppCore>> AppCore::open(const QString &dataDir)
{
    auto storage = Storage::open(dataDir);
    if (!storage) {
        return storage.error();
    }
    return std::unique_ptr<AppCore>(new AppCore(dataDir, std::move(*storage)));
}

AppCore::AppCore(const QString &dataDir, std::unique_ptr<Storage> storage)
    : m_dataDir(dataDir)
    , m_storage(std::move(storage))
    , m_config(new AppConfig(dataDir, this))
    , m_secrets(new SecretStore(u"org.confab.Confab"_s, this))
    , m_llm(new LlmClient(nullptr, this))
    , m_agent(new ContextAgent(m_llm, this))
    , m_chat(new ChatService(m_storage.get(), m_agent, this))
    , m_titles(new TitleGenerator(m_chat, m_llm, this))
    , m_remote(new RemoteChatClient(m_llm->networkAccessManager(), this))
{
    m_agent->tools().add(std::make_shared<CurrentDateTimeTool>());
    // MCP servers: their tools join the agent's; calls of servers that ask wait for the user.
    // The window finds them with ToolApprovals::instance() and findChild<McpManager *>().
    new ToolApprovals(this);
    auto *mcp = new McpManager(m_agent, this);
    mcp->setServers(
        McpServerConfig::listFromJson(QJsonDocument::fromJson(m_config->value(u"mcp/servers"_s).toString().toUtf8()).array()));
    connect(mcp, &McpManager::serversChanged, this, [this, mcp] {
        m_config->setValue(
            u"mcp/servers"_s,
            QString::fromUtf8(QJsonDocument(McpServerConfig::listToJson(mcp->servers())).toJson(QJsonDocument::Compact)));
    });
    applyConfig();
    connect(m_config, &AppConfig::changed, this, [this](const QString &group) {
        static const QStringList applied{u"providers"_s, u"defaults"_s, u"agent"_s, u"remote"_s, u"titles"_s, u"secrets"_s};
        if (applied.contains(group)) {
            const QString before = m_llm->profile().id;
            applyConfig();
            if (group == u"providers" && m_llm->profile().id != before) {
                loadApiKey();
            }
            if (group == u"remote" && m_config->remoteBackendEnabled() && !m_remoteTokenLoaded) {
                loadRemoteToken();
            }
        }
    });
}

AppCore::~AppCore()
{
    // Running turns end as cancelled, with their text, before storage closes.
    delete m_chat;
    m_chat = nullptr;
}

QString AppCore::dataDir() const
{
    return m_dataDir;
}

AppConfig *AppCore::config() const
{
    return m_config;
}

Storage *AppCore::storage() const
{
    return m_storage.get();
}

LlmClient *AppCore::llm() const
{
    return m_llm;
}

ContextAgent *AppCore::agent() const
{
    return m_agent;
}

ChatService *AppCore::chat() const
{
    return m_chat;
}

SecretStore *AppCore::secrets() const
{
    return m_secrets;
}

TitleGenerator *AppCore::titles() const
{
    return m_titles;
}

RemoteChatClient *AppCore::remote() const
{
    return m_remote;
}

QString AppCore::remoteTokenAccount()
{
    return u"remote-backend"_s;
}

void AppCore::rememberApiKey(const QString &providerId, const QString &key)
{
    m_sessionKeys.insert(providerId, key);
    if (m_llm->profile().id == providerId) {
        ProviderProfile profile = m_llm->profile();
        profile.apiKey = key;
        m_llm->setProfile(profile);
    }
}

void AppCore::rememberRemoteToken(const QString &token)
{
    m_remoteTokenLoaded = true;
    m_remote->setToken(token);
}

void AppCore::applyConfig()
{
    m_secrets->setFallbackFile(m_config->keyFileAllowed() ? m_config->keyFilePath() : QString());
    ProviderProfile profile = m_config->activeProvider();
    if (profile.apiKey.isEmpty() && m_sessionKeys.contains(profile.id)) {
        profile.apiKey = m_sessionKeys.value(profile.id);
    }
    if (profile.apiKey.isEmpty() && m_llm->profile().id == profile.id) {
        profile.apiKey = m_llm->profile().apiKey; // keep a key read from the keychain
    }
    m_llm->setProfile(profile);
    ChatDefaults defaults = m_config->chatDefaults();
    if (defaults.model.isEmpty()) {
        defaults.model = profile.defaultModel;
    }
    if (defaults.reasoningOn.isEmpty() && defaults.reasoningOff.isEmpty()) {
        // The switches of the provider in use, unless the user set their own.
        const ProviderOptions options = m_config->providerOptions(profile.id);
        defaults.reasoningOn = options.reasoningOn;
        defaults.reasoningOff = options.reasoningOff;
    }
    m_chat->setDefaults(defaults);
    const bool remote = m_config->remoteBackendEnabled();
    m_remote->setBaseUrl(m_config->remoteBackendUrl());
    if (remote) {
        QPointer<RemoteChatClient> client(m_remote);
        m_agent->setEngineFactory([client] { return RemoteWorkflowNode::createEngine(client); });
    } else {
        m_agent->setEngineFactory({});
    }
    m_titles->setEnabled(m_config->generateTitles() && !remote);
    m_agent->setSettings(m_config->agentSettings());
    const QStringList folders = m_config->readableFolders();
    if (folders.isEmpty()) {
        m_agent->tools().remove(u"read_file"_s);
    } else {
        m_agent->tools().add(std::make_shared<ReadFileTool>(folders));
    }
}

QCoro::Task<> AppCore::loadRemoteToken()
{
    QPointer<AppCore> self(this);
    const SecretStore::Result result = co_await m_secrets->readKey(remoteTokenAccount());
    if (!self) {
        co_return;
    }
    m_remoteTokenLoaded = true;
    if (result.ok()) {
        m_remote->setToken(result.secret);
    }
}

QCoro::Task<> AppCore::loadApiKey()
{
    QPointer<AppCore> self(this);
    const ProviderProfile profile = m_llm->profile();
    if (!profile.apiKey.isEmpty() || profile.id.isEmpty() || !m_config->providerOptions(profile.id).needsKey) {
        co_return;
    }
    const SecretStore::Result result = co_await m_secrets->readKey(profile.id);
    if (!self) {
        co_return;
    }
    if (result.ok() && m_llm->profile().id == profile.id) {
        ProviderProfile withKey = m_llm->profile();
        withKey.apiKey = result.secret;
        m_llm->setProfile(withKey);
    } else if (!result.ok() && result.status != SecretStore::Status::NotFound) {
        qCWarning(lcChat) << "API key of" << profile.id << "not available:" << result.message;
    }
}
