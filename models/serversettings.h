// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class AppCore;

/**
 * @brief The local server's settings page: on/off, port, bind address, allowed origins and
 * hosts, kept under `server/...` in the settings file (the server reads them). A value is
 * saved only when it is valid; the error properties say what is wrong otherwise.
 *
 * The bearer token belongs to the server (issue 6): #tokenAvailable stays false and
 * rotateToken() does nothing until the server's token API is wired here.
 */
class ServerSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool enabled READ enabled WRITE setEnabled NOTIFY changed)
    Q_PROPERTY(int port READ port NOTIFY changed)
    Q_PROPERTY(QString bindAddress READ bindAddress NOTIFY changed)
    /// One origin per line, e.g. `http://localhost:5173`.
    Q_PROPERTY(QString allowedOrigins READ allowedOrigins NOTIFY changed)
    /// One host name per line.
    Q_PROPERTY(QString allowedHosts READ allowedHosts NOTIFY changed)
    Q_PROPERTY(bool exposed READ exposed NOTIFY changed)
    Q_PROPERTY(QString portError READ portError NOTIFY errorsChanged)
    Q_PROPERTY(QString bindError READ bindError NOTIFY errorsChanged)
    Q_PROPERTY(QString originsError READ originsError NOTIFY errorsChanged)
    Q_PROPERTY(QString hostsError READ hostsError NOTIFY errorsChanged)
    Q_PROPERTY(bool tokenAvailable READ tokenAvailable NOTIFY tokenChanged)
    Q_PROPERTY(QString token READ token NOTIFY tokenChanged)

public:
    static constexpr int DefaultPort = 1733;

    explicit ServerSettings(QObject *parent = nullptr);
    void setCore(AppCore *core);

    bool enabled() const;
    void setEnabled(bool enabled);
    int port() const;
    QString bindAddress() const;
    QString allowedOrigins() const;
    QString allowedHosts() const;
    /** True when the bind address is not a loopback one (the server is reachable from the network). */
    bool exposed() const;
    QString portError() const;
    QString bindError() const;
    QString originsError() const;
    QString hostsError() const;
    bool tokenAvailable() const;
    QString token() const;

    /** Validates and saves; false (with #portError) when @p text is not a usable port. */
    Q_INVOKABLE bool setPortText(const QString &text);
    Q_INVOKABLE bool setBindText(const QString &text);
    Q_INVOKABLE bool setOriginsText(const QString &text);
    Q_INVOKABLE bool setHostsText(const QString &text);
    // ---- The token (issue 6): wire the server's token API here after merging it. ----
    Q_INVOKABLE void rotateToken();

Q_SIGNALS:
    void changed();
    void errorsChanged();
    void tokenChanged();

private:
    QPointer<AppCore> m_core;
    QMetaObject::Connection m_connection;
    QString m_portError;
    QString m_bindError;
    QString m_originsError;
    QString m_hostsError;
};
