// SPDX-License-Identifier: GPL-3.0-or-later
// The chat window end to end: the real confab binary, in a real window under the X server that
// xvfb-run gives this test, against confab-fake-provider on loopback (OPENAI_BASE_URL) and a data
// folder of its own. A script (CONFAB_E2E_SCRIPT, see models/e2edriver.h) types, sends, watches the
// reply stream, stops one, regenerates it, switches between the two versions, scrolls a long
// conversation, and saves screenshots in light and dark colours under the build tree's
// screenshots/. This test then checks what the app stored.
#include "fakeproviderprocess.h"
#include "storage.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const char *chatScript = R"js(
const shots = driver.env("SHOTS");
const controller = driver.find("chatController");
driver.check(controller !== null, "the chat page is in the window");
const messages = controller.messages;
const input = driver.find("composerInput");

// Type (the composer has the keyboard focus from the start), with a new line, and send with Enter.
driver.waitFor(() => input.activeFocus, 5000, "the composer to have the keyboard focus");
driver.typeText("Hello Confab");
driver.key("Return", "shift");
driver.typeText("How are you?");
driver.check(input.text === "Hello Confab\nHow are you?", "Shift+Enter starts a new line: " + JSON.stringify(input.text));
driver.key("Return");
driver.waitFor(() => messages.count === 2, 5000, "the question and the reply's row");
driver.check(input.text === "", "the composer is empty once the message is sent");
driver.check(controller.streaming, "the reply streams");
driver.check(driver.find("stopButton").visible, "Stop replaces Send while the reply streams");
driver.check(driver.find("chatTitle").text === "Hello Confab How are you?", "the conversation is titled: " + driver.find("chatTitle").text);

// Watch it stream: the text grows over many frames.
const lengths = [];
let midShot = false;
driver.waitFor(() => {
    const n = messages.get(1).content.length;
    if (lengths.length === 0 || lengths[lengths.length - 1] !== n)
        lengths.push(n);
    if (!midShot && n > 120 && controller.streaming) {
        midShot = true;
        driver.screenshot(shots + "/chatwindow-streaming-light.png");
    }
    return !controller.streaming;
}, 30000, "the reply to finish");
driver.check(lengths.filter(n => n > 0).length >= 5, "the reply grew in steps: " + lengths.join(","));
const first = messages.get(1);
driver.check(first.status === "completed", "the reply completed: " + first.status);
driver.check(first.content.indexOf("offline demo provider") >= 0, "the reply's text is shown");
driver.check(first.reasoning.length > 0, "the reasoning is kept");
driver.check(first.completionTokens > 0, "the usage is shown");
driver.check(driver.find("usageFooter", driver.find("message-1")).visible, "the footer is shown");
driver.check(driver.find("thinkingSection", driver.find("message-1")) !== null, "the thinking section is shown");
driver.screenshot(shots + "/chatwindow-light.png");

// Stop a reply: it keeps its text and is marked stopped.
driver.check(input.activeFocus, "the composer keeps the keyboard focus after sending");
driver.typeText("Please write a longer answer");
driver.key("Return");
driver.waitFor(() => messages.count === 4 && messages.get(3).content.length > 30, 20000, "the second reply to start");

// Scrolled up while it streams: what is on screen stays in place as the reply grows below.
const list = driver.find("messageList");
driver.wheel(list, 2);
driver.waitFor(() => !list.moving, 3000, "the scrolling to stop");
const topIndex = list.indexAt(list.width / 2, list.contentY + 1);
const topOffset = list.itemAtIndex(topIndex).y - list.contentY;
const lengthBefore = messages.get(3).content.length;
driver.waitFor(() => messages.get(3).content.length > lengthBefore + 40, 5000, "the reply to grow");
driver.check(list.indexAt(list.width / 2, list.contentY + 1) === topIndex
             && Math.abs(list.itemAtIndex(topIndex).y - list.contentY - topOffset) < 1,
             "the list stayed where the user scrolled to");
driver.check(driver.find("jumpToBottomButton").visible, "the jump button shows while scrolled up");
driver.click(driver.find("jumpToBottomButton"));
driver.waitFor(() => list.atBottom(), 3000, "the jump button to show the growing end");
driver.click(driver.find("stopButton"));
driver.waitFor(() => !controller.streaming, 5000, "Stop to end the reply");
const stopped = messages.get(3);
driver.check(stopped.status === "cancelled", "the reply is marked stopped: " + stopped.status);
driver.check(stopped.content.length > 30 && stopped.content.indexOf("That's all.") < 0, "the partial text stays");
driver.waitFor(() => driver.find("stoppedNote", driver.find("message-3")).visible, 2000, "the Stopped note");

// Regenerate it: the new reply streams beside the stopped one.
driver.waitFor(() => driver.onScreen(driver.find("regenerateButton", driver.find("message-3"))), 3000,
               "the list to show the end of the stopped reply");
driver.click(driver.find("regenerateButton", driver.find("message-3")));
driver.waitFor(() => controller.streaming, 5000, "the new reply to start");
driver.waitFor(() => !controller.streaming, 30000, "the new reply to finish");
driver.check(messages.count === 4, "regenerating replaced the reply's row");
driver.check(messages.get(3).status === "completed", "the new reply completed");
driver.check(messages.get(3).branchIndex === 1 && messages.get(3).branchCount === 2, "the new reply is 2 of 2");
driver.waitFor(() => driver.find("branchPosition", driver.find("message-3")).text === "2/2", 2000, "the switcher shows 2/2");

// Switch back to the stopped reply with "<" (the list follows the reply's end, below its buttons).
driver.waitFor(() => driver.onScreen(driver.find("previousBranchButton", driver.find("message-3"))), 3000,
               "the list to show the end of the new reply");
driver.click(driver.find("previousBranchButton", driver.find("message-3")));
driver.waitFor(() => messages.get(3).branchIndex === 0, 5000, "the first version to be shown again");
driver.check(messages.get(3).status === "cancelled", "the first version is the stopped one");
driver.waitFor(() => driver.find("branchPosition", driver.find("message-3")).text === "1/2", 2000, "the switcher shows 1/2");
driver.screenshot(shots + "/chatwindow-branch-light.png");

driver.setColorScheme("dark");
driver.screenshot(shots + "/chatwindow-dark.png");
driver.waitFor(() => driver.onScreen(driver.find("nextBranchButton", driver.find("message-3"))), 3000,
               "the list to show the end of the first version");
driver.click(driver.find("nextBranchButton", driver.find("message-3")));
driver.waitFor(() => messages.get(3).branchIndex === 1, 5000, "the second version again");
driver.screenshot(shots + "/chatwindow-dark-answer.png");
)js";

const char *scrollScript = R"js(
const shots = driver.env("SHOTS");
const page = driver.find("chatPage");
const controller = driver.find("chatController");
const messages = controller.messages;
const list = driver.find("messageList");
page.conversationId = Number(driver.env("CONVERSATION"));
driver.waitFor(() => messages.count >= 50, 5000, "the newest page");
driver.waitFor(() => list.atBottom(), 5000, "the list to open at the newest message");
driver.check(messages.hasOlder, "older messages are left to load");
driver.check(!driver.find("jumpToBottomButton").visible, "no jump button at the bottom");
const loaded = messages.count;

// Scroll up step by step: older pages load, and what is on screen stays in place meanwhile.
let moves = 0;
while (messages.hasOlder && moves < 600) {
    const topY = list.contentY + 5;
    const topIndex = list.indexAt(10, topY);
    const topId = topIndex >= 0 ? messages.get(topIndex).messageId : -1;
    const countBefore = messages.count;
    driver.wheel(list, 3);
    driver.wait(40);
    if (messages.count > countBefore && topId >= 0) {
        const index = messages.rowOf(topId);
        const item = list.itemAtIndex(index);
        driver.check(item !== null, "the message that was on top is still there");
        driver.check(item.y + item.height > list.contentY && item.y < list.contentY + list.height,
                     "the message that was on top stays on screen while a page loads above it");
    }
    ++moves;
}
driver.check(!messages.hasOlder && messages.count === 300, "every page loaded: " + messages.count);
driver.check(messages.count > loaded, "scrolling up loaded older pages");
driver.waitFor(() => driver.find("jumpToBottomButton").visible, 2000, "the jump button once scrolled up");
driver.screenshot(shots + "/chatwindow-scrolled-light.png");
driver.click(driver.find("jumpToBottomButton"));
driver.waitFor(() => list.atBottom(), 5000, "the jump button to go to the newest message");
driver.waitFor(() => !driver.find("jumpToBottomButton").visible, 2000, "the jump button to hide at the bottom");
)js";

/** The share of the picture covered by its most common colour (1 for a blank window). */
double largestColourShare(const QImage &image)
{
    QHash<QRgb, int> histogram;
    int total = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            ++histogram[image.pixel(x, y)];
            ++total;
        }
    }
    int largest = 0;
    for (int count : std::as_const(histogram)) {
        largest = std::max(largest, count);
    }
    return total > 0 ? double(largest) / total : 1.0;
}

double meanLightness(const QImage &image)
{
    double sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4) {
            sum += QColor(image.pixel(x, y)).lightnessF();
            ++count;
        }
    }
    return count > 0 ? sum / count : 0;
}

} // namespace

class TestChatWindow : public QObject
{
    Q_OBJECT

    FakeProviderProcess m_provider;
    QString m_baseUrl;
    QString m_shots;

    /** Runs confab on @p dataDir with @p script; returns its exit code. */
    int runScript(const QString &dataDir, const char *script, const QHash<QString, QString> &environment = {})
    {
        QTemporaryDir scriptDir;
        const QString path = scriptDir.filePath(u"script.js"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(script) < 0) {
            return -1;
        }
        file.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"OPENAI_BASE_URL"_s, m_baseUrl);
        env.insert(u"OPENAI_API_KEY"_s, u"test-key"_s);
        env.insert(u"CONFAB_E2E_SCRIPT"_s, path);
        env.insert(u"CONFAB_E2E_TIMEOUT"_s, u"100"_s);
        env.insert(u"SHOTS"_s, m_shots);
        env.insert(u"CONFAB_E2E_FAILURE_SHOT"_s, m_shots + u"/chatwindow-failure.png"_s);
        for (auto it = environment.cbegin(); it != environment.cend(); ++it) {
            env.insert(it.key(), it.value());
        }
        QProcess app;
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::ForwardedChannels);
        app.start(QStringLiteral(CONFAB_BINARY), {u"--data-dir"_s, dataDir});
        if (!app.waitForFinished(110000)) {
            app.kill();
            app.waitForFinished();
            return -2;
        }
        return app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -3;
    }

    void checkShot(const QString &name, bool dark)
    {
        const QImage image(m_shots + u'/' + name);
        QVERIFY2(!image.isNull(), qPrintable(name));
        QVERIFY(image.width() >= 480 && image.height() >= 360);
        QVERIFY2(largestColourShare(image) < 0.97, qPrintable(name + u": one colour covers the window"_s));
        const double lightness = meanLightness(image);
        QVERIFY2(dark ? lightness < 0.5 : lightness > 0.5, qPrintable(u"%1: mean lightness %2"_s.arg(name).arg(lightness)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DISPLAY"), "this test needs an X server (run it through ctest)");
        m_shots = QStringLiteral(CONFAB_BUILD_DIR "/screenshots");
        QDir().mkpath(m_shots);
        QString error;
        QVERIFY2(m_provider.start(QStringLiteral(CONFAB_FAKE_PROVIDER), {u"--delay"_s, u"40"_s}, &error), qPrintable(error));
        m_baseUrl = m_provider.baseUrl();
    }

    void cleanupTestCase()
    {
        m_provider.stop();
    }

    void typeSendStreamStopRegenerateSwitch()
    {
        QTemporaryDir data;
        for (const QString &name :
             {u"chatwindow-streaming-light.png"_s, u"chatwindow-light.png"_s, u"chatwindow-branch-light.png"_s,
              u"chatwindow-dark.png"_s, u"chatwindow-dark-answer.png"_s}) {
            QFile::remove(m_shots + u'/' + name);
        }
        QCOMPARE(runScript(data.path(), chatScript), 0);

        // What the window did is in storage.
        auto opened = Storage::open(data.path());
        QVERIFY(opened);
        Storage &storage = **opened;
        const auto conversations = storage.conversations();
        QVERIFY(conversations);
        QCOMPARE(conversations->size(), 1);
        const auto all = storage.messages(conversations->constFirst().id);
        QVERIFY(all);
        QCOMPARE(all->size(), 5); // question, reply, question, stopped reply, regenerated reply
        QCOMPARE(all->at(0).content, u"Hello Confab\nHow are you?"_s);
        QCOMPARE(all->at(1).status, MessageStatus::Completed);
        QCOMPARE(all->at(3).status, MessageStatus::Cancelled);
        QVERIFY(!all->at(3).content.isEmpty());
        QCOMPARE(all->at(4).status, MessageStatus::Completed);
        QCOMPARE(all->at(4).parentId, all->at(2).id);
        const auto branch = storage.activeBranch(conversations->constFirst().id);
        QCOMPARE(branch->constLast().id, all->at(4).id);

        checkShot(u"chatwindow-streaming-light.png"_s, false);
        checkShot(u"chatwindow-light.png"_s, false);
        checkShot(u"chatwindow-branch-light.png"_s, false);
        checkShot(u"chatwindow-dark.png"_s, true);
        checkShot(u"chatwindow-dark-answer.png"_s, true);
    }

    void longConversationPagesAndJumps()
    {
        QTemporaryDir data;
        qint64 conversationId = 0;
        {
            auto opened = Storage::open(data.path());
            QVERIFY(opened);
            Conversation draft;
            draft.title = u"A long conversation"_s;
            const auto conversation = (*opened)->createConversation(draft);
            QVERIFY(conversation);
            conversationId = conversation->id;
            qint64 parent = 0;
            for (int i = 0; i < 300; ++i) {
                Message message;
                message.conversationId = conversationId;
                message.parentId = parent;
                message.role = i % 2 == 0 ? u"user"_s : u"assistant"_s;
                message.content = i % 2 == 0 ? u"Question %1"_s.arg(i)
                                             : u"Answer %1 with a list:\n\n- one\n- two\n- three\n\nand a closing line."_s.arg(i);
                message.status = MessageStatus::Completed;
                const auto added = (*opened)->addMessage(message);
                QVERIFY(added);
                parent = added->id;
            }
        }
        QFile::remove(m_shots + u"/chatwindow-scrolled-light.png"_s);
        QCOMPARE(runScript(data.path(), scrollScript, {{u"CONVERSATION"_s, QString::number(conversationId)}}), 0);
        checkShot(u"chatwindow-scrolled-light.png"_s, false);
    }
};

QTEST_GUILESS_MAIN(TestChatWindow)
#include "tst_chatwindow.moc"
