// SPDX-License-Identifier: GPL-3.0-or-later
// Starts the real confab in Chinese (by CONFAB_LANGUAGE, and by the system locale) and in
// English, under the X server xvfb-run gives this test, and reads back the texts the window
// shows: a generic plugin inside the app writes them out when it quits after its screenshot.
// The screenshots stay in the build tree for a human to look at.
#include "buildinfo.h"

#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    QString title;
    QStringList texts;
    QList<int> windowIconSizes;
};

bool hasHan(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.script() == QChar::Script_Han; });
}

} // namespace

class TestTranslatedWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DISPLAY"), "this test needs an X server (run it through ctest)");
        QVERIFY2(!QFontDatabase::families(QFontDatabase::SimplifiedChinese).isEmpty(),
                 "no font with Chinese characters: install fonts-wqy-microhei");
        QVERIFY(m_chinese.load(u":/i18n/confab_zh_CN.qm"_s));
    }

    void chineseFromConfabLanguage()
    {
        // CONFAB_LANGUAGE wins over the system's language.
        Run run;
        start({{u"LANG"_s, u"de_DE.UTF-8"_s}, {u"CONFAB_LANGUAGE"_s, u"zh_CN"_s}}, u"appwindow-zh_CN.png"_s, &run);
        if (!QTest::currentTestFailed()) {
            verifyChinese(run);
        }
    }

    void chineseFromSystemLocale()
    {
        Run run;
        start({{u"LANG"_s, u"zh_CN.UTF-8"_s}}, u"appwindow-zh_CN-system.png"_s, &run);
        if (!QTest::currentTestFailed()) {
            verifyChinese(run);
        }
    }

    void englishOtherwise()
    {
        Run run;
        start({{u"LANG"_s, u"C.UTF-8"_s}}, u"appwindow-en.png"_s, &run);
        if (QTest::currentTestFailed()) {
            return;
        }
        for (const char *text : {"Start a conversation", "Send", "No conversations yet", "New chat"}) {
            QVERIFY2(run.texts.contains(QString::fromUtf8(text)), qPrintable(run.texts.join(u" | "_s)));
        }
        QVERIFY(std::none_of(run.texts.cbegin(), run.texts.cend(), hasHan));
        QCOMPARE(run.title, u"Confab"_s);
        // The window icon, embedded in the program, from a title bar's size to a dock's.
        QStringList sizes;
        for (int size : std::as_const(run.windowIconSizes)) {
            sizes << QString::number(size);
        }
        QVERIFY2(run.windowIconSizes.contains(16) && run.windowIconSizes.contains(256),
                 qPrintable(u"window icon sizes: [%1]"_s.arg(sizes.join(u", "_s))));
    }

private:
    // The Chinese of each English string, from the catalogue the app embeds.
    QString chinese(const char *context, const char *source) const
    {
        return m_chinese.translate(context, source);
    }

    void verifyChinese(const Run &run)
    {
        const QStringList expected{
            chinese("ChatPage", "Start a conversation"),
            chinese("ChatPage", "New conversation"),
            chinese("ChatPage", "%1 %2: ask anything below.")
                .arg(QString::fromLatin1(BuildInfo::appDisplayName), QString::fromLatin1(BuildInfo::version)),
            chinese("Composer", "Send"),
            chinese("Composer", "Message Confab… (Enter to send, Shift+Enter for a new line)"),
            chinese("Sidebar", "New chat"),
            chinese("Sidebar", "No conversations yet"),
        };
        for (const QString &text : expected) {
            QVERIFY2(hasHan(text), qPrintable(u"the Chinese catalogue has no Chinese for \"%1\""_s.arg(text)));
            QVERIFY2(run.texts.contains(text),
                     qPrintable(u"\"%1\" is not on screen; the window shows: %2"_s.arg(text, run.texts.join(u" | "_s))));
        }
        for (const char *english : {"Start a conversation", "Send", "No conversations yet"}) {
            QVERIFY2(!run.texts.contains(QString::fromUtf8(english)), english);
        }
    }

    void start(const QList<std::pair<QString, QString>> &environment, const QString &screenshot, Run *run)
    {
        QTemporaryDir dir;
        const QString dump = dir.filePath(u"texts.json"_s);
        const QString shot = QStringLiteral(CONFAB_BUILD_DIR "/screenshots/") + screenshot;
        QDir().mkpath(QFileInfo(shot).absolutePath());
        QFile::remove(shot);

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG", "CONFAB_LANGUAGE"}) {
            env.remove(QString::fromLatin1(name));
        }
        env.insert(u"LC_CTYPE"_s, u"C.UTF-8"_s);
        // A provider from the environment: the window opens on the chat, not on the first-run page.
        env.insert(u"OPENAI_BASE_URL"_s, u"http://127.0.0.1:9/v1"_s);
        env.remove(u"OPENAI_API_KEY"_s);
        for (const auto &[name, value] : environment) {
            env.insert(name, value);
        }
        env.insert(u"QT_PLUGIN_PATH"_s, QStringLiteral(CONFAB_TEXTDUMP_PLUGIN_DIR));
        env.insert(u"QT_QPA_GENERIC_PLUGINS"_s, u"confabtextdump:"_s + dump);

        QProcess process;
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QStringLiteral(CONFAB_BINARY), {u"--data-dir"_s, dir.filePath(u"data"_s), u"--screenshot"_s, shot});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(QFileInfo::exists(shot), "no screenshot");
        QFile file(dump);
        QVERIFY2(file.open(QIODevice::ReadOnly), "the app wrote no texts: was the plugin loaded?");
        const QJsonObject dumped = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonArray windows = dumped[u"windows"_s].toArray();
        const QJsonArray iconSizes = dumped[u"windowIconSizes"_s].toArray();
        for (const QJsonValue &size : iconSizes) {
            run->windowIconSizes << size.toInt();
        }
        QCOMPARE(windows.size(), 1);
        run->title = windows.at(0)[u"title"_s].toString();
        const QJsonArray texts = windows.at(0)[u"texts"_s].toArray();
        for (const QJsonValue &text : texts) {
            run->texts << text[u"text"_s].toString();
        }
        QVERIFY(!run->texts.isEmpty());
    }

    QTranslator m_chinese;
};

QTEST_MAIN(TestTranslatedWindow)
#include "tst_translatedwindow.moc"
