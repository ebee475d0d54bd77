// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agentsettings.h"
#include "chatdefaults.h"
#include "providerprofile.h"

#include <QObject>
#include <QSettings>
#include <QVariant>

/**
 * @brief Confab's settings, in `<data folder>/confab.conf` (INI), shared by the window, the
 * local server and the command line. API keys are never kept here (see SecretStore).
 *
 * Typed accessors cover what the core layers need; value()/setValue() serve the rest (window
 * geometry, appearance, server options) under a group name such as `server/port`.
 */
class AppConfig : public QObject
{
    Q_OBJECT

public:
    explicit AppConfig(const QString &dataDir, QObject *parent = nullptr);

    QString filePath() const;

    /** The configured providers, without their keys. */
    QList<ProviderProfile> providers() const;
    void setProviders(const QList<ProviderProfile> &providers);
    QString activeProviderId() const;
    void setActiveProviderId(const QString &id);
    /**
     * The provider in use: the active configured one, else one from OPENAI_API_KEY /
     * OPENAI_BASE_URL, else an invalid profile (the window then shows its onboarding).
     */
    ProviderProfile activeProvider() const;
    bool hasProvider() const;

    ChatDefaults chatDefaults() const;
    void setChatDefaults(const ChatDefaults &defaults);
    AgentSettings agentSettings() const;
    void setAgentSettings(const AgentSettings &settings);
    QStringList readableFolders() const;
    void setReadableFolders(const QStringList &folders);

    QVariant value(const QString &key, const QVariant &defaultValue = {}) const;
    void setValue(const QString &key, const QVariant &value);
    void sync();

Q_SIGNALS:
    /** Something under @p group (`providers`, `defaults`, `agent`, `server`, …) changed. */
    void changed(const QString &group);

private:
    mutable QSettings m_settings;
};
