// SPDX-License-Identifier: GPL-3.0-or-later
#include "mcpserverlog.h"

#include <QCoreApplication>
#include <QTime>

using namespace Qt::StringLiterals;

McpServerLog::McpServerLog(QObject *parent)
    : QObject(parent)
{ }

void McpServerLog::setMaxChars(qsizetype chars)
{
    m_maxChars = qMax<qsizetype>(chars, MaxLineLength);
}

qsizetype McpServerLog::maxChars() const
{
    return m_maxChars;
}

void McpServerLog::appendOutput(QByteArrayView bytes)
{
    bool added = false;
    while (!bytes.isEmpty()) {
        const qsizetype end = bytes.indexOf('\n');
        if (end < 0) {
            m_partial += bytes;
            // A line that never ends is cut into pieces rather than held whole.
            while (m_partial.size() > MaxLineLength * 4) {
                appendLine(QString::fromUtf8(m_partial.left(MaxLineLength * 4)));
                m_partial.remove(0, MaxLineLength * 4);
                added = true;
            }
            break;
        }
        m_partial += bytes.first(end);
        bytes = bytes.sliced(end + 1);
        if (m_partial.endsWith('\r')) {
            m_partial.chop(1);
        }
        appendLine(QString::fromUtf8(m_partial));
        m_partial.clear();
        added = true;
    }
    if (added) {
        Q_EMIT changed();
    }
}

void McpServerLog::flushOutput()
{
    if (m_partial.isEmpty()) {
        return;
    }
    appendLine(QString::fromUtf8(m_partial));
    m_partial.clear();
    Q_EMIT changed();
}

void McpServerLog::note(const QString &line)
{
    appendLine(u"[confab %1] %2"_s.arg(QTime::currentTime().toString(u"HH:mm:ss"_s), line));
    Q_EMIT changed();
}

void McpServerLog::clear()
{
    m_lines.clear();
    m_partial.clear();
    m_chars = 0;
    m_dropped = 0;
    Q_EMIT changed();
}

QString McpServerLog::text() const
{
    QString all;
    all.reserve(m_chars + m_lines.size() + 64);
    if (m_dropped > 0) {
        const int dropped = int(qMin<qint64>(m_dropped, INT_MAX)); // lupdate hangs on templates in the call
        all += QCoreApplication::translate("McpServerLog", "[%n earlier line(s) dropped]", nullptr, dropped);
        all += u'\n';
    }
    for (const QString &line : m_lines) {
        all += line;
        all += u'\n';
    }
    return all;
}

QStringList McpServerLog::lastLines(int count) const
{
    QStringList lines;
    const qsizetype first = qMax<qsizetype>(0, qsizetype(m_lines.size()) - count);
    for (auto it = m_lines.cbegin() + first; it != m_lines.cend(); ++it) {
        lines << *it;
    }
    return lines;
}

qsizetype McpServerLog::lineCount() const
{
    return qsizetype(m_lines.size());
}

qint64 McpServerLog::droppedLines() const
{
    return m_dropped;
}

void McpServerLog::appendLine(QString line)
{
    if (line.size() > MaxLineLength) {
        const qsizetype extra = line.size() - MaxLineLength;
        line.truncate(MaxLineLength);
        line += QCoreApplication::translate("McpServerLog", " […%1 more characters]").arg(extra);
    }
    m_chars += line.size();
    m_lines.push_back(std::move(line));
    while (m_chars > m_maxChars && m_lines.size() > 1) {
        m_chars -= m_lines.front().size();
        m_lines.pop_front();
        ++m_dropped;
    }
}
