// SPDX-License-Identifier: GPL-3.0-or-later
#include "servertoken.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {
constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
} // namespace

ServerToken::ServerToken(const QString &filePath)
    : m_path(filePath)
{ }

QString ServerToken::defaultFilePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"server-token"_s);
}

QString ServerToken::filePath() const
{
    return m_path;
}

void ServerToken::setFilePath(const QString &path)
{
    m_path = path;
}

QString ServerToken::generate()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool ServerToken::load(QString *error)
{
    if (m_path.isEmpty()) {
        if (m_token.isEmpty()) {
            m_token = generate().toLatin1();
        }
        return true;
    }
    QFile file(m_path);
    const QFileInfo info(m_path);
    if (!info.exists() && !info.isSymLink()) {
        return write(generate(), error);
    }
    if (const QString problem = untrusted(info); !problem.isEmpty()) {
        if (error) {
            *error = problem;
        }
        return false;
    }
    if ((file.permissions() & ~(ownerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser)) != 0) {
        if (error) {
            *error = tr("Other users can read the server token %1, so it may be known to them. Make the file private "
                        "(chmod 600) or create a new token.")
                         .arg(m_path);
        }
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = tr("Cannot read the server token from %1: %2").arg(m_path, file.errorString());
        }
        return false;
    }
    const QByteArray token = file.readAll().trimmed();
    if (token.size() < 16 || token.contains(' ') || token.contains('\n')) {
        if (error) {
            *error = tr("The server token in %1 must be one line of at least 16 characters.").arg(m_path);
        }
        return false;
    }
    m_token = token;
    return true;
}

bool ServerToken::rotate(QString *error)
{
    if (m_path.isEmpty()) {
        m_token = generate().toLatin1();
        return true;
    }
    return write(generate(), error);
}

QString ServerToken::untrusted(const QFileInfo &info)
{
    if (info.isSymLink()) {
        return tr("The server token %1 is a symbolic link; Confab uses only a token file of its own.").arg(info.filePath());
    }
    if (!info.isFile()) {
        return tr("The server token %1 is not a regular file.").arg(info.filePath());
    }
#ifdef Q_OS_UNIX
    if (info.ownerId() != ::geteuid()) {
        return tr("The server token %1 belongs to another user; Confab uses only a token file of its own.").arg(info.filePath());
    }
#endif
    return {};
}

bool ServerToken::write(const QString &token, QString *error)
{
    const QFileInfo info(m_path);
    if (info.isSymLink() || (info.exists() && !untrusted(info).isEmpty())) {
        if (error) {
            *error = untrusted(info);
        }
        return false;
    }
    QDir().mkpath(info.absolutePath());
    QSaveFile file(m_path);
    // Created 0600 before any byte of the token is written.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(ownerOnly)) {
        if (error) {
            *error = tr("Cannot write the server token to %1: %2").arg(m_path, file.errorString());
        }
        return false;
    }
    file.write(token.toLatin1() + '\n');
    if (!file.commit()) {
        if (error) {
            *error = tr("Cannot write the server token to %1: %2").arg(m_path, file.errorString());
        }
        return false;
    }
    m_token = token.toLatin1();
    return true;
}

QString ServerToken::token() const
{
    return QString::fromLatin1(m_token);
}

void ServerToken::setToken(const QString &token)
{
    m_token = token.toLatin1();
}

bool ServerToken::matches(QByteArrayView candidate) const
{
    if (m_token.isEmpty()) {
        return false;
    }
    // Every byte is compared whatever the first difference, so timing says nothing of the token.
    unsigned char difference = candidate.size() == m_token.size() ? 0 : 1;
    for (qsizetype i = 0; i < m_token.size(); ++i) {
        const char c = i < candidate.size() ? candidate[i] : char(0);
        difference |= static_cast<unsigned char>(c ^ m_token[i]);
    }
    return difference == 0;
}
