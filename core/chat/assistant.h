// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

/**
 * @brief A reusable preset ("assistant"): a name, a system prompt and the parameters a
 * conversation should use. Applying one to a conversation copies them into its fields and
 * `parameters` (see ChatDefaults for the keys); unset values leave the defaults in force.
 */
struct Assistant
{
    QString id;
    QString name;
    QString systemPrompt;
    QString model; ///< empty: the default model
    std::optional<double> temperature;
    std::optional<int> maxTokens;
    std::optional<bool> reasoning;
    std::optional<bool> tools;

    /** @p parameters with this assistant's values set and its unset ones removed. */
    QJsonObject applyTo(QJsonObject parameters) const;

    QJsonObject toJson() const;
    static Assistant fromJson(const QJsonObject &object);

    friend bool operator==(const Assistant &, const Assistant &) = default;
};
