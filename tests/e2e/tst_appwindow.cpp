// SPDX-License-Identifier: GPL-3.0-or-later
// Starts the real confab binary: its command line, and its window under the X server that
// xvfb-run gives this test, whose screenshot must show the first-run page where the window says
// it is (a plugin in the app reports its texts and their places, see tests/i18n/textdump). The
// screenshots are kept in the build tree for a human to look at.
#include <QColor>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

class TestAppWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version()
    {
        QProcess process;
        process.start(QStringLiteral(CONFAB_BINARY), {u"--version"_s});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).startsWith(u"confab 0."_s));

        process.start(QStringLiteral(CONFAB_BINARY), {u"--version"_s, u"--verbose"_s});
        QVERIFY(process.waitForFinished(10000));
        const QString verbose = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(verbose.contains(u"Qt 6."_s), qPrintable(verbose));
        QVERIFY2(verbose.contains(u"QCoro 0."_s), qPrintable(verbose));
        QVERIFY2(verbose.contains(u"Syntax highlighting: "_s), qPrintable(verbose));
    }

    void help()
    {
        QProcess process;
        process.start(QStringLiteral(CONFAB_BINARY), {u"--help"_s});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).contains(u"serve"_s));

        process.start(QStringLiteral(CONFAB_BINARY), {u"--no-such-option"_s});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(!process.readAllStandardError().isEmpty());
    }

    // The first-run page in each fixed scheme: its title where the window says it is, in the
    // theme's text colour on the theme's window colour (qml/Theme.qml).
    void windowRenders_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QColor>("background");
        QTest::addColumn<QColor>("text");
        QTest::newRow("light") << u"light"_s << QColor(u"#efefef"_s) << QColor(u"#232629"_s);
        QTest::newRow("dark") << u"dark"_s << QColor(u"#323237"_s) << QColor(u"#e6e6e6"_s);
    }

    void windowRenders()
    {
        QFETCH(QString, scheme);
        QFETCH(QColor, background);
        QFETCH(QColor, text);
        QVERIFY2(qEnvironmentVariableIsSet("DISPLAY"), "this test needs an X server (run it through ctest)");
        QTemporaryDir dir;
        const QString data = dir.filePath(u"data"_s);
        QVERIFY(QDir().mkpath(data));
        QFile config(data + u"/confab.conf"_s);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("[appearance]\ncolorScheme=" + scheme.toUtf8() + "\n");
        config.close();
        const QString dump = dir.filePath(u"texts.json"_s);
        const QString shot = QStringLiteral(CONFAB_BUILD_DIR "/screenshots/appwindow-%1.png").arg(scheme);
        QDir().mkpath(QFileInfo(shot).absolutePath());
        QFile::remove(shot);

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // No provider from the environment, so the window opens on the first-run page.
        for (const char *name : {"OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_MODEL"}) {
            env.remove(QString::fromLatin1(name));
        }
        env.insert(u"CONFAB_LANGUAGE"_s, u"en"_s);
        // The dump is in the window's coordinates, the screenshot in its pixels: keep them one to one.
        env.insert(u"QT_SCALE_FACTOR"_s, u"1"_s);
        env.insert(u"QSG_DISTANCEFIELD_ANTIALIASING"_s, u"gray"_s);
        env.insert(u"QT_PLUGIN_PATH"_s, QStringLiteral(CONFAB_TEXTDUMP_PLUGIN_DIR));
        env.insert(u"QT_QPA_GENERIC_PLUGINS"_s, u"confabtextdump:"_s + dump);
        QProcess process;
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QStringLiteral(CONFAB_BINARY), {u"--data-dir"_s, data, u"--screenshot"_s, shot});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);

        const QImage image = QImage(shot).convertToFormat(QImage::Format_RGB32);
        QVERIFY2(!image.isNull(), "the screenshot could not be read");
        QVERIFY(image.width() >= 480 && image.height() >= 360);

        // Where the title is, from inside the app at the moment it quit (just after the screenshot).
        QFile file(dump);
        QVERIFY2(file.open(QIODevice::ReadOnly), "the app wrote no texts: was the plugin loaded?");
        const QJsonArray windows = QJsonDocument::fromJson(file.readAll()).object().value(u"windows"_s).toArray();
        QCOMPARE(windows.size(), 1);
        QJsonObject title;
        QStringList shown;
        for (const QJsonValue &value : windows.at(0)[u"texts"_s].toArray()) {
            shown << value[u"objectName"_s].toString() + u'=' + value[u"text"_s].toString();
            if (value[u"objectName"_s].toString() == u"welcomeTitle"_s) {
                title = value.toObject();
            }
        }
        QVERIFY2(!title.isEmpty(),
                 qPrintable(u"no visible welcomeTitle: not the first-run page; shown: "_s + shown.join(u" | "_s)));
        QCOMPARE(title[u"text"_s].toString(), u"Welcome to Confab"_s);
        const QRect area = QRectF(title[u"x"_s].toDouble(), title[u"y"_s].toDouble(), title[u"width"_s].toDouble(),
                                  title[u"height"_s].toDouble())
                               .toAlignedRect();
        const QString where = u"the title at %1,%2 %3x%4 in %5x%6"_s.arg(area.x())
                                  .arg(area.y())
                                  .arg(area.width())
                                  .arg(area.height())
                                  .arg(image.width())
                                  .arg(image.height());
        QVERIFY2(image.rect().contains(area), qPrintable(where));
        QVERIFY2(area.width() >= 200 && area.height() >= 20 && area.height() < image.height() / 4, qPrintable(where));

        // The page's colour around the glyphs, and the glyphs in the text colour (their
        // antialiased edges are in between).
        QHash<QRgb, int> histogram;
        int textPixels = 0;
        for (int y = area.top(); y <= area.bottom(); ++y) {
            for (int x = area.left(); x <= area.right(); ++x) {
                const QRgb pixel = image.pixel(x, y);
                ++histogram[pixel];
                textPixels += similar(pixel, text.rgb(), 24) ? 1 : 0;
            }
        }
        const QRgb commonest = std::max_element(histogram.cbegin(), histogram.cend()).key();
        QVERIFY2(similar(commonest, background.rgb(), 2),
                 qPrintable(u"%1: the commonest colour is %2, not the %3 window's %4"_s.arg(where, QColor(commonest).name(),
                                                                                            scheme, background.name())));
        QVERIFY2(
            textPixels >= 300,
            qPrintable(u"%1: only %2 pixels in the %3 text colour %4"_s.arg(where).arg(textPixels).arg(scheme, text.name())));
    }

private:
    static bool similar(QRgb a, QRgb b, int tolerance)
    {
        return std::abs(qRed(a) - qRed(b)) <= tolerance && std::abs(qGreen(a) - qGreen(b)) <= tolerance &&
            std::abs(qBlue(a) - qBlue(b)) <= tolerance;
    }
};

QTEST_GUILESS_MAIN(TestAppWindow)
#include "tst_appwindow.moc"
