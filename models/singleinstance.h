// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

/**
 * @brief One window per data folder: the first process listens on a local socket named after
 * the folder (and the user); a later one finds it, asks it to show its window and exits.
 *
 * The socket is reachable only by the same user. A socket left by a crashed process is removed
 * and taken over.
 */
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);
    ~SingleInstance() override;

    /** The socket name for @p dataDir: stable, short, and different per folder and user. */
    static QString keyFor(const QString &dataDir);

    /**
     * True: no other instance answered; this one now listens and emits activationRequested()
     * when a later one starts. False: another instance runs and was asked to show its window.
     */
    bool claim(int timeoutMs = 1500);
    bool isPrimary() const;
    QString key() const;

Q_SIGNALS:
    void activationRequested();

private:
    void onConnection();

    QString m_key;
    QLocalServer *m_server = nullptr;
};
