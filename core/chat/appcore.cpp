// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcore.h"

#include "appconfig.h"
#include "chatservice.h"
#include "contextagent.h"
#include "currentdatetimetool.h"
#include "datalocation.h"
#include "llmclient.h"
#include "mcpmanager.h"
#include "readfiletool.h"
#include "secretstore.h"
#include "storage.h"
#include "toolapprovals.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>

Q_DECLARE_LOGGING_CATEGORY(lcTurn)

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
        if (group == u"providers" || group == u"defaults" || group == u"agent") {
            applyConfig();
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

void AppCore::applyConfig()
{
    ProviderProfile profile = m_config->activeProvider();
    if (profile.apiKey.isEmpty() && m_llm->profile().id == profile.id) {
        profile.apiKey = m_llm->profile().apiKey; // keep a key read from the keychain
    }
    m_llm->setProfile(profile);
    ChatDefaults defaults = m_config->chatDefaults();
    if (defaults.model.isEmpty()) {
        defaults.model = profile.defaultModel;
    }
    m_chat->setDefaults(defaults);
    m_agent->setSettings(m_config->agentSettings());
    const QStringList folders = m_config->readableFolders();
    if (folders.isEmpty()) {
        m_agent->tools().remove(u"read_file"_s);
    } else {
        m_agent->tools().add(std::make_shared<ReadFileTool>(folders));
    }
}

QCoro::Task<> AppCore::loadApiKey()
{
    QPointer<AppCore> self(this);
    const ProviderProfile profile = m_llm->profile();
    if (!profile.apiKey.isEmpty() || profile.id.isEmpty()) {
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
        qCWarning(lcTurn) << "API key of" << profile.id << "not available:" << result.message;
    }
}
