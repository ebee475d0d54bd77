// SPDX-License-Identifier: GPL-3.0-or-later
// Starts the real confab binary: its command line, and its window under the X server that
// xvfb-run gives this test; the screenshot is kept in the build tree for a human to look at.
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

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

    void windowRenders()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DISPLAY"), "this test needs an X server (run it through ctest)");
        QTemporaryDir data;
        const QString shot = QStringLiteral(CONFAB_BUILD_DIR "/screenshots/appwindow.png");
        QDir().mkpath(QFileInfo(shot).absolutePath());
        QFile::remove(shot);

        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QStringLiteral(CONFAB_BINARY), {u"--data-dir"_s, data.path(), u"--screenshot"_s, shot});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);

        const QImage image(shot);
        QVERIFY2(!image.isNull(), "the screenshot could not be read");
        QVERIFY(image.width() >= 480 && image.height() >= 360);

        // A rendered window has text and controls: many distinct colours, and no single
        // colour covers the whole picture.
        QHash<QRgb, int> histogram;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2) {
                ++histogram[image.pixel(x, y)];
            }
        }
        int largest = 0;
        int total = 0;
        for (int count : std::as_const(histogram)) {
            largest = std::max(largest, count);
            total += count;
        }
        QVERIFY2(histogram.size() > 20, qPrintable(u"only %1 colours: blank window?"_s.arg(histogram.size())));
        QVERIFY2(largest < total * 0.97, "one colour covers the window: blank window?");
    }
};

QTEST_GUILESS_MAIN(TestAppWindow)
#include "tst_appwindow.moc"
