// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretstore.h"

#include "llmlog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSaveFile>
#include <QStandardPaths>

#include <QCoroSignal>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace {
constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr qint64 MaxFallbackFile = 1024 * 1024;
} // namespace

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{ }

void SecretStore::setKeychainEnabled(bool enabled)
{
    m_keychainEnabled = enabled;
}

void SecretStore::setKeychainTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

void SecretStore::setFallbackFile(const QString &path)
{
    m_fallbackFile = path;
}

QString SecretStore::defaultFallbackFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + "/secrets.json"_L1;
}

QString SecretStore::unavailableMessage() const
{
    QString text = tr("No system keychain is available (no Secret Service or KWallet answered).");
    if (!m_unavailableReason.isEmpty()) {
        text += u' ' + tr("(%1)").arg(m_unavailableReason);
    }
    if (m_fallbackFile.isEmpty()) {
        text += u' ' +
            tr("Start a keychain service, set OPENAI_API_KEY, or allow Confab to keep keys in a file readable only by you.");
    }
    return text;
}

QCoro::Task<SecretStore::Result> SecretStore::readKey(const QString &account)
{
    return [](SecretStore *self, QString name) -> QCoro::Task<Result> {
        QPointer<SecretStore> guard(self);
        Result result;
        result.status = Status::KeychainUnavailable;
        if (self->m_keychainEnabled && !self->m_keychainUnavailable) {
            result = co_await self->runKeychain(Operation::Read, name, {});
            if (!guard) {
                co_return result;
            }
        }
        if (result.status == Status::Ok || self->m_fallbackFile.isEmpty()) {
            if (result.status == Status::KeychainUnavailable) {
                result.message = self->unavailableMessage();
            }
            co_return result;
        }
        if (result.status != Status::NotFound && result.status != Status::KeychainUnavailable) {
            co_return result; // a real keychain error (access denied): do not paper over it
        }
        co_return self->fileOperation(Operation::Read, name, {});
    }(this, account);
}

QCoro::Task<SecretStore::Result> SecretStore::writeKey(const QString &account, const QString &secret)
{
    return [](SecretStore *self, QString name, QString value) -> QCoro::Task<Result> {
        QPointer<SecretStore> guard(self);
        Result result;
        result.status = Status::KeychainUnavailable;
        if (self->m_keychainEnabled && !self->m_keychainUnavailable) {
            result = co_await self->runKeychain(Operation::Write, name, value);
            if (!guard) {
                co_return result;
            }
        }
        if (result.status == Status::KeychainUnavailable && !self->m_fallbackFile.isEmpty()) {
            co_return self->fileOperation(Operation::Write, name, value);
        }
        if (result.status == Status::Ok && !self->m_fallbackFile.isEmpty()) {
            // A copy written while the keychain was away would otherwise outlive it in plain text.
            const Result fromFile = self->fileOperation(Operation::Remove, name, {});
            if (!fromFile.ok()) {
                qCWarning(lcLlm) << "the key is in the keychain, but an older copy could not be removed from the key file";
                result.message = fromFile.message;
            }
        }
        if (result.status == Status::KeychainUnavailable) {
            result.message = self->unavailableMessage();
        }
        co_return result;
    }(this, account, secret);
}

QCoro::Task<SecretStore::Result> SecretStore::removeKey(const QString &account)
{
    return [](SecretStore *self, QString name) -> QCoro::Task<Result> {
        QPointer<SecretStore> guard(self);
        Result result;
        result.status = Status::KeychainUnavailable;
        if (self->m_keychainEnabled && !self->m_keychainUnavailable) {
            result = co_await self->runKeychain(Operation::Remove, name, {});
            if (!guard) {
                co_return result;
            }
        }
        if (!self->m_fallbackFile.isEmpty()) {
            // The key may sit in the file from a time without keychain: remove it there too.
            const Result fromFile = self->fileOperation(Operation::Remove, name, {});
            if (result.status != Status::Ok) {
                result = fromFile;
            }
        } else if (result.status == Status::KeychainUnavailable) {
            result.message = self->unavailableMessage();
        }
        co_return result;
    }(this, account);
}

QCoro::Task<SecretStore::Result> SecretStore::runKeychain(Operation operation, const QString &account, const QString &secret)
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(secret);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    job->setKey(account);
    QPointer<QKeychain::Job> watched(job);
    QPointer<SecretStore> guard(this);
    job->start();
    const auto finished = co_await qCoro(job, &QKeychain::Job::finished, m_timeout);

    Result result;
    result.backend = Backend::Keychain;
    if (!finished || !watched) {
        if (watched) {
            job->setAutoDelete(true); // it may still answer some day; let it clean up then
        }
        if (guard) {
            m_keychainUnavailable = true;
            m_unavailableReason = tr("the keychain did not answer within %n seconds", nullptr, int(m_timeout.count() / 1000));
            qCWarning(lcLlm) << "the keychain did not answer; not asking it again in this session";
        }
        result.status = Status::KeychainUnavailable;
        co_return result;
    }
    const QKeychain::Error error = job->error();
    const QString errorText = job->errorString();
    if (error == QKeychain::NoError && operation == Operation::Read) {
        result.secret = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
    }
    job->deleteLater();
    switch (error) {
    case QKeychain::NoError:
        result.status = Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        result.status = operation == Operation::Remove ? Status::Ok : Status::NotFound;
        result.message = operation == Operation::Remove ? QString() : tr("No key is stored for “%1”.").arg(account);
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // OtherError is how the Secret Service and KWallet backends report that they cannot be
        // reached at all (no session bus, no daemon): "Could not connect: ...".
        result.status = Status::KeychainUnavailable;
        if (guard) {
            m_keychainUnavailable = true;
            m_unavailableReason = errorText;
        }
        break;
    default:
        result.status = Status::Failed;
        result.message = tr("The keychain refused the operation: %1").arg(errorText);
        break;
    }
    co_return result;
}

SecretStore::Result SecretStore::fileOperation(Operation operation, const QString &account, const QString &secret)
{
    Result result;
    result.backend = Backend::File;
    QFile file(m_fallbackFile);
    QJsonObject keys;
    if (file.exists()) {
        if ((file.permissions() & ~(OwnerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser)) != 0) {
            qCWarning(lcLlm) << "the key file was readable by others; restricting it to its owner";
            file.setPermissions(OwnerOnly);
        }
        if (!file.open(QIODevice::ReadOnly)) {
            result.message = tr("Cannot read the key file %1: %2").arg(m_fallbackFile, file.errorString());
            return result;
        }
        const QByteArray bytes = file.read(MaxFallbackFile);
        file.close();
        const QJsonDocument document = QJsonDocument::fromJson(bytes);
        if (!document.isObject() && !bytes.trimmed().isEmpty()) {
            result.message = tr("The key file %1 is damaged; it was left as it is.").arg(m_fallbackFile);
            return result;
        }
        keys = document.object();
    }
    if (operation == Operation::Read) {
        const QJsonValue value = keys.value(account);
        result.status = value.isString() ? Status::Ok : Status::NotFound;
        result.secret = value.toString();
        if (!value.isString()) {
            result.message = tr("No key is stored for “%1”.").arg(account);
        }
        return result;
    }
    if (operation == Operation::Write) {
        keys.insert(account, secret);
    } else {
        if (!keys.contains(account)) {
            result.status = Status::Ok;
            return result;
        }
        keys.remove(account);
    }
    const QFileInfo info(m_fallbackFile);
    if (!QDir().mkpath(info.absolutePath())) {
        result.message = tr("Cannot create the folder %1.").arg(info.absolutePath());
        return result;
    }
    QSaveFile out(m_fallbackFile);
    // Restrict the new file before a single byte of a key is written into it.
    if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(OwnerOnly)) {
        result.message = tr("Cannot write the key file %1: %2").arg(m_fallbackFile, out.errorString());
        out.cancelWriting();
        return result;
    }
    out.write(QJsonDocument(keys).toJson(QJsonDocument::Indented));
    if (!out.commit()) {
        result.message = tr("Cannot write the key file %1: %2").arg(m_fallbackFile, out.errorString());
        return result;
    }
    QFile::setPermissions(m_fallbackFile, OwnerOnly);
    result.status = Status::Ok;
    return result;
}
