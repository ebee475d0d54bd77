// SPDX-License-Identifier: GPL-3.0-or-later
#include "contextnode.h"

#include "attachmentreader.h"
#include "workflowstate.h"
#include "workflowwait.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

StreamEvent::Stage ContextNode::stage() const
{
    return StreamEvent::Stage::ContextGathering;
}

bool ContextNode::isEnabled(const WorkflowState &state) const
{
    return !state.context.selectedContent.trimmed().isEmpty() || !state.context.attachments.isEmpty() ||
        !state.context.documentId.isEmpty();
}

QCoro::Task<> ContextNode::run(WorkflowState &state)
{
    state.emitEvent(StreamEvent::Type::Running, StreamEvent::Stage::ContextGathering, tr("Collecting context..."), {}, 0.15);
    QStringList warnings;
    if (!state.context.selectedContent.trimmed().isEmpty()) {
        state.contextItems << ContextItem{u"selection"_s, tr("Selected text"), state.context.selectedContent};
    }
    QList<Attachment> files = state.context.attachments;
    if (!state.context.documentId.isEmpty()) {
        const auto document =
            state.settings.documentLookup ? state.settings.documentLookup(state.context.documentId) : std::nullopt;
        if (document) {
            files.prepend(*document);
        } else {
            warnings << tr("Document %1 not found").arg(state.context.documentId);
        }
    }

    if (!files.isEmpty()) {
        const qsizetype limit = state.settings.attachmentCharLimit;
        QFutureWatcher<QList<AttachmentReader::Result>> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &state.gate, &RunGate::wake);
        watcher.setFuture(QtConcurrent::run(state.pool, [files, limit] {
            QList<AttachmentReader::Result> results;
            for (const Attachment &file : files) {
                results << AttachmentReader::read(file, limit);
            }
            return results;
        }));
        while (!watcher.isFinished() && !state.interrupted) {
            co_await state.gate.next();
        }
        if (state.stopped()) {
            co_return;
        }
        const QList<AttachmentReader::Result> results = watcher.result();
        for (qsizetype i = 0; i < files.size(); ++i) {
            const AttachmentReader::Result &read = results.at(i);
            const QString name = files.at(i).name.isEmpty() ? QFileInfo(files.at(i).path).fileName() : files.at(i).name;
            if (!read.ok) {
                warnings << read.error;
            } else if (read.image) {
                state.images << *read.image;
            } else {
                state.contextItems << ContextItem{u"file"_s, name, read.text};
                if (read.truncated) {
                    warnings << tr("%1 was shortened to its first %2 characters").arg(name).arg(limit);
                }
            }
        }
    }

    QJsonArray items;
    for (const ContextItem &item : std::as_const(state.contextItems)) {
        items.append(QJsonObject{{u"source"_s, item.source}, {u"title"_s, item.title}, {u"chars"_s, item.content.size()}});
    }
    QJsonObject metadata{{u"items"_s, items}, {u"images"_s, state.images.size()}};
    if (!warnings.isEmpty()) {
        metadata.insert(u"warnings"_s, QJsonArray::fromStringList(warnings));
    }
    const int count = int(state.contextItems.size() + state.images.size());
    QString message = tr("Added %n context items", nullptr, count);
    if (!warnings.isEmpty()) {
        message += u" ("_s + warnings.join(u"; "_s) + u')';
    }
    state.emitEvent(StreamEvent::Type::Done, StreamEvent::Stage::ContextGathering, message, metadata, 0.25);
}
