// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agentsettings.h"
#include "assistant.h"
#include "chatdefaults.h"
#include "provideroptions.h"
#include "providerprofile.h"

#include <QObject>
#include <QSettings>
#include <QTimer>
#include <QUrl>
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
    /** The preset and reasoning switches of provider @p id (defaults when none were saved). */
    ProviderOptions providerOptions(const QString &id) const;
    void setProviderOptions(const QString &id, const ProviderOptions &options);
    /**
     * Adds @p profile (a new id when it has none) or replaces the one with its id, with its
     * options, and makes it the active provider when @p activate. Returns the id.
     */
    QString saveProvider(ProviderProfile profile, const ProviderOptions &options, bool activate);
    /** Removes provider @p id and its options; another one becomes active if it was. */
    void removeProvider(const QString &id);

    ChatDefaults chatDefaults() const;
    void setChatDefaults(const ChatDefaults &defaults);
    AgentSettings agentSettings() const;
    void setAgentSettings(const AgentSettings &settings);
    QStringList readableFolders() const;
    void setReadableFolders(const QStringList &folders);

    /** The reusable presets ("assistants"). */
    QList<Assistant> assistants() const;
    void setAssistants(const QList<Assistant> &assistants);

    /** Whether a title is asked of the model after a conversation's first exchange (default on). */
    bool generateTitles() const;
    void setGenerateTitles(bool generate);

    /**
     * Whether the user chose to keep API keys in a file readable only by them when no keychain
     * answers (default off). The file is keyFilePath().
     */
    bool keyFileAllowed() const;
    void setKeyFileAllowed(bool allowed);
    QString keyFilePath() const;

    /** Whether the window uses a remote Confab / MineContext server instead of the embedded agent. */
    bool remoteBackendEnabled() const;
    /** The remote server's base URL, e.g. `http://127.0.0.1:1733` (its token is in SecretStore). */
    QUrl remoteBackendUrl() const;
    void setRemoteBackend(bool enabled, const QUrl &url);

    QVariant value(const QString &key, const QVariant &defaultValue = {}) const;
    void setValue(const QString &key, const QVariant &value);
    /**
     * Writes pending changes to filePath() now (every change is also written on the next turn of
     * the event loop). Returns false when the file could not be written (a folder that cannot be
     * created, no permission, a full disk); errorString() then says so and syncFailed() is emitted.
     */
    bool sync();
    /** Why the last sync() failed, for the user (translated); empty after one that succeeded. */
    QString errorString() const
    {
        return m_error;
    }

Q_SIGNALS:
    /** Something under @p group (`providers`, `defaults`, `agent`, `server`, …) changed. */
    void changed(const QString &group);
    /** The settings could not be written; @p message is errorString(). */
    void syncFailed(const QString &message);

private:
    QString m_dataDir;
    mutable QSettings m_settings;
    QTimer m_syncTimer;
    QString m_error;
};
