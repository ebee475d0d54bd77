// SPDX-License-Identifier: GPL-3.0-or-later
// LanguageManager with the real catalogues built into the app (:/i18n) and Qt's own.
#include "languagemanager.h"

#include <QFileInfo>
#include <QLibraryInfo>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QSignalSpy>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(Confab_ModelsPlugin)

using namespace Qt::StringLiterals;

namespace {
QString send()
{
    return QCoreApplication::translate("Composer", "Send");
}
} // namespace

class TestLanguageManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        qunsetenv("CONFAB_LANGUAGE");
        QVERIFY(!LanguageManager::instance());
    }

    void shipsEveryLanguage()
    {
        QCOMPARE(LanguageManager::shippedTranslations(), (QStringList{u"de"_s, u"en"_s, u"es"_s, u"fr"_s, u"ja"_s, u"zh_CN"_s}));
        LanguageManager manager(nullptr);
        const QVariantList languages = manager.availableLanguages();
        QCOMPARE(languages.size(), 7);
        QCOMPARE(languages.constFirst().toMap().value(u"code"_s).toString(), QString());
        QCOMPARE(languages.constFirst().toMap().value(u"name"_s).toString(), u"System default"_s);
        QHash<QString, QString> names;
        for (const QVariant &language : languages) {
            names.insert(language.toMap().value(u"code"_s).toString(), language.toMap().value(u"name"_s).toString());
        }
        QCOMPARE(names.value(u"en"_s), u"English"_s);
        QCOMPARE(names.value(u"de"_s), u"Deutsch"_s);
        QCOMPARE(names.value(u"fr"_s), u"Français"_s);
        QCOMPARE(names.value(u"ja"_s), u"日本語"_s);
        QVERIFY2(names.value(u"zh_CN"_s).contains(u"中文"_s), qPrintable(names.value(u"zh_CN"_s)));
    }

    // ctest runs the tests with LC_ALL=C.UTF-8: no translation matches, the source text shows.
    void followsTheSystemLocale()
    {
        LanguageManager manager(nullptr);
        QCOMPARE(manager.language(), QString());
        QCOMPARE(manager.translation(), u"en"_s);
        QVERIFY(!manager.setByEnvironment());
        QCOMPARE(send(), u"Send"_s);
        QCOMPARE(QCoreApplication::translate("LocaleFormat", "%n minute(s) ago", nullptr, 1), u"1 minute ago"_s);
    }

    void switchesLive()
    {
        LanguageManager manager(nullptr);
        QSignalSpy changed(&manager, &LanguageManager::languageChanged);

        manager.setLanguage(u"de"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(manager.language(), u"de"_s);
        QCOMPARE(manager.translation(), u"de"_s);
        QCOMPARE(manager.localeName(), u"de_DE"_s);
        QCOMPARE(send(), u"Senden"_s);
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), u"1.234,5"_s);

        manager.setLanguage(u"zh-CN"_s); // either spelling
        QCOMPARE(changed.size(), 2);
        QCOMPARE(manager.translation(), u"zh_CN"_s);
        QCOMPARE(send(), u"发送"_s);
        QCOMPARE(QCoreApplication::translate("LocaleFormat", "%n minute(s) ago", nullptr, 5), u"5 分钟前"_s);

        manager.setLanguage(u"zh_CN"_s); // the same: nothing happens
        QCOMPARE(changed.size(), 2);

        manager.setLanguage(QString()); // back to the system's
        QCOMPARE(changed.size(), 3);
        QCOMPARE(manager.translation(), u"en"_s);
        QCOMPARE(send(), u"Send"_s);
    }

    // A language with formats but no translation: its numbers, English text.
    void untranslatedLanguageFallsBackToEnglish()
    {
        LanguageManager manager(nullptr);
        manager.setLanguage(u"pt_BR"_s);
        QCOMPARE(manager.translation(), u"en"_s);
        QCOMPARE(manager.localeName(), u"pt_BR"_s);
        QCOMPARE(send(), u"Send"_s);
        QCOMPARE(QCoreApplication::translate("LocaleFormat", "%n day(s) ago", nullptr, 3), u"3 days ago"_s);
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), u"1.234,5"_s);
    }

    void refusesUnknownLocales()
    {
        LanguageManager manager(nullptr);
        manager.setLanguage(u"fr"_s);
        QSignalSpy changed(&manager, &LanguageManager::languageChanged);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Not a known locale.*nonsense"_s));
        manager.setLanguage(u"nonsense"_s);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(manager.language(), u"fr"_s);
        QCOMPARE(send(), u"Envoyer"_s);
    }

    void environmentChoosesAtStart()
    {
        qputenv("CONFAB_LANGUAGE", "ja");
        LanguageManager manager(nullptr);
        QVERIFY(manager.setByEnvironment());
        QCOMPARE(manager.language(), u"ja"_s);
        QCOMPARE(send(), u"送信"_s);

        qputenv("CONFAB_LANGUAGE", "nonsense");
        {
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"CONFAB_LANGUAGE names no known locale"_s));
            LanguageManager other(nullptr);
            QVERIFY(!other.setByEnvironment());
            QCOMPARE(other.language(), QString());
            QCOMPARE(LanguageManager::instance(), &manager); // the first one stays the process's
        }
        QCOMPARE(LanguageManager::instance(), &manager);
    }

    // Standard buttons and dialogs come from Qt's own catalogue (qt6-translations-l10n).
    void loadsQtsOwnTranslation()
    {
        const QString catalogue = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_de.qm"_s;
        QVERIFY2(QFileInfo::exists(catalogue),
                 qPrintable(u"%1 is missing: install Qt's translations (qt6-translations-l10n)"_s.arg(catalogue)));
        LanguageManager manager(nullptr);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
        manager.setLanguage(u"de"_s);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
        manager.setLanguage(u"en"_s);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
    }

    // What the settings page will do: write LanguageManager.language from QML, and every
    // qsTr() binding follows without a restart.
    void qmlSwitchesAndRetranslates()
    {
        LanguageManager manager(nullptr);
        QQmlEngine engine;
        engine.addImportPath(u"qrc:/"_s);
        QQmlComponent component(&engine);
        component.setData(R"(
            import QtQml
            import Confab.Models
            QtObject {
                property string send: qsTranslate("Composer", "Send")
                property string language: Qt.uiLanguage
                property string translation: LanguageManager.translation
                function choose(code) { LanguageManager.language = code }
            })",
                          QUrl(u"qrc:/tst_languagemanager.qml"_s));
        std::unique_ptr<QObject> object(component.create());
        QVERIFY2(object, qPrintable(component.errorString()));
        QCOMPARE(object->property("send").toString(), u"Send"_s);

        QVERIFY(QMetaObject::invokeMethod(object.get(), "choose", Q_ARG(QVariant, QVariant(u"fr"_s))));
        QCOMPARE(manager.language(), u"fr"_s);
        QCOMPARE(object->property("send").toString(), u"Envoyer"_s);
        QCOMPARE(object->property("language").toString(), u"fr"_s); // BCP 47: fr_FR is plain "fr"
        QCOMPARE(object->property("translation").toString(), u"fr"_s);

        manager.setLanguage(u"es"_s);
        QCOMPARE(object->property("send").toString(), u"Enviar"_s);
    }

    // Without an instance from main() (a QML test runner), QML makes one and owns it.
    void qmlMakesOneWhenNoneExists()
    {
        {
            QQmlEngine engine;
            LanguageManager *made = LanguageManager::create(&engine, &engine);
            QVERIFY(made);
            QCOMPARE(LanguageManager::instance(), made);
            QCOMPARE(made->parent(), &engine);
        }
        QVERIFY(!LanguageManager::instance());
    }
};

QTEST_GUILESS_MAIN(TestLanguageManager)
#include "tst_languagemanager.moc"
