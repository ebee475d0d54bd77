// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <QCoroTask>

#include <chrono>

namespace QKeychain {
class Job;
}

/**
 * @brief Keeps API keys in the system keychain (Secret Service, KWallet, macOS Keychain,
 * Windows Credential Store) through QtKeychain, with an opt-in fallback file.
 *
 * Each call is awaitable and always resolves: a keychain that does not answer within
 * keychainTimeout() (no D-Bus session, no Secret Service running) is reported as
 * KeychainUnavailable, with a sentence saying so, and not asked again by this store. Only when
 * the user opted in with setFallbackFile() are keys then read from and written to that file: a
 * JSON object of account → key, created with mode 0600 (its permissions are tightened again if
 * they were widened). A key written to the keychain is removed from that file, so that no older
 * plaintext copy stays behind. Keys are never logged.
 */
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Status { Ok, NotFound, KeychainUnavailable, Failed };
    Q_ENUM(Status)
    enum class Backend { None, Keychain, File };
    Q_ENUM(Backend)

    struct Result
    {
        Status status = Status::Failed;
        QString secret; ///< readKey() only
        Backend backend = Backend::None; ///< where the key was found or written
        QString message; ///< for the user when status is not Ok, or a warning when it is (translated)
        bool ok() const
        {
            return status == Status::Ok;
        }
    };

    explicit SecretStore(const QString &service = QStringLiteral("org.confab.Confab"), QObject *parent = nullptr);

    /** Use the system keychain (default true); off means the fallback file only. */
    void setKeychainEnabled(bool enabled);
    bool isKeychainEnabled() const
    {
        return m_keychainEnabled;
    }
    void setKeychainTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds keychainTimeout() const
    {
        return m_timeout;
    }
    /** True once the keychain failed to answer or reported that no backend exists. */
    bool isKeychainUnavailable() const
    {
        return m_keychainUnavailable;
    }

    /** Opts in to the fallback file; an empty path (the default) turns it off. */
    void setFallbackFile(const QString &path);
    QString fallbackFile() const
    {
        return m_fallbackFile;
    }
    /** `<config folder>/secrets.json`, the usual choice for setFallbackFile(). */
    static QString defaultFallbackFile();

    QCoro::Task<Result> readKey(const QString &account);
    QCoro::Task<Result> writeKey(const QString &account, const QString &secret);
    QCoro::Task<Result> removeKey(const QString &account);

protected:
    enum class Operation { Read, Write, Remove };
    /** One request to the system keychain; a subclass may stand in for it (the tests do). */
    virtual QCoro::Task<Result> runKeychain(Operation operation, const QString &account, const QString &secret);

private:
    Result fileOperation(Operation operation, const QString &account, const QString &secret);
    QString unavailableMessage() const;

    QString m_service;
    QString m_fallbackFile;
    QString m_unavailableReason;
    std::chrono::milliseconds m_timeout{5000};
    bool m_keychainEnabled = true;
    bool m_keychainUnavailable = false;
};
