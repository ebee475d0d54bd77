// SPDX-License-Identifier: GPL-3.0-or-later
// The real confab binary under the X server that xvfb-run gives this test, driven like a user
// (appflow-driver.qml, loaded through CONFAB_TEST_DRIVER) against confab-fake-provider:
// first start with no settings → onboarding → the fake provider configured → a chat → restart →
// the conversation and the window are back → search finds it; a second launch only brings the
// first window forward. Screenshots (light and dark) go to the build tree's screenshots/.
#include "fakeproviderprocess.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString sourceDir()
{
    return QStringLiteral(CONFAB_E2E_SOURCE_DIR);
}

/** Meaningful pixels: many colours, and no single one covers almost everything. */
bool looksRendered(const QImage &image, QString *why)
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
    *why = u"%1 colours, the commonest covers %2%"_s.arg(histogram.size()).arg(100.0 * largest / std::max(1, total), 0, 'f', 1);
    return histogram.size() > 20 && largest < total * 0.97;
}

double meanLightness(const QImage &image)
{
    double sum = 0;
    int n = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4) {
            sum += image.pixelColor(x, y).lightnessF();
            ++n;
        }
    }
    return n ? sum / n : 0;
}

} // namespace

class TestAppFlow : public QObject
{
    Q_OBJECT

    FakeProviderProcess m_provider;
    QString m_baseUrl;
    QTemporaryDir m_work;
    QString m_shots;
    bool m_chatted = false;

    QProcessEnvironment environment(const QString &run)
    {
        // The driver and its settings, side by side in a folder of their own.
        const QString folder = m_work.filePath(run);
        QDir().mkpath(folder);
        QFile::remove(folder + u"/appflow-driver.qml"_s);
        QFile::copy(sourceDir() + u"/appflow-driver.qml"_s, folder + u"/appflow-driver.qml"_s);
        QFile config(folder + u"/config.js"_s);
        config.open(QIODevice::WriteOnly | QIODevice::Truncate);
        const QString fixture = QStringLiteral(CONFAB_TEST_DATA_DIR "/storage/export-v1.json");
        config.write(u".pragma library\nvar run = \"%1\";\nvar baseUrl = \"%2\";\nvar shots = \"%3\";\nvar fixture = \"%4\";\n"_s
                         .arg(run, m_baseUrl, m_shots, fixture)
                         .toUtf8());
        config.close();

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"OPENAI_API_KEY"_s);
        env.remove(u"OPENAI_BASE_URL"_s);
        env.remove(u"OPENAI_MODEL"_s);
        env.insert(u"CONFAB_TEST_DRIVER"_s, folder + u"/appflow-driver.qml"_s);
        env.insert(u"CONFAB_LANGUAGE"_s, u"en"_s);
        env.insert(u"QT_LOGGING_RULES"_s, u"*.debug=false;qml.info=true"_s);
        // Grey antialiasing, so that screenshots compare across runs.
        env.insert(u"QSG_DISTANCEFIELD_ANTIALIASING"_s, u"gray"_s);
        return env;
    }

    /** Runs one driver run to its end; returns its exit code and fills @p output. */
    int runApp(const QString &run, QString *output, const std::function<void(QProcess &)> &whileRunning = {},
               const QString &dataDir = {}, const QProcessEnvironment &extra = {})
    {
        QProcess app;
        QProcessEnvironment env = environment(run);
        for (const QString &name : extra.keys()) {
            env.insert(name, extra.value(name));
        }
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::MergedChannels);
        app.start(QStringLiteral(CONFAB_BINARY), {u"--data-dir"_s, dataDir.isEmpty() ? m_work.filePath(u"data"_s) : dataDir});
        if (!app.waitForStarted(10000)) {
            *output = app.errorString();
            return -1;
        }
        QString text;
        bool handled = false;
        QElapsedTimer clock;
        clock.start();
        while (app.state() != QProcess::NotRunning && clock.elapsed() < 90000) {
            app.waitForReadyRead(200);
            text += QString::fromUtf8(app.readAll());
            if (!handled && whileRunning && text.contains(u"E2E READY"_s)) {
                handled = true;
                whileRunning(app);
            }
        }
        if (app.state() != QProcess::NotRunning) {
            app.kill();
            app.waitForFinished(5000);
            text += u"\n(killed after 90 s)"_s;
        }
        text += QString::fromUtf8(app.readAll());
        *output = text;
        return app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -2;
    }

    /** Fails with the whole output in the log (QTest shortens long failure messages). */
    static bool passed(int code, const QString &output, const QString &run)
    {
        const bool ok = code == 0 && output.contains(u"E2E PASS "_s + run);
        if (!ok) {
            qWarning().noquote() << "exit code" << code << "output:\n" << output;
        }
        return ok;
    }

    void checkShot(const QString &name, bool dark)
    {
        const QImage image(m_shots + u'/' + name + u".png"_s);
        QVERIFY2(!image.isNull(), qPrintable(name));
        QVERIFY(image.width() >= 480 && image.height() >= 360);
        QString why;
        QVERIFY2(looksRendered(image, &why), qPrintable(name + u": "_s + why));
        QVERIFY2((meanLightness(image) < 0.5) == dark, qPrintable(u"%1: lightness %2"_s.arg(name).arg(meanLightness(image))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DISPLAY"), "this test needs an X server (run it through ctest)");
        m_shots = QStringLiteral(CONFAB_BUILD_DIR "/screenshots");
        QDir().mkpath(m_shots);
        QString error;
        QVERIFY2(m_provider.start(QStringLiteral(CONFAB_FAKE_PROVIDER), {u"--delay"_s, u"3"_s}, &error), qPrintable(error));
        m_baseUrl = m_provider.baseUrl();
    }

    void cleanupTestCase()
    {
        m_provider.stop();
    }

    void firstStartOnboardsAndChats()
    {
        QString output;
        const int code = runApp(u"first"_s, &output);
        QVERIFY2(passed(code, output, u"first"_s), "the run failed: see its output above");
        m_chatted = true;
        checkShot(u"onboarding-light"_s, false);
        checkShot(u"onboarding-dark"_s, true);
        checkShot(u"onboarding-form-light"_s, false);
        checkShot(u"chat-light"_s, false);
        checkShot(u"chat-dark"_s, true);
        // The key never reached the settings file (there was none), and the provider is saved.
        QFile conf(m_work.filePath(u"data/confab.conf"_s));
        QVERIFY(conf.open(QIODevice::ReadOnly));
        const QByteArray settings = conf.readAll();
        QVERIFY(settings.contains(m_baseUrl.toUtf8()));
        QVERIFY(settings.contains("confab-demo"));
    }

    void restartKeepsEverythingAndSearchFindsIt()
    {
        // It restarts into the first run's data; without that there is nothing to check.
        QVERIFY2(m_chatted, "the first run did not chat (see firstStartOnboardsAndChats)");
        QString output;
        QString secondLaunch;
        int secondCode = -1;
        const int code = runApp(u"second"_s, &output, [&](QProcess &) {
            // A second launch while the window is open: it hands over and ends at once.
            QProcess again;
            again.setProcessEnvironment(environment(u"unused"_s));
            QProcessEnvironment env = again.processEnvironment();
            env.remove(u"CONFAB_TEST_DRIVER"_s);
            again.setProcessEnvironment(env);
            again.start(QStringLiteral(CONFAB_BINARY), {u"--data-dir"_s, m_work.filePath(u"data"_s)});
            if (again.waitForFinished(15000)) {
                secondCode = again.exitCode();
                secondLaunch = QString::fromUtf8(again.readAll());
            } else {
                again.kill();
            }
        });
        QVERIFY2(passed(code, output, u"second"_s), "the run failed: see its output above");
        QCOMPARE(secondCode, 0);
        QVERIFY2(secondLaunch.contains(u"already running"_s), qPrintable(secondLaunch));
        for (const QString &name : {u"sidebar-search"_s, u"settings"_s, u"settings-appearance"_s}) {
            checkShot(name + u"-light"_s, false);
            checkShot(name + u"-dark"_s, true);
        }
    }

    void environmentProviderAndStartupNotice()
    {
        // A history file that is not a database: it is moved aside, and the window says so.
        const QString data = m_work.filePath(u"broken"_s);
        QDir().mkpath(data);
        QFile broken(data + u"/history.db"_s);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(QByteArray(8192, 'x'));
        broken.close();
        QProcessEnvironment extra;
        extra.insert(u"OPENAI_BASE_URL"_s, m_baseUrl);
        extra.insert(u"OPENAI_API_KEY"_s, u"sk-from-the-environment"_s);
        QString output;
        const int code = runApp(u"notice"_s, &output, {}, data, extra);
        QVERIFY2(passed(code, output, u"notice"_s), "the run failed: see its output above");
        QVERIFY2(output.contains(u"notice: "_s), qPrintable(output));
        checkShot(u"startup-notice-light"_s, false);
        checkShot(u"startup-notice-dark"_s, true);
        // The environment's key is used, never written down.
        QFile conf(data + u"/confab.conf"_s);
        if (conf.open(QIODevice::ReadOnly)) {
            QVERIFY(!conf.readAll().contains("sk-from-the-environment"));
        }
    }
};

QTEST_GUILESS_MAIN(TestAppFlow)
#include "tst_appflow.moc"
