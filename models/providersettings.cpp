// SPDX-License-Identifier: GPL-3.0-or-later
#include "providersettings.h"

#include "appconfig.h"
#include "appcore.h"
#include "backend.h"
#include "languagemanager.h"
#include "localserverprobe.h"
#include "providerpreset.h"
#include "secretstore.h"

using namespace Qt::StringLiterals;

ProviderSettings::ProviderSettings(QObject *parent)
    : QObject(parent)
    , m_probe(new LocalServerProbe(this))
{
    setCore(Backend::core());
    if (LanguageManager *languages = LanguageManager::instance()) {
        connect(languages, &LanguageManager::languageChanged, this, &ProviderSettings::presetsChanged);
    }
}

ProviderSettings::~ProviderSettings() = default;

void ProviderSettings::setCore(AppCore *core)
{
    disconnect(m_configConnection);
    m_core = core;
    if (core) {
        m_configConnection = connect(core->config(), &AppConfig::changed, this, [this](const QString &group) {
            if (group == u"providers") {
                Q_EMIT providersChanged();
            }
        });
    }
    Q_EMIT providersChanged();
}

LocalServerProbe *ProviderSettings::probe() const
{
    return m_probe;
}

QVariantList ProviderSettings::providers() const
{
    QVariantList list;
    if (!m_core) {
        return list;
    }
    const AppConfig *config = m_core->config();
    QList<ProviderProfile> profiles = config->providers();
    const ProviderProfile active = config->activeProvider();
    if (profiles.isEmpty() && active.isValid()) {
        profiles << active; // from the environment
    }
    for (const ProviderProfile &profile : std::as_const(profiles)) {
        const ProviderOptions options = config->providerOptions(profile.id);
        const auto preset = ProviderPreset::find(options.presetId);
        list << QVariantMap{{u"id"_s, profile.id},
                            {u"name"_s, profile.name},
                            {u"baseUrl"_s, profile.baseUrl.toString()},
                            {u"model"_s, profile.defaultModel},
                            {u"presetId"_s, options.presetId},
                            {u"active"_s, profile.id == active.id},
                            {u"local"_s, preset && preset->local},
                            {u"fromEnvironment"_s, profile.id == u"environment"}};
    }
    return list;
}

QString ProviderSettings::activeProviderId() const
{
    return m_core ? m_core->config()->activeProvider().id : QString();
}

void ProviderSettings::setActiveProviderId(const QString &id)
{
    if (m_core && id != activeProviderId()) {
        m_core->config()->setActiveProviderId(id);
    }
}

QVariantList ProviderSettings::presets() const
{
    QVariantList list;
    const QList<ProviderPreset> presets = ProviderPreset::all();
    for (const ProviderPreset &preset : presets) {
        list << QVariantMap{{u"id"_s, preset.id},           {u"name"_s, preset.name},
                            {u"baseUrl"_s, preset.baseUrl}, {u"needsKey"_s, preset.needsKey},
                            {u"local"_s, preset.local},     {u"keyPage"_s, preset.keyPage}};
    }
    return list;
}

QVariantList ProviderSettings::detected() const
{
    return m_detected;
}

bool ProviderSettings::detecting() const
{
    return m_detecting;
}

bool ProviderSettings::detectionDone() const
{
    return m_detectionDone;
}

void ProviderSettings::detect()
{
    if (!m_detecting) {
        runDetect();
    }
}

QCoro::Task<> ProviderSettings::runDetect()
{
    QPointer<ProviderSettings> self(this);
    m_detecting = true;
    Q_EMIT detectedChanged();
    const QList<LocalServerProbe::Server> servers = co_await m_probe->probe();
    if (!self) {
        co_return;
    }
    m_detected.clear();
    for (const LocalServerProbe::Server &server : servers) {
        m_detected << QVariantMap{{u"presetId"_s, server.presetId},
                                  {u"name"_s, server.name},
                                  {u"baseUrl"_s, server.baseUrl.toString()},
                                  {u"models"_s, server.models}};
    }
    m_detecting = false;
    m_detectionDone = true;
    Q_EMIT detectedChanged();
}

void ProviderSettings::remove(const QString &id)
{
    if (!m_core || id.isEmpty() || id == u"environment") {
        return;
    }
    m_core->secrets()->removeKey(id); // runs on by itself
    m_core->config()->removeProvider(id);
}
