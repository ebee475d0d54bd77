// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

/**
 * @brief Lives inside the app under test: when the app quits, writes every text its windows
 * show (visible Qt Quick items with a `text`: its object name and its rectangle in the window,
 * and window titles) and the sizes of the application's window icon to a JSON file.
 *
 * Loaded as a Qt generic plugin, so the app needs no test hook:
 * `QT_PLUGIN_PATH=<build>/tests/plugins QT_QPA_GENERIC_PLUGINS=confabtextdump:<file.json>`.
 */
class TextDumper : public QObject
{
    Q_OBJECT

public:
    explicit TextDumper(const QString &path, QObject *parent = nullptr);

private:
    void dump() const;

    QString m_path;
};
