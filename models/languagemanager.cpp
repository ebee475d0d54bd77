// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemanager.h"

#include "uilog.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QQmlEngine>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

LanguageManager *s_instance = nullptr;

const auto kCatalogueDir = u":/i18n"_s;

// "zh-CN" and "zh_CN" name the same locale; an empty string means the system's.
QString normalized(const QString &code)
{
    QString result = code.trimmed();
    result.replace(u'-', u'_');
    return result;
}

bool isKnownLocale(const QString &code)
{
    return code.isEmpty() || code == u"C" || QLocale(code).language() != QLocale::C;
}

// Where Qt's own catalogues are: Qt's installation, or next to the executable where windeployqt
// and macdeployqt put them.
QStringList qtCatalogueDirs()
{
    QStringList dirs{QLibraryInfo::path(QLibraryInfo::TranslationsPath)};
    if (QCoreApplication::instance()) {
        const QString appDir = QCoreApplication::applicationDirPath();
        dirs << appDir + u"/translations"_s << appDir + u"/../Resources/translations"_s
             << appDir + u"/../share/qt6/translations"_s;
    }
    return dirs;
}

} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
    if (!s_instance) {
        s_instance = this;
    }
    const QString fromEnvironment = normalized(qEnvironmentVariable("CONFAB_LANGUAGE"));
    if (!fromEnvironment.isEmpty()) {
        if (isKnownLocale(fromEnvironment)) {
            m_language = fromEnvironment;
            m_setByEnvironment = true;
        } else {
            qCWarning(lcUi) << "CONFAB_LANGUAGE names no known locale:" << fromEnvironment << "- following the system locale";
        }
    }
    apply();
}

LanguageManager::~LanguageManager()
{
    removeTranslators();
    if (s_instance == this) {
        s_instance = nullptr;
    }
}

LanguageManager *LanguageManager::create(QQmlEngine *engine, QJSEngine *scriptEngine)
{
    Q_UNUSED(scriptEngine)
    LanguageManager *manager = s_instance ? s_instance : new LanguageManager(engine);
    // The engine must not delete the process's instance; one it made itself dies with it.
    QJSEngine::setObjectOwnership(manager, QJSEngine::CppOwnership);
    manager->addEngine(engine);
    return manager;
}

LanguageManager *LanguageManager::instance()
{
    return s_instance;
}

QString LanguageManager::language() const
{
    return m_language;
}

void LanguageManager::setLanguage(const QString &language)
{
    const QString code = normalized(language);
    if (code == m_language) {
        return;
    }
    if (!isKnownLocale(code)) {
        qCWarning(lcUi) << "Not a known locale, language unchanged:" << language;
        return;
    }
    m_language = code;
    apply();
    Q_EMIT languageChanged();
}

QString LanguageManager::localeName() const
{
    return m_locale.name();
}

QString LanguageManager::translation() const
{
    return m_translation;
}

bool LanguageManager::setByEnvironment() const
{
    return m_setByEnvironment;
}

QStringList LanguageManager::shippedTranslations()
{
    QStringList codes;
    const QStringList files = QDir(kCatalogueDir).entryList({u"confab_*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        codes << file.sliced(7, file.size() - 7 - 3); // between "confab_" and ".qm"
    }
    return codes;
}

QVariantList LanguageManager::availableLanguages() const
{
    QVariantList result;
    result << QVariantMap{{u"code"_s, QString()}, {u"name"_s, tr("System default")}};
    for (const QString &code : shippedTranslations()) {
        const QLocale locale(code);
        // Qt names "en" after its default territory ("American English"); the source text is
        // plain English.
        QString name = code == u"en" ? u"English"_s : locale.nativeLanguageName();
        if (!name.isEmpty()) {
            name[0] = name[0].toUpper(); // "français" in a list of names
        }
        result << QVariantMap{{u"code"_s, code}, {u"name"_s, name}};
    }
    return result;
}

void LanguageManager::addEngine(QQmlEngine *engine)
{
    if (!engine) {
        return;
    }
    for (const QPointer<QQmlEngine> &known : std::as_const(m_engines)) {
        if (known == engine) {
            return;
        }
    }
    m_engines.removeAll(QPointer<QQmlEngine>());
    m_engines << engine;
    engine->setUiLanguage(m_locale.bcp47Name());
}

void LanguageManager::removeTranslators()
{
    for (const auto *translator : {&m_appTranslator, &m_qtTranslator}) {
        if (*translator) {
            QCoreApplication::removeTranslator(translator->get());
        }
    }
    m_appTranslator.reset();
    m_qtTranslator.reset();
}

void LanguageManager::apply()
{
    m_locale = m_language.isEmpty() ? QLocale::system() : QLocale(m_language);
    QLocale::setDefault(m_locale);
    removeTranslators();

    auto appTranslator = std::make_unique<QTranslator>();
    if (appTranslator->load(m_locale, u"confab"_s, u"_"_s, kCatalogueDir)) {
        m_translation = appTranslator->language();
    } else if (appTranslator->load(u"confab_en"_s, kCatalogueDir)) {
        // No translation for this locale: English text, with English plurals.
        m_translation = u"en"_s;
    } else {
        qCWarning(lcUi) << "No translations are built into this program";
        appTranslator.reset();
        m_translation = u"en"_s;
    }

    // Qt's own strings (standard buttons, dialogs) in the same language as ours.
    if (m_translation != u"en") {
        auto qtTranslator = std::make_unique<QTranslator>();
        const QLocale translationLocale(m_translation);
        bool loaded = false;
        for (const QString &dir : qtCatalogueDirs()) {
            if (qtTranslator->load(translationLocale, u"qt"_s, u"_"_s, dir)) {
                loaded = true;
                break;
            }
        }
        if (loaded) {
            m_qtTranslator = std::move(qtTranslator);
        } else {
            qCDebug(lcUi) << "Qt's own translation for" << m_translation << "was not found in" << qtCatalogueDirs();
        }
    }

    if (QCoreApplication::instance()) {
        if (m_qtTranslator) {
            QCoreApplication::installTranslator(m_qtTranslator.get());
        }
        if (appTranslator) {
            QCoreApplication::installTranslator(appTranslator.get());
        }
    } else {
        qCWarning(lcUi) << "LanguageManager needs the application object to install translations";
    }
    m_appTranslator = std::move(appTranslator);

    m_engines.removeAll(QPointer<QQmlEngine>());
    for (const QPointer<QQmlEngine> &engine : std::as_const(m_engines)) {
        engine->setUiLanguage(m_locale.bcp47Name());
        engine->retranslate();
    }
    qCDebug(lcUi) << "Language:" << (m_language.isEmpty() ? u"system"_s : m_language) << "locale" << m_locale.name()
                  << "translation" << m_translation;
}
