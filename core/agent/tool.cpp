// SPDX-License-Identifier: GPL-3.0-or-later
#include "tool.h"

#include <QMetaObject>

using namespace Qt::StringLiterals;

ToolOutput Tool::run(const QJsonObject &) const
{
    return ToolOutput::failure(u"%1 cannot be run this way"_s.arg(name()));
}

PendingToolCall *Tool::start(const QJsonObject &arguments, const QString &, QObject *parent) const
{
    // A synchronous tool used as an asynchronous one: answer from the event loop.
    auto *call = new PendingToolCall(parent);
    QMetaObject::invokeMethod(
        call, [this, call, arguments] { Q_EMIT call->finished(run(arguments)); }, Qt::QueuedConnection);
    return call;
}

QJsonObject Tool::definition() const
{
    return {
        {u"type"_s, u"function"_s},
        {u"function"_s, QJsonObject{{u"name"_s, name()}, {u"description"_s, description()}, {u"parameters"_s, parameters()}}}};
}
