// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

class AppCore;
class QJSEngine;
class QQmlEngine;

/**
 * @brief The window's door to the core services (settings, storage, chat service), as a QML
 * singleton. main() opens the AppCore and hands it over with setCore() before QML loads; list
 * models written in C++ reach the same services through core().
 */
class Backend : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString dataDir READ dataDir CONSTANT)
    Q_PROPERTY(bool hasProvider READ hasProvider NOTIFY providerChanged)
    Q_PROPERTY(QString startupNotice READ startupNotice CONSTANT)

public:
    /** No default constructor on purpose: Qt 6.4 only calls create() for such types. */
    explicit Backend(AppCore *core, QObject *parent);

    static void setCore(AppCore *core);
    static AppCore *core();
    static Backend *create(QQmlEngine *engine, QJSEngine *scriptEngine);

    QString dataDir() const;
    bool hasProvider() const;
    /** What the user must know about this start (a database moved aside, recovered replies). */
    QString startupNotice() const;

Q_SIGNALS:
    void providerChanged();

private:
    AppCore *m_core;
};
