// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class AppCore;
class LocalServer;
struct ServerSettings;

/**
 * @brief The local server's settings page: on/off, port, addresses, remote access, allowed
 * origins and hosts (the `server/...` settings the server follows), its token and whether it
 * listens. A value is saved only when it is valid; the error properties say what is wrong.
 */
class ServerSettingsForm : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool enabled READ enabled WRITE setEnabled NOTIFY changed)
    Q_PROPERTY(int port READ port NOTIFY changed)
    /// The addresses to listen on, separated by commas.
    Q_PROPERTY(QString bindAddress READ bindAddress NOTIFY changed)
    Q_PROPERTY(bool allowRemote READ allowRemote WRITE setAllowRemote NOTIFY changed)
    /// One origin per line, e.g. `http://localhost:5173`.
    Q_PROPERTY(QString allowedOrigins READ allowedOrigins NOTIFY changed)
    Q_PROPERTY(bool allowNullOrigin READ allowNullOrigin WRITE setAllowNullOrigin NOTIFY changed)
    /// One host name per line.
    Q_PROPERTY(QString allowedHosts READ allowedHosts NOTIFY changed)
    /// True when an address is not a loopback one: the server is reachable from the network.
    Q_PROPERTY(bool exposed READ exposed NOTIFY changed)
    Q_PROPERTY(QString portError READ portError NOTIFY errorsChanged)
    Q_PROPERTY(QString bindError READ bindError NOTIFY errorsChanged)
    Q_PROPERTY(QString originsError READ originsError NOTIFY errorsChanged)
    Q_PROPERTY(QString hostsError READ hostsError NOTIFY errorsChanged)
    Q_PROPERTY(bool tokenAvailable READ tokenAvailable NOTIFY tokenChanged)
    Q_PROPERTY(QString token READ token NOTIFY tokenChanged)
    Q_PROPERTY(QString tokenError READ tokenError NOTIFY tokenChanged)
    Q_PROPERTY(bool listening READ listening NOTIFY statusChanged)
    /// One sentence: where the server listens, why it could not start, or that it is off.
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)

public:
    explicit ServerSettingsForm(QObject *parent = nullptr);
    void setCore(AppCore *core);
    void setServer(LocalServer *server);

    bool enabled() const;
    void setEnabled(bool enabled);
    int port() const;
    QString bindAddress() const;
    bool allowRemote() const;
    void setAllowRemote(bool allow);
    QString allowedOrigins() const;
    bool allowNullOrigin() const;
    void setAllowNullOrigin(bool allow);
    QString allowedHosts() const;
    bool exposed() const;
    QString portError() const;
    QString bindError() const;
    QString originsError() const;
    QString hostsError() const;
    bool tokenAvailable() const;
    QString token() const;
    QString tokenError() const;
    bool listening() const;
    QString status() const;

    /** Validates and saves; false (with #portError) when @p text is not a usable port. */
    Q_INVOKABLE bool setPortText(const QString &text);
    Q_INVOKABLE bool setBindText(const QString &text);
    Q_INVOKABLE bool setOriginsText(const QString &text);
    Q_INVOKABLE bool setHostsText(const QString &text);
    /** A new token: clients holding the old one get 401 from now on. */
    Q_INVOKABLE void rotateToken();

Q_SIGNALS:
    void changed();
    void errorsChanged();
    void tokenChanged();
    void statusChanged();

private:
    ServerSettings settings() const;
    void save(const ServerSettings &settings);

    QPointer<AppCore> m_core;
    QPointer<LocalServer> m_server;
    QMetaObject::Connection m_configConnection;
    QMetaObject::Connection m_serverConnection;
    QString m_portError;
    QString m_bindError;
    QString m_originsError;
    QString m_hostsError;
    QString m_tokenError;
};
