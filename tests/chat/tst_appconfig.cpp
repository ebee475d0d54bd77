// SPDX-License-Identifier: GPL-3.0-or-later
#include "appconfig.h"
#include "appcore.h"
#include "chatservice.h"
#include "contextagent.h"
#include "llmclient.h"
#include "providerpreset.h"
#include "secretstore.h"
#include "titlegenerator.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAppConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        qunsetenv("OPENAI_API_KEY");
        qunsetenv("OPENAI_BASE_URL");
    }

    void presets()
    {
        QStringList ids;
        for (const ProviderPreset &preset : ProviderPreset::all()) {
            ids << preset.id;
            if (preset.id != u"custom") {
                QVERIFY2(QUrl(preset.baseUrl).isValid() && QUrl(preset.baseUrl).path().endsWith(u"/v1"_s),
                         qPrintable(preset.baseUrl));
            }
            QCOMPARE(preset.local, QUrl(preset.baseUrl).host() == u"127.0.0.1"_s);
            QCOMPARE(preset.needsKey, !preset.local && preset.id != u"custom");
        }
        QCOMPARE(ids,
                 (QStringList{u"openai"_s, u"deepseek"_s, u"openrouter"_s, u"mistral"_s, u"groq"_s, u"ollama"_s, u"lmstudio"_s,
                              u"llamacpp"_s, u"vllm"_s, u"custom"_s}));
        QCOMPARE(ProviderPreset::find(u"deepseek"_s)->reasoningOff.value(u"thinking").toObject().value(u"type").toString(),
                 u"disabled"_s);
        QCOMPARE(ProviderPreset::find(u"ollama"_s)->reasoningOff.value(u"reasoning_effort").toString(), u"none"_s);
        QCOMPARE(
            ProviderPreset::find(u"llamacpp"_s)->reasoningOn.value(u"chat_template_kwargs").toObject().value(u"enable_thinking"),
            QJsonValue(true));
        QVERIFY(!ProviderPreset::find(u"nope"_s));
    }

    void providersWithOptions()
    {
        QTemporaryDir dir;
        AppConfig config(dir.path());
        QSignalSpy changed(&config, &AppConfig::changed);
        ProviderProfile profile = ProviderPreset::find(u"deepseek"_s)->profile();
        profile.apiKey = u"sk-must-not-be-written"_s;
        const QString id = config.saveProvider(profile, ProviderPreset::find(u"deepseek"_s)->options(), true);
        QVERIFY(id.startsWith(u"deepseek-"_s));
        QCOMPARE(changed.size(), 1); // one signal for the whole save
        QCOMPARE(config.activeProviderId(), id);
        QCOMPARE(config.activeProvider().baseUrl, QUrl(u"https://api.deepseek.com/v1"_s));
        QCOMPARE(config.providerOptions(id).presetId, u"deepseek"_s);
        QVERIFY(config.providerOptions(id).needsKey);

        ProviderProfile local = ProviderPreset::find(u"ollama"_s)->profile();
        local.defaultModel = u"qwen3:8b"_s;
        const QString localId = config.saveProvider(local, ProviderPreset::find(u"ollama"_s)->options(), false);
        QCOMPARE(config.providers().size(), 2);
        QCOMPARE(config.activeProviderId(), id);
        // Saving again under the same id replaces it.
        local.id = localId;
        local.defaultModel = u"llama3.2"_s;
        config.saveProvider(local, ProviderPreset::find(u"ollama"_s)->options(), true);
        QCOMPARE(config.providers().size(), 2);
        QCOMPARE(config.activeProvider().defaultModel, u"llama3.2"_s);

        config.removeProvider(localId);
        QCOMPARE(config.providers().size(), 1);
        QCOMPARE(config.activeProviderId(), id); // the other one takes over
        QCOMPARE(config.providerOptions(localId).presetId, QString());
        config.sync();
        QFile file(config.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("sk-must-not-be-written"));
    }

    void assistantsAndChoices()
    {
        QTemporaryDir dir;
        {
            AppConfig config(dir.path());
            Assistant writer;
            writer.id = u"a1"_s;
            writer.name = u"Writer"_s;
            writer.systemPrompt = u"Write well."_s;
            writer.temperature = 0.9;
            writer.reasoning = false;
            config.setAssistants({writer});
            QVERIFY(config.generateTitles());
            config.setGenerateTitles(false);
            QVERIFY(!config.keyFileAllowed());
            config.setKeyFileAllowed(true);
            config.setRemoteBackend(true, QUrl(u"http://127.0.0.1:1733"_s));
        }
        AppConfig config(dir.path());
        QCOMPARE(config.assistants().size(), 1);
        const Assistant writer = config.assistants().first();
        QCOMPARE(writer.name, u"Writer"_s);
        QCOMPARE(writer.temperature, std::optional(0.9));
        QCOMPARE(writer.reasoning, std::optional(false));
        QVERIFY(!writer.maxTokens);
        const QJsonObject parameters = writer.applyTo({{u"max_tokens"_s, 100}, {u"extra_body"_s, QJsonObject{{u"x"_s, 1}}}});
        QCOMPARE(parameters.value(u"temperature").toDouble(), 0.9);
        QCOMPARE(parameters.value(u"reasoning").toBool(true), false);
        QVERIFY(!parameters.contains(u"max_tokens")); // the assistant's "unset" clears it
        QVERIFY(parameters.contains(u"extra_body")); // what it does not know is kept
        QVERIFY(!config.generateTitles());
        QVERIFY(config.keyFileAllowed());
        QCOMPARE(config.keyFilePath(), QDir(dir.path()).filePath(u"secrets.json"_s));
        QVERIFY(config.remoteBackendEnabled());
        QCOMPARE(config.remoteBackendUrl(), QUrl(u"http://127.0.0.1:1733"_s));
        config.setRemoteBackend(true, QUrl(u"not a url"_s));
        QVERIFY(!config.remoteBackendEnabled());
    }

    void writeFailuresAreReported()
    {
        QTemporaryDir dir;
        // A data folder whose parent is a regular file cannot be created, not even by root.
        QFile blocker(dir.filePath(u"blocker"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString dataDir = blocker.fileName() + u"/data"_s;
        AppConfig config(dataDir);
        QSignalSpy failed(&config, &AppConfig::syncFailed);
        config.setGenerateTitles(false);
        QVERIFY(!config.sync());
        QVERIFY2(config.errorString().contains(config.filePath()), qPrintable(config.errorString()));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.constFirst().constFirst().toString(), config.errorString());

        // A change from any caller is written on the next turn of the event loop, and reported.
        config.setValue(u"appearance/fontSize"_s, 12);
        QVERIFY(failed.wait(2000));
        QCOMPARE(failed.size(), 2);

        // Once the folder can be made, the next sync writes what was pending and clears the error.
        QVERIFY(QFile::remove(blocker.fileName()));
        QVERIFY(QDir().mkpath(dataDir));
        QVERIFY(config.sync());
        QVERIFY(config.errorString().isEmpty());
        QFile file(config.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY2(written.contains("generate=false") && written.contains("fontSize=12"), written.constData());
        QCOMPARE(failed.size(), 2);
    }

    void coreAppliesTheChoices()
    {
        QTemporaryDir dir;
        auto opened = AppCore::open(dir.path());
        QVERIFY(opened);
        AppCore *core = opened->get();
        const ProviderPreset deepseek = *ProviderPreset::find(u"deepseek"_s);
        const QString id = core->config()->saveProvider(deepseek.profile(), deepseek.options(), true);
        // The provider's reasoning switches become the defaults' unless the user set their own.
        QCOMPARE(core->chat()->defaults().reasoningOff, deepseek.reasoningOff);
        QCOMPARE(core->chat()->defaults().model, deepseek.suggestedModel);
        // A key typed this session works at once, even with no keychain.
        core->rememberApiKey(id, u"sk-session"_s);
        QCOMPARE(core->llm()->profile().apiKey, u"sk-session"_s);
        core->config()->setChatDefaults(core->config()->chatDefaults()); // any re-apply keeps it
        QCOMPARE(core->llm()->profile().apiKey, u"sk-session"_s);
        // The key file, once chosen, is where keys go without a keychain.
        QVERIFY(core->secrets()->fallbackFile().isEmpty());
        core->config()->setKeyFileAllowed(true);
        QCOMPARE(core->secrets()->fallbackFile(), core->config()->keyFilePath());
        // The remote backend replaces the workflow, and turns model titles off.
        QVERIFY(!core->agent()->hasEngineFactory());
        QVERIFY(core->titles()->isEnabled());
        core->config()->setRemoteBackend(true, QUrl(u"http://127.0.0.1:1733"_s));
        QVERIFY(core->agent()->hasEngineFactory());
        QVERIFY(!core->titles()->isEnabled());
        core->config()->setRemoteBackend(false, QUrl(u"http://127.0.0.1:1733"_s));
        QVERIFY(!core->agent()->hasEngineFactory());
    }
};

QTEST_GUILESS_MAIN(TestAppConfig)
#include "tst_appconfig.moc"
