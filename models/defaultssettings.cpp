// SPDX-License-Identifier: GPL-3.0-or-later
#include "defaultssettings.h"

#include "appconfig.h"
#include "appcore.h"
#include "backend.h"
#include "llmclient.h"

using namespace Qt::StringLiterals;

DefaultsSettings::DefaultsSettings(QObject *parent)
    : QObject(parent)
{
    setCore(Backend::core());
}

void DefaultsSettings::setCore(AppCore *core)
{
    disconnect(m_connection);
    m_core = core;
    if (core) {
        m_connection = connect(core->config(), &AppConfig::changed, this, [this](const QString &group) {
            if (group == u"defaults" || group == u"providers" || group == u"titles") {
                Q_EMIT changed();
            }
        });
    }
    Q_EMIT changed();
}

QString DefaultsSettings::model() const
{
    return m_core ? m_core->config()->chatDefaults().model : QString();
}

void DefaultsSettings::setModel(const QString &model)
{
    if (!m_core || model.trimmed() == this->model()) {
        return;
    }
    ChatDefaults defaults = m_core->config()->chatDefaults();
    defaults.model = model.trimmed();
    m_core->config()->setChatDefaults(defaults);
}

QString DefaultsSettings::providerModel() const
{
    return m_core ? m_core->config()->activeProvider().defaultModel : QString();
}

QString DefaultsSettings::systemPrompt() const
{
    return m_core ? m_core->config()->chatDefaults().systemPrompt : QString();
}

void DefaultsSettings::setSystemPrompt(const QString &prompt)
{
    if (!m_core || prompt == systemPrompt()) {
        return;
    }
    ChatDefaults defaults = m_core->config()->chatDefaults();
    defaults.systemPrompt = prompt;
    m_core->config()->setChatDefaults(defaults);
}

double DefaultsSettings::temperature() const
{
    return m_core ? m_core->config()->chatDefaults().temperature.value_or(-1.0) : -1.0;
}

void DefaultsSettings::setTemperature(double temperature)
{
    if (!m_core || qFuzzyCompare(temperature + 2, this->temperature() + 2)) {
        return;
    }
    ChatDefaults defaults = m_core->config()->chatDefaults();
    defaults.temperature = temperature < 0 ? std::nullopt : std::optional(std::clamp(temperature, 0.0, 2.0));
    m_core->config()->setChatDefaults(defaults);
}

int DefaultsSettings::maxTokens() const
{
    return m_core ? m_core->config()->chatDefaults().maxTokens.value_or(0) : 0;
}

void DefaultsSettings::setMaxTokens(int tokens)
{
    if (!m_core || tokens == maxTokens()) {
        return;
    }
    ChatDefaults defaults = m_core->config()->chatDefaults();
    defaults.maxTokens = tokens <= 0 ? std::nullopt : std::optional(tokens);
    m_core->config()->setChatDefaults(defaults);
}

bool DefaultsSettings::reasoning() const
{
    return !m_core || m_core->config()->chatDefaults().reasoning;
}

void DefaultsSettings::setReasoning(bool on)
{
    if (!m_core || on == reasoning()) {
        return;
    }
    ChatDefaults defaults = m_core->config()->chatDefaults();
    defaults.reasoning = on;
    m_core->config()->setChatDefaults(defaults);
}

bool DefaultsSettings::tools() const
{
    return !m_core || m_core->config()->chatDefaults().toolsEnabled;
}

void DefaultsSettings::setTools(bool on)
{
    if (!m_core || on == tools()) {
        return;
    }
    ChatDefaults defaults = m_core->config()->chatDefaults();
    defaults.toolsEnabled = on;
    m_core->config()->setChatDefaults(defaults);
}

bool DefaultsSettings::generateTitles() const
{
    return !m_core || m_core->config()->generateTitles();
}

void DefaultsSettings::setGenerateTitles(bool on)
{
    if (m_core) {
        m_core->config()->setGenerateTitles(on);
    }
}

QStringList DefaultsSettings::models() const
{
    return m_models;
}

QString DefaultsSettings::modelsMessage() const
{
    return m_modelsMessage;
}

void DefaultsSettings::refreshModels()
{
    listModels();
}

QCoro::Task<> DefaultsSettings::listModels()
{
    QPointer<DefaultsSettings> self(this);
    if (!m_core) {
        co_return;
    }
    m_modelsMessage = tr("Asking the provider…");
    Q_EMIT modelsChanged();
    const ModelListResult result = co_await m_core->llm()->listModels();
    if (!self) {
        co_return;
    }
    m_models.clear();
    for (const ModelInfo &model : result.models) {
        m_models << model.id;
    }
    m_modelsMessage = result.ok() ? QString() : result.error.message();
    Q_EMIT modelsChanged();
}
