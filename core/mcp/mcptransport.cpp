// SPDX-License-Identifier: GPL-3.0-or-later
#include "mcptransport.h"

#include "mcpserverlog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

McpTransport::McpTransport(McpServerLog *log, QObject *parent)
    : QObject(parent)
    , m_log(log)
{ }

void McpTransport::forget(qint64)
{ }

void McpTransport::setProtocolVersion(const QString &)
{ }

McpServerLog *McpTransport::log() const
{
    return m_log;
}

QList<QJsonObject> McpTransport::parse(QByteArrayView json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    QList<QJsonObject> messages;
    if (error.error == QJsonParseError::NoError && document.isObject()) {
        messages << document.object();
    } else if (error.error == QJsonParseError::NoError && document.isArray()) {
        for (const QJsonValue &value : document.array()) {
            if (value.isObject()) {
                messages << value.toObject();
            }
        }
    }
    messages.removeIf([](const QJsonObject &m) { return m.value(u"jsonrpc") != u"2.0"_s; });
    if (messages.isEmpty()) {
        const QString sample = QString::fromUtf8(json.first(qMin<qsizetype>(json.size(), 200)));
        if (m_log) {
            m_log->note(QCoreApplication::translate("McpTransport", "Ignored output that is not an MCP message: %1").arg(sample));
        }
        Q_EMIT noise(sample);
    }
    return messages;
}
