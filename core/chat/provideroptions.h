// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

/**
 * @brief What Confab keeps about a configured provider besides its ProviderProfile: the preset
 * it was made from and the request fields that turn the model's reasoning on and off there
 * (see ChatDefaults::reasoningOn / reasoningOff). Stored by AppConfig, per provider id.
 */
struct ProviderOptions
{
    QString presetId;
    QJsonObject reasoningOn;
    QJsonObject reasoningOff;
    /** False for servers that take no key (local servers): the key field stays empty. */
    bool needsKey = true;

    QJsonObject toJson() const;
    static ProviderOptions fromJson(const QJsonObject &object);

    friend bool operator==(const ProviderOptions &, const ProviderOptions &) = default;
};
