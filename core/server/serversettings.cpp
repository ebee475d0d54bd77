// SPDX-License-Identifier: GPL-3.0-or-later
#include "serversettings.h"

#include "appconfig.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QStringList stringList(const QVariant &value)
{
    // QSettings gives a single-entry list back as a plain string.
    QStringList list = value.toStringList();
    if (list.isEmpty() && !value.toString().isEmpty()) {
        list = value.toString().split(u',', Qt::SkipEmptyParts);
    }
    for (QString &entry : list) {
        entry = entry.trimmed();
    }
    list.removeAll(QString());
    return list;
}
} // namespace

ServerSettings ServerSettings::load(const AppConfig &config)
{
    ServerSettings settings;
    settings.enabled = config.value(u"server/enabled"_s, false).toBool();
    const uint port = config.value(u"server/port"_s, defaultPort).toUInt();
    settings.port = port > 0 && port <= 65535 ? quint16(port) : defaultPort;
    const QStringList bind = stringList(config.value(u"server/bind"_s));
    if (!bind.isEmpty()) {
        settings.bind = bind;
    }
    settings.allowRemote = config.value(u"server/allowRemote"_s, false).toBool();
    settings.allowedOrigins = stringList(config.value(u"server/allowedOrigins"_s));
    settings.allowedHosts = stringList(config.value(u"server/allowedHosts"_s));
    settings.allowNullOrigin = config.value(u"server/allowNullOrigin"_s, false).toBool();
    settings.maxConcurrentRuns = std::max(1, config.value(u"server/maxConcurrentRuns"_s, 8).toInt());
    settings.maxConnections = std::max(8, config.value(u"server/maxConnections"_s, 256).toInt());
    settings.maxHeaderBytes = std::max<qint64>(1024, config.value(u"server/maxHeaderBytes"_s, 16 * 1024).toLongLong());
    settings.headerTimeout =
        std::chrono::milliseconds(std::max(1, config.value(u"server/headerTimeoutSeconds"_s, 10).toInt()) * 1000);
    settings.maxBodyBytes = std::max<qint64>(1024, config.value(u"server/maxBodyBytes"_s, 1024 * 1024).toLongLong());
    settings.keepAliveInterval =
        std::chrono::milliseconds(std::max(1, config.value(u"server/keepAliveSeconds"_s, 15).toInt()) * 1000);
    return settings;
}

void ServerSettings::save(AppConfig &config) const
{
    config.setValue(u"server/enabled"_s, enabled);
    config.setValue(u"server/port"_s, port);
    config.setValue(u"server/bind"_s, bind);
    config.setValue(u"server/allowRemote"_s, allowRemote);
    config.setValue(u"server/allowedOrigins"_s, allowedOrigins);
    config.setValue(u"server/allowedHosts"_s, allowedHosts);
    config.setValue(u"server/allowNullOrigin"_s, allowNullOrigin);
    config.setValue(u"server/maxConcurrentRuns"_s, maxConcurrentRuns);
    config.setValue(u"server/maxConnections"_s, maxConnections);
    config.setValue(u"server/maxHeaderBytes"_s, maxHeaderBytes);
    config.setValue(u"server/headerTimeoutSeconds"_s, qint64(headerTimeout.count() / 1000));
    config.setValue(u"server/maxBodyBytes"_s, maxBodyBytes);
    config.setValue(u"server/keepAliveSeconds"_s, qint64(keepAliveInterval.count() / 1000));
}

QList<QHostAddress> ServerSettings::addresses(QString *error) const
{
    QList<QHostAddress> list;
    for (const QString &entry : bind) {
        if (entry.compare(u"localhost"_s, Qt::CaseInsensitive) == 0) {
            list << QHostAddress(QHostAddress::LocalHost) << QHostAddress(QHostAddress::LocalHostIPv6);
            continue;
        }
        QString text = entry;
        if (text.startsWith(u'[') && text.endsWith(u']')) {
            text = text.mid(1, text.size() - 2);
        }
        const QHostAddress address(text);
        if (address.isNull()) {
            if (error) {
                *error = QCoreApplication::translate("ServerSettings", "Not an IP address to listen on: %1").arg(entry);
            }
            return {};
        }
        if (!list.contains(address)) {
            list << address;
        }
    }
    if (list.isEmpty() && error) {
        *error = QCoreApplication::translate("ServerSettings", "No address to listen on.");
    }
    return list;
}

bool ServerSettings::isLoopbackOnly() const
{
    const QList<QHostAddress> list = addresses();
    return !list.isEmpty() && std::all_of(list.begin(), list.end(), [](const QHostAddress &a) { return a.isLoopback(); });
}
