// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend.h"

#include "appconfig.h"
#include "appcore.h"
#include "llmclient.h"
#include "storage.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QQmlEngine>

using namespace Qt::StringLiterals;

namespace {
AppCore *s_core = nullptr;
LocalServer *s_server = nullptr;

bool isWindowKey(const QString &key)
{
    return key.startsWith(u"window/") || key.startsWith(u"ui/");
}
} // namespace

Backend::Backend(AppCore *core, QObject *parent)
    : QObject(parent)
    , m_core(core)
{
    if (m_core) {
        connect(m_core->config(), &AppConfig::changed, this, [this](const QString &group) {
            if (group == u"providers") {
                Q_EMIT providerChanged();
            } else if (group == u"remote") {
                Q_EMIT remoteBackendChanged();
            } else if (group == u"appearance") {
                Q_EMIT appearanceChanged();
            }
        });
        connect(m_core->storage(), &Storage::errorOccurred, this, [this](const StorageError &error) {
            m_storageError = errorText(error);
            Q_EMIT storageErrorChanged();
        });
        connect(m_core->config(), &AppConfig::syncFailed, this, [this](const QString &message) {
            m_storageError = message;
            Q_EMIT storageErrorChanged();
        });
    }
}

void Backend::setCore(AppCore *core)
{
    s_core = core;
}

AppCore *Backend::core()
{
    return s_core;
}

void Backend::setServer(LocalServer *server)
{
    s_server = server;
}

LocalServer *Backend::server()
{
    return s_server;
}

Backend *Backend::create(QQmlEngine *engine, QJSEngine *)
{
    auto *backend = new Backend(s_core, engine);
    QQmlEngine::setObjectOwnership(backend, QQmlEngine::CppOwnership);
    return backend;
}

QString Backend::errorText(const StorageError &error)
{
    QString text = error.message.isEmpty() ? StorageError::defaultMessage(error.code) : error.message;
    switch (error.code) {
    case StorageError::Code::InvalidImport:
    case StorageError::Code::InvalidArgument:
    case StorageError::Code::Io:
    case StorageError::Code::DataFolder:
        if (!error.detail.isEmpty()) {
            text += u' ' + tr("(%1)").arg(error.detail);
        }
        break;
    default:
        break;
    }
    if (!error.path.isEmpty()) {
        text += u' ' + tr("File: %1").arg(error.path);
    }
    return text;
}

QString Backend::dataDir() const
{
    return m_core ? m_core->dataDir() : QString();
}

QString Backend::databasePath() const
{
    return m_core ? m_core->storage()->databasePath() : QString();
}

QString Backend::configPath() const
{
    return m_core ? m_core->config()->filePath() : QString();
}

bool Backend::hasProvider() const
{
    return m_core && (m_core->config()->hasProvider() || m_core->config()->remoteBackendEnabled());
}

QString Backend::providerName() const
{
    if (!m_core) {
        return {};
    }
    if (m_core->config()->remoteBackendEnabled()) {
        return m_core->config()->remoteBackendUrl().toString();
    }
    const ProviderProfile profile = m_core->config()->activeProvider();
    return profile.name.isEmpty() ? profile.baseUrl.toString() : profile.name;
}

QString Backend::startupNotice() const
{
    return m_core ? m_core->storage()->openReport().userMessage() : QString();
}

bool Backend::remoteBackend() const
{
    return m_core && m_core->config()->remoteBackendEnabled();
}

QString Backend::colorScheme() const
{
    const QString scheme = m_core ? m_core->config()->value(u"appearance/colorScheme"_s).toString() : QString();
    return scheme == u"light" || scheme == u"dark" ? scheme : u"system"_s;
}

void Backend::setColorScheme(const QString &scheme)
{
    if (m_core && (scheme == u"system" || scheme == u"light" || scheme == u"dark")) {
        m_core->config()->setValue(u"appearance/colorScheme"_s, scheme);
    }
}

int Backend::fontSize() const
{
    return m_core ? std::clamp(m_core->config()->value(u"appearance/fontSize"_s, 0).toInt(), 0, 32) : 0;
}

void Backend::setFontSize(int points)
{
    if (m_core) {
        m_core->config()->setValue(u"appearance/fontSize"_s, points <= 0 ? 0 : std::clamp(points, 7, 32));
    }
}

int Backend::chatWidth() const
{
    return m_core ? std::clamp(m_core->config()->value(u"appearance/chatWidth"_s, 820).toInt(), 480, 4000) : 820;
}

void Backend::setChatWidth(int pixels)
{
    if (m_core) {
        m_core->config()->setValue(u"appearance/chatWidth"_s, std::clamp(pixels, 480, 4000));
    }
}

QString Backend::storageError() const
{
    return m_storageError;
}

void Backend::clearStorageError()
{
    if (!m_storageError.isEmpty()) {
        m_storageError.clear();
        Q_EMIT storageErrorChanged();
    }
}

QVariant Backend::setting(const QString &key, const QVariant &defaultValue) const
{
    if (!m_core || !isWindowKey(key)) {
        return defaultValue;
    }
    return m_core->config()->value(key, defaultValue);
}

void Backend::setSetting(const QString &key, const QVariant &value)
{
    if (m_core && isWindowKey(key)) {
        m_core->config()->setValue(key, value);
    }
}

bool Backend::hasConversation(qint64 id) const
{
    return m_core && id > 0 && m_core->storage()->conversation(id).ok();
}

QString Backend::exportAll(const QUrl &file)
{
    if (!m_core) {
        return tr("Confab's data is not open.");
    }
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (path.isEmpty()) {
        return tr("Choose a file to export to.");
    }
    const auto written = m_core->storage()->exportJsonFile(path);
    return written ? QString() : errorText(written.error());
}

QVariantMap Backend::importFile(const QUrl &file)
{
    if (!m_core) {
        return {{u"ok"_s, false}, {u"message"_s, tr("Confab's data is not open.")}};
    }
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    const auto imported = m_core->storage()->importJsonFile(path);
    if (!imported) {
        return {
            {u"ok"_s, false},
            {u"message"_s, tr("Nothing was imported from %1: %2").arg(QFileInfo(path).fileName(), errorText(imported.error()))}};
    }
    return {{u"ok"_s, true},
            {u"message"_s,
             tr("Imported %n conversation(s) from %1.", nullptr, int(imported->size())).arg(QFileInfo(path).fileName())}};
}

bool Backend::openDataFolder()
{
    return m_core && QDesktopServices::openUrl(QUrl::fromLocalFile(m_core->dataDir()));
}
