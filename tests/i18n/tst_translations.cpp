// SPDX-License-Identifier: GPL-3.0-or-later
// The .ts files against the current sources: lupdate runs over the sources into copies of
// translations/*.ts (the originals stay untouched), and every entry of every language must then
// be translated, with its placeholders, final line break and plural forms right, and nothing
// may be left from strings that are gone. lupdate must not warn: a tr() it cannot place in a
// context leaves its string out of every file. The checker itself is tried on broken files first.
#include "tsfile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QStringList kLanguages = QStringLiteral(CONFAB_LANGUAGES).split(u' ', Qt::SkipEmptyParts);

// Runs lupdate; a hang (lupdate 6.4 loops forever on some expressions inside translate()
// calls) fails instead of blocking the suite.
bool runLupdate(const QStringList &arguments, QString *output)
{
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(CONFAB_LUPDATE), arguments);
    if (!lupdate.waitForFinished(60000)) {
        lupdate.kill();
        lupdate.waitForFinished();
        *output = u"lupdate did not finish within a minute (it hangs on a division inside the arguments of a "
                  "translate() call: compute the value before the call)"_s;
        return false;
    }
    *output = QString::fromLocal8Bit(lupdate.readAll());
    return lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!kLanguages.isEmpty(), "no languages configured");

        // The number of plural forms of each language, as Qt's tools know them: a probe with one
        // plural string, extracted into a new file per language.
        QFile probe(m_dir.filePath(u"probe.cpp"_s));
        QVERIFY(probe.open(QIODevice::WriteOnly));
        probe.write("int probe(int n) { return QCoreApplication::translate(\"Probe\", \"%n probe(s)\", nullptr, n).size(); }\n");
        probe.close();
        QStringList arguments{u"-silent"_s, probe.fileName(), u"-ts"_s};
        for (const QString &language : kLanguages) {
            arguments << m_dir.filePath(u"probe_%1.ts"_s.arg(language));
        }
        QString output;
        QVERIFY2(runLupdate(arguments, &output), qPrintable(output));
        for (const QString &language : kLanguages) {
            TsFile file;
            QString error;
            QVERIFY2(file.load(m_dir.filePath(u"probe_%1.ts"_s.arg(language)), &error), qPrintable(error));
            QCOMPARE(file.messages().size(), 1);
            m_pluralForms[language] = int(file.messages().constFirst().forms.size());
            QVERIFY(m_pluralForms[language] >= 1);
        }

        // The project's files, brought up to date with the sources in the copy.
        QVERIFY(QDir().mkpath(m_dir.filePath(u"updated"_s)));
        arguments = QStringLiteral(CONFAB_LUPDATE_OPTIONS).split(u' ', Qt::SkipEmptyParts);
        // Silent: all that is left to print are its warnings.
        arguments << u"-silent"_s << u"@"_s + QStringLiteral(CONFAB_I18N_SOURCES_LIST) << u"-ts"_s;
        for (const QString &language : kLanguages) {
            const QString name = u"confab_%1.ts"_s.arg(language);
            const QString original = QStringLiteral(CONFAB_TS_DIR "/") + name;
            QVERIFY2(QFile::exists(original),
                     qPrintable(u"%1 is missing: every configured language needs its file"_s.arg(original)));
            QVERIFY(QFile::copy(original, m_dir.filePath(u"updated/"_s + name)));
            QFile::setPermissions(m_dir.filePath(u"updated/"_s + name), QFile::ReadOwner | QFile::WriteOwner);
            arguments << m_dir.filePath(u"updated/"_s + name);
        }
        QVERIFY2(runLupdate(arguments, &output), qPrintable(output));
        m_lupdateWarnings = output.split(u'\n', Qt::SkipEmptyParts);
    }

    void lupdateDoesNotWarn()
    {
        for (const QString &warning : std::as_const(m_lupdateWarnings)) {
            qWarning().noquote() << warning;
        }
        QVERIFY2(m_lupdateWarnings.isEmpty(),
                 qPrintable(u"lupdate gave %1 warning(s), above; a tr() outside a class with Q_OBJECT or "
                            "Q_DECLARE_TR_FUNCTIONS is one"_s.arg(m_lupdateWarnings.size())));
    }

    // The checker, on a German file with one of each mistake.
    void checkerFindsEachProblem()
    {
        TsFile file;
        QString error;
        QVERIFY2(file.load(QStringLiteral(CONFAB_I18N_DATA_DIR "/broken_de.ts"), &error), qPrintable(error));
        QCOMPARE(file.language(), u"de"_s);
        const QStringList problems = file.problems(2);
        const QStringList expected{
            u"\"Unfinished\" is not translated"_s,
            u"\"Gone\" is no longer in the sources (vanished)"_s,
            u"\"Old\" is no longer in the sources (obsolete)"_s,
            u"\"Lost %1\" has placeholders [] in"_s,
            u"\"Extra\" has placeholders [%2] in"_s,
            u"\"%n file(s)\" has 1 plural forms, the language has 2"_s,
            u"\"%n item(s)\" has placeholders [] in \"Elemente\""_s,
            u"\"Line\\n\": the source and"_s,
            u"\"Empty\" has an empty translation"_s,
        };
        for (const QString &text : expected) {
            const bool found =
                std::any_of(problems.cbegin(), problems.cend(), [&](const QString &p) { return p.contains(text); });
            QVERIFY2(found, qPrintable(u"missing problem: %1\nfound:\n%2"_s.arg(text, problems.join(u'\n'))));
        }
        QCOMPARE(problems.size(), expected.size()); // and nothing about the correct entries
    }

    // English is the source: only its plural entries need a translation.
    void checkerAcceptsTheSourceLanguage()
    {
        TsFile file;
        QString error;
        QVERIFY2(file.load(QStringLiteral(CONFAB_I18N_DATA_DIR "/source_en.ts"), &error), qPrintable(error));
        const QStringList problems = file.problems(2);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.constFirst().contains(u"\"%n day(s)\" is not translated"_s), qPrintable(problems.constFirst()));
    }

    void complete_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : kLanguages) {
            QTest::newRow(qPrintable(language)) << language;
        }
    }

    void complete()
    {
        QFETCH(QString, language);
        TsFile file;
        QString error;
        QVERIFY2(file.load(m_dir.filePath(u"updated/confab_%1.ts"_s.arg(language)), &error), qPrintable(error));
        QCOMPARE(file.language(), language);
        QCOMPARE(file.sourceLanguage(), u"en"_s);
        QVERIFY2(file.messages().size() > 10, "lupdate found (almost) no strings: is the source list right?");
        const QStringList problems = file.problems(m_pluralForms.value(language));
        QVERIFY2(problems.isEmpty(),
                 qPrintable(u"translations/confab_%1.ts is not complete (build the update_translations target, then "
                            "translate):\n%2"_s.arg(language, problems.join(u'\n'))));
    }

private:
    QTemporaryDir m_dir;
    QHash<QString, int> m_pluralForms;
    QStringList m_lupdateWarnings;
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
