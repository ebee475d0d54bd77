// SPDX-License-Identifier: GPL-3.0-or-later
#include "appconfig.h"
#include "appcore.h"
#include "backend.h"
#include "storage.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestBackend : public QObject
{
    Q_OBJECT

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<AppCore> m_core;

private Q_SLOTS:
    void init()
    {
        qunsetenv("OPENAI_API_KEY");
        qunsetenv("OPENAI_BASE_URL");
        m_dir = new QTemporaryDir;
        auto opened = AppCore::open(m_dir->filePath(u"data"_s));
        QVERIFY(opened);
        m_core = std::move(*opened);
    }

    void cleanup()
    {
        m_core.reset();
        delete m_dir;
    }

    void exportAndImportWithClearErrors()
    {
        Backend backend(m_core.get(), nullptr);
        Conversation draft;
        draft.title = u"Keep me"_s;
        const qint64 id = m_core->storage()->createConversation(draft)->id;
        QVERIFY(backend.hasConversation(id));
        QVERIFY(!backend.hasConversation(id + 1));

        const QUrl file = QUrl::fromLocalFile(m_dir->filePath(u"all.json"_s));
        QCOMPARE(backend.exportAll(file), QString());
        QVERIFY(QFile::exists(file.toLocalFile()));
        const QVariantMap imported = backend.importFile(file);
        QVERIFY(imported.value(u"ok"_s).toBool());
        QVERIFY2(imported.value(u"message"_s).toString().contains(u"Imported 1 conversation"_s),
                 qPrintable(imported.value(u"message"_s).toString()));
        QCOMPARE(m_core->storage()->conversationCount().value(), 2);

        // A file that is not an export: nothing comes in, and the user reads why and where.
        QFile bad(m_dir->filePath(u"notes.json"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"hello\": 1}");
        bad.close();
        const QVariantMap refused = backend.importFile(QUrl::fromLocalFile(bad.fileName()));
        QVERIFY(!refused.value(u"ok"_s).toBool());
        const QString message = refused.value(u"message"_s).toString();
        QVERIFY2(message.startsWith(u"Nothing was imported from notes.json"_s), qPrintable(message));
        QVERIFY2(message.contains(u"("_s), qPrintable(message)); // the detail of what is wrong
        QCOMPARE(m_core->storage()->conversationCount().value(), 2);

        const QVariantMap missing = backend.importFile(QUrl::fromLocalFile(m_dir->filePath(u"nope.json"_s)));
        QVERIFY(!missing.value(u"ok"_s).toBool());
        QVERIFY(missing.value(u"message"_s).toString().contains(u"nope.json"_s));

        // Exporting into a folder that cannot exist fails with a sentence, not silently.
        QVERIFY(!backend.exportAll(QUrl::fromLocalFile(u"/proc/no/such/folder/all.json"_s)).isEmpty());
        QVERIFY(!backend.exportAll(QUrl()).isEmpty());
    }

    void appearanceAndWindowSettings()
    {
        Backend backend(m_core.get(), nullptr);
        QSignalSpy appearance(&backend, &Backend::appearanceChanged);
        QCOMPARE(backend.colorScheme(), u"system"_s);
        backend.setColorScheme(u"dark"_s);
        QCOMPARE(backend.colorScheme(), u"dark"_s);
        backend.setColorScheme(u"purple"_s); // refused
        QCOMPARE(backend.colorScheme(), u"dark"_s);
        QCOMPARE(appearance.size(), 1);
        backend.setFontSize(3);
        QCOMPARE(backend.fontSize(), 7);
        backend.setFontSize(0);
        QCOMPARE(backend.fontSize(), 0);
        backend.setChatWidth(100000);
        QCOMPARE(backend.chatWidth(), 4000);

        backend.setSetting(u"window/width"_s, 1234);
        QCOMPARE(backend.setting(u"window/width"_s).toInt(), 1234);
        // Only the window's own groups: QML cannot reach the providers or the server this way.
        backend.setSetting(u"server/enabled"_s, true);
        QVERIFY(!m_core->config()->value(u"server/enabled"_s).toBool());
        QCOMPARE(backend.setting(u"providers/list"_s, u"fallback"_s).toString(), u"fallback"_s);
    }

    void storageFailuresReachTheBanner()
    {
        Backend backend(m_core.get(), nullptr);
        QSignalSpy changed(&backend, &Backend::storageErrorChanged);
        Q_EMIT m_core->storage()->errorOccurred(StorageError(StorageError::Code::DiskFull, u"SQLITE_FULL"_s));
        QCOMPARE(changed.size(), 1);
        QVERIFY(!backend.storageError().isEmpty());
        backend.clearStorageError();
        QVERIFY(backend.storageError().isEmpty());
    }

    void settingsWriteFailuresReachTheBanner()
    {
        Backend backend(m_core.get(), nullptr);
        QSignalSpy changed(&backend, &Backend::storageErrorChanged);
        // A folder where the settings file should be: it cannot be written, not even by root.
        const QString path = m_core->config()->filePath();
        QFile::remove(path);
        QVERIFY(QDir().mkpath(path));
        backend.setColorScheme(u"dark"_s);
        QVERIFY(changed.wait(2000));
        QVERIFY2(backend.storageError().contains(path), qPrintable(backend.storageError()));
    }
};

QTEST_GUILESS_MAIN(TestBackend)
#include "tst_backend.moc"
