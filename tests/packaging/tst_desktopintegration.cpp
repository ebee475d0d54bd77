// SPDX-License-Identifier: GPL-3.0-or-later
// `cmake --install` into a temporary prefix, then what a desktop needs from it: the program, the
// .desktop file and AppStream metainfo (valid, and agreeing with each other and the build), and
// the icon in every size, at the XDG paths.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

const QString kAppId = QStringLiteral(CONFAB_APP_ID);

// The [Desktop Entry] group of a .desktop file, key by key ("Name", "Name[de]", ...).
QHash<QString, QString> readDesktopEntry(const QString &path)
{
    QHash<QString, QString> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return entries;
    }
    bool inEntry = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(u'[')) {
            inEntry = line == u"[Desktop Entry]";
        } else if (inEntry && !line.startsWith(u'#') && line.contains(u'=')) {
            entries.insert(line.section(u'=', 0, 0), line.section(u'=', 1));
        }
    }
    return entries;
}

} // namespace

class TestDesktopIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_prefix.isValid());
        QProcess install;
        install.setProcessChannelMode(QProcess::MergedChannels);
        install.start(QStringLiteral(CONFAB_CMAKE),
                      {u"--install"_s, QStringLiteral(CONFAB_BUILD_DIR), u"--prefix"_s, m_prefix.path()});
        QVERIFY(install.waitForFinished(60000));
        QVERIFY2(install.exitCode() == 0, install.readAll().constData());
    }

    void program()
    {
        const QString program = m_prefix.filePath(u"bin/confab"_s);
        QVERIFY(QFileInfo(program).isExecutable());
        QProcess process;
        process.start(program, {u"--version"_s});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()), u"confab %1\n"_s.arg(QStringLiteral(CONFAB_VERSION)));
        QVERIFY(QFile::exists(m_prefix.filePath(u"share/doc/confab/copyright"_s)));
    }

    void desktopFile()
    {
        const QString path = m_prefix.filePath(u"share/applications/%1.desktop"_s.arg(kAppId));
        QVERIFY2(QFile::exists(path), qPrintable(path));
        validate(u"desktop-file-validate"_s, u"desktop-file-utils"_s, {path});

        const QHash<QString, QString> entry = readDesktopEntry(path);
        QCOMPARE(entry.value(u"Type"_s), u"Application"_s);
        QCOMPARE(entry.value(u"Exec"_s), u"confab"_s); // the installed program
        QVERIFY(QFileInfo(m_prefix.filePath(u"bin/"_s + entry.value(u"Exec"_s))).isExecutable());
        QCOMPARE(entry.value(u"Icon"_s), kAppId); // an installed icon
        QCOMPARE(entry.value(u"StartupWMClass"_s), u"confab"_s);
        // Translated for every language the app speaks.
        for (const QString &language : QStringLiteral(CONFAB_LANGUAGES).split(u' ')) {
            if (language == u"en") {
                continue;
            }
            for (const char *key : {"GenericName", "Comment", "Keywords"}) {
                const QString localized = u"%1[%2]"_s.arg(QString::fromLatin1(key), language);
                QVERIFY2(!entry.value(localized).isEmpty(), qPrintable(localized + u" is missing"_s));
            }
        }
    }

    void metainfo()
    {
        const QString path = m_prefix.filePath(u"share/metainfo/%1.metainfo.xml"_s.arg(kAppId));
        QVERIFY2(QFile::exists(path), qPrintable(path));
        validate(u"appstreamcli"_s, u"appstream"_s, {u"validate"_s, u"--no-net"_s, path});

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString id;
        QString launchable;
        QString binary;
        QString icon;
        QStringList releases;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement) {
                continue;
            }
            if (xml.name() == u"id") {
                id = xml.readElementText();
            } else if (xml.name() == u"launchable") {
                launchable = xml.readElementText();
            } else if (xml.name() == u"binary") {
                binary = xml.readElementText();
            } else if (xml.name() == u"icon") {
                icon = xml.readElementText();
            } else if (xml.name() == u"release") {
                releases << xml.attributes().value(u"version"_s).toString();
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(id, kAppId);
        QCOMPARE(launchable, kAppId + u".desktop"_s);
        QCOMPARE(binary, u"confab"_s);
        QCOMPARE(icon, kAppId);
        // A new version needs its <release> entry, newest first.
        QVERIFY(!releases.isEmpty());
        QCOMPARE(releases.constFirst(), QStringLiteral(CONFAB_VERSION));
    }

    void icons()
    {
        const QString svg = m_prefix.filePath(u"share/icons/hicolor/scalable/apps/%1.svg"_s.arg(kAppId));
        QVERIFY2(QSvgRenderer(svg).isValid(), qPrintable(svg));
        for (const QString &text : QStringLiteral(CONFAB_ICON_SIZES).split(u' ')) {
            const int size = text.toInt();
            const QString path = m_prefix.filePath(u"share/icons/hicolor/%1x%1/apps/%2.png"_s.arg(size).arg(kAppId));
            const QImage image(path);
            QVERIFY2(!image.isNull(), qPrintable(path));
            QCOMPARE(image.size(), QSize(size, size));
            QVERIFY(image.hasAlphaChannel());
            // Transparent corners (a rounded tile), an opaque middle.
            QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
            QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255);
        }
    }

private:
    void validate(const QString &tool, const QString &package, const QStringList &arguments)
    {
        const QString program = QStandardPaths::findExecutable(tool);
        QVERIFY2(!program.isEmpty(), qPrintable(u"%1 is missing: install %2"_s.arg(tool, package)));
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, arguments);
        QVERIFY(process.waitForFinished(30000));
        QVERIFY2(process.exitCode() == 0, process.readAll().constData());
    }

    QTemporaryDir m_prefix;
};

QTEST_GUILESS_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
