// SPDX-License-Identifier: GPL-3.0-or-later
#include "mcpservermodel.h"

#include "appcore.h"
#include "backend.h"
#include "mcpconnection.h"
#include "mcpmanager.h"
#include "mcpserverlog.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace {

QString joinMap(const QMap<QString, QString> &map, const QString &separator)
{
    QStringList lines;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        lines << it.key() + separator + it.value();
    }
    return lines.join(u'\n');
}

QMap<QString, QString> splitMap(const QString &text, QChar separator)
{
    QMap<QString, QString> map;
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype at = line.indexOf(separator);
        if (at > 0) {
            map.insert(line.left(at).trimmed(), line.mid(at + 1).trimmed());
        }
    }
    return map;
}

QVariantMap toFields(const McpServerConfig &config)
{
    return {{u"name"_s, config.name},
            {u"transport"_s, config.transport == McpServerConfig::Transport::Http ? u"http"_s : u"stdio"_s},
            {u"command"_s, config.command},
            {u"args"_s, config.args.join(u'\n')},
            {u"env"_s, joinMap(config.env, u"="_s)},
            {u"workingDir"_s, config.workingDir},
            {u"url"_s, config.url.toString()},
            {u"headers"_s, joinMap(config.headers, u": "_s)},
            {u"enabled"_s, config.enabled},
            {u"askBeforeCall"_s, config.askBeforeCall},
            {u"timeoutSeconds"_s, config.timeoutSeconds}};
}

McpServerConfig fromFields(const QVariantMap &fields)
{
    McpServerConfig config;
    config.name = fields.value(u"name"_s).toString().trimmed();
    config.transport =
        fields.value(u"transport"_s).toString() == u"http" ? McpServerConfig::Transport::Http : McpServerConfig::Transport::Stdio;
    config.command = fields.value(u"command"_s).toString().trimmed();
    for (const QString &arg : fields.value(u"args"_s).toString().split(u'\n')) {
        if (!arg.trimmed().isEmpty()) {
            config.args << arg.trimmed();
        }
    }
    config.env = splitMap(fields.value(u"env"_s).toString(), u'=');
    config.workingDir = fields.value(u"workingDir"_s).toString().trimmed();
    config.url = QUrl(fields.value(u"url"_s).toString().trimmed());
    config.headers = splitMap(fields.value(u"headers"_s).toString(), u':');
    config.enabled = fields.value(u"enabled"_s, true).toBool();
    config.askBeforeCall = fields.value(u"askBeforeCall"_s, true).toBool();
    config.timeoutSeconds = qBound(1, fields.value(u"timeoutSeconds"_s, 60).toInt(), 24 * 3600);
    return config;
}

} // namespace

McpServerModel::McpServerModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_logTimer.setSingleShot(true);
    m_logTimer.setInterval(100);
    connect(&m_logTimer, &QTimer::timeout, this, &McpServerModel::flushLogs);
    if (AppCore *core = Backend::core()) {
        setManager(core->findChild<McpManager *>());
    }
}

void McpServerModel::setManager(McpManager *manager)
{
    if (m_manager) {
        disconnect(m_manager, nullptr, this, nullptr);
    }
    beginResetModel();
    m_manager = manager;
    m_names.clear();
    if (m_manager) {
        for (const McpConnection *connection : m_manager->connections()) {
            m_names << connection->config().name;
        }
        connect(m_manager, &McpManager::connectionsChanged, this, &McpServerModel::sync);
        connect(m_manager, &McpManager::serverChanged, this, [this](const QString &name) {
            const int row = rowOf(name);
            if (row >= 0) {
                Q_EMIT dataChanged(index(row), index(row));
            }
        });
        connect(m_manager, &McpManager::serverLogChanged, this, [this](const QString &name) {
            m_logsChanged.insert(name);
            if (!m_logTimer.isActive()) {
                m_logTimer.start();
            }
        });
        connect(m_manager, &McpManager::serverProblem, this, &McpServerModel::problem);
    }
    endResetModel();
    Q_EMIT countChanged();
}

bool McpServerModel::isAvailable() const
{
    return m_manager != nullptr;
}

int McpServerModel::count() const
{
    return int(m_names.size());
}

int McpServerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_names.size());
}

QVariant McpServerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_manager) {
        return {};
    }
    const McpConnection *connection = m_manager->connection(m_names.at(index.row()));
    if (!connection) {
        return {};
    }
    const McpServerConfig &config = connection->config();
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return config.name;
    case TransportRole:
        return config.transport == McpServerConfig::Transport::Http ? u"http"_s : u"stdio"_s;
    case SummaryRole:
        return config.summary();
    case EnabledRole:
        return config.enabled;
    case AskBeforeCallRole:
        return config.askBeforeCall;
    case StatusRole:
        return int(connection->status());
    case StatusTextRole:
        return connection->statusText();
    case FailedRole:
        return connection->status() == McpConnection::Status::Failed;
    case ToolCountRole:
        return int(connection->tools().size());
    case ToolNamesRole: {
        QStringList names;
        for (const McpToolInfo &tool : connection->tools()) {
            names << tool.name;
        }
        return names;
    }
    case ServerInfoRole: {
        const McpClient *client = connection->client();
        if (!client || connection->status() != McpConnection::Status::Ready) {
            return QString();
        }
        return tr("%1 %2, MCP %3").arg(client->serverName(), client->serverVersion(), client->protocolVersion()).trimmed();
    }
    }
    return {};
}

QHash<int, QByteArray> McpServerModel::roleNames() const
{
    return {{NameRole, "name"},
            {TransportRole, "transport"},
            {SummaryRole, "summary"},
            {EnabledRole, "serverEnabled"},
            {AskBeforeCallRole, "askBeforeCall"},
            {StatusRole, "status"},
            {StatusTextRole, "statusText"},
            {FailedRole, "failed"},
            {ToolCountRole, "toolCount"},
            {ToolNamesRole, "toolNames"},
            {ServerInfoRole, "serverInfo"}};
}

QVariantMap McpServerModel::newServerFields() const
{
    return toFields(McpServerConfig{});
}

QVariantMap McpServerModel::fields(int row) const
{
    const McpConnection *connection = m_manager ? m_manager->connection(nameAt(row)) : nullptr;
    return connection ? toFields(connection->config()) : QVariantMap();
}

QString McpServerModel::addServer(const QVariantMap &fields)
{
    if (!m_manager) {
        return tr("MCP servers are not available.");
    }
    return m_manager->addServer(fromFields(fields));
}

QString McpServerModel::updateServer(int row, const QVariantMap &fields)
{
    if (!m_manager || nameAt(row).isEmpty()) {
        return tr("This server no longer exists.");
    }
    return m_manager->updateServer(nameAt(row), fromFields(fields));
}

void McpServerModel::removeServer(int row)
{
    if (m_manager) {
        m_manager->removeServer(nameAt(row));
    }
}

void McpServerModel::setEnabled(int row, bool enabled)
{
    if (m_manager) {
        m_manager->setEnabled(nameAt(row), enabled);
    }
}

void McpServerModel::setAskBeforeCall(int row, bool ask)
{
    if (m_manager) {
        m_manager->setAskBeforeCall(nameAt(row), ask);
    }
}

void McpServerModel::restart(int row)
{
    if (m_manager) {
        m_manager->restart(nameAt(row));
    }
}

QVariantMap McpServerModel::importJson(const QString &json)
{
    if (!m_manager) {
        return {{u"added"_s, 0}, {u"problems"_s, QStringList()}, {u"error"_s, tr("MCP servers are not available.")}};
    }
    const McpImport::Result result = m_manager->importJson(json.toUtf8());
    return {{u"added"_s, int(result.servers.size())}, {u"problems"_s, result.problems}, {u"error"_s, result.error}};
}

QVariantMap McpServerModel::importFile(const QUrl &file)
{
    QFile in(file.isLocalFile() ? file.toLocalFile() : file.toString());
    if (!in.open(QIODevice::ReadOnly)) {
        return {{u"added"_s, 0},
                {u"problems"_s, QStringList()},
                {u"error"_s, tr("Could not open %1: %2").arg(in.fileName(), in.errorString())}};
    }
    if (in.size() > 4 * 1024 * 1024) {
        return {{u"added"_s, 0},
                {u"problems"_s, QStringList()},
                {u"error"_s, tr("%1 is too large for a settings file.").arg(in.fileName())}};
    }
    return importJson(QString::fromUtf8(in.readAll()));
}

QString McpServerModel::log(int row) const
{
    const McpConnection *connection = m_manager ? m_manager->connection(nameAt(row)) : nullptr;
    return connection ? connection->log()->text() : QString();
}

void McpServerModel::clearLog(int row)
{
    if (McpConnection *connection = m_manager ? m_manager->connection(nameAt(row)) : nullptr) {
        connection->log()->clear();
    }
}

void McpServerModel::sync()
{
    QStringList names;
    for (const McpConnection *connection : m_manager->connections()) {
        names << connection->config().name;
    }
    if (names == m_names) {
        return;
    }
    if (names.size() == m_names.size()) {
        m_names = names; // a rename
        Q_EMIT dataChanged(index(0), index(int(m_names.size()) - 1));
        return;
    }
    for (int row = int(m_names.size()) - 1; row >= 0; --row) {
        if (!names.contains(m_names.at(row))) {
            beginRemoveRows({}, row, row);
            m_names.removeAt(row);
            endRemoveRows();
        }
    }
    for (int row = 0; row < names.size(); ++row) {
        if (!m_names.contains(names.at(row))) {
            const int at = qMin(row, int(m_names.size()));
            beginInsertRows({}, at, at);
            m_names.insert(at, names.at(row));
            endInsertRows();
        }
    }
    Q_EMIT countChanged();
}

void McpServerModel::flushLogs()
{
    const QSet<QString> changed = std::exchange(m_logsChanged, {});
    for (const QString &name : changed) {
        const int row = rowOf(name);
        if (row >= 0) {
            Q_EMIT logChanged(row);
        }
    }
}

int McpServerModel::rowOf(const QString &name) const
{
    return int(m_names.indexOf(name));
}

QString McpServerModel::nameAt(int row) const
{
    return row >= 0 && row < m_names.size() ? m_names.at(row) : QString();
}
