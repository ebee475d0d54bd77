// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storageerror.h"

#include <QObject>
#include <QString>

#include <memory>

class QThread;

/**
 * @brief Runs `PRAGMA quick_check` on a database file in a worker thread, so that a large history
 * (seconds for half a gigabyte) never blocks the thread that uses it.
 *
 * Qt Sql connections belong to the thread that opened them, so the check opens its own, read-only one.
 * In WAL mode it reads a snapshot while the main connection goes on writing. finished() is emitted on the
 * thread that owns this object. Destroying a running check waits for it to end: Qt Sql offers no way to
 * interrupt a statement.
 */
class IntegrityCheck : public QObject
{
    Q_OBJECT

public:
    explicit IntegrityCheck(const QString &path, QObject *parent = nullptr);
    ~IntegrityCheck() override;

    /** Starts the check (once). */
    void start();
    /** True from start() until finished() has been emitted. */
    bool isRunning() const;

    /**
     * Checks @p path on the calling thread: None when the file passed, Corrupt or NotADatabase when it is
     * damaged, another code when the check could not run.
     */
    static StorageError run(const QString &path);

Q_SIGNALS:
    /** The check ended with @p result (see run()). */
    void finished(const StorageError &result);

private:
    QString m_path;
    std::unique_ptr<QThread> m_thread;
    StorageError m_result; ///< written by the worker, read once its thread has ended
    bool m_running = false;
};
