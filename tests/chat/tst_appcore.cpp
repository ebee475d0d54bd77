// SPDX-License-Identifier: GPL-3.0-or-later
#include "appconfig.h"
#include "appcore.h"
#include "chatservice.h"
#include "contextagent.h"
#include "llmclient.h"
#include "storage.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAppCore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        qunsetenv("OPENAI_API_KEY");
        qunsetenv("OPENAI_BASE_URL");
    }

    void noProviderUntilConfigured()
    {
        QTemporaryDir dir;
        auto core = AppCore::open(dir.path());
        QVERIFY(core);
        QVERIFY(!(*core)->config()->hasProvider());
        QVERIFY((*core)->storage());
        QVERIFY(!(*core)->agent()->tools().names().contains(u"read_file"_s));
        QVERIFY((*core)->agent()->tools().names().contains(u"search_history"_s));
        QVERIFY((*core)->agent()->tools().names().contains(u"current_datetime"_s));
    }

    void environmentPreconfiguresAProvider()
    {
        qputenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1");
        qputenv("OPENAI_API_KEY", "sk-test");
        QTemporaryDir dir;
        auto core = AppCore::open(dir.path());
        QVERIFY(core);
        QVERIFY((*core)->config()->hasProvider());
        QCOMPARE((*core)->llm()->profile().baseUrl, QUrl(u"http://127.0.0.1:9/v1"_s));
        QCOMPARE((*core)->llm()->profile().apiKey, u"sk-test"_s);
    }

    void settingsApplyLiveAndPersist()
    {
        QTemporaryDir dir;
        {
            auto core = AppCore::open(dir.path());
            QVERIFY(core);
            AppConfig *config = (*core)->config();
            ProviderProfile local;
            local.id = u"ollama"_s;
            local.name = u"Ollama"_s;
            local.baseUrl = QUrl(u"http://127.0.0.1:11434/v1"_s);
            local.defaultModel = u"llama3.2"_s;
            config->setProviders({local});
            config->setActiveProviderId(u"ollama"_s);
            QCOMPARE((*core)->llm()->profile().defaultModel, u"llama3.2"_s);
            QCOMPARE((*core)->chat()->defaults().model, u"llama3.2"_s);

            ChatDefaults defaults;
            defaults.model = u"qwen3"_s;
            defaults.temperature = 0.3;
            defaults.reasoningOff = {{u"think"_s, false}};
            config->setChatDefaults(defaults);
            QCOMPARE((*core)->chat()->defaults().model, u"qwen3"_s);

            config->setReadableFolders({dir.path()});
            QVERIFY((*core)->agent()->tools().names().contains(u"read_file"_s));
            config->sync();
        }
        auto reopened = AppCore::open(dir.path());
        QVERIFY(reopened);
        QCOMPARE((*reopened)->llm()->profile().baseUrl, QUrl(u"http://127.0.0.1:11434/v1"_s));
        const ChatDefaults defaults = (*reopened)->config()->chatDefaults();
        QCOMPARE(defaults.temperature, std::optional<double>(0.3));
        QCOMPARE(defaults.reasoningOff.value(u"think").toBool(true), false);
        QFile file(dir.filePath(u"confab.conf"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("11434"));
        QVERIFY(!text.contains("apiKey"));
    }
};

QTEST_GUILESS_MAIN(TestAppCore)
#include "tst_appcore.moc"
