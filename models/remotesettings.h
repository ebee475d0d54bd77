// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <QCoroTask>

class AppCore;

/**
 * @brief The "Remote backend" settings: use another Confab (or a MineContext-compatible
 * server) instead of the embedded agent. The address is saved in the settings file, the
 * token with SecretStore; test() checks both against the server before apply() switches.
 */
class RemoteSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool enabled READ enabled NOTIFY changed)
    Q_PROPERTY(QString url READ url WRITE setUrl NOTIFY changed)
    /// Typed by the user; never read back from the keychain into the form.
    Q_PROPERTY(QString token READ token WRITE setToken NOTIFY changed)
    Q_PROPERTY(QString urlError READ urlError NOTIFY changed)
    Q_PROPERTY(bool testing READ testing NOTIFY testChanged)
    Q_PROPERTY(bool testOk READ testOk NOTIFY testChanged)
    Q_PROPERTY(QString testMessage READ testMessage NOTIFY testChanged)

public:
    explicit RemoteSettings(QObject *parent = nullptr);
    void setCore(AppCore *core);

    bool enabled() const;
    QString url() const;
    void setUrl(const QString &url);
    QString token() const;
    void setToken(const QString &token);
    QString urlError() const;
    bool testing() const;
    bool testOk() const;
    QString testMessage() const;

    Q_INVOKABLE void test();
    /** Saves the address (and the token, if typed) and turns the remote backend on or off. */
    Q_INVOKABLE bool apply(bool enabled);

Q_SIGNALS:
    void changed();
    void testChanged();

private:
    QCoro::Task<> runTest();

    QPointer<AppCore> m_core;
    QString m_url;
    QString m_token;
    QString m_testMessage;
    bool m_testing = false;
    bool m_testOk = false;
};
