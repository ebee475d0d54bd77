// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storageerror.h"

#include <QSqlDatabase>

/**
 * @brief One write transaction (`BEGIN IMMEDIATE`), rolled back unless committed.
 *
 * `Full` durability syncs the commit to disk (`synchronous=FULL` around it) so it survives a power loss;
 * `Normal` (streaming batches) survives a crash of the app but may roll back on power loss.
 */
class Transaction
{
public:
    enum class Durability {
        Normal,
        Full,
    };

    explicit Transaction(const QSqlDatabase &db, Durability durability = Durability::Full);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    StorageError begin();
    StorageError commit();
    void rollback();

private:
    void restoreSynchronous();

    QSqlDatabase m_db;
    Durability m_durability;
    bool m_active = false;
    bool m_synchronousRaised = false;
};
