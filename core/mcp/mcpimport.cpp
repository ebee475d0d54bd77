// SPDX-License-Identifier: GPL-3.0-or-later
#include "mcpimport.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace {

QMap<QString, QString> stringMap(const QJsonValue &value)
{
    QMap<QString, QString> map;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        map.insert(it.key(), it.value().isString() ? it.value().toString() : it.value().toVariant().toString());
    }
    return map;
}

QString uniqueName(const QString &wanted, const QStringList &taken)
{
    if (!taken.contains(wanted, Qt::CaseInsensitive)) {
        return wanted;
    }
    for (int i = 2;; ++i) {
        const QString candidate = u"%1-%2"_s.arg(wanted).arg(i);
        if (!taken.contains(candidate, Qt::CaseInsensitive)) {
            return candidate;
        }
    }
}

} // namespace

McpImport::Result McpImport::parse(const QByteArray &json, const QStringList &existingNames)
{
    Result result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = tr("This is not valid JSON: %1 (at character %2).").arg(parseError.errorString()).arg(parseError.offset);
        return result;
    }
    const QJsonObject root = document.object();
    QJsonObject servers;
    if (root.value(u"mcpServers").isObject()) {
        servers = root.value(u"mcpServers").toObject();
    } else if (root.value(u"servers").isObject()) {
        servers = root.value(u"servers").toObject();
    } else {
        result.error = tr("No \"mcpServers\" object was found in this JSON.");
        return result;
    }

    QStringList taken = existingNames;
    for (auto it = servers.begin(); it != servers.end(); ++it) {
        const QString name = it.key().trimmed();
        if (!it.value().isObject()) {
            result.problems << tr("%1: left out, its entry is not an object.").arg(name);
            continue;
        }
        const QJsonObject entry = it.value().toObject();
        McpServerConfig config;
        config.name = name;
        const QString type = entry.value(u"type").toString().toLower();
        if (entry.contains(u"url") || type == u"http" || type == u"streamable-http" || type == u"streamablehttp") {
            if (type == u"sse") {
                result.problems
                    << tr("%1: left out, it uses the old HTTP+SSE transport, which Confab does not support.").arg(name);
                continue;
            }
            config.transport = McpServerConfig::Transport::Http;
            config.url = QUrl(entry.value(u"url").toString());
            config.headers = stringMap(entry.value(u"headers"));
        } else {
            config.command = entry.value(u"command").toString();
            for (const QJsonValue &arg : entry.value(u"args").toArray()) {
                config.args << (arg.isString() ? arg.toString() : arg.toVariant().toString());
            }
            config.env = stringMap(entry.value(u"env"));
            config.workingDir = entry.value(u"cwd").toString();
        }
        config.enabled = !entry.value(u"disabled").toBool(false);
        if (name.isEmpty()) {
            result.problems << tr("A server without a name was left out.");
            continue;
        }
        const QString problem = config.validationError();
        if (!problem.isEmpty()) {
            result.problems << tr("%1: left out. %2").arg(name, problem);
            continue;
        }
        config.name = uniqueName(name, taken);
        if (config.name != name) {
            result.problems << tr("%1: renamed to %2, that name is taken.").arg(name, config.name);
        }
        taken << config.name;
        result.servers << config;
    }
    return result;
}
