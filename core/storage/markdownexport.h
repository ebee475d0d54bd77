// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conversation.h"
#include "message.h"
#include "storageresult.h"

#include <QSqlDatabase>

/**
 * @brief Renders conversations as readable Markdown: the title, the model, then the shown branch of the
 * conversation, one section per message, with reasoning folded in `<details>` and tool calls as JSON blocks.
 */
class MarkdownExport
{
public:
    explicit MarkdownExport(const QSqlDatabase &db);

    /** The conversations @p ids (all when empty), separated by horizontal rules. */
    StorageResult<QString> render(const QList<qint64> &ids);

    static QString renderConversation(const Conversation &conversation, const QList<Message> &branch);

private:
    QSqlDatabase m_db;
};
