// SPDX-License-Identifier: GPL-3.0-or-later
#include "appconfig.h"
#include "appcore.h"
#include "llmclient.h"
#include "providereditor.h"
#include "providersettings.h"
#include "scriptedprovider.h"
#include "secretstore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestProviderEditor : public QObject
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
        auto opened = AppCore::open(m_dir->path());
        QVERIFY(opened);
        m_core = std::move(*opened);
        // No keychain in the test: the key goes to the session, or to the file once chosen.
        m_core->secrets()->setKeychainEnabled(false);
    }

    void cleanup()
    {
        m_core.reset();
        delete m_dir;
    }

    void validationMessages()
    {
        ProviderEditor editor;
        editor.setCore(m_core.get());
        QVERIFY(editor.loadPreset(u"openai"_s));
        QCOMPARE(editor.baseUrl(), u"https://api.openai.com/v1"_s);
        QVERIFY(editor.needsKey());
        QVERIFY(!editor.keyPage().isEmpty());
        QVERIFY(editor.urlError().isEmpty());
        // An empty key where the provider needs one.
        QVERIFY(editor.keyError().contains(u"needs an API key"_s));
        QVERIFY(!editor.isValid());
        editor.setApiKey(u"sk-abc def"_s);
        QVERIFY(editor.keyError().contains(u"spaces"_s));
        editor.setApiKey(u"sk-proj-0123456789"_s);
        QVERIFY(editor.keyError().isEmpty());
        QVERIFY(editor.isValid());

        // Bad URLs, each with a sentence.
        for (const QString &url : {u""_s, u"api.openai.com/v1"_s, u"ftp://host/v1"_s, u"http://"_s, u"https://x/v1?key=1"_s}) {
            editor.setBaseUrl(url);
            QVERIFY2(!editor.urlError().isEmpty(), qPrintable(url));
            QVERIFY(!editor.isValid());
        }
        editor.setBaseUrl(u"http://192.168.1.20:8000/v1"_s);
        QVERIFY(editor.urlError().isEmpty());
        QVERIFY(editor.urlWarning().contains(u"not encrypted"_s)); // a key over plain http to another machine
        editor.setBaseUrl(u"http://localhost:8000/v1"_s);
        QVERIFY(editor.urlWarning().isEmpty());

        editor.setHeadersText(u"X-Title: Confab\nnot a header\n"_s);
        QVERIFY(editor.headersError().contains(u"Line 2"_s));
        editor.setHeadersText(u"X-Title: Confab\n\nHTTP-Referer: https://example.org"_s);
        QVERIFY(editor.headersError().isEmpty());
        QString error;
        const auto headers = ProviderEditor::parseHeaders(editor.headersText(), &error);
        QCOMPARE(headers.value("HTTP-Referer"), "https://example.org");
        QCOMPARE(headers.size(), 2);

        editor.setReasoningOffText(u"[1, 2]"_s);
        QVERIFY(!editor.reasoningError().isEmpty());
        editor.setReasoningOffText(u"{\"reasoning_effort\": \"none\"}"_s);
        QVERIFY(editor.reasoningError().isEmpty());

        editor.setModel(u"  "_s);
        QVERIFY(editor.modelError().contains(u"Test connection"_s));

        // Local servers need no key.
        QVERIFY(editor.loadPreset(u"ollama"_s));
        QVERIFY(!editor.needsKey());
        QVERIFY(editor.keyError().isEmpty());
        QVERIFY(!editor.reasoningOffText().isEmpty());
        QVERIFY(!editor.loadPreset(u"nope"_s));
    }

    void testConnectionListsModels()
    {
        ScriptedProvider provider;
        QVERIFY(provider.listen());
        provider.setModelsResponse(ScriptedResponse::models({u"alpha"_s, u"beta"_s}));
        ProviderEditor editor;
        editor.setCore(m_core.get());
        editor.loadPreset(u"custom"_s);
        editor.setBaseUrl(provider.baseUrl().toString());
        editor.setApiKey(u"sk-test-123456"_s);
        editor.setHeadersText(u"X-Extra: yes"_s);
        QSignalSpy tested(&editor, &ProviderEditor::testChanged);
        editor.testConnection();
        QVERIFY(editor.testing());
        QTRY_VERIFY(!editor.testing());
        QVERIFY2(editor.testOk(), qPrintable(editor.testMessage()));
        QCOMPARE(editor.models(), (QStringList{u"alpha"_s, u"beta"_s}));
        QCOMPARE(editor.model(), u"alpha"_s); // chosen for the user
        QVERIFY(editor.testMessage().contains(u"2"_s));
        const ReceivedRequest &request = provider.requests().last();
        QCOMPARE(request.path, "/v1/models");
        QCOMPARE(request.header("authorization"), "Bearer sk-test-123456");
        QCOMPARE(request.header("x-extra"), "yes");

        // Errors in plain words.
        provider.setModelsResponse(ScriptedResponse::error(401, u"invalid_request_error"_s, u"Incorrect API key provided"_s));
        editor.testConnection();
        QTRY_VERIFY(!editor.testing());
        QVERIFY(!editor.testOk());
        QVERIFY2(editor.testMessage().contains(u"Incorrect API key provided"_s), qPrintable(editor.testMessage()));

        editor.setBaseUrl(u"http://127.0.0.1:9/v1"_s);
        editor.testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(!editor.testing(), 10000);
        QVERIFY(!editor.testOk());
        QVERIFY2(editor.testMessage().contains(u"refused"_s), qPrintable(editor.testMessage()));

        editor.setBaseUrl(u"nonsense"_s);
        editor.testConnection();
        QVERIFY(!editor.testing());
        QCOMPARE(editor.testMessage(), editor.urlError());
        QVERIFY(editor.attempted());
    }

    void saveKeepsTheKeyOutOfTheSettingsFile()
    {
        ScriptedProvider provider;
        QVERIFY(provider.listen());
        ProviderEditor editor;
        editor.setCore(m_core.get());
        editor.loadPreset(u"openai"_s);
        QVERIFY(!editor.save()); // no key: refused, with the messages shown
        QVERIFY(editor.attempted());
        editor.setBaseUrl(provider.baseUrl().toString());
        editor.setApiKey(u"sk-secret-value-42"_s);
        editor.setModel(u"scripted-model"_s);
        QSignalSpy saved(&editor, &ProviderEditor::saved);
        QVERIFY(editor.save());
        QTRY_COMPARE(saved.size(), 1);
        const QString id = saved.first().first().toString();
        QVERIFY(id.startsWith(u"openai-"_s));
        QCOMPARE(m_core->config()->activeProviderId(), id);
        QCOMPARE(m_core->llm()->profile().apiKey, u"sk-secret-value-42"_s); // works at once
        QCOMPARE(m_core->llm()->profile().defaultModel, u"scripted-model"_s);
        // No keychain: the user is told and offered the file.
        QCOMPARE(editor.keyStorage(), u"session"_s);
        QVERIFY(editor.keyNotice().contains(u"keychain"_s));
        QVERIFY(editor.keyFileOffered());
        m_core->config()->sync();
        QFile conf(m_core->config()->filePath());
        QVERIFY(conf.open(QIODevice::ReadOnly));
        QVERIFY(!conf.readAll().contains("sk-secret-value-42"));

        // The user chooses the file: the key goes there, readable only by them.
        QSignalSpy storage(&editor, &ProviderEditor::keyStorageChanged);
        editor.allowKeyFile();
        QTRY_COMPARE(editor.keyStorage(), u"file"_s);
        QVERIFY(!editor.keyFileOffered());
        QFile keys(m_core->config()->keyFilePath());
        QVERIFY(keys.exists());
        QCOMPARE(keys.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        QVERIFY(keys.open(QIODevice::ReadOnly));
        QVERIFY(keys.readAll().contains("sk-secret-value-42"));

        // Editing it later: the stored key is kept when the field stays empty.
        ProviderEditor again;
        again.setCore(m_core.get());
        QVERIFY(again.load(id));
        QVERIFY(again.keepsStoredKey());
        QVERIFY(again.apiKey().isEmpty());
        QVERIFY(again.keyError().isEmpty());
        QCOMPARE(again.model(), u"scripted-model"_s);
        again.setName(u"Work account"_s);
        QSignalSpy savedAgain(&again, &ProviderEditor::saved);
        QVERIFY(again.save());
        QTRY_COMPARE(savedAgain.size(), 1);
        QCOMPARE(m_core->config()->providers().size(), 1);
        QCOMPARE(m_core->config()->activeProvider().name, u"Work account"_s);
    }

    void providerListAndRemoval()
    {
        ProviderSettings settings;
        settings.setCore(m_core.get());
        QVERIFY(settings.providers().isEmpty());
        QCOMPARE(settings.presets().size(), 10);
        QSignalSpy changed(&settings, &ProviderSettings::providersChanged);
        ProviderEditor editor;
        editor.setCore(m_core.get());
        editor.loadPreset(u"ollama"_s);
        editor.setModel(u"llama3.2"_s);
        QSignalSpy saved(&editor, &ProviderEditor::saved);
        QVERIFY(editor.save());
        QTRY_COMPARE(saved.size(), 1);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(settings.providers().size(), 1);
        const QVariantMap entry = settings.providers().first().toMap();
        QCOMPARE(entry.value(u"presetId"_s).toString(), u"ollama"_s);
        QVERIFY(entry.value(u"active"_s).toBool());
        QVERIFY(entry.value(u"local"_s).toBool());
        settings.remove(entry.value(u"id"_s).toString());
        QVERIFY(settings.providers().isEmpty());
        QVERIFY(!m_core->config()->hasProvider());

        // The environment's provider shows when nothing else is configured.
        qputenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1");
        QCOMPARE(settings.providers().size(), 1);
        QVERIFY(settings.providers().first().toMap().value(u"fromEnvironment"_s).toBool());
        qunsetenv("OPENAI_BASE_URL");
    }
};

QTEST_GUILESS_MAIN(TestProviderEditor)
#include "tst_providereditor.moc"
