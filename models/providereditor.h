// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <QCoroTask>

class AppCore;
class LlmClient;

/**
 * @brief The form behind "add / edit a provider" and the first-run page: fields, their
 * validation messages, "Test connection" and saving.
 *
 * Load a preset (loadPreset()) or a configured provider (load()), let the user edit the
 * fields, then save(). Each field has an error property that is empty while the field is
 * valid (#urlError, #keyError, #headersError, #reasoningError, #modelError); the form shows
 * them once the user left the field or tried to save (#attempted).
 *
 * testConnection() lists the provider's models (`GET <baseUrl>/models`) with the fields as
 * they are and reports the outcome in plain words (#testMessage). save() stores the key with
 * SecretStore (the system keychain) and everything else in the settings file; the key never
 * goes into the file or a log. When no keychain answers, the key still works for this session,
 * #keyNotice says so, and allowKeyFile() lets the user choose the 0600 key file instead.
 */
class ProviderEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString providerId READ providerId NOTIFY loaded)
    Q_PROPERTY(QString presetId READ presetId NOTIFY loaded)
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY fieldsChanged)
    Q_PROPERTY(QString baseUrl READ baseUrl WRITE setBaseUrl NOTIFY fieldsChanged)
    Q_PROPERTY(QString apiKey READ apiKey WRITE setApiKey NOTIFY fieldsChanged)
    Q_PROPERTY(QString model READ model WRITE setModel NOTIFY fieldsChanged)
    /// Extra request headers, one `Name: value` per line.
    Q_PROPERTY(QString headersText READ headersText WRITE setHeadersText NOTIFY fieldsChanged)
    /// The request fields that turn reasoning on / off, as JSON objects (may be empty).
    Q_PROPERTY(QString reasoningOnText READ reasoningOnText WRITE setReasoningOnText NOTIFY fieldsChanged)
    Q_PROPERTY(QString reasoningOffText READ reasoningOffText WRITE setReasoningOffText NOTIFY fieldsChanged)
    Q_PROPERTY(bool needsKey READ needsKey WRITE setNeedsKey NOTIFY fieldsChanged)
    /// Editing a saved provider whose key is kept: an empty key field keeps it.
    Q_PROPERTY(bool keepsStoredKey READ keepsStoredKey NOTIFY loaded)
    Q_PROPERTY(QString keyPage READ keyPage NOTIFY loaded)
    Q_PROPERTY(QString urlError READ urlError NOTIFY fieldsChanged)
    Q_PROPERTY(QString keyError READ keyError NOTIFY fieldsChanged)
    Q_PROPERTY(QString headersError READ headersError NOTIFY fieldsChanged)
    Q_PROPERTY(QString reasoningError READ reasoningError NOTIFY fieldsChanged)
    Q_PROPERTY(QString modelError READ modelError NOTIFY fieldsChanged)
    /// A remark that does not stop saving (a key sent without encryption, for instance).
    Q_PROPERTY(QString urlWarning READ urlWarning NOTIFY fieldsChanged)
    Q_PROPERTY(bool valid READ isValid NOTIFY fieldsChanged)
    Q_PROPERTY(bool attempted READ attempted NOTIFY attemptedChanged)
    Q_PROPERTY(bool testing READ testing NOTIFY testChanged)
    Q_PROPERTY(bool testOk READ testOk NOTIFY testChanged)
    Q_PROPERTY(QString testMessage READ testMessage NOTIFY testChanged)
    Q_PROPERTY(QStringList models READ models NOTIFY testChanged)
    Q_PROPERTY(bool saving READ saving NOTIFY savingChanged)
    /// Where the key went: "keychain", "file", "session" (kept in memory only) or "" (none).
    Q_PROPERTY(QString keyStorage READ keyStorage NOTIFY keyStorageChanged)
    /// What the user should know about the key's storage (no keychain, ...); empty if nothing.
    Q_PROPERTY(QString keyNotice READ keyNotice NOTIFY keyStorageChanged)
    /// True when no keychain answered and the key file was not chosen: allowKeyFile() is offered.
    Q_PROPERTY(bool keyFileOffered READ keyFileOffered NOTIFY keyStorageChanged)

public:
    explicit ProviderEditor(QObject *parent = nullptr);
    /** For tests: use @p core instead of the Backend's. */
    void setCore(AppCore *core);

    QString providerId() const;
    QString presetId() const;
    QString name() const;
    void setName(const QString &name);
    QString baseUrl() const;
    void setBaseUrl(const QString &url);
    QString apiKey() const;
    void setApiKey(const QString &key);
    QString model() const;
    void setModel(const QString &model);
    QString headersText() const;
    void setHeadersText(const QString &text);
    QString reasoningOnText() const;
    void setReasoningOnText(const QString &text);
    QString reasoningOffText() const;
    void setReasoningOffText(const QString &text);
    bool needsKey() const;
    void setNeedsKey(bool needs);
    bool keepsStoredKey() const;
    QString keyPage() const;

    QString urlError() const;
    QString keyError() const;
    QString headersError() const;
    QString reasoningError() const;
    QString modelError() const;
    QString urlWarning() const;
    bool isValid() const;
    bool attempted() const;
    bool testing() const;
    bool testOk() const;
    QString testMessage() const;
    QStringList models() const;
    bool saving() const;
    QString keyStorage() const;
    QString keyNotice() const;
    bool keyFileOffered() const;

    /** Starts a new provider from preset @p presetId (see ProviderPreset). */
    Q_INVOKABLE bool loadPreset(const QString &presetId);
    /** Starts from a local server the probe found: its preset, address and first model. */
    Q_INVOKABLE bool loadDetected(const QString &presetId, const QString &baseUrl, const QStringList &models);
    /** Edits configured provider @p providerId. */
    Q_INVOKABLE bool load(const QString &providerId);
    Q_INVOKABLE void testConnection();
    /** Validates and saves (asynchronously: saved() or saveFailed() follows). False when invalid. */
    Q_INVOKABLE bool save(bool activate = true);
    /** Keeps keys in the 0600 file from now on, and stores the last saved key there. */
    Q_INVOKABLE void allowKeyFile();

    /** The parsed #headersText; @p error receives the first problem. */
    static QHash<QByteArray, QByteArray> parseHeaders(const QString &text, QString *error);

Q_SIGNALS:
    void loaded();
    void fieldsChanged();
    void attemptedChanged();
    void testChanged();
    void savingChanged();
    void keyStorageChanged();
    void saved(const QString &providerId);
    void saveFailed(const QString &message);

private:
    QCoro::Task<> runTest();
    QCoro::Task<> runSave(bool activate);
    QCoro::Task<> storeKey(QString providerId, QString key);
    void reset();
    void setAttempted();
    void setTest(bool testing, bool ok, const QString &message, const QStringList &models);

    QPointer<AppCore> m_core;
    QString m_providerId;
    QString m_presetId;
    QString m_name;
    QString m_baseUrl;
    QString m_apiKey;
    QString m_model;
    QString m_headersText;
    QString m_reasoningOnText;
    QString m_reasoningOffText;
    QString m_keyPage;
    QString m_testMessage;
    QStringList m_models;
    QString m_keyStorage;
    QString m_keyNotice;
    QString m_lastSavedKey;
    QString m_lastSavedId;
    bool m_needsKey = true;
    bool m_keepsStoredKey = false;
    bool m_attempted = false;
    bool m_testing = false;
    bool m_testOk = false;
    bool m_saving = false;
    bool m_keyFileOffered = false;
    int m_testGeneration = 0;
};
