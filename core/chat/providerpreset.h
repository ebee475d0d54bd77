// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "provideroptions.h"
#include "providerprofile.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

/**
 * @brief A known OpenAI-compatible provider: where it listens, whether it needs a key, where
 * to get one, and how its requests switch reasoning on and off.
 *
 * The presets are OpenAI, DeepSeek, OpenRouter, Mistral, Groq, Ollama, LM Studio, the
 * llama.cpp server, vLLM and "custom". Local servers (#local) listen on a loopback port;
 * those with #detect set are looked for on it at first start (LocalServerProbe).
 */
struct ProviderPreset
{
    QString id;
    QString name;
    QString baseUrl; ///< with the API version path; empty for "custom"
    QString keyPage; ///< where to create an API key; empty when none is needed
    QString suggestedModel; ///< a sensible first model, when the provider has a stable one
    QJsonObject reasoningOn;
    QJsonObject reasoningOff;
    quint16 port = 0; ///< the default loopback port of a local server
    bool needsKey = true;
    bool local = false;
    bool detect = false; ///< probed on its default port at first start

    static QList<ProviderPreset> all();
    static std::optional<ProviderPreset> find(const QString &id);
    /** A profile for this preset (no key, no id yet). */
    ProviderProfile profile() const;
    ProviderOptions options() const;
};
