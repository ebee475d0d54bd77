// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "tool.h"

#include <QStringList>

/**
 * @brief `read_file`: reads a text file, or lists a folder, inside the folders the user allowed.
 *
 * Paths are resolved (symbolic links and `..` included) before the check, so nothing outside the
 * allowed folders can be reached. Binary files are refused; large files are read in part.
 */
class ReadFileTool : public Tool
{
    Q_DECLARE_TR_FUNCTIONS(ReadFileTool)

public:
    explicit ReadFileTool(const QStringList &allowedFolders, qint64 maxBytes = 256 * 1024);

    QString name() const override;
    QString description() const override;
    QJsonObject parameters() const override;
    ToolOutput run(const QJsonObject &arguments) const override;

private:
    QStringList m_allowed; // canonical, each ending in '/'
    qint64 m_maxBytes;
};
