// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

#include <deque>

/**
 * @brief What an MCP server printed on stderr, and what Confab noted about it (start, exit,
 * protocol errors), as a bounded log the settings page shows.
 *
 * Bytes are cut into lines (a partial line waits for its end); each line is kept to
 * maxLineLength() characters and the whole log to maxChars(): the oldest lines go first and
 * the text says how many were dropped. Invalid UTF-8 is replaced, never refused.
 */
class McpServerLog : public QObject
{
    Q_OBJECT

public:
    explicit McpServerLog(QObject *parent = nullptr);

    static constexpr qsizetype DefaultMaxChars = 256 * 1024;
    static constexpr qsizetype MaxLineLength = 4000;

    void setMaxChars(qsizetype chars);
    qsizetype maxChars() const;

    /** Raw stderr bytes, split anywhere. */
    void appendOutput(QByteArrayView bytes);
    /** Ends a partial line left by appendOutput() (the process exited). */
    void flushOutput();
    /** A line of Confab's own, shown with a marker. */
    void note(const QString &line);
    void clear();

    QString text() const;
    /** The last @p count lines, for an error message. */
    QStringList lastLines(int count) const;
    qsizetype lineCount() const;
    qint64 droppedLines() const;

Q_SIGNALS:
    void changed();

private:
    void appendLine(QString line);

    std::deque<QString> m_lines;
    QByteArray m_partial;
    qsizetype m_chars = 0;
    qsizetype m_maxChars = DefaultMaxChars;
    qint64 m_dropped = 0;
};
