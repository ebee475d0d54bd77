// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend.h"

#include "appconfig.h"
#include "appcore.h"
#include "storage.h"

#include <QQmlEngine>

namespace {
AppCore *s_core = nullptr;
}

Backend::Backend(AppCore *core, QObject *parent)
    : QObject(parent)
    , m_core(core)
{
    if (m_core) {
        connect(m_core->config(), &AppConfig::changed, this, [this](const QString &group) {
            if (group == u"providers") {
                Q_EMIT providerChanged();
            }
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

Backend *Backend::create(QQmlEngine *engine, QJSEngine *)
{
    auto *backend = new Backend(s_core, engine);
    QQmlEngine::setObjectOwnership(backend, QQmlEngine::CppOwnership);
    return backend;
}

QString Backend::dataDir() const
{
    return m_core ? m_core->dataDir() : QString();
}

bool Backend::hasProvider() const
{
    return m_core && m_core->config()->hasProvider();
}

QString Backend::startupNotice() const
{
    return m_core ? m_core->storage()->openReport().userMessage() : QString();
}
