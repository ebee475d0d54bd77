// SPDX-License-Identifier: GPL-3.0-or-later
#include "providereditor.h"

#include "appconfig.h"
#include "appcore.h"
#include "backend.h"
#include "llmclient.h"
#include "providerpreset.h"
#include "secretstore.h"
#include "uilog.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
QString jsonText(const QJsonObject &object)
{
    return object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

/** The object in @p text; an empty text is an empty object. */
bool parseObject(const QString &text, QJsonObject *object)
{
    if (text.trimmed().isEmpty()) {
        *object = {};
        return true;
    }
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isObject()) {
        return false;
    }
    *object = document.object();
    return true;
}

bool isLoopback(const QString &host)
{
    const QHostAddress address(host);
    return host == u"localhost" || host.endsWith(u".localhost") || (!address.isNull() && address.isLoopback());
}
} // namespace

ProviderEditor::ProviderEditor(QObject *parent)
    : QObject(parent)
    , m_core(Backend::core())
{
    loadPreset(u"custom"_s);
}

void ProviderEditor::setCore(AppCore *core)
{
    m_core = core;
}

QString ProviderEditor::providerId() const
{
    return m_providerId;
}

QString ProviderEditor::presetId() const
{
    return m_presetId;
}

QString ProviderEditor::name() const
{
    return m_name;
}

void ProviderEditor::setName(const QString &name)
{
    if (m_name != name) {
        m_name = name;
        Q_EMIT fieldsChanged();
    }
}

QString ProviderEditor::baseUrl() const
{
    return m_baseUrl;
}

void ProviderEditor::setBaseUrl(const QString &url)
{
    if (m_baseUrl != url) {
        m_baseUrl = url;
        Q_EMIT fieldsChanged();
    }
}

QString ProviderEditor::apiKey() const
{
    return m_apiKey;
}

void ProviderEditor::setApiKey(const QString &key)
{
    if (m_apiKey != key) {
        m_apiKey = key;
        Q_EMIT fieldsChanged();
    }
}

QString ProviderEditor::model() const
{
    return m_model;
}

void ProviderEditor::setModel(const QString &model)
{
    if (m_model != model) {
        m_model = model;
        Q_EMIT fieldsChanged();
    }
}

QString ProviderEditor::headersText() const
{
    return m_headersText;
}

void ProviderEditor::setHeadersText(const QString &text)
{
    if (m_headersText != text) {
        m_headersText = text;
        Q_EMIT fieldsChanged();
    }
}

QString ProviderEditor::reasoningOnText() const
{
    return m_reasoningOnText;
}

void ProviderEditor::setReasoningOnText(const QString &text)
{
    if (m_reasoningOnText != text) {
        m_reasoningOnText = text;
        Q_EMIT fieldsChanged();
    }
}

QString ProviderEditor::reasoningOffText() const
{
    return m_reasoningOffText;
}

void ProviderEditor::setReasoningOffText(const QString &text)
{
    if (m_reasoningOffText != text) {
        m_reasoningOffText = text;
        Q_EMIT fieldsChanged();
    }
}

bool ProviderEditor::needsKey() const
{
    return m_needsKey;
}

void ProviderEditor::setNeedsKey(bool needs)
{
    if (m_needsKey != needs) {
        m_needsKey = needs;
        Q_EMIT fieldsChanged();
    }
}

bool ProviderEditor::keepsStoredKey() const
{
    return m_keepsStoredKey;
}

QString ProviderEditor::keyPage() const
{
    return m_keyPage;
}

QString ProviderEditor::urlError() const
{
    const QString text = m_baseUrl.trimmed();
    if (text.isEmpty()) {
        return tr("Enter the provider's address, such as https://api.openai.com/v1.");
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty()) {
        return tr("This is not a web address. It must start with http:// or https:// and name a host, such as "
                  "http://127.0.0.1:11434/v1.");
    }
    if (url.hasQuery() || url.hasFragment()) {
        return tr("The address must not contain “?” or “#”: give the base URL only, such as https://api.openai.com/v1.");
    }
    return {};
}

QString ProviderEditor::urlWarning() const
{
    if (!urlError().isEmpty()) {
        return {};
    }
    const QUrl url(m_baseUrl.trimmed());
    if (url.scheme() == u"http" && !isLoopback(url.host()) && !m_apiKey.isEmpty()) {
        return tr("This address is not encrypted (http://): the key would cross the network readable by others.");
    }
    return {};
}

QString ProviderEditor::keyError() const
{
    const QString key = m_apiKey.trimmed();
    if (key.isEmpty()) {
        if (m_needsKey && !m_keepsStoredKey) {
            return tr("This provider needs an API key. Paste the key you created on its website.");
        }
        return {};
    }
    static const QRegularExpression blank(u"\\s"_s);
    if (key.contains(blank)) {
        return tr("The key contains spaces or line breaks. Copy it again, without anything around it.");
    }
    if (key.size() < 8) {
        return tr("This key is too short to be an API key.");
    }
    return {};
}

QString ProviderEditor::headersError() const
{
    QString error;
    parseHeaders(m_headersText, &error);
    return error;
}

QString ProviderEditor::reasoningError() const
{
    QJsonObject object;
    if (!parseObject(m_reasoningOnText, &object) || !parseObject(m_reasoningOffText, &object)) {
        return tr("The reasoning switches must be JSON objects, such as {\"reasoning_effort\": \"none\"}, or empty.");
    }
    return {};
}

QString ProviderEditor::modelError() const
{
    if (m_model.trimmed().isEmpty()) {
        return tr("Choose a model. “Test connection” lists the ones this provider offers.");
    }
    return {};
}

bool ProviderEditor::isValid() const
{
    return urlError().isEmpty() && keyError().isEmpty() && headersError().isEmpty() && reasoningError().isEmpty() &&
        modelError().isEmpty();
}

bool ProviderEditor::attempted() const
{
    return m_attempted;
}

bool ProviderEditor::testing() const
{
    return m_testing;
}

bool ProviderEditor::testOk() const
{
    return m_testOk;
}

QString ProviderEditor::testMessage() const
{
    return m_testMessage;
}

QStringList ProviderEditor::models() const
{
    return m_models;
}

bool ProviderEditor::saving() const
{
    return m_saving;
}

QString ProviderEditor::keyStorage() const
{
    return m_keyStorage;
}

QString ProviderEditor::keyNotice() const
{
    return m_keyNotice;
}

bool ProviderEditor::keyFileOffered() const
{
    return m_keyFileOffered;
}

QHash<QByteArray, QByteArray> ProviderEditor::parseHeaders(const QString &text, QString *error)
{
    QHash<QByteArray, QByteArray> headers;
    static const QRegularExpression token(u"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"_s);
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty()) {
            continue;
        }
        const qsizetype colon = line.indexOf(u':');
        const QString name = colon > 0 ? line.left(colon).trimmed() : QString();
        const QString value = colon > 0 ? line.mid(colon + 1).trimmed() : QString();
        if (name.isEmpty() || !token.match(name).hasMatch()) {
            if (error && error->isEmpty()) {
                *error = tr("Line %1 is not a header: write one “Name: value” per line.").arg(i + 1);
            }
            continue;
        }
        bool latin1 = true;
        for (QChar c : value) {
            latin1 = latin1 && c.unicode() >= 0x20 && c.unicode() < 0x7f;
        }
        if (!latin1) {
            if (error && error->isEmpty()) {
                *error = tr("The value of header “%1” has characters a header cannot carry.").arg(name);
            }
            continue;
        }
        headers.insert(name.toLatin1(), value.toLatin1());
    }
    return headers;
}

void ProviderEditor::reset()
{
    m_providerId.clear();
    m_apiKey.clear();
    m_headersText.clear();
    m_keepsStoredKey = false;
    m_attempted = false;
    m_keyStorage.clear();
    m_keyNotice.clear();
    m_keyFileOffered = false;
    ++m_testGeneration;
    setTest(false, false, {}, {});
    Q_EMIT attemptedChanged();
    Q_EMIT keyStorageChanged();
}

bool ProviderEditor::loadPreset(const QString &presetId)
{
    const auto preset = ProviderPreset::find(presetId);
    if (!preset) {
        return false;
    }
    reset();
    m_presetId = preset->id;
    m_name = preset->name;
    m_baseUrl = preset->baseUrl;
    m_model = preset->suggestedModel;
    m_needsKey = preset->needsKey;
    m_keyPage = preset->keyPage;
    m_reasoningOnText = jsonText(preset->reasoningOn);
    m_reasoningOffText = jsonText(preset->reasoningOff);
    Q_EMIT loaded();
    Q_EMIT fieldsChanged();
    return true;
}

bool ProviderEditor::loadDetected(const QString &presetId, const QString &baseUrl, const QStringList &models)
{
    if (!loadPreset(presetId)) {
        return false;
    }
    m_baseUrl = baseUrl;
    if (!models.isEmpty()) {
        m_model = models.constFirst();
        setTest(false, true, tr("Found %n model(s).", nullptr, int(models.size())), models);
    }
    Q_EMIT fieldsChanged();
    return true;
}

bool ProviderEditor::load(const QString &providerId)
{
    if (!m_core) {
        return false;
    }
    const QList<ProviderProfile> providers = m_core->config()->providers();
    for (const ProviderProfile &profile : providers) {
        if (profile.id != providerId) {
            continue;
        }
        const ProviderOptions options = m_core->config()->providerOptions(profile.id);
        const auto preset = ProviderPreset::find(options.presetId);
        reset();
        m_providerId = profile.id;
        m_presetId = options.presetId;
        m_name = profile.name;
        m_baseUrl = profile.baseUrl.toString();
        m_model = profile.defaultModel;
        m_needsKey = options.needsKey;
        m_keepsStoredKey = options.needsKey;
        m_keyPage = preset ? preset->keyPage : QString();
        QStringList headerLines;
        for (auto it = profile.extraHeaders.cbegin(); it != profile.extraHeaders.cend(); ++it) {
            headerLines << QString::fromLatin1(it.key()) + u": "_s + QString::fromLatin1(it.value());
        }
        headerLines.sort();
        m_headersText = headerLines.join(u'\n');
        m_reasoningOnText = jsonText(options.reasoningOn);
        m_reasoningOffText = jsonText(options.reasoningOff);
        Q_EMIT loaded();
        Q_EMIT fieldsChanged();
        return true;
    }
    return false;
}

void ProviderEditor::setAttempted()
{
    if (!m_attempted) {
        m_attempted = true;
        Q_EMIT attemptedChanged();
    }
}

void ProviderEditor::setTest(bool testing, bool ok, const QString &message, const QStringList &models)
{
    m_testing = testing;
    m_testOk = ok;
    m_testMessage = message;
    m_models = models;
    Q_EMIT testChanged();
}

void ProviderEditor::testConnection()
{
    if (!urlError().isEmpty()) {
        setAttempted();
        setTest(false, false, urlError(), {});
        return;
    }
    runTest();
}

QCoro::Task<> ProviderEditor::runTest()
{
    QPointer<ProviderEditor> self(this);
    const int generation = ++m_testGeneration;
    setTest(true, false, tr("Connecting…"), m_models);
    ProviderProfile profile;
    profile.id = m_providerId;
    profile.baseUrl = QUrl(m_baseUrl.trimmed());
    profile.apiKey = m_apiKey.trimmed();
    profile.extraHeaders = parseHeaders(m_headersText, nullptr);
    if (profile.apiKey.isEmpty() && m_keepsStoredKey && m_core) {
        const SecretStore::Result stored = co_await m_core->secrets()->readKey(m_providerId);
        if (!self || generation != m_testGeneration) {
            co_return;
        }
        profile.apiKey = stored.ok() ? stored.secret : m_core->llm()->profile().apiKey;
    }
    LlmClient client;
    LlmTimeouts timeouts;
    timeouts.connect = std::chrono::seconds(5);
    timeouts.firstByte = std::chrono::seconds(15);
    client.setTimeouts(timeouts);
    client.setProfile(profile);
    const ModelListResult result = co_await client.listModels();
    if (!self || generation != m_testGeneration) {
        co_return;
    }
    if (!result.ok()) {
        setTest(false, false, result.error.message(), {});
        co_return;
    }
    QStringList ids;
    for (const ModelInfo &model : result.models) {
        ids << model.id;
    }
    if (ids.isEmpty()) {
        setTest(false, true, tr("Connected, but the provider lists no models. Type the model's name."), {});
        co_return;
    }
    const QString suggested = ProviderPreset::find(m_presetId).value_or(ProviderPreset()).suggestedModel;
    if (m_model.isEmpty() || (!ids.contains(m_model) && m_model == suggested)) {
        m_model = ids.constFirst();
        Q_EMIT fieldsChanged();
    }
    setTest(false, true, tr("Connected: %n model(s) available.", nullptr, int(ids.size())), ids);
}

bool ProviderEditor::save(bool activate)
{
    setAttempted();
    if (!isValid() || !m_core || m_saving) {
        if (!m_core) {
            Q_EMIT saveFailed(tr("Confab's settings are not open."));
        }
        return false;
    }
    runSave(activate);
    return true;
}

QCoro::Task<> ProviderEditor::runSave(bool activate)
{
    QPointer<ProviderEditor> self(this);
    m_saving = true;
    Q_EMIT savingChanged();
    ProviderProfile profile;
    profile.id = m_providerId;
    profile.name = m_name.trimmed().isEmpty() ? QUrl(m_baseUrl.trimmed()).host() : m_name.trimmed();
    profile.baseUrl = QUrl(m_baseUrl.trimmed());
    profile.defaultModel = m_model.trimmed();
    profile.extraHeaders = parseHeaders(m_headersText, nullptr);
    ProviderOptions options;
    options.presetId = m_presetId;
    options.needsKey = m_needsKey || !m_apiKey.trimmed().isEmpty();
    parseObject(m_reasoningOnText, &options.reasoningOn);
    parseObject(m_reasoningOffText, &options.reasoningOff);

    AppConfig *config = m_core->config();
    // The id first, so that the key is stored under it before the provider becomes active.
    if (profile.id.isEmpty()) {
        const QString base = options.presetId.isEmpty() ? u"provider"_s : options.presetId;
        profile.id = base + u'-' + QString::number(QDateTime::currentMSecsSinceEpoch() % 1000000, 36);
    }
    const QString key = m_apiKey.trimmed();
    if (!key.isEmpty()) {
        m_core->rememberApiKey(profile.id, key); // works at once, whatever the keychain does
        co_await storeKey(profile.id, key);
        if (!self || !m_core) {
            co_return;
        }
    }
    const QString id = config->saveProvider(profile, options, activate);
    m_providerId = id;
    m_keepsStoredKey = options.needsKey;
    m_apiKey.clear();
    m_saving = false;
    Q_EMIT savingChanged();
    Q_EMIT loaded();
    Q_EMIT fieldsChanged();
    qCInfo(lcUi) << "saved provider" << id << profile.baseUrl.toString();
    Q_EMIT saved(id);
}

QCoro::Task<> ProviderEditor::storeKey(QString providerId, QString key)
{
    QPointer<ProviderEditor> self(this);
    m_lastSavedId = providerId;
    m_lastSavedKey = key;
    const SecretStore::Result result = co_await m_core->secrets()->writeKey(providerId, key);
    if (!self) {
        co_return;
    }
    m_keyFileOffered = false;
    if (result.ok()) {
        m_keyStorage = result.backend == SecretStore::Backend::File ? u"file"_s : u"keychain"_s;
        m_keyNotice = result.backend == SecretStore::Backend::File
            ? tr("The key is kept in %1, readable only by you.").arg(m_core->config()->keyFilePath())
            : result.message; // the keychain has it, but an older copy may be left in the key file
        m_lastSavedKey.clear();
    } else {
        m_keyStorage = u"session"_s;
        if (result.status == SecretStore::Status::KeychainUnavailable) {
            m_keyFileOffered = !m_core->config()->keyFileAllowed();
            m_keyNotice = tr("No system keychain is available, so the key was not stored: it works until Confab closes. "
                             "Start a keychain service (GNOME Keyring, KWallet), or keep keys in a file readable only by "
                             "you.");
        } else {
            m_keyNotice = tr("The key could not be stored and works until Confab closes: %1").arg(result.message);
        }
    }
    Q_EMIT keyStorageChanged();
}

void ProviderEditor::allowKeyFile()
{
    if (!m_core) {
        return;
    }
    m_core->config()->setKeyFileAllowed(true); // AppCore points the SecretStore at the file
    if (!m_lastSavedKey.isEmpty() && !m_lastSavedId.isEmpty()) {
        storeKey(m_lastSavedId, m_lastSavedKey);
    } else {
        m_keyFileOffered = false;
        m_keyNotice = tr("Keys will be kept in %1, readable only by you.").arg(m_core->config()->keyFilePath());
        Q_EMIT keyStorageChanged();
    }
}
