// SPDX-License-Identifier: GPL-3.0-or-later
#include "remotesettings.h"

#include "appconfig.h"
#include "appcore.h"
#include "backend.h"
#include "remotechatclient.h"
#include "secretstore.h"

using namespace Qt::StringLiterals;

RemoteSettings::RemoteSettings(QObject *parent)
    : QObject(parent)
{
    setCore(Backend::core());
}

void RemoteSettings::setCore(AppCore *core)
{
    m_core = core;
    m_url = core ? core->config()->value(u"remote/url"_s).toString() : QString();
    Q_EMIT changed();
}

bool RemoteSettings::enabled() const
{
    return m_core && m_core->config()->remoteBackendEnabled();
}

QString RemoteSettings::url() const
{
    return m_url;
}

void RemoteSettings::setUrl(const QString &url)
{
    if (m_url != url) {
        m_url = url;
        Q_EMIT changed();
    }
}

QString RemoteSettings::token() const
{
    return m_token;
}

void RemoteSettings::setToken(const QString &token)
{
    if (m_token != token) {
        m_token = token;
        Q_EMIT changed();
    }
}

QString RemoteSettings::urlError() const
{
    const QUrl url(m_url.trimmed(), QUrl::StrictMode);
    if (m_url.trimmed().isEmpty()) {
        return tr("Enter the server's address, such as http://127.0.0.1:1733.");
    }
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty()) {
        return tr("This is not a web address. It must start with http:// or https:// and name a host, such as "
                  "http://127.0.0.1:1733.");
    }
    return {};
}

bool RemoteSettings::testing() const
{
    return m_testing;
}

bool RemoteSettings::testOk() const
{
    return m_testOk;
}

QString RemoteSettings::testMessage() const
{
    return m_testMessage;
}

void RemoteSettings::test()
{
    if (!urlError().isEmpty()) {
        m_testOk = false;
        m_testMessage = urlError();
        Q_EMIT testChanged();
        return;
    }
    runTest();
}

QCoro::Task<> RemoteSettings::runTest()
{
    QPointer<RemoteSettings> self(this);
    m_testing = true;
    m_testMessage = tr("Connecting…");
    Q_EMIT testChanged();
    RemoteChatClient client;
    client.setBaseUrl(QUrl(m_url.trimmed()));
    QString token = m_token.trimmed();
    if (token.isEmpty() && m_core) {
        const SecretStore::Result stored = co_await m_core->secrets()->readKey(AppCore::remoteTokenAccount());
        if (!self) {
            co_return;
        }
        token = stored.ok() ? stored.secret : QString();
    }
    client.setToken(token);
    const QString error = co_await client.check();
    if (!self) {
        co_return;
    }
    m_testing = false;
    m_testOk = error.isEmpty();
    m_testMessage = error.isEmpty() ? tr("The server answered and accepted the token.") : error;
    Q_EMIT testChanged();
}

bool RemoteSettings::apply(bool enabled)
{
    if (!m_core || (enabled && !urlError().isEmpty())) {
        return false;
    }
    const QString token = m_token.trimmed();
    if (!token.isEmpty()) {
        m_core->rememberRemoteToken(token);
        m_core->secrets()->writeKey(AppCore::remoteTokenAccount(), token); // runs on by itself
        m_token.clear();
    }
    m_core->config()->setRemoteBackend(enabled, QUrl(m_url.trimmed()));
    Q_EMIT changed();
    return true;
}
