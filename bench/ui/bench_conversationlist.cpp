// SPDX-License-Identifier: GPL-3.0-or-later
// The sidebar with a long history (issue 8 item 1): 10,000 conversations open at once because the
// list model reads one page, not all of them. Prints, for a history of 10 and of 10,000
// conversations: the model's first page, the time to the first frame of a ListView showing it,
// and, as the baseline, reading every conversation at once. Run by hand, under xvfb-run:
//     xvfb-run -a build/debian-12/bench/bench_conversationlist [--conversations N]
#include "conversationlistmodel.h"
#include "storage.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Figures
{
    double readAllMs = 0;
    double firstPageMs = 0;
    double firstFrameMs = 0;
    double nextPageMs = 0;
    double liveInsertMs = 0;
    int rows = 0;
};

Figures measure(int conversations)
{
    QTemporaryDir dir;
    auto storage = std::move(*Storage::open(dir.path()));
    const QDateTime now = QDateTime::currentDateTime();
    for (int i = 0; i < conversations; ++i) {
        Conversation draft;
        draft.title = u"Conversation %1 about something"_s.arg(i);
        draft.createdAt = now.addSecs(-60LL * i);
        draft.updatedAt = draft.createdAt;
        draft.pinned = i % 500 == 0;
        storage->createConversation(draft);
    }
    Figures f;
    QElapsedTimer clock;

    // Baseline: what a list that loads everything reads.
    clock.start();
    ConversationQuery all;
    all.limit = 0;
    const auto everything = storage->conversations(all);
    f.readAllMs = clock.nsecsElapsed() / 1e6;
    Q_ASSERT(everything && everything->size() == conversations);

    clock.restart();
    ConversationListModel model;
    model.setStorage(storage.get());
    f.firstPageMs = clock.nsecsElapsed() / 1e6;
    f.rows = model.rowCount();

    QQuickView view;
    view.setResizeMode(QQuickView::SizeRootObjectToView);
    view.resize(300, 800);
    QSignalSpy frames(&view, &QQuickWindow::frameSwapped);
    QQmlComponent component(view.engine());
    component.setData(R"(
        import QtQuick
        ListView {
            required property var conversations
            model: conversations
            section.property: "section"
            section.delegate: Text { required property string section; text: section; font.bold: true }
            delegate: Text { required property string title; width: ListView.view.width; text: title; height: 28 }
        })",
                      QUrl());
    clock.restart();
    QObject *root = component.createWithInitialProperties({{u"conversations"_s, QVariant::fromValue(&model)}});
    auto *list = qobject_cast<QQuickItem *>(root);
    list->setParentItem(view.contentItem());
    list->setSize(QSizeF(300, 800));
    view.show();
    frames.wait(10000);
    f.firstFrameMs = clock.nsecsElapsed() / 1e6;

    clock.restart();
    model.fetchMore({});
    f.nextPageMs = clock.nsecsElapsed() / 1e6;

    clock.restart();
    Conversation fresh;
    fresh.title = u"Live"_s;
    storage->createConversation(fresh);
    f.liveInsertMs = clock.nsecsElapsed() / 1e6;
    delete root;
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption countOption(u"conversations"_s, u"How many conversations in the long history."_s, u"n"_s,
                                         u"10000"_s);
    parser.addOption(countOption);
    parser.process(app);
    const int large = parser.value(countOption).toInt();

    measure(10); // warms up the QML engine and the caches, so that both sizes start equal
    const Figures small = measure(10);
    const Figures big = measure(large);
    std::printf("%-34s %12s %12s %8s\n", "", "10", qPrintable(QString::number(large)), "ratio");
    auto row = [](const char *name, double a, double b) {
        std::printf("%-34s %10.2f ms %10.2f ms %7.2fx\n", name, a, b, a > 0 ? b / a : 0);
    };
    row("baseline: read all conversations", small.readAllMs, big.readAllMs);
    row("model: first page", small.firstPageMs, big.firstPageMs);
    row("ListView: to first frame", small.firstFrameMs, big.firstFrameMs);
    row("model: next page", small.nextPageMs, big.nextPageMs);
    row("live insert (storage -> row)", small.liveInsertMs, big.liveInsertMs);
    std::printf("rows loaded at open: %d of %d\n", big.rows, large);
    std::printf("first page vs reading everything: %.1fx faster\n", big.firstPageMs > 0 ? big.readAllMs / big.firstPageMs : 0);
    return 0;
}
