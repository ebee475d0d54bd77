// SPDX-License-Identifier: GPL-3.0-or-later
// The chat window under load: the real window (Main.qml with the app's services) opens a
// conversation of 2,000 stored messages (markdown with code, tables, quotes and math), then a
// 20,000-token reply streams into it at 500 tokens/s from a scripted provider on loopback (served
// from its own thread, as a remote server would be). Prints the frame intervals measured from
// frameSwapped (p50/p99/max), the main thread's CPU time per token at the start and at the end of
// the reply (their ratio shows whether the cost grows with the reply's length), and the RSS. The
// baseline, measured in the same run, is the same reply streamed into an empty conversation: the
// ratio between the two shows what the 2,000 stored messages cost.
//
//   xvfb-run -a -s "-screen 0 1280x900x24" build/<system>/bench/bench_chat [--tokens N] [--rate R]
//       [--messages M] [--no-baseline]
//
// Targets (issue 7): p99 frame interval under 16 ms, CPU per token at the end within 1.5x of the
// start, RSS under 150 MB. Under Xvfb, OpenGL is Mesa's llvmpipe, whose JIT and buffers add about
// 90 MB to the RSS; QT_QUICK_BACKEND=software measures the app without them.
#include "appcore.h"
#include "backend.h"
#include "benchmeasure.h"
#include "chatcontroller.h"
#include "chatservice.h"
#include "chatturn.h"
#include "messagemodel.h"
#include "samplemarkdown.h"
#include "scriptedprovider.h"
#include "storage.h"
#include "titlegenerator.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <mutex>

Q_IMPORT_QML_PLUGIN(ConfabPlugin)
Q_IMPORT_QML_PLUGIN(Confab_ModelsPlugin)

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

void wait(std::chrono::milliseconds ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

/** A conversation of @p count messages (questions and markdown answers) as a Confab JSON export. */
QByteArray history(int count)
{
    QJsonArray messages;
    for (int i = 1; i <= count; ++i) {
        const bool user = i % 2 == 1;
        messages.append(
            QJsonObject{{u"id"_s, i},
                        {u"parentId"_s, i - 1},
                        {u"role"_s, user ? u"user"_s : u"assistant"_s},
                        {u"content"_s, user ? u"Question %1: how does part %1 work?"_s.arg(i) : SampleMarkdown::section(i)},
                        {u"status"_s, u"completed"_s},
                        {u"createdAt"_s, u"2025-03-01T10:00:00.000Z"_s}});
    }
    const QJsonObject conversation{{u"id"_s, 1},
                                   {u"title"_s, u"A long conversation"_s},
                                   {u"createdAt"_s, u"2025-03-01T10:00:00.000Z"_s},
                                   {u"updatedAt"_s, u"2025-03-01T10:00:00.000Z"_s},
                                   {u"activeLeafId"_s, count},
                                   {u"messages"_s, messages}};
    return QJsonDocument(QJsonObject{{u"format"_s, u"confab-conversations"_s},
                                     {u"version"_s, 1},
                                     {u"exportedAt"_s, u"2025-03-01T10:00:00.000Z"_s},
                                     {u"conversations"_s, QJsonArray{conversation}}})
        .toJson(QJsonDocument::Compact);
}

QByteArray sseEvent(const QJsonObject &delta, const QJsonValue &finish = QJsonValue::Null)
{
    const QJsonObject chunk{
        {u"id"_s, u"chatcmpl-bench"_s},
        {u"object"_s, u"chat.completion.chunk"_s},
        {u"model"_s, u"bench-model"_s},
        {u"choices"_s, QJsonArray{QJsonObject{{u"index"_s, 0}, {u"delta"_s, delta}, {u"finish_reason"_s, finish}}}}};
    return "data: " + QJsonDocument(chunk).toJson(QJsonDocument::Compact) + "\n\n";
}

/** The reply as a stream of one SSE event per token, @p perStep tokens every @p stepMs. */
ScriptedResponse streamedReply(const QList<QStringView> &tokens, int perStep, std::chrono::milliseconds step)
{
    ScriptedResponse response = ScriptedResponse::sse(sseEvent(QJsonObject{{u"role"_s, u"assistant"_s}, {u"content"_s, u""_s}}));
    QByteArray pending;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        pending += sseEvent(QJsonObject{{u"content"_s, tokens.at(i).toString()}});
        if ((i + 1) % perStep == 0) {
            response.then(step, pending);
            pending.clear();
        }
    }
    pending += sseEvent(QJsonObject(), u"stop"_s);
    const QJsonObject usage{{u"id"_s, u"chatcmpl-bench"_s},
                            {u"object"_s, u"chat.completion.chunk"_s},
                            {u"model"_s, u"bench-model"_s},
                            {u"choices"_s, QJsonArray()},
                            {u"usage"_s,
                             QJsonObject{{u"prompt_tokens"_s, 100},
                                         {u"completion_tokens"_s, qint64(tokens.size())},
                                         {u"total_tokens"_s, qint64(tokens.size() + 100)}}}};
    pending += "data: " + QJsonDocument(usage).toJson(QJsonDocument::Compact) + "\n\ndata: [DONE]\n\n";
    response.then(step, pending);
    return response;
}

struct Result
{
    QString name;
    int storedMessages = 0;
    double openMs = 0;
    double startUsPerToken = 0;
    double endUsPerToken = 0;
    double p50 = 0;
    double p99 = 0;
    double max = 0;
    double endP99 = 0;
    qsizetype frames = 0;
    double seconds = 0;
    double tokensPerSecond = 0;
    int modelUpdates = 0;
    qint64 rssBefore = 0;
    qint64 rssAfter = 0;
};

struct Sample
{
    qint64 cpuNs;
    qsizetype tokens;
    qsizetype swapIndex;
};

class Bench
{
public:
    Bench(QQuickWindow *window, ChatController *controller, AppCore *core, ScriptedProvider *provider, QObject *providerContext)
        : m_window(window)
        , m_controller(controller)
        , m_core(core)
        , m_provider(provider)
        , m_providerContext(providerContext)
    {
        QObject::connect(
            window, &QQuickWindow::frameSwapped, window,
            [this] {
                const std::lock_guard lock(m_mutex);
                m_swaps.append(m_clock.nsecsElapsed());
            },
            Qt::DirectConnection);
        m_clock.start();
    }

    Result run(const QString &name, qint64 conversationId, int storedMessages, const QList<QStringView> &tokens, double rate)
    {
        Result result;
        result.name = name;
        result.storedMessages = storedMessages;

        // Open the conversation in the window and let it settle.
        QElapsedTimer open;
        open.start();
        m_controller->setConversationId(conversationId);
        result.openMs = open.nsecsElapsed() / 1e6;
        wait(1500ms);

        // Token boundaries in characters, to turn the streamed text's length into a token count.
        QList<qsizetype> ends;
        ends.reserve(tokens.size());
        qsizetype length = 0;
        for (const QStringView token : tokens) {
            length += token.size();
            ends.append(length);
        }
        const int perStep = std::max(1, int(rate / 250)); // a step every 4 ms at 500 tokens/s
        const auto step = std::chrono::milliseconds(qint64(perStep * 1000.0 / rate));
        QMetaObject::invokeMethod(
            m_providerContext, [this, &tokens, perStep, step] { m_provider->enqueue(streamedReply(tokens, perStep, step)); },
            Qt::BlockingQueuedConnection);

        result.rssBefore = BenchMeasure::residentKiB();
        const int batchesBefore = m_controller->messages()->updateBatches();
        qsizetype swapStart = 0;
        {
            const std::lock_guard lock(m_mutex);
            swapStart = m_swaps.size();
        }
        QList<Sample> samples;
        QElapsedTimer streamClock;
        streamClock.start();
        if (!m_controller->send(u"Write a very long answer with code and tables."_s)) {
            std::fprintf(stderr, "send failed: %s\n", qPrintable(m_controller->lastError()));
            std::exit(1);
        }
        ChatTurn *turn = m_core->chat()->turnForConversation(m_controller->conversationId());
        if (!turn) {
            std::fprintf(stderr, "no turn\n");
            std::exit(1);
        }
        QEventLoop loop;
        QTimer sampler;
        sampler.setInterval(50);
        QObject::connect(&sampler, &QTimer::timeout, [&] {
            const qsizetype chars = turn->run()->content().size();
            const qsizetype done = std::upper_bound(ends.cbegin(), ends.cend(), chars) - ends.cbegin();
            const std::lock_guard lock(m_mutex);
            samples.append(Sample{BenchMeasure::threadCpuNs(), done, m_swaps.size()});
        });
        QObject::connect(turn, &ChatTurn::finished, &loop, [&] { QTimer::singleShot(300, &loop, &QEventLoop::quit); });
        sampler.start();
        loop.exec();
        sampler.stop();
        samples.append(Sample{BenchMeasure::threadCpuNs(), tokens.size(), m_swaps.size()});
        result.seconds = streamClock.elapsed() / 1000.0;
        result.rssAfter = BenchMeasure::residentKiB();
        result.modelUpdates = m_controller->messages()->updateBatches() - batchesBefore;
        if (turn->finalStatus() != MessageStatus::Completed) {
            std::fprintf(stderr, "the reply did not complete (status %d)\n", int(turn->finalStatus()));
        }

        // CPU per token over tokens [window, 2 window) and over the last window.
        const qsizetype total = tokens.size();
        const qsizetype window = std::min<qsizetype>(1000, total / 10);
        const auto firstAt = [&](qsizetype count) {
            return std::find_if(samples.cbegin(), samples.cend(), [count](const Sample &s) { return s.tokens >= count; });
        };
        const auto startFrom = firstAt(window);
        const auto startTo = firstAt(2 * window);
        const auto endFrom = firstAt(total - window);
        const Sample &last = samples.constLast();
        if (startFrom != samples.cend() && startTo != samples.cend() && startTo->tokens > startFrom->tokens) {
            result.startUsPerToken = (startTo->cpuNs - startFrom->cpuNs) / 1000.0 / double(startTo->tokens - startFrom->tokens);
        }
        if (endFrom != samples.cend() && last.tokens > endFrom->tokens) {
            result.endUsPerToken = (last.cpuNs - endFrom->cpuNs) / 1000.0 / double(last.tokens - endFrom->tokens);
        }
        const qsizetype endSwap = endFrom != samples.cend() ? endFrom->swapIndex : 0;

        QList<double> intervals;
        QList<double> endIntervals;
        {
            const std::lock_guard lock(m_mutex);
            for (qsizetype i = swapStart + 1; i < m_swaps.size(); ++i) {
                const double ms = (m_swaps.at(i) - m_swaps.at(i - 1)) / 1e6;
                intervals.append(ms);
                if (i > endSwap) {
                    endIntervals.append(ms);
                }
            }
        }
        result.frames = intervals.size();
        result.p50 = BenchMeasure::percentile(intervals, 0.5);
        result.p99 = BenchMeasure::percentile(intervals, 0.99);
        result.max = intervals.isEmpty() ? 0 : *std::max_element(intervals.cbegin(), intervals.cend());
        result.endP99 = BenchMeasure::percentile(endIntervals, 0.99);
        result.tokensPerSecond = total / std::max(1e-9, result.seconds);
        return result;
    }

private:
    QQuickWindow *m_window;
    ChatController *m_controller;
    AppCore *m_core;
    ScriptedProvider *m_provider;
    QObject *m_providerContext;
    std::mutex m_mutex;
    QList<qint64> m_swaps;
    QElapsedTimer m_clock;
};

void print(const Result &r)
{
    std::printf("%s (%d stored messages, opened in %.0f ms)\n"
                "  main-thread CPU per token:  start %7.1f us   end %7.1f us   end/start %.2fx\n"
                "  frame interval (frameSwapped): p50 %.1f ms   p99 %.1f ms   max %.1f ms   last 1000 tokens p99 %.1f ms   "
                "(%lld frames in %.1f s, %.0f tokens/s, %d model updates)\n"
                "  RSS: %.0f MB before the reply, %.0f MB after\n",
                qPrintable(r.name), r.storedMessages, r.openMs, r.startUsPerToken, r.endUsPerToken,
                r.endUsPerToken / std::max(1e-9, r.startUsPerToken), r.p50, r.p99, r.max, r.endP99,
                static_cast<long long>(r.frames), r.seconds, r.tokensPerSecond, r.modelUpdates, r.rssBefore * 1024 / 1e6,
                r.rssAfter * 1024 / 1e6);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Streams a long reply into the chat window over a long conversation and prints its costs."_s);
    parser.addHelpOption();
    parser.addOption({u"tokens"_s, u"Tokens in the reply (default 20000)."_s, u"n"_s, u"20000"_s});
    parser.addOption({u"rate"_s, u"Tokens per second (default 500)."_s, u"r"_s, u"500"_s});
    parser.addOption({u"messages"_s, u"Stored messages in the conversation (default 2000)."_s, u"n"_s, u"2000"_s});
    parser.addOption({u"no-baseline"_s, u"Skip the run over an empty conversation."_s});
    parser.process(app);
    const int tokenCount = parser.value(u"tokens"_s).toInt();
    const double rate = parser.value(u"rate"_s).toDouble();
    const int messageCount = parser.value(u"messages"_s).toInt();

    // The provider, on its own thread.
    QThread providerThread;
    providerThread.start();
    QObject providerContext;
    providerContext.moveToThread(&providerThread);
    ScriptedProvider *provider = nullptr;
    QMetaObject::invokeMethod(
        &providerContext,
        [&provider] {
            provider = new ScriptedProvider;
            provider->listen();
        },
        Qt::BlockingQueuedConnection);
    qputenv("OPENAI_BASE_URL", provider->baseUrl().toString().toUtf8());
    qputenv("OPENAI_API_KEY", "bench-key");
    qputenv("OPENAI_MODEL", "bench-model");

    QTemporaryDir data;
    QElapsedTimer clock;
    clock.start();
    auto opened = AppCore::open(data.path());
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    AppCore *core = opened->get();
    core->titles()->setEnabled(false); // the scripted provider serves the measured reply only
    const auto imported = core->storage()->importJson(history(messageCount));
    if (!imported || imported->isEmpty()) {
        std::fprintf(stderr, "import failed: %s\n", imported ? "nothing imported" : qPrintable(imported.error().toString()));
        return 1;
    }
    const qint64 longConversation = imported->constFirst();
    const qint64 emptyConversation = core->storage()->createConversation()->id;
    const double importMs = clock.elapsed();
    const qint64 rssCore = BenchMeasure::residentKiB();

    const QString full = SampleMarkdown::reply(tokenCount);
    QList<QStringView> tokens = SampleMarkdown::pieces(full);
    tokens.resize(std::min<qsizetype>(tokens.size(), tokenCount));

    Backend::setCore(core);
    QQuickStyle::setStyle(u"Fusion"_s);
    QQmlApplicationEngine engine;
    engine.addImportPath(u"qrc:/"_s);
    engine.load(QUrl(u"qrc:/Confab/Main.qml"_s));
    if (engine.rootObjects().isEmpty()) {
        return 1;
    }
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    auto *controller = window ? window->findChild<ChatController *>(u"chatController"_s) : nullptr;
    if (!controller) {
        std::fprintf(stderr, "no chat controller in the window\n");
        return 1;
    }
    std::printf("window %dx%d; reply: %lld tokens at %.0f tokens/s; history: %d messages imported in %.0f ms; Qt %s\n",
                window->width(), window->height(), static_cast<long long>(tokens.size()), rate, messageCount, importMs,
                qVersion());
    wait(1000ms);
    std::printf("RSS: %.0f MB with the services and the history, %.0f MB with the window shown (no conversation)\n",
                rssCore * 1024 / 1e6, BenchMeasure::residentKiB() * 1024 / 1e6);

    Bench bench(window, controller, core, provider, &providerContext);
    Result baseline;
    if (!parser.isSet(u"no-baseline"_s)) {
        baseline = bench.run(u"baseline: empty conversation"_s, emptyConversation, 0, tokens, rate);
        print(baseline);
    }
    const Result loaded = bench.run(u"long conversation"_s, longConversation, messageCount, tokens, rate);
    print(loaded);
    if (!parser.isSet(u"no-baseline"_s)) {
        std::printf("long conversation against the empty one (same run): CPU per token at the end %.2fx; p99 frame interval "
                    "%.1f ms against %.1f ms; RSS after %.0f MB against %.0f MB\n",
                    loaded.endUsPerToken / std::max(1e-9, baseline.endUsPerToken), loaded.p99, baseline.p99,
                    loaded.rssAfter * 1024 / 1e6, baseline.rssAfter * 1024 / 1e6);
    }
    std::printf("targets: p99 frame interval < 16 ms: %s; CPU per token end/start <= 1.5x: %s; RSS < 150 MB: %s\n",
                loaded.p99 < 16 ? "met" : "NOT met", loaded.endUsPerToken <= 1.5 * loaded.startUsPerToken ? "met" : "NOT met",
                loaded.rssAfter * 1024 / 1e6 < 150 ? "met" : "NOT met");

    QMetaObject::invokeMethod(
        &providerContext, [provider] { delete provider; }, Qt::BlockingQueuedConnection);
    providerThread.quit();
    providerThread.wait();
    return 0;
}
