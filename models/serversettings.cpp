// SPDX-License-Identifier: GPL-3.0-or-later
#include "serversettings.h"

#include "appconfig.h"
#include "appcore.h"
#include "backend.h"

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

ServerSettings::ServerSettings(QObject *parent)
    : QObject(parent)
{
    setCore(Backend::core());
}

void ServerSettings::setCore(AppCore *core)
{
    disconnect(m_connection);
    m_core = core;
    if (core) {
        m_connection = connect(core->config(), &AppConfig::changed, this, [this](const QString &group) {
            if (group == u"server") {
                Q_EMIT changed();
            }
        });
    }
    Q_EMIT changed();
}

bool ServerSettings::enabled() const
{
    return m_core && m_core->config()->value(u"server/enabled"_s, false).toBool();
}

void ServerSettings::setEnabled(bool enabled)
{
    if (m_core) {
        m_core->config()->setValue(u"server/enabled"_s, enabled);
    }
}

int ServerSettings::port() const
{
    return m_core ? m_core->config()->value(u"server/port"_s, DefaultPort).toInt() : DefaultPort;
}

QString ServerSettings::bindAddress() const
{
    return m_core ? m_core->config()->value(u"server/bind"_s, u"127.0.0.1"_s).toString() : u"127.0.0.1"_s;
}

QString ServerSettings::allowedOrigins() const
{
    return m_core ? m_core->config()->value(u"server/allowedOrigins"_s).toStringList().join(u'\n') : QString();
}

QString ServerSettings::allowedHosts() const
{
    return m_core ? m_core->config()->value(u"server/allowedHosts"_s).toStringList().join(u'\n') : QString();
}

bool ServerSettings::exposed() const
{
    const QHostAddress address(bindAddress());
    return !address.isNull() && !address.isLoopback();
}

QString ServerSettings::portError() const
{
    return m_portError;
}

QString ServerSettings::bindError() const
{
    return m_bindError;
}

QString ServerSettings::originsError() const
{
    return m_originsError;
}

QString ServerSettings::hostsError() const
{
    return m_hostsError;
}

bool ServerSettings::setPortText(const QString &text)
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
    m_core->config()->setValue(u"server/port"_s, value);
    return true;
}

bool ServerSettings::setBindText(const QString &text)
{
    const QHostAddress address(text.trimmed());
    m_bindError = address.isNull() ? tr("Enter an IP address, such as 127.0.0.1 (this computer only) or ::1.") : QString();
    Q_EMIT errorsChanged();
    if (!m_bindError.isEmpty() || !m_core) {
        return false;
    }
    m_core->config()->setValue(u"server/bind"_s, address.toString());
    return true;
}

bool ServerSettings::setOriginsText(const QString &text)
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
        normalized << QUrl(origin).adjusted(QUrl::StripTrailingSlash).toString();
    }
    m_core->config()->setValue(u"server/allowedOrigins"_s, normalized);
    return true;
}

bool ServerSettings::setHostsText(const QString &text)
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
    m_core->config()->setValue(u"server/allowedHosts"_s, hosts);
    return true;
}

bool ServerSettings::tokenAvailable() const
{
    return false;
}

QString ServerSettings::token() const
{
    return {};
}

void ServerSettings::rotateToken()
{
    // The server (issue 6) owns the token; this page shows and rotates it once that is merged.
}
