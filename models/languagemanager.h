// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QJSEngine;
class QQmlEngine;
class QTranslator;

/**
 * @brief Chooses the user-interface language and installs its translations.
 *
 * At start it follows the system locale, or the `CONFAB_LANGUAGE` environment variable when that
 * is set (for example `CONFAB_LANGUAGE=zh_CN`). Setting #language switches live: the app's
 * catalogue (`:/i18n/confab_<lang>.qm`) and Qt's own (`qt_<lang>.qm` from the Qt translations
 * folder) are replaced, QLocale's default follows (numbers, dates), and every QML engine that
 * uses the singleton retranslates its `qsTr()` bindings.
 *
 * One per process: main() constructs it right after the application object, and QML gets the
 * same object. A settings page binds a language picker to #availableLanguages and writes
 * #language; it should not apply a saved choice at start when #setByEnvironment is true.
 */
class LanguageManager : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// "" follows the system locale; otherwise a locale name such as "de" or "zh_CN".
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    /// The locale in effect, for example "zh_CN" or "de_DE".
    Q_PROPERTY(QString localeName READ localeName NOTIFY languageChanged)
    /// The translation in use, for example "zh_CN"; "en" (the source text) when none matches.
    Q_PROPERTY(QString translation READ translation NOTIFY languageChanged)
    /// A list of `{code, name}` for a language picker: the system default (code "") first, then
    /// every shipped translation under its own name ("Deutsch", "简体中文", ...).
    Q_PROPERTY(QVariantList availableLanguages READ availableLanguages CONSTANT)
    /// True when CONFAB_LANGUAGE chose the language at start.
    Q_PROPERTY(bool setByEnvironment READ setByEnvironment CONSTANT)

public:
    /** No default argument on purpose: QML must make the singleton through create(). */
    explicit LanguageManager(QObject *parent);
    ~LanguageManager() override;

    /** The QML singleton: the process's instance, made on first use if main() made none. */
    static LanguageManager *create(QQmlEngine *engine, QJSEngine *scriptEngine);
    /** The process's instance, or nullptr. */
    static LanguageManager *instance();

    QString language() const;
    /** Switches live. An unknown locale name is refused with a warning and changes nothing. */
    void setLanguage(const QString &language);
    QString localeName() const;
    QString translation() const;
    QVariantList availableLanguages() const;
    bool setByEnvironment() const;

    /** Codes of the translations built into the app, sorted ("de", "en", ... "zh_CN"). */
    static QStringList shippedTranslations();

    /** Retranslates @p engine on every change; create() does this for QML engines. */
    void addEngine(QQmlEngine *engine);

Q_SIGNALS:
    void languageChanged();

private:
    void apply();
    void removeTranslators();

    QString m_language;
    QLocale m_locale;
    QString m_translation;
    bool m_setByEnvironment = false;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    QList<QPointer<QQmlEngine>> m_engines;
};
