// SPDX-License-Identifier: GPL-3.0-or-later
#include "singleinstance.h"

#include "uilog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

using namespace Qt::StringLiterals;

namespace {
constexpr char Activate[] = "activate\n";
constexpr char Done[] = "ok\n";
} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent)
    , m_key(key)
{ }

SingleInstance::~SingleInstance() = default;

QString SingleInstance::keyFor(const QString &dataDir)
{
    const QFileInfo info(dataDir);
    const QString canonical =
        info.canonicalFilePath().isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : info.canonicalFilePath();
    QByteArray user = qgetenv("USER");
    if (user.isEmpty()) {
        user = qgetenv("USERNAME");
    }
    const QByteArray hash =
        QCryptographicHash::hash(QByteArray(user + '\0' + canonical.toUtf8()), QCryptographicHash::Sha256).toHex();
    return u"confab-"_s + QString::fromLatin1(hash.left(20));
}

bool SingleInstance::claim(int timeoutMs)
{
    {
        QLocalSocket socket;
        socket.connectToServer(m_key);
        if (socket.waitForConnected(timeoutMs)) {
            socket.write(Activate);
            socket.waitForBytesWritten(timeoutMs);
            // The answer shows that a live instance, not a stale socket, took the request.
            if (socket.waitForReadyRead(timeoutMs) && socket.readAll().startsWith("ok")) {
                return false;
            }
        }
    }
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_key)) {
        // A socket file left by a process that died: remove it and listen again.
        QLocalServer::removeServer(m_key);
        if (!m_server->listen(m_key)) {
            qCWarning(lcUi) << "single instance: cannot listen on" << m_key << m_server->errorString();
            return true; // run anyway: better two windows than none
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onConnection);
    return true;
}

bool SingleInstance::isPrimary() const
{
    return m_server && m_server->isListening();
}

QString SingleInstance::key() const
{
    return m_key;
}

void SingleInstance::onConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > 64) {
                    socket->abort();
                }
                return;
            }
            const QByteArray line = socket->readLine(64);
            if (line == Activate) {
                socket->write(Done);
                socket->flush();
                Q_EMIT activationRequested();
            }
            socket->disconnectFromServer();
        });
    }
}
