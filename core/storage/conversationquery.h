// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

/**
 * @brief Which conversations to list, in which order, and which page.
 *
 * By default: unarchived conversations, pinned first, then by last activity (newest first), 50 per page.
 * `metadataFilter` keeps the conversations whose metadata has each given key with an equal value (strings,
 * numbers and booleans), for example `{"page_name": "home"}`.
 */
struct ConversationQuery
{
    enum class Archived {
        Exclude,
        Include,
        Only,
    };

    int limit = 50; ///< at most this many; 0 or less means no limit
    int offset = 0;
    Archived archived = Archived::Exclude;
    bool pinnedFirst = true;
    QJsonObject metadataFilter;
};
