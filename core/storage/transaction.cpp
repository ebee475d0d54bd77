// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "sqlsupport.h"

using namespace Qt::StringLiterals;

Transaction::Transaction(const QSqlDatabase &db, Durability durability)
    : m_db(db)
    , m_durability(durability)
{ }

Transaction::~Transaction()
{
    rollback();
}

StorageError Transaction::begin()
{
    StorageError error;
    QSqlQuery query(m_db);
    if (m_durability == Durability::Full) {
        // The level cannot change inside a transaction, so it is raised before BEGIN.
        if (!Sql::exec(query, u"PRAGMA synchronous = FULL"_s, {}, &error)) {
            return error;
        }
        m_synchronousRaised = true;
    }
    if (!Sql::exec(query, u"BEGIN IMMEDIATE"_s, {}, &error)) {
        restoreSynchronous();
        return error;
    }
    m_active = true;
    return {};
}

StorageError Transaction::commit()
{
    if (!m_active) {
        return StorageError(StorageError::Code::Internal, u"commit without an open transaction"_s);
    }
    StorageError error;
    QSqlQuery query(m_db);
    if (!Sql::exec(query, u"COMMIT"_s, {}, &error)) {
        rollback();
        return error;
    }
    m_active = false;
    restoreSynchronous();
    return {};
}

void Transaction::rollback()
{
    if (m_active) {
        QSqlQuery query(m_db);
        // After some errors SQLite has already rolled back; a failing ROLLBACK then changes nothing.
        query.exec(u"ROLLBACK"_s);
        m_active = false;
    }
    restoreSynchronous();
}

void Transaction::restoreSynchronous()
{
    if (m_synchronousRaised) {
        QSqlQuery query(m_db);
        query.exec(u"PRAGMA synchronous = NORMAL"_s);
        m_synchronousRaised = false;
    }
}
