// SPDX-License-Identifier: GPL-3.0-or-later
#include "serversettingsform.h"

#include "appconfig.h"
#include "appcore.h"
#include "backend.h"
#include "localserver.h"
#include "serversettings.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
QStringList lines(const QString &text)
{
    QStringList result;
    const QStringList parts = text.split(QRegularExpression(u"[\\n,]"_s));
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty()) {
            result << part.trimmed();
        }
    }
    return result;
}
} // namespace

ServerSettingsForm::ServerSettingsForm(QObject *parent)
    : QObject(parent)
{
    setCore(Backend::core());
    setServer(Backend::server());
}

void ServerSettingsForm::setCore(AppCore *core)
{
    disconnect(m_configConnection);
    m_core = core;
    if (core) {
        m_configConnection = connect(core->config(), &AppConfig::changed, this, [this](const QString &group) {
            if (group == u"server") {
                Q_EMIT changed();
            }
        });
    }
    Q_EMIT changed();
}

void ServerSettingsForm::setServer(LocalServer *server)
{
    disconnect(m_serverConnection);
    m_server = server;
    if (server) {
        m_serverConnection = connect(server, &LocalServer::listeningChanged, this, &ServerSettingsForm::statusChanged);
    }
    Q_EMIT tokenChanged();
    Q_EMIT statusChanged();
}

ServerSettings ServerSettingsForm::settings() const
{
    return m_core ? ServerSettings::load(*m_core->config()) : ServerSettings();
}

void ServerSettingsForm::save(const ServerSettings &settings)
{
    if (m_core) {
        settings.save(*m_core->config());
    }
}

bool ServerSettingsForm::enabled() const
{
    return settings().enabled;
}

void ServerSettingsForm::setEnabled(bool enabled)
{
    ServerSettings current = settings();
    current.enabled = enabled;
    save(current);
}

int ServerSettingsForm::port() const
{
    return settings().port;
}

QString ServerSettingsForm::bindAddress() const
{
    return settings().bind.join(u", "_s);
}

bool ServerSettingsForm::allowRemote() const
{
    return settings().allowRemote;
}

void ServerSettingsForm::setAllowRemote(bool allow)
{
    ServerSettings current = settings();
    current.allowRemote = allow;
    save(current);
    if (allow && !m_bindError.isEmpty()) {
        m_bindError.clear();
        Q_EMIT errorsChanged();
    }
}

bool ServerSettingsForm::allowNullOrigin() const
{
    return settings().allowNullOrigin;
}

void ServerSettingsForm::setAllowNullOrigin(bool allow)
{
    ServerSettings current = settings();
    current.allowNullOrigin = allow;
    save(current);
}

QString ServerSettingsForm::allowedOrigins() const
{
    return settings().allowedOrigins.join(u'\n');
}

QString ServerSettingsForm::allowedHosts() const
{
    return settings().allowedHosts.join(u'\n');
}

bool ServerSettingsForm::exposed() const
{
    return !settings().isLoopbackOnly();
}

QString ServerSettingsForm::portError() const
{
    return m_portError;
}

QString ServerSettingsForm::bindError() const
{
    return m_bindError;
}

QString ServerSettingsForm::originsError() const
{
    return m_originsError;
}

QString ServerSettingsForm::hostsError() const
{
    return m_hostsError;
}

bool ServerSettingsForm::setPortText(const QString &text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    m_portError = !ok || value < 1 || value > 65535 ? tr("A port is a number from 1 to 65535.")
        : value < 1024                              ? tr("Ports below 1024 need administrator rights; choose 1024 or above.")
                                                    : QString();
    Q_EMIT errorsChanged();
    if (!m_portError.isEmpty() || !m_core) {
        return false;
    }
    ServerSettings current = settings();
    current.port = quint16(value);
    save(current);
    return true;
}

bool ServerSettingsForm::setBindText(const QString &text)
{
    ServerSettings wanted = settings();
    wanted.bind = text.split(QRegularExpression(u"[\\s,]+"_s), Qt::SkipEmptyParts);
    m_bindError.clear();
    if (wanted.bind.isEmpty()) {
        m_bindError = tr("Enter an IP address, such as 127.0.0.1 (this computer only) or ::1.");
    } else {
        QString error;
        const QList<QHostAddress> addresses = wanted.addresses(&error);
        if (addresses.isEmpty()) {
            m_bindError = tr("Enter IP addresses, such as 127.0.0.1 (this computer only) or ::1: %1").arg(error);
        } else if (!wanted.allowRemote && !wanted.isLoopbackOnly()) {
            m_bindError = tr("Other computers could reach %1: turn on “Allow other computers” first.").arg(text.trimmed());
        }
    }
    Q_EMIT errorsChanged();
    if (!m_bindError.isEmpty() || !m_core) {
        return false;
    }
    save(wanted);
    return true;
}

bool ServerSettingsForm::setOriginsText(const QString &text)
{
    const QStringList origins = lines(text);
    m_originsError.clear();
    for (const QString &origin : origins) {
        const QUrl url(origin, QUrl::StrictMode);
        if (origin == u"*") {
            m_originsError = tr("“*” would let every web page use the server; list the origins one by one.");
        } else if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty() ||
                   (!url.path().isEmpty() && url.path() != u"/")) {
            m_originsError =
                tr("“%1” is not an origin. Write the scheme, host and port only, such as http://localhost:5173.").arg(origin);
        }
        if (!m_originsError.isEmpty()) {
            break;
        }
    }
    Q_EMIT errorsChanged();
    if (!m_originsError.isEmpty() || !m_core) {
        return false;
    }
    QStringList normalized;
    for (const QString &origin : origins) {
        normalized << QUrl(origin).adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
    }
    ServerSettings current = settings();
    current.allowedOrigins = normalized;
    save(current);
    return true;
}

bool ServerSettingsForm::setHostsText(const QString &text)
{
    static const QRegularExpression hostName(u"^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$"_s);
    const QStringList hosts = lines(text);
    m_hostsError.clear();
    for (const QString &host : hosts) {
        if (!hostName.match(host).hasMatch() && QHostAddress(host).isNull()) {
            m_hostsError = tr("“%1” is not a host name. Write names such as my-laptop.local, one per line.").arg(host);
            break;
        }
    }
    Q_EMIT errorsChanged();
    if (!m_hostsError.isEmpty() || !m_core) {
        return false;
    }
    ServerSettings current = settings();
    current.allowedHosts = hosts;
    save(current);
    return true;
}

bool ServerSettingsForm::tokenAvailable() const
{
    return m_server != nullptr;
}

QString ServerSettingsForm::token() const
{
    return m_server ? m_server->token() : QString();
}

QString ServerSettingsForm::tokenError() const
{
    return m_tokenError;
}

void ServerSettingsForm::rotateToken()
{
    if (!m_server) {
        return;
    }
    QString error;
    m_tokenError = m_server->rotateToken(&error) ? QString() : error;
    Q_EMIT tokenChanged();
}

bool ServerSettingsForm::listening() const
{
    return m_server && m_server->isListening();
}

QString ServerSettingsForm::status() const
{
    if (!m_server) {
        return tr("The server is not available in this window.");
    }
    if (m_server->isListening()) {
        return tr("Listening on %1").arg(m_server->baseUrl());
    }
    if (enabled() && !m_server->lastError().isEmpty()) {
        return tr("Could not start: %1").arg(m_server->lastError());
    }
    return tr("Off");
}
