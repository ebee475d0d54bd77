// SPDX-License-Identifier: GPL-3.0-or-later
#include "integritycheck.h"

#include "sqlsupport.h"
#include "storagelog.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;

namespace {
std::atomic<int> checkCounter{0};
constexpr int reportedProblems = 5;
} // namespace

IntegrityCheck::IntegrityCheck(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
{ }

IntegrityCheck::~IntegrityCheck()
{
    if (m_thread) {
        m_thread->wait();
    }
}

void IntegrityCheck::start()
{
    if (m_thread) {
        return;
    }
    m_running = true;
    m_thread.reset(QThread::create([this] { m_result = run(m_path); }));
    // Queued to this object's thread: the result is read there only after the worker has ended.
    connect(m_thread.get(), &QThread::finished, this, [this] {
        m_running = false;
        Q_EMIT finished(m_result);
    });
    m_thread->start(QThread::LowPriority);
}

bool IntegrityCheck::isRunning() const
{
    return m_running;
}

StorageError IntegrityCheck::run(const QString &path)
{
    const QString name = u"confab.storage.check.%1"_s.arg(++checkCounter);
    QElapsedTimer timer;
    timer.start();
    StorageError result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open()) {
            result = Sql::toError(db.lastError(), u"open for quick_check"_s, path);
        } else {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            if (Sql::exec(query, u"PRAGMA quick_check"_s, {}, &result)) {
                QStringList problems;
                while (query.next() && problems.size() < reportedProblems) {
                    problems << query.value(0).toString();
                }
                if (problems != QStringList{u"ok"_s}) {
                    result = StorageError(StorageError::Code::Corrupt, u"quick_check: "_s + problems.join(u"; "_s), path);
                }
            } else if (result.path.isEmpty()) {
                result.path = path;
            }
            query.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (result.isError()) {
        qCWarning(lcStorage) << "quick_check of" << path << "failed after" << timer.elapsed() << "ms:" << result;
    } else {
        qCInfo(lcStorage) << "quick_check of" << path << "passed in" << timer.elapsed() << "ms";
    }
    return result;
}
