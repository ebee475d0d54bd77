// SPDX-License-Identifier: GPL-3.0-or-later
// Render linearity: a 20,000-token markdown reply (code fences, tables, lists, math) streams into
// MessageContent in a real window, as the chat page will feed it: tokens arrive at a fixed rate and
// the message text is updated at most once per frame. Prints the main thread's CPU time per token
// at the start and at the end of the reply (their ratio shows whether the cost grows with the
// length), the frame intervals measured from frameSwapped, and the RSS. The baseline, measured in
// the same run, is what several peers do: one TextEdit that renders the whole message as markdown
// on every update.
//
//   xvfb-run -a -s "-screen 0 1280x900x24" build/<system>/bench/bench_render [--tokens N] [--rate R] [--mode
//   blocks|naive|both]
#include "benchmeasure.h"
#include "samplemarkdown.h"

#include <QCommandLineParser>
#include <QCursor>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QScreen>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <mutex>

Q_IMPORT_QML_PLUGIN(ConfabPlugin)
Q_IMPORT_QML_PLUGIN(Confab_ModelsPlugin)

using namespace Qt::StringLiterals;

namespace {

struct Result
{
    double startUsPerUpdate = 0;
    double endUsPerUpdate = 0;
    qint64 rssBefore = 0;
    double startUsPerToken = 0;
    double endUsPerToken = 0;
    double p50 = 0;
    double p99 = 0;
    double max = 0;
    double endP99 = 0;
    qsizetype frames = 0;
    qint64 rss = 0;
    double seconds = 0;
};

const char *windowQml = R"qml(
import QtQuick
import QtQuick.Controls
import Confab

ApplicationWindow {
    id: window
    property string mode: "blocks"
    property bool cull: true
    property bool streaming: true
    width: 900
    height: 800
    visible: true
    color: Theme.palette.window

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.height + 40
        // Follow the tail, as the chat view does while a reply streams.
        onContentHeightChanged: contentY = Math.max(0, contentHeight - height)

        Column {
            id: column
            x: 20
            y: 20
            width: flick.width - 40

            Loader {
                width: parent.width
                active: window.mode === "blocks"
                sourceComponent: MessageContent {
                    objectName: "messageContent"
                    width: column.width
                    viewport: window.cull ? flick : null
                    streaming: window.streaming
                }
            }
            Loader {
                width: parent.width
                active: window.mode === "naive"
                sourceComponent: TextEdit {
                    objectName: "naive"
                    width: column.width
                    textFormat: TextEdit.MarkdownText
                    wrapMode: TextEdit.Wrap
                    readOnly: true
                    color: Theme.text
                }
            }
        }
    }
}
)qml";

Result run(QQmlEngine &engine, const QString &mode, const QString &reply, const QList<QStringView> &tokens, double rate,
           bool cull)
{
    QQmlComponent component(&engine);
    component.setData(windowQml, QUrl(u"qrc:/bench_render.qml"_s));
    std::unique_ptr<QObject> root(component.createWithInitialProperties({{u"mode"_s, mode}, {u"cull"_s, cull}}));
    if (!root) {
        std::fprintf(stderr, "%s\n", qPrintable(component.errorString()));
        std::exit(1);
    }
    auto *window = qobject_cast<QQuickWindow *>(root.get());
    // The text goes straight to the view's property from C++, as a model role would.
    QObject *view = root->findChild<QObject *>(mode == u"blocks"_s ? u"messageContent"_s : u"naive"_s);
    if (!view) {
        std::fprintf(stderr, "no view for mode %s\n", qPrintable(mode));
        std::exit(1);
    }

    // Frame intervals, from the thread that swaps (the render thread in the threaded loop).
    std::mutex mutex;
    QList<qint64> swaps;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [&] {
            const std::lock_guard lock(mutex);
            swaps.append(clock.nsecsElapsed());
        },
        Qt::DirectConnection);

    // Let the window settle before streaming.
    QEventLoop settle;
    QTimer::singleShot(500, &settle, &QEventLoop::quit);
    settle.exec();

    const qsizetype total = tokens.size();
    const qsizetype window1000 = std::min<qsizetype>(1000, total / 10);
    const qsizetype startFrom = window1000;
    const qsizetype startTo = 2 * window1000;
    const qsizetype endFrom = total - window1000;
    qint64 cpuAtStartFrom = -1;
    qint64 cpuAtStartTo = -1;
    qint64 cpuAtEndFrom = -1;
    qsizetype tokensAtStartFrom = 0;
    qsizetype tokensAtStartTo = 0;
    qsizetype tokensAtEndFrom = 0;
    qint64 swapIndexAtEndFrom = 0;
    qsizetype updates = 0;
    qsizetype updatesAtStartFrom = 0;
    qsizetype updatesAtStartTo = 0;
    qsizetype updatesAtEndFrom = 0;
    const qint64 rssBefore = BenchMeasure::residentKiB();

    qsizetype delivered = 0; // tokens received
    qsizetype shown = 0; // tokens given to the view
    qsizetype textLength = 0;
    QElapsedTimer streamClock;
    streamClock.start();
    QEventLoop loop;

    // The provider: tokens at a fixed rate.
    QTimer arrivals;
    arrivals.setTimerType(Qt::PreciseTimer);
    arrivals.setInterval(2);
    QObject::connect(&arrivals, &QTimer::timeout, [&] {
        const qsizetype due = std::min<qsizetype>(total, qsizetype(streamClock.nsecsElapsed() * 1e-9 * rate) + 1);
        for (; delivered < due; ++delivered) {
            textLength += tokens.at(delivered).size();
        }
    });
    // The message model: one update of the text per frame at most.
    QTimer frame;
    frame.setTimerType(Qt::PreciseTimer);
    frame.setInterval(16);
    QObject::connect(&frame, &QTimer::timeout, [&] {
        if (shown < delivered) {
            const auto mark = [&](qsizetype at, qint64 &cpu, qsizetype &tokensThen, qsizetype &updatesThen) {
                if (cpu < 0 && delivered >= at) {
                    cpu = BenchMeasure::threadCpuNs();
                    tokensThen = shown;
                    updatesThen = updates;
                }
            };
            mark(startFrom, cpuAtStartFrom, tokensAtStartFrom, updatesAtStartFrom);
            mark(startTo, cpuAtStartTo, tokensAtStartTo, updatesAtStartTo);
            if (cpuAtEndFrom < 0 && delivered >= endFrom) {
                cpuAtEndFrom = BenchMeasure::threadCpuNs();
                tokensAtEndFrom = shown;
                updatesAtEndFrom = updates;
                const std::lock_guard lock(mutex);
                swapIndexAtEndFrom = swaps.size();
            }
            shown = delivered;
            ++updates;
            view->setProperty("text", reply.left(textLength));
        }
        if (shown == total) {
            arrivals.stop();
            frame.stop();
            // Let the last update reach the screen.
            QTimer::singleShot(100, &loop, &QEventLoop::quit);
        }
    });
    const qint64 streamStartIndex = [&] {
        const std::lock_guard lock(mutex);
        return swaps.size();
    }();
    arrivals.start();
    frame.start();
    loop.exec();
    const qint64 cpuAtEnd = BenchMeasure::threadCpuNs();
    root->setProperty("streaming", false);

    Result result;
    result.seconds = streamClock.elapsed() / 1000.0;
    result.startUsPerToken =
        (cpuAtStartTo - cpuAtStartFrom) / 1000.0 / std::max<qsizetype>(1, tokensAtStartTo - tokensAtStartFrom);
    result.endUsPerToken = (cpuAtEnd - cpuAtEndFrom) / 1000.0 / std::max<qsizetype>(1, total - tokensAtEndFrom);
    result.startUsPerUpdate =
        (cpuAtStartTo - cpuAtStartFrom) / 1000.0 / std::max<qsizetype>(1, updatesAtStartTo - updatesAtStartFrom);
    result.endUsPerUpdate = (cpuAtEnd - cpuAtEndFrom) / 1000.0 / std::max<qsizetype>(1, updates - updatesAtEndFrom);
    result.rssBefore = rssBefore;
    QList<double> intervals;
    QList<double> endIntervals;
    {
        const std::lock_guard lock(mutex);
        for (qsizetype i = streamStartIndex + 1; i < swaps.size(); ++i) {
            const double ms = (swaps.at(i) - swaps.at(i - 1)) / 1e6;
            intervals.append(ms);
            if (i > swapIndexAtEndFrom) {
                endIntervals.append(ms);
            }
        }
    }
    result.frames = intervals.size();
    result.p50 = BenchMeasure::percentile(intervals, 0.5);
    result.p99 = BenchMeasure::percentile(intervals, 0.99);
    result.max = intervals.isEmpty() ? 0 : *std::max_element(intervals.cbegin(), intervals.cend());
    result.endP99 = BenchMeasure::percentile(endIntervals, 0.99);
    result.rss = BenchMeasure::residentKiB();
    return result;
}

void print(const QString &mode, const Result &r)
{
    std::printf("%s\n"
                "  main-thread CPU per token:  start %7.1f us   end %7.1f us   end/start %.2fx\n"
                "  main-thread CPU per update: start %7.1f us   end %7.1f us   end/start %.2fx   (one update per frame at most)\n"
                "  frame interval (frameSwapped): p50 %.1f ms   p99 %.1f ms   max %.1f ms   last 1000 tokens p99 %.1f ms   (%lld "
                "frames in %.1f s)\n"
                "  RSS: %lld MiB before streaming, %lld MiB after\n",
                qPrintable(mode), r.startUsPerToken, r.endUsPerToken, r.endUsPerToken / std::max(1e-9, r.startUsPerToken),
                r.startUsPerUpdate, r.endUsPerUpdate, r.endUsPerUpdate / std::max(1e-9, r.startUsPerUpdate), r.p50, r.p99, r.max,
                r.endP99, static_cast<long long>(r.frames), r.seconds, static_cast<long long>(r.rssBefore / 1024),
                static_cast<long long>(r.rss / 1024));
    std::fflush(stdout);
}

QString graphicsApiName(QSGRendererInterface::GraphicsApi api)
{
    switch (api) {
    case QSGRendererInterface::Software:
        return u"software"_s;
    case QSGRendererInterface::OpenGL:
        return u"OpenGL"_s;
    case QSGRendererInterface::Vulkan:
        return u"Vulkan"_s;
    default:
        return QString::number(int(api));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(u"Fusion"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Streams a long markdown reply into the message view and prints its costs."_s);
    parser.addHelpOption();
    parser.addOption({u"tokens"_s, u"Tokens in the reply (default 20000)."_s, u"n"_s, u"20000"_s});
    parser.addOption({u"rate"_s, u"Tokens per second (default 500)."_s, u"r"_s, u"500"_s});
    parser.addOption({u"mode"_s, u"blocks, naive or both (default both)."_s, u"mode"_s, u"both"_s});
    parser.addOption(
        {u"pointer-outside"_s, u"Move the mouse pointer out of the window (it rests inside by default, as a reader's would)."_s});
    parser.addOption({u"file"_s, u"Stream this markdown file instead of the generated reply."_s, u"path"_s});
    parser.addOption({u"no-cull"_s, u"Draw the blocks outside the window too (MessageContent without a viewport)."_s});
    parser.process(app);

    const int tokenCount = parser.value(u"tokens"_s).toInt();
    const double rate = parser.value(u"rate"_s).toDouble();
    const QString mode = parser.value(u"mode"_s);
    // Tokens of about four characters, as the sample generator cuts them; the reply is trimmed
    // to exactly the requested count.
    QString full = SampleMarkdown::reply(tokenCount);
    if (parser.isSet(u"file"_s)) {
        QFile file(parser.value(u"file"_s));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(file.fileName()));
            return 1;
        }
        full = QString::fromUtf8(file.readAll());
    }
    QList<QStringView> tokens = SampleMarkdown::pieces(full);
    tokens.resize(std::min<qsizetype>(tokens.size(), tokenCount));
    const QString reply = full.left(tokens.constLast().data() + tokens.constLast().size() - full.data());

    QQmlEngine engine;
    engine.addImportPath(u"qrc:/"_s);
    // The window opens at the screen's top left; the pointer rests where the X server put it
    // (the middle of the screen, over the text), unless asked otherwise.
    if (parser.isSet(u"pointer-outside"_s)) {
        QCursor::setPos(QGuiApplication::primaryScreen()->geometry().bottomRight());
    }
    // Which graphics stack draws, and with which render loop (QSG_INFO=1 prints it): the loop
    // decides whether the main thread also pays for rendering.
    std::printf("reply: %lld tokens, %lld characters, %.0f tokens/s; Qt %s, graphics %s, QSG_RENDER_LOOP=%s\n",
                static_cast<long long>(tokens.size()), static_cast<long long>(reply.size()), rate, qVersion(),
                qPrintable(graphicsApiName(QQuickWindow::graphicsApi())),
                qEnvironmentVariableIsEmpty("QSG_RENDER_LOOP") ? "default" : qgetenv("QSG_RENDER_LOOP").constData());
    Result blocks;
    Result naive;
    if (mode == u"blocks"_s || mode == u"both"_s) {
        blocks = run(engine, u"blocks"_s, reply, tokens, rate, !parser.isSet(u"no-cull"_s));
        print(u"blocks"_s, blocks);
    }
    if (mode == u"naive"_s || mode == u"both"_s) {
        naive = run(engine, u"naive"_s, reply, tokens, rate, false);
        print(u"naive"_s, naive);
    }
    if (mode == u"both"_s) {
        std::printf(
            "blocks against the whole-message baseline (same run): CPU per update at the end %.3fx; "
            "growth of the CPU per update from start to end %.2fx against %.2fx; p99 frame interval %.1f ms against %.1f ms\n",
            blocks.endUsPerUpdate / std::max(1e-9, naive.endUsPerUpdate),
            blocks.endUsPerUpdate / std::max(1e-9, blocks.startUsPerUpdate),
            naive.endUsPerUpdate / std::max(1e-9, naive.startUsPerUpdate), blocks.p99, naive.p99);
    }
    return 0;
}
