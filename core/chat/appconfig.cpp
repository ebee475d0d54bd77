// SPDX-License-Identifier: GPL-3.0-or-later
#include "appconfig.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

AppConfig::AppConfig(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_settings(QDir(dataDir).filePath(u"confab.conf"_s), QSettings::IniFormat)
{ }

QString AppConfig::filePath() const
{
    return m_settings.fileName();
}

QList<ProviderProfile> AppConfig::providers() const
{
    QList<ProviderProfile> list;
    const QJsonArray array = QJsonDocument::fromJson(m_settings.value(u"providers/list"_s).toByteArray()).array();
    for (const QJsonValue &value : array) {
        list << ProviderProfile::fromJson(value.toObject());
    }
    return list;
}

void AppConfig::setProviders(const QList<ProviderProfile> &providers)
{
    QJsonArray array;
    for (const ProviderProfile &profile : providers) {
        array.append(profile.toJson());
    }
    m_settings.setValue(u"providers/list"_s, QJsonDocument(array).toJson(QJsonDocument::Compact));
    Q_EMIT changed(u"providers"_s);
}

QString AppConfig::activeProviderId() const
{
    return m_settings.value(u"providers/active"_s).toString();
}

void AppConfig::setActiveProviderId(const QString &id)
{
    m_settings.setValue(u"providers/active"_s, id);
    Q_EMIT changed(u"providers"_s);
}

ProviderProfile AppConfig::activeProvider() const
{
    const QList<ProviderProfile> list = providers();
    const QString active = activeProviderId();
    for (const ProviderProfile &profile : list) {
        if (profile.id == active || active.isEmpty()) {
            return profile;
        }
    }
    if (!list.isEmpty()) {
        return list.first();
    }
    if (qEnvironmentVariableIsSet("OPENAI_API_KEY") || qEnvironmentVariableIsSet("OPENAI_BASE_URL")) {
        return ProviderProfile::fromEnvironment();
    }
    return {};
}

bool AppConfig::hasProvider() const
{
    return activeProvider().isValid();
}

ChatDefaults AppConfig::chatDefaults() const
{
    ChatDefaults defaults;
    defaults.model = m_settings.value(u"defaults/model"_s).toString();
    defaults.systemPrompt = m_settings.value(u"defaults/systemPrompt"_s).toString();
    if (m_settings.contains(u"defaults/temperature"_s)) {
        defaults.temperature = m_settings.value(u"defaults/temperature"_s).toDouble();
    }
    if (m_settings.contains(u"defaults/topP"_s)) {
        defaults.topP = m_settings.value(u"defaults/topP"_s).toDouble();
    }
    if (m_settings.contains(u"defaults/maxTokens"_s)) {
        defaults.maxTokens = m_settings.value(u"defaults/maxTokens"_s).toInt();
    }
    defaults.toolsEnabled = m_settings.value(u"defaults/tools"_s, true).toBool();
    defaults.reasoning = m_settings.value(u"defaults/reasoning"_s, true).toBool();
    defaults.reasoningOn = QJsonDocument::fromJson(m_settings.value(u"defaults/reasoningOn"_s).toByteArray()).object();
    defaults.reasoningOff = QJsonDocument::fromJson(m_settings.value(u"defaults/reasoningOff"_s).toByteArray()).object();
    return defaults;
}

void AppConfig::setChatDefaults(const ChatDefaults &defaults)
{
    m_settings.setValue(u"defaults/model"_s, defaults.model);
    m_settings.setValue(u"defaults/systemPrompt"_s, defaults.systemPrompt);
    auto setOptional = [this](const QString &key, const auto &optional) {
        if (optional) {
            m_settings.setValue(key, *optional);
        } else {
            m_settings.remove(key);
        }
    };
    setOptional(u"defaults/temperature"_s, defaults.temperature);
    setOptional(u"defaults/topP"_s, defaults.topP);
    setOptional(u"defaults/maxTokens"_s, defaults.maxTokens);
    m_settings.setValue(u"defaults/tools"_s, defaults.toolsEnabled);
    m_settings.setValue(u"defaults/reasoning"_s, defaults.reasoning);
    m_settings.setValue(u"defaults/reasoningOn"_s, QJsonDocument(defaults.reasoningOn).toJson(QJsonDocument::Compact));
    m_settings.setValue(u"defaults/reasoningOff"_s, QJsonDocument(defaults.reasoningOff).toJson(QJsonDocument::Compact));
    Q_EMIT changed(u"defaults"_s);
}

AgentSettings AppConfig::agentSettings() const
{
    AgentSettings settings;
    settings.mode =
        m_settings.value(u"agent/mode"_s).toString() == u"analyze" ? AgentSettings::Mode::Analyze : AgentSettings::Mode::Direct;
    settings.reflection = m_settings.value(u"agent/reflection"_s, false).toBool();
    settings.maxToolRounds = std::clamp(m_settings.value(u"agent/maxToolRounds"_s, settings.maxToolRounds).toInt(), 0, 20);
    settings.toolTimeoutMs = std::clamp(m_settings.value(u"agent/toolTimeoutMs"_s, settings.toolTimeoutMs).toInt(), 100, 600000);
    return settings;
}

void AppConfig::setAgentSettings(const AgentSettings &settings)
{
    m_settings.setValue(u"agent/mode"_s, settings.mode == AgentSettings::Mode::Analyze ? u"analyze"_s : u"direct"_s);
    m_settings.setValue(u"agent/reflection"_s, settings.reflection);
    m_settings.setValue(u"agent/maxToolRounds"_s, settings.maxToolRounds);
    m_settings.setValue(u"agent/toolTimeoutMs"_s, settings.toolTimeoutMs);
    Q_EMIT changed(u"agent"_s);
}

QStringList AppConfig::readableFolders() const
{
    return m_settings.value(u"agent/readableFolders"_s).toStringList();
}

void AppConfig::setReadableFolders(const QStringList &folders)
{
    m_settings.setValue(u"agent/readableFolders"_s, folders);
    Q_EMIT changed(u"agent"_s);
}

QVariant AppConfig::value(const QString &key, const QVariant &defaultValue) const
{
    return m_settings.value(key, defaultValue);
}

void AppConfig::setValue(const QString &key, const QVariant &value)
{
    if (m_settings.value(key) == value) {
        return;
    }
    m_settings.setValue(key, value);
    Q_EMIT changed(key.section(u'/', 0, 0));
}

void AppConfig::sync()
{
    m_settings.sync();
}
