// SPDX-License-Identifier: GPL-3.0-or-later
#include "appconfig.h"

#include "chatlog.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUuid>

using namespace Qt::StringLiterals;

AppConfig::AppConfig(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_settings(QDir(dataDir).filePath(u"confab.conf"_s), QSettings::IniFormat)
{
    // QSettings would write on its own too, but silently: write here, where a failure is seen.
    m_syncTimer.setSingleShot(true);
    m_syncTimer.setInterval(0);
    connect(&m_syncTimer, &QTimer::timeout, this, &AppConfig::sync);
    connect(this, &AppConfig::changed, &m_syncTimer, qOverload<>(&QTimer::start));
}

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

ProviderOptions AppConfig::providerOptions(const QString &id) const
{
    const QJsonObject all = QJsonDocument::fromJson(m_settings.value(u"providers/options"_s).toByteArray()).object();
    if (!all.contains(id)) {
        ProviderOptions options;
        options.needsKey = id != u"environment";
        return options;
    }
    return ProviderOptions::fromJson(all.value(id).toObject());
}

void AppConfig::setProviderOptions(const QString &id, const ProviderOptions &options)
{
    QJsonObject all = QJsonDocument::fromJson(m_settings.value(u"providers/options"_s).toByteArray()).object();
    all.insert(id, options.toJson());
    m_settings.setValue(u"providers/options"_s, QJsonDocument(all).toJson(QJsonDocument::Compact));
    Q_EMIT changed(u"providers"_s);
}

QString AppConfig::saveProvider(ProviderProfile profile, const ProviderOptions &options, bool activate)
{
    profile.apiKey.clear(); // never in this file
    if (profile.id.isEmpty()) {
        const QString base = options.presetId.isEmpty() ? u"provider"_s : options.presetId;
        profile.id = base + u'-' + QUuid::createUuid().toString(QUuid::Id128).left(8);
    }
    QList<ProviderProfile> list = providers();
    bool replaced = false;
    for (ProviderProfile &existing : list) {
        if (existing.id == profile.id) {
            existing = profile;
            replaced = true;
        }
    }
    if (!replaced) {
        list.append(profile);
    }
    // One change signal for the whole save: options first, so that it sees them.
    QSignalBlocker blocker(this);
    setProviderOptions(profile.id, options);
    setProviders(list);
    if (activate) {
        setActiveProviderId(profile.id);
    }
    blocker.unblock();
    Q_EMIT changed(u"providers"_s);
    return profile.id;
}

void AppConfig::removeProvider(const QString &id)
{
    QList<ProviderProfile> list = providers();
    list.removeIf([&id](const ProviderProfile &profile) { return profile.id == id; });
    QJsonObject all = QJsonDocument::fromJson(m_settings.value(u"providers/options"_s).toByteArray()).object();
    all.remove(id);
    QSignalBlocker blocker(this);
    m_settings.setValue(u"providers/options"_s, QJsonDocument(all).toJson(QJsonDocument::Compact));
    setProviders(list);
    if (activeProviderId() == id) {
        setActiveProviderId(list.isEmpty() ? QString() : list.constFirst().id);
    }
    blocker.unblock();
    Q_EMIT changed(u"providers"_s);
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

QList<Assistant> AppConfig::assistants() const
{
    QList<Assistant> list;
    const QJsonArray array = QJsonDocument::fromJson(m_settings.value(u"assistants/list"_s).toByteArray()).array();
    for (const QJsonValue &value : array) {
        list << Assistant::fromJson(value.toObject());
    }
    return list;
}

void AppConfig::setAssistants(const QList<Assistant> &assistants)
{
    QJsonArray array;
    for (const Assistant &assistant : assistants) {
        array.append(assistant.toJson());
    }
    m_settings.setValue(u"assistants/list"_s, QJsonDocument(array).toJson(QJsonDocument::Compact));
    Q_EMIT changed(u"assistants"_s);
}

bool AppConfig::generateTitles() const
{
    return m_settings.value(u"titles/generate"_s, true).toBool();
}

void AppConfig::setGenerateTitles(bool generate)
{
    setValue(u"titles/generate"_s, generate);
}

bool AppConfig::keyFileAllowed() const
{
    return m_settings.value(u"secrets/allowFile"_s, false).toBool();
}

void AppConfig::setKeyFileAllowed(bool allowed)
{
    setValue(u"secrets/allowFile"_s, allowed);
}

QString AppConfig::keyFilePath() const
{
    return QDir(m_dataDir).filePath(u"secrets.json"_s);
}

bool AppConfig::remoteBackendEnabled() const
{
    return m_settings.value(u"remote/enabled"_s, false).toBool() && remoteBackendUrl().isValid();
}

QUrl AppConfig::remoteBackendUrl() const
{
    const QUrl url(m_settings.value(u"remote/url"_s).toString());
    return url.isValid() && !url.host().isEmpty() ? url : QUrl();
}

void AppConfig::setRemoteBackend(bool enabled, const QUrl &url)
{
    QSignalBlocker blocker(this);
    setValue(u"remote/url"_s, url.toString());
    setValue(u"remote/enabled"_s, enabled);
    blocker.unblock();
    Q_EMIT changed(u"remote"_s);
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

bool AppConfig::sync()
{
    m_syncTimer.stop();
    m_settings.sync();
    QSettings::Status status = m_settings.status();
    if (status != QSettings::NoError) {
        // QSettings keeps reporting its first error for good. A second object on the same file
        // shares its pending changes, so its status is about this attempt alone.
        QSettings fresh(m_settings.fileName(), QSettings::IniFormat);
        fresh.sync();
        status = fresh.status();
    }
    switch (status) {
    case QSettings::NoError:
        m_error.clear();
        return true;
    case QSettings::AccessError:
        m_error = tr("Confab could not save its settings to %1. Check that the folder can be written to and that the disk "
                     "is not full.")
                      .arg(QDir::toNativeSeparators(m_settings.fileName()));
        break;
    case QSettings::FormatError:
        m_error = tr("Confab could not save its settings: %1 is not a valid settings file.")
                      .arg(QDir::toNativeSeparators(m_settings.fileName()));
        break;
    }
    qCWarning(lcChat) << "cannot write the settings to" << m_settings.fileName() << status;
    Q_EMIT syncFailed(m_error);
    return false;
}
