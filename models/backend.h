// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QUrl>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

class AppCore;
class LocalServer;
class QJSEngine;
class QQmlEngine;
class StorageError;

/**
 * @brief The window's door to the core services (settings, storage, chat service), as a QML
 * singleton. main() opens the AppCore and hands it over with setCore() before QML loads; list
 * models written in C++ reach the same services through core().
 *
 * Besides the state the window shows (a provider is configured, what happened at start), it
 * keeps the appearance settings (colour scheme, font size, chat width) and the window's own
 * state (geometry, sidebar width, last conversation) in the settings file, and does the data
 * chores of the settings page (export, import, open the data folder).
 */
class Backend : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString dataDir READ dataDir CONSTANT)
    Q_PROPERTY(QString databasePath READ databasePath CONSTANT)
    Q_PROPERTY(QString configPath READ configPath CONSTANT)
    Q_PROPERTY(bool hasProvider READ hasProvider NOTIFY providerChanged)
    Q_PROPERTY(QString providerName READ providerName NOTIFY providerChanged)
    Q_PROPERTY(QString startupNotice READ startupNotice CONSTANT)
    /// True when the window's turns go to a remote server instead of the embedded agent.
    Q_PROPERTY(bool remoteBackend READ remoteBackend NOTIFY remoteBackendChanged)
    /// "system", "light" or "dark".
    Q_PROPERTY(QString colorScheme READ colorScheme WRITE setColorScheme NOTIFY appearanceChanged)
    /// The base font size in points; 0 follows the system.
    Q_PROPERTY(int fontSize READ fontSize WRITE setFontSize NOTIFY appearanceChanged)
    /// The widest a conversation's column grows, in pixels.
    Q_PROPERTY(int chatWidth READ chatWidth WRITE setChatWidth NOTIFY appearanceChanged)
    /// The last storage failure (full disk, read-only database, settings that cannot be written,
    /// ...), for a banner; empty if none.
    Q_PROPERTY(QString storageError READ storageError NOTIFY storageErrorChanged)

public:
    /** No default constructor on purpose: Qt 6.4 only calls create() for such types. */
    explicit Backend(AppCore *core, QObject *parent);

    static void setCore(AppCore *core);
    static AppCore *core();
    /** The window's local server (main() hands it over like the core); null where there is none. */
    static void setServer(LocalServer *server);
    static LocalServer *server();
    static Backend *create(QQmlEngine *engine, QJSEngine *scriptEngine);
    /** A storage error as one sentence for the user, with the detail that helps (file, line). */
    static QString errorText(const StorageError &error);

    QString dataDir() const;
    QString databasePath() const;
    QString configPath() const;
    bool hasProvider() const;
    QString providerName() const;
    /** What the user must know about this start (a database moved aside, recovered replies). */
    QString startupNotice() const;
    bool remoteBackend() const;
    QString colorScheme() const;
    void setColorScheme(const QString &scheme);
    int fontSize() const;
    void setFontSize(int points);
    int chatWidth() const;
    void setChatWidth(int pixels);
    QString storageError() const;

    /** A setting of the window (`window/...`, `ui/...`); other groups are refused. */
    Q_INVOKABLE QVariant setting(const QString &key, const QVariant &defaultValue = {}) const;
    Q_INVOKABLE void setSetting(const QString &key, const QVariant &value);

    /** Whether conversation @p id exists (archived ones too): a restored window shows only what is there. */
    Q_INVOKABLE bool hasConversation(qint64 id) const;
    /** Exports every conversation as JSON to @p file. Returns an empty string, or the error. */
    Q_INVOKABLE QString exportAll(const QUrl &file);
    /** Imports a JSON export. Returns `{ok, message}`: how many came in, or what is wrong. */
    Q_INVOKABLE QVariantMap importFile(const QUrl &file);
    /** Opens the data folder in the file manager. */
    Q_INVOKABLE bool openDataFolder();
    Q_INVOKABLE void clearStorageError();

Q_SIGNALS:
    void providerChanged();
    void remoteBackendChanged();
    void appearanceChanged();
    void storageErrorChanged();

private:
    AppCore *m_core;
    QString m_storageError;
};
