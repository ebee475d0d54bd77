// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include <QByteArray>
#include <QString>

class QFileInfo;

/**
 * @brief The local server's access token: 256 random bits in a file only the user can read.
 *
 * The file (by default `server-token` in the data folder, next to `confab.conf`) is created with
 * mode 0600 the first time the token is needed; rotate() replaces it. Clients send the token as
 * `Authorization: Bearer <token>` or `X-API-Key: <token>`; matches() compares in constant time.
 * The token is never logged.
 */
class ServerToken
{
    Q_DECLARE_TR_FUNCTIONS(ServerToken)

public:
    explicit ServerToken(const QString &filePath = {});

    static QString defaultFilePath(const QString &dataDir);

    QString filePath() const;
    void setFilePath(const QString &path);

    /**
     * Reads the file, creating it with a new token when it does not exist. A symbolic link, a file
     * of another user or one that others can read is refused, as ssh refuses such keys: False with
     * @p error saying why and what to do; rotate() writes a new private one.
     */
    bool load(QString *error = nullptr);
    /** A new token, written to the file (0600) at once; the old one stops working. */
    bool rotate(QString *error = nullptr);
    /** The token (empty until load() succeeded). */
    QString token() const;
    /** Uses @p token without a file (tests, or a token given by other means). */
    void setToken(const QString &token);

    /** Constant-time comparison with the token; false while there is none. */
    bool matches(QByteArrayView candidate) const;

    static QString generate();

private:
    /** Why the file at @p info cannot be trusted with the token (a link, another's); empty if it can. */
    static QString untrusted(const QFileInfo &info);
    bool write(const QString &token, QString *error);

    QString m_path;
    QByteArray m_token;
};
