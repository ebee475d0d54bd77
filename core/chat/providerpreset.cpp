// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerpreset.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
QJsonObject thinkingKwargs(bool on)
{
    // vLLM and the llama.cpp server pass these to the chat template (Qwen 3 and similar).
    return QJsonObject{{u"chat_template_kwargs"_s, QJsonObject{{u"enable_thinking"_s, on}}}};
}

QList<ProviderPreset> makePresets()
{
    QList<ProviderPreset> presets;
    auto add = [&presets](const QString &id, const QString &name, const QString &baseUrl) -> ProviderPreset & {
        ProviderPreset preset;
        preset.id = id;
        preset.name = name;
        preset.baseUrl = baseUrl;
        presets.append(preset);
        return presets.last();
    };
    {
        ProviderPreset &p = add(u"openai"_s, u"OpenAI"_s, u"https://api.openai.com/v1"_s);
        p.keyPage = u"https://platform.openai.com/api-keys"_s;
        p.suggestedModel = u"gpt-4o-mini"_s;
    }
    {
        ProviderPreset &p = add(u"deepseek"_s, u"DeepSeek"_s, u"https://api.deepseek.com/v1"_s);
        p.keyPage = u"https://platform.deepseek.com/api_keys"_s;
        p.suggestedModel = u"deepseek-chat"_s;
        p.reasoningOn = {{u"thinking"_s, QJsonObject{{u"type"_s, u"enabled"_s}}}};
        p.reasoningOff = {{u"thinking"_s, QJsonObject{{u"type"_s, u"disabled"_s}}}};
    }
    {
        ProviderPreset &p = add(u"openrouter"_s, u"OpenRouter"_s, u"https://openrouter.ai/api/v1"_s);
        p.keyPage = u"https://openrouter.ai/keys"_s;
        p.suggestedModel = u"openrouter/auto"_s;
        p.reasoningOn = {{u"reasoning"_s, QJsonObject{{u"enabled"_s, true}}}};
        p.reasoningOff = {{u"reasoning"_s, QJsonObject{{u"enabled"_s, false}}}};
    }
    {
        ProviderPreset &p = add(u"mistral"_s, u"Mistral"_s, u"https://api.mistral.ai/v1"_s);
        p.keyPage = u"https://console.mistral.ai/api-keys"_s;
        p.suggestedModel = u"mistral-small-latest"_s;
    }
    {
        ProviderPreset &p = add(u"groq"_s, u"Groq"_s, u"https://api.groq.com/openai/v1"_s);
        p.keyPage = u"https://console.groq.com/keys"_s;
        p.suggestedModel = u"llama-3.3-70b-versatile"_s;
    }
    {
        ProviderPreset &p = add(u"ollama"_s, u"Ollama"_s, u"http://127.0.0.1:11434/v1"_s);
        p.needsKey = false;
        p.local = true;
        p.detect = true;
        p.port = 11434;
        // Ollama's OpenAI layer turns thinking off only with reasoning_effort "none".
        p.reasoningOff = {{u"reasoning_effort"_s, u"none"_s}};
    }
    {
        ProviderPreset &p = add(u"lmstudio"_s, u"LM Studio"_s, u"http://127.0.0.1:1234/v1"_s);
        p.needsKey = false;
        p.local = true;
        p.detect = true;
        p.port = 1234;
    }
    {
        ProviderPreset &p = add(u"llamacpp"_s, u"llama.cpp server"_s, u"http://127.0.0.1:8080/v1"_s);
        p.needsKey = false;
        p.local = true;
        p.detect = true;
        p.port = 8080;
        p.reasoningOn = thinkingKwargs(true);
        p.reasoningOff = thinkingKwargs(false);
    }
    {
        ProviderPreset &p = add(u"vllm"_s, u"vLLM"_s, u"http://127.0.0.1:8000/v1"_s);
        p.needsKey = false;
        p.local = true;
        p.port = 8000;
        p.reasoningOn = thinkingKwargs(true);
        p.reasoningOff = thinkingKwargs(false);
    }
    {
        ProviderPreset &p = add(u"custom"_s, QCoreApplication::translate("ProviderPreset", "Custom (OpenAI-compatible)"), {});
        p.needsKey = false;
    }
    return presets;
}
} // namespace

QList<ProviderPreset> ProviderPreset::all()
{
    // Made on each call, so that "Custom" follows a change of language.
    return makePresets();
}

std::optional<ProviderPreset> ProviderPreset::find(const QString &id)
{
    const QList<ProviderPreset> presets = all();
    for (const ProviderPreset &preset : presets) {
        if (preset.id == id) {
            return preset;
        }
    }
    return std::nullopt;
}

ProviderProfile ProviderPreset::profile() const
{
    ProviderProfile profile;
    profile.name = name;
    profile.baseUrl = QUrl(baseUrl);
    profile.defaultModel = suggestedModel;
    return profile;
}

ProviderOptions ProviderPreset::options() const
{
    ProviderOptions options;
    options.presetId = id;
    options.reasoningOn = reasoningOn;
    options.reasoningOff = reasoningOff;
    options.needsKey = needsKey;
    return options;
}
