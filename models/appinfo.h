// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

/**
 * @brief Facts about this build for the views: version, toolkit versions, optional features.
 */
class AppInfo : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString name READ name CONSTANT)
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString qtVersion READ qtVersion CONSTANT)
    Q_PROPERTY(bool syntaxHighlighting READ syntaxHighlighting CONSTANT)

public:
    explicit AppInfo(QObject *parent = nullptr);

    QString name() const;
    QString version() const;
    QString qtVersion() const;
    bool syntaxHighlighting() const;
};
