// SPDX-License-Identifier: GPL-3.0-or-later
#include "appconfig.h"
#include "appcore.h"
#include "assistantlistmodel.h"
#include "chatservice.h"
#include "chatturn.h"
#include "conversationsettings.h"
#include "llmclient.h"
#include "scriptedprovider.h"
#include "storage.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestConversationSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<AppCore> m_core;
    ScriptedProvider *m_provider = nullptr;

private Q_SLOTS:
    void init()
    {
        qunsetenv("OPENAI_API_KEY");
        qunsetenv("OPENAI_BASE_URL");
        m_dir = new QTemporaryDir;
        m_provider = new ScriptedProvider;
        QVERIFY(m_provider->listen());
        auto opened = AppCore::open(m_dir->path());
        QVERIFY(opened);
        m_core = std::move(*opened);
        ProviderProfile profile;
        profile.id = u"scripted"_s;
        profile.baseUrl = m_provider->baseUrl();
        profile.defaultModel = u"default-model"_s;
        ProviderOptions options;
        options.needsKey = false;
        options.reasoningOn = {{u"thinking"_s, true}};
        options.reasoningOff = {{u"thinking"_s, false}};
        m_core->config()->saveProvider(profile, options, true);
    }

    void cleanup()
    {
        m_core.reset();
        delete m_provider;
        delete m_dir;
    }

    void newChatSettingsReachTheFirstRequest()
    {
        ConversationSettings settings;
        settings.setCore(m_core.get());
        QCOMPARE(settings.conversationId(), 0);
        QVERIFY(settings.usesDefaults());
        QCOMPARE(settings.defaultModel(), u"default-model"_s);
        QVERIFY(settings.reasoning()); // the default

        // Changing a new chat's settings creates its conversation.
        QSignalSpy created(&settings, &ConversationSettings::conversationCreated);
        settings.setTemperature(0.25);
        QCOMPARE(created.size(), 1);
        const qint64 id = created.first().first().toLongLong();
        QCOMPARE(settings.conversationId(), id);
        QCOMPARE(m_core->storage()->conversation(id)->title, QString()); // titled by the first question
        settings.setMaxTokens(300);
        settings.setModel(u"other-model"_s);
        settings.setSystemPrompt(u"Answer in French."_s);
        settings.setReasoning(false);
        settings.setTools(false);
        QCOMPARE(created.size(), 1);
        QVERIFY(!settings.usesDefaults());
        const auto stored = m_core->storage()->conversation(id);
        QCOMPARE(stored->model, u"other-model"_s);
        QCOMPARE(stored->systemPrompt, u"Answer in French."_s);
        QCOMPARE(stored->parameters.value(u"temperature").toDouble(), 0.25);
        QCOMPARE(stored->parameters.value(u"max_tokens").toInt(), 300);
        QCOMPARE(stored->parameters.value(u"reasoning").toBool(true), false);
        QCOMPARE(stored->parameters.value(u"tools").toBool(true), false);

        // ChatService reads them for the turn.
        m_provider->enqueue(ScriptedResponse::chatStream({u"Bonjour."_s}));
        TurnRequest request;
        request.query = u"Hello"_s;
        request.conversationId = id;
        request.origin = u"test"_s;
        auto turn = m_core->chat()->startTurn(request);
        QVERIFY(turn);
        QSignalSpy done(*turn, &ChatTurn::finished);
        QVERIFY(done.wait(10000));
        const QJsonObject body = m_provider->chatRequests().first().json();
        QCOMPARE(body.value(u"model").toString(), u"other-model"_s);
        QCOMPARE(body.value(u"temperature").toDouble(), 0.25);
        QCOMPARE(body.value(u"max_tokens").toInt(), 300);
        QCOMPARE(body.value(u"thinking"), QJsonValue(false)); // the provider's "off" switch
        QVERIFY(!body.contains(u"tools"));
        QCOMPARE(body.value(u"messages").toArray().first().toObject().value(u"content").toString(), u"Answer in French."_s);
        QCOMPARE(m_core->storage()->conversation(id)->title, u"Hello"_s);

        // Back to the defaults.
        settings.setTemperature(-1);
        QVERIFY(!m_core->storage()->conversation(id)->parameters.contains(u"temperature"));
        settings.resetToDefaults();
        QVERIFY(settings.usesDefaults());
        QCOMPARE(settings.model(), QString());
    }

    void followsChangesMadeElsewhere()
    {
        Conversation draft;
        draft.title = u"Existing"_s;
        const qint64 id = m_core->storage()->createConversation(draft)->id;
        ConversationSettings settings;
        settings.setCore(m_core.get());
        settings.setConversationId(id);
        QSignalSpy changed(&settings, &ConversationSettings::changed);
        ConversationUpdate update;
        update.systemPrompt = u"Be brief."_s;
        QVERIFY(m_core->storage()->updateConversation(id, update));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(settings.systemPrompt(), u"Be brief."_s);
    }

    void assistantsApplyToConversations()
    {
        AssistantListModel assistants;
        assistants.setCore(m_core.get());
        QAbstractItemModelTester tester(&assistants, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString id = assistants.add(u"Translator"_s);
        QCOMPARE(assistants.count(), 1);
        QCOMPARE(assistants.add(u"Translator"_s).isEmpty(), false);
        QCOMPARE(assistants.data(assistants.index(1), AssistantListModel::NameRole).toString(), u"Translator 2"_s);
        QVERIFY(assistants.update(id,
                                  {{u"systemPrompt"_s, u"Translate to German."_s},
                                   {u"model"_s, u"translate-model"_s},
                                   {u"temperature"_s, 0.1},
                                   {u"reasoning"_s, 0}}));
        QCOMPARE(assistants.get(id).value(u"temperature"_s).toDouble(), 0.1);
        QCOMPARE(m_core->config()->assistants().first().systemPrompt, u"Translate to German."_s); // saved at once

        ConversationSettings settings;
        settings.setCore(m_core.get());
        QSignalSpy created(&settings, &ConversationSettings::conversationCreated);
        QVERIFY(settings.applyAssistant(id));
        QCOMPARE(created.size(), 1);
        QCOMPARE(settings.systemPrompt(), u"Translate to German."_s);
        QCOMPARE(settings.model(), u"translate-model"_s);
        QCOMPARE(settings.temperature(), 0.1);
        QVERIFY(!settings.reasoning());
        QVERIFY(!settings.applyAssistant(u"unknown"_s));

        QVERIFY(assistants.remove(id));
        QCOMPARE(assistants.count(), 1);
        QCOMPARE(m_core->config()->assistants().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestConversationSettings)
#include "tst_conversationsettings.moc"
