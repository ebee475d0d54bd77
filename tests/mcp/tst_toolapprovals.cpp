// SPDX-License-Identifier: GPL-3.0-or-later
// ToolApprovals: questions, answers, timeouts, withdrawal; and the agent's timeout pausing while
// an asynchronous tool waits for the user.
#include "agentrun.h"
#include "agenttesthelpers.h"
#include "contextagent.h"
#include "eventchannel.h"
#include "llmclient.h"
#include "scriptedprovider.h"
#include "toolapprovals.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using T = StreamEvent::Type;

namespace {

/** An asynchronous tool that asks first, then answers "done". */
class AskingTool : public Tool
{
public:
    QString name() const override
    {
        return u"asking"_s;
    }
    QString description() const override
    {
        return u"Asks before it runs"_s;
    }
    QJsonObject parameters() const override
    {
        return {{u"type"_s, u"object"_s}};
    }
    Mode mode() const override
    {
        return Mode::Async;
    }
    PendingToolCall *start(const QJsonObject &, const QString &callId, QObject *parent) const override
    {
        auto *call = new PendingToolCall(parent);
        QMetaObject::invokeMethod(
            call,
            [call, callId] {
                Q_EMIT call->waitingForUser(true);
                ToolApprovals::instance()->requestApproval(
                    callId, u"asking"_s, u"{}"_s, call, [call](ToolApprovals::Decision decision) {
                        Q_EMIT call->waitingForUser(false);
                        Q_EMIT call->finished(decision == ToolApprovals::Decision::Allowed ? ToolOutput::success(u"done"_s)
                                                                                           : ToolOutput::failure(u"denied"_s));
                    });
            },
            Qt::QueuedConnection);
        return call;
    }
};

} // namespace

class TestToolApprovals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void instanceIsTheFirst()
    {
        QCOMPARE(ToolApprovals::instance(), nullptr);
        {
            ToolApprovals first;
            ToolApprovals second;
            QCOMPARE(ToolApprovals::instance(), &first);
        }
        QCOMPARE(ToolApprovals::instance(), nullptr);
    }

    void listeners()
    {
        ToolApprovals approvals;
        QVERIFY(!approvals.hasListeners());
        {
            QSignalSpy spy(&approvals, &ToolApprovals::approvalRequested);
            QVERIFY(approvals.hasListeners());
        }
        QVERIFY(!approvals.hasListeners());
    }

    void allowAndDeny()
    {
        ToolApprovals approvals;
        QSignalSpy requested(&approvals, &ToolApprovals::approvalRequested);
        QSignalSpy resolved(&approvals, &ToolApprovals::approvalResolved);
        QList<ToolApprovals::Decision> decisions;
        QObject context;
        approvals.requestApproval(u"a"_s, u"tool_a"_s, u"{\"x\":1}"_s, &context, [&](auto d) { decisions << d; });
        approvals.requestApproval(u"b"_s, u"tool_b"_s, u"{}"_s, &context, [&](auto d) { decisions << d; });
        QCOMPARE(requested.size(), 2);
        QCOMPARE(requested.at(0), (QList<QVariant>{u"a"_s, u"tool_a"_s, u"{\"x\":1}"_s}));
        QCOMPARE(approvals.pending().size(), 2);
        QCOMPARE(approvals.pending().at(1).toolName, u"tool_b"_s);
        QVERIFY(approvals.resolve(u"b"_s, false));
        QVERIFY(approvals.resolve(u"a"_s, true));
        QVERIFY(!approvals.resolve(u"a"_s, true)); // answered already
        QVERIFY(!approvals.resolve(u"zzz"_s, true));
        QCOMPARE(resolved.size(), 2);
        QCOMPARE(resolved.at(0), (QList<QVariant>{u"b"_s, false}));
        QCOMPARE(resolved.at(1), (QList<QVariant>{u"a"_s, true}));
        QVERIFY(decisions.isEmpty()); // callbacks run on the event loop
        QTRY_COMPARE(decisions.size(), 2);
        QCOMPARE(decisions, (QList{ToolApprovals::Decision::Denied, ToolApprovals::Decision::Allowed}));
        QVERIFY(approvals.pending().isEmpty());
    }

    void sameCallIdAnswersTheOldest()
    {
        ToolApprovals approvals;
        QList<int> answered;
        approvals.requestApproval(u"0"_s, u"t"_s, {}, nullptr, [&](auto) { answered << 1; });
        approvals.requestApproval(u"0"_s, u"t"_s, {}, nullptr, [&](auto) { answered << 2; });
        QVERIFY(approvals.resolve(u"0"_s, true));
        QTRY_COMPARE(answered, QList<int>{1});
        QVERIFY(approvals.isPending(u"0"_s));
    }

    void timeoutDenies()
    {
        ToolApprovals approvals;
        approvals.setTimeoutMs(50);
        QSignalSpy resolved(&approvals, &ToolApprovals::approvalResolved);
        std::optional<ToolApprovals::Decision> decision;
        approvals.requestApproval(u"a"_s, u"t"_s, {}, nullptr, [&](auto d) { decision = d; });
        QTRY_VERIFY(decision.has_value());
        QCOMPARE(*decision, ToolApprovals::Decision::TimedOut);
        QCOMPARE(resolved.at(0), (QList<QVariant>{u"a"_s, false}));
    }

    void withdrawAndGoneContext()
    {
        ToolApprovals approvals;
        QSignalSpy resolved(&approvals, &ToolApprovals::approvalResolved);
        std::optional<ToolApprovals::Decision> decision;
        const quint64 ticket = approvals.requestApproval(u"a"_s, u"t"_s, {}, nullptr, [&](auto d) { decision = d; });
        approvals.withdraw(ticket);
        QTRY_VERIFY(decision.has_value());
        QCOMPARE(*decision, ToolApprovals::Decision::Withdrawn);
        QCOMPARE(resolved.size(), 1);

        bool called = false;
        auto *context = new QObject;
        approvals.requestApproval(u"b"_s, u"t"_s, {}, context, [&](auto) { called = true; });
        delete context;
        QVERIFY(approvals.resolve(u"b"_s, true));
        QTest::qWait(20);
        QVERIFY(!called);
    }

    void destructionWithdrawsEverything()
    {
        QObject context;
        std::optional<ToolApprovals::Decision> decision;
        {
            ToolApprovals approvals;
            approvals.requestApproval(u"a"_s, u"t"_s, {}, &context, [&](auto d) { decision = d; });
        }
        QTRY_VERIFY(decision.has_value());
        QCOMPARE(*decision, ToolApprovals::Decision::Withdrawn);
    }

    void agentTimeoutPausesWhileAsking()
    {
        ScriptedProvider provider;
        QVERIFY(provider.listen());
        LlmClient client;
        ProviderProfile profile;
        profile.baseUrl = provider.baseUrl();
        profile.defaultModel = u"scripted-model"_s;
        client.setProfile(profile);
        ContextAgent agent(&client);
        AgentSettings settings;
        settings.toolTimeoutMs = 100;
        agent.setSettings(settings);
        agent.tools().add(std::make_shared<AskingTool>());
        ToolApprovals approvals;
        provider.enqueue(ScriptedResponse::toolCallStream({{u"call_7"_s, u"asking"_s, u"{}"_s}}));
        provider.enqueue(ScriptedResponse::chatStream({u"ok"_s}));
        AgentRun *run = agent.processStream(u"go"_s, {}, u"user"_s, {}, this);
        auto *recorder = new EventRecorder(run->channel()->createReader(run));
        recorder->setParent(run);
        run->start();
        QTRY_VERIFY(approvals.isPending(u"call_7"_s));
        QTest::qWait(300);
        QVERIFY(recorder->ofType(T::ToolResult).isEmpty());
        approvals.resolve(u"call_7"_s, true);
        QTRY_VERIFY(recorder->ended());
        const StreamEvent result = recorder->ofType(T::ToolResult).first();
        QCOMPARE(result.metadata.value(u"result").toString(), u"done"_s);
        QVERIFY(!result.metadata.value(u"timed_out").toBool());
        delete run;
    }
};

QTEST_GUILESS_MAIN(TestToolApprovals)
#include "tst_toolapprovals.moc"
