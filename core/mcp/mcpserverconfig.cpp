// SPDX-License-Identifier: GPL-3.0-or-later
#include "mcpserverconfig.h"

using namespace Qt::StringLiterals;

namespace {

QJsonObject mapToJson(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        object.insert(it.key(), it.value());
    }
    return object;
}

QMap<QString, QString> mapFromJson(const QJsonObject &object)
{
    QMap<QString, QString> map;
    for (auto it = object.begin(); it != object.end(); ++it) {
        map.insert(it.key(), it.value().isString() ? it.value().toString() : it.value().toVariant().toString());
    }
    return map;
}

} // namespace

QString McpServerConfig::validationError() const
{
    if (name.trimmed().isEmpty()) {
        return tr("The server needs a name.");
    }
    if (transport == Transport::Stdio) {
        if (command.trimmed().isEmpty()) {
            return tr("The server needs a command to start.");
        }
        return {};
    }
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty()) {
        return tr("The server needs an http:// or https:// address.");
    }
    return {};
}

QString McpServerConfig::summary() const
{
    if (transport == Transport::Http) {
        return url.toDisplayString();
    }
    QStringList parts{command};
    for (const QString &arg : args) {
        parts << (arg.contains(u' ') ? u'"' + arg + u'"' : arg);
    }
    return parts.join(u' ');
}

QJsonObject McpServerConfig::toJson() const
{
    QJsonObject object{{u"name"_s, name},
                       {u"transport"_s, transport == Transport::Http ? u"http"_s : u"stdio"_s},
                       {u"enabled"_s, enabled},
                       {u"askBeforeCall"_s, askBeforeCall},
                       {u"timeoutSeconds"_s, timeoutSeconds}};
    if (transport == Transport::Stdio) {
        object.insert(u"command"_s, command);
        object.insert(u"args"_s, QJsonArray::fromStringList(args));
        if (!env.isEmpty()) {
            object.insert(u"env"_s, mapToJson(env));
        }
        if (!workingDir.isEmpty()) {
            object.insert(u"cwd"_s, workingDir);
        }
    } else {
        object.insert(u"url"_s, url.toString());
        if (!headers.isEmpty()) {
            object.insert(u"headers"_s, mapToJson(headers));
        }
    }
    return object;
}

McpServerConfig McpServerConfig::fromJson(const QJsonObject &object)
{
    McpServerConfig config;
    config.name = object.value(u"name").toString();
    config.transport = object.value(u"transport").toString() == u"http" ? Transport::Http : Transport::Stdio;
    config.command = object.value(u"command").toString();
    for (const QJsonValue &arg : object.value(u"args").toArray()) {
        config.args << (arg.isString() ? arg.toString() : arg.toVariant().toString());
    }
    config.env = mapFromJson(object.value(u"env").toObject());
    config.workingDir = object.value(u"cwd").toString();
    config.url = QUrl(object.value(u"url").toString());
    config.headers = mapFromJson(object.value(u"headers").toObject());
    config.enabled = object.value(u"enabled").toBool(true);
    config.askBeforeCall = object.value(u"askBeforeCall").toBool(true);
    config.timeoutSeconds = qBound(1, object.value(u"timeoutSeconds").toInt(60), 24 * 3600);
    return config;
}

QJsonArray McpServerConfig::listToJson(const QList<McpServerConfig> &servers)
{
    QJsonArray array;
    for (const McpServerConfig &server : servers) {
        array.append(server.toJson());
    }
    return array;
}

QList<McpServerConfig> McpServerConfig::listFromJson(const QJsonArray &array)
{
    QList<McpServerConfig> servers;
    for (const QJsonValue &value : array) {
        if (value.isObject()) {
            servers << fromJson(value.toObject());
        }
    }
    return servers;
}
