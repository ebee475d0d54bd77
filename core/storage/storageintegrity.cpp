// SPDX-License-Identifier: GPL-3.0-or-later
// Storage: the integrity check after open, and what happens when the file turns out damaged.
#include "storage.h"

#include "databasefile.h"
#include "integritycheck.h"
#include "sqlsupport.h"
#include "storagelog.h"

using namespace Qt::StringLiterals;

bool Storage::isCheckingIntegrity() const
{
    return m_check && m_check->isRunning();
}

StorageError Storage::damage() const
{
    return m_damage;
}

void Storage::startIntegrityCheck()
{
    m_check = std::make_unique<IntegrityCheck>(m_path);
    connect(m_check.get(), &IntegrityCheck::finished, this, &Storage::onIntegrityChecked);
    m_check->start();
}

void Storage::onIntegrityChecked(const StorageError &result)
{
    const bool damaged = result.code == StorageError::Code::Corrupt || result.code == StorageError::Code::NotADatabase;
    if (damaged && !m_damage.isError()) {
        // No call is running now: the file can be moved aside at once.
        setDamage(result);
        moveDamagedFileAside();
    } else if (!result.isError()) {
        m_report.integrityChecked = true;
    }
    Q_EMIT integrityChecked(!result.isError());
}

void Storage::setDamage(const StorageError &error)
{
    qCWarning(lcStorage) << "The database is damaged; it is no longer read or written:" << error;
    m_damage = error;
    if (m_damage.path.isEmpty()) {
        m_damage.path = m_path;
    }
}

void Storage::markDamaged(const StorageError &error)
{
    if (m_damage.isError()) {
        return;
    }
    setDamage(error);
    // The failing call may still hold queries and a transaction on the connection: close it after that.
    QMetaObject::invokeMethod(this, &Storage::moveDamagedFileAside, Qt::QueuedConnection);
}

void Storage::moveDamagedFileAside()
{
    // Writers keep their unsaved text in memory; they can no longer save it.
    closeDatabase();
    StorageError moveError;
    const bool corrupt = m_damage.code == StorageError::Code::Corrupt;
    const QString moved = DatabaseFile::moveAside(m_path, corrupt ? u"corrupt"_s : u"not-a-database"_s, &moveError);
    StorageError told(m_damage.code, m_damage.detail, moved.isEmpty() ? m_path : moved);
    if (moved.isEmpty()) {
        told.detail += u"; "_s + moveError.detail;
        told.message = tr("The history database is damaged and could not be moved aside. Confab stopped saving to it; "
                          "what is on screen stays, but nothing more is saved.");
    } else {
        told.message = tr("The history database is damaged. Confab stopped saving to it and moved it aside; what is on "
                          "screen stays, but nothing more is saved. Restart Confab to start with an empty history.");
    }
    m_damage = told;
    qCWarning(lcStorage) << m_damage;
    Q_EMIT errorOccurred(m_damage);
}
