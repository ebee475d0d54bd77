// SPDX-License-Identifier: GPL-3.0-or-later
#include "llmlog.h"
#include "secretstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

#include <QCoroTask>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Status = SecretStore::Status;
using Backend = SecretStore::Backend;

namespace {
constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
const QString Secret = u"sk-never-log-me-0123456789"_s;
QStringList g_messages;

void collect(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_messages.append(message);
}

void enableEverything(QLoggingCategory *category)
{
    for (const QtMsgType type : {QtDebugMsg, QtInfoMsg, QtWarningMsg, QtCriticalMsg}) {
        category->setEnabled(type, true);
    }
}

ino_t inodeOf(const QString &path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_ino : 0;
}

/** A keychain that always answers, kept in memory. */
class MemoryKeychainStore : public SecretStore
{
public:
    QHash<QString, QString> keys;

protected:
    QCoro::Task<Result> runKeychain(Operation operation, const QString &account, const QString &secret) override
    {
        Result result;
        result.backend = Backend::Keychain;
        result.status = Status::Ok;
        switch (operation) {
        case Operation::Read:
            result.status = keys.contains(account) ? Status::Ok : Status::NotFound;
            result.secret = keys.value(account);
            break;
        case Operation::Write:
            keys.insert(account, secret);
            break;
        case Operation::Remove:
            keys.remove(account);
            break;
        }
        co_return result;
    }
};

QFileDevice::Permissions permissionsOf(const QString &path)
{
    return QFile(path).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
}
} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void fallbackFileRoundTrip();
    void fallbackFileIsTightened();
    void damagedFileIsLeftAlone();
    void missingKeychainIsReportedNotHung();
    void missingKeychainFallsBackWhenAllowed();
    void keychainWriteRemovesThePlaintextCopy();
    void keychainWriteLeavesADamagedFileAlone();

private:
    QTemporaryDir m_dir;
};

void TestSecretStore::initTestCase()
{
    // Never reach a real keychain from a test: no session bus.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/confab-test-bus");
    QVERIFY(m_dir.isValid());
    // ctest turns debug output off (QT_LOGGING_RULES, which outranks setFilterRules()), and
    // confab.llm starts at info: without this a key logged at debug level would go unseen.
    QLoggingCategory::installFilter(enableEverything);
    qInstallMessageHandler(collect);
    qCDebug(lcLlm) << "debug probe";
    QVERIFY2(g_messages.contains(u"debug probe"_s), "debug messages of confab.llm are not captured");
}

void TestSecretStore::init()
{
    g_messages.clear();
}

void TestSecretStore::cleanup()
{
    for (const QString &message : std::as_const(g_messages)) {
        QVERIFY2(!message.contains(Secret) && !message.contains(u"sk-old-plaintext"_s), "a key was logged");
    }
}

void TestSecretStore::cleanupTestCase()
{
    qInstallMessageHandler(nullptr);
    QLoggingCategory::installFilter(nullptr);
}

void TestSecretStore::fallbackFileRoundTrip()
{
    const QString path = m_dir.filePath(u"sub/secrets.json"_s);
    SecretStore store;
    store.setKeychainEnabled(false);
    store.setFallbackFile(path);

    SecretStore::Result written = QCoro::waitFor(store.writeKey(u"openai"_s, Secret));
    QVERIFY2(written.ok(), qPrintable(written.message));
    QCOMPARE(written.backend, Backend::File);
    QCOMPARE(permissionsOf(path), OwnerOnly);
    QVERIFY(QCoro::waitFor(store.writeKey(u"deepseek"_s, u"sk-other"_s)).ok());
    QCOMPARE(permissionsOf(path), OwnerOnly);

    const SecretStore::Result read = QCoro::waitFor(store.readKey(u"openai"_s));
    QCOMPARE(read.status, Status::Ok);
    QCOMPARE(read.secret, Secret);
    QCOMPARE(QCoro::waitFor(store.readKey(u"deepseek"_s)).secret, u"sk-other"_s);

    QVERIFY(QCoro::waitFor(store.removeKey(u"openai"_s)).ok());
    const SecretStore::Result gone = QCoro::waitFor(store.readKey(u"openai"_s));
    QCOMPARE(gone.status, Status::NotFound);
    QVERIFY(!gone.message.isEmpty());
    QCOMPARE(QCoro::waitFor(store.readKey(u"deepseek"_s)).secret, u"sk-other"_s);
}

void TestSecretStore::fallbackFileIsTightened()
{
    const QString path = m_dir.filePath(u"loose.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"openai":"sk-loose"})");
    file.close();
    QVERIFY(QFile::setPermissions(path, OwnerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    SecretStore store;
    store.setKeychainEnabled(false);
    store.setFallbackFile(path);
    QCOMPARE(QCoro::waitFor(store.readKey(u"openai"_s)).secret, u"sk-loose"_s);
    QCOMPARE(permissionsOf(path), OwnerOnly);
}

void TestSecretStore::damagedFileIsLeftAlone()
{
    const QString path = m_dir.filePath(u"damaged.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{not json");
    file.close();
    SecretStore store;
    store.setKeychainEnabled(false);
    store.setFallbackFile(path);
    const SecretStore::Result result = QCoro::waitFor(store.writeKey(u"openai"_s, Secret));
    QCOMPARE(result.status, Status::Failed);
    QVERIFY(result.message.contains(u"damaged"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("{not json"));
}

void TestSecretStore::missingKeychainIsReportedNotHung()
{
    SecretStore store(u"org.confab.Confab.test"_s);
    store.setKeychainTimeout(3s);
    QElapsedTimer clock;
    clock.start();
    const SecretStore::Result read = QCoro::waitFor(store.readKey(u"openai"_s));
    QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(read.status, Status::KeychainUnavailable);
    QVERIFY(read.message.contains(u"keychain"_s));
    QVERIFY(read.message.contains(u"file"_s)); // it says what the user can do
    QVERIFY(store.isKeychainUnavailable());
    // Once known to be missing, it is not asked again.
    clock.restart();
    QCOMPARE(QCoro::waitFor(store.writeKey(u"openai"_s, Secret)).status, Status::KeychainUnavailable);
    QVERIFY(clock.elapsed() < 500);
}

void TestSecretStore::missingKeychainFallsBackWhenAllowed()
{
    const QString path = m_dir.filePath(u"fallback.json"_s);
    SecretStore store(u"org.confab.Confab.test"_s);
    store.setKeychainTimeout(3s);
    store.setFallbackFile(path);
    const SecretStore::Result written = QCoro::waitFor(store.writeKey(u"openai"_s, Secret));
    QVERIFY2(written.ok(), qPrintable(written.message));
    QCOMPARE(written.backend, Backend::File);
    QCOMPARE(permissionsOf(path), OwnerOnly);
    const SecretStore::Result read = QCoro::waitFor(store.readKey(u"openai"_s));
    QCOMPARE(read.secret, Secret);
    QCOMPARE(read.backend, Backend::File);
}

void TestSecretStore::keychainWriteRemovesThePlaintextCopy()
{
    // Keys kept in the file during a session without a keychain.
    const QString path = m_dir.filePath(u"migrated.json"_s);
    {
        SecretStore fileOnly;
        fileOnly.setKeychainEnabled(false);
        fileOnly.setFallbackFile(path);
        QVERIFY(QCoro::waitFor(fileOnly.writeKey(u"openai"_s, u"sk-old-plaintext"_s)).ok());
        QVERIFY(QCoro::waitFor(fileOnly.writeKey(u"deepseek"_s, u"sk-other"_s)).ok());
    }
    const ino_t before = inodeOf(path);
    QVERIFY(before != 0);

    MemoryKeychainStore store;
    store.setFallbackFile(path);
    const SecretStore::Result written = QCoro::waitFor(store.writeKey(u"openai"_s, Secret));
    QVERIFY2(written.ok(), qPrintable(written.message));
    QCOMPARE(written.backend, Backend::Keychain);
    QVERIFY(written.message.isEmpty());
    QCOMPARE(store.keys.value(u"openai"_s), Secret);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains("sk-old-plaintext"));
    QVERIFY(!bytes.contains(Secret.toUtf8()));
    QCOMPARE(QJsonDocument::fromJson(bytes).object(), (QJsonObject{{u"deepseek"_s, u"sk-other"_s}}));
    QCOMPARE(permissionsOf(path), OwnerOnly);
    QVERIFY(inodeOf(path) != before); // replaced whole, never rewritten in place

    const SecretStore::Result read = QCoro::waitFor(store.readKey(u"openai"_s));
    QCOMPARE(read.secret, Secret);
    QCOMPARE(read.backend, Backend::Keychain);
}

void TestSecretStore::keychainWriteLeavesADamagedFileAlone()
{
    const QString path = m_dir.filePath(u"damaged-too.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{not json");
    file.close();
    MemoryKeychainStore store;
    store.setFallbackFile(path);
    const SecretStore::Result written = QCoro::waitFor(store.writeKey(u"openai"_s, Secret));
    QVERIFY(written.ok()); // the key is safe in the keychain
    QCOMPARE(written.backend, Backend::Keychain);
    QVERIFY(written.message.contains(u"damaged"_s)); // but the user hears about the file
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("{not json"));
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
