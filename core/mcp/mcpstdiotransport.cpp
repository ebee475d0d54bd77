// SPDX-License-Identifier: GPL-3.0-or-later
#include "mcpstdiotransport.h"

#include "mcplog.h"
#include "mcpserverlog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QPointer>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

QString expandHome(const QString &path)
{
    if (path == u"~") {
        return QDir::homePath();
    }
    if (path.startsWith(u"~/")) {
        return QDir::homePath() + path.mid(1);
    }
    return path;
}

} // namespace

McpStdioTransport::McpStdioTransport(const McpServerConfig &config, McpServerLog *log, QObject *parent)
    : McpTransport(log, parent)
    , m_config(config)
{
    m_terminateTimer.setSingleShot(true);
    m_killTimer.setSingleShot(true);
    m_terminateTimer.setTimerType(Qt::PreciseTimer);
    m_killTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_terminateTimer, &QTimer::timeout, this, [this] {
        if (m_process.state() != QProcess::NotRunning) {
            this->log()->note(tr("The server did not exit after its input was closed; terminating it."));
            m_process.terminate();
            m_killTimer.start(GracePeriodMs);
        }
    });
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        if (m_process.state() != QProcess::NotRunning) {
            this->log()->note(tr("The server ignored the request to terminate; killing it."));
            m_process.kill();
        }
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &McpStdioTransport::onReadyRead);
    connect(&m_process, &QProcess::readyReadStandardError, this,
            [this] { this->log()->appendOutput(m_process.readAllStandardError()); });
    connect(&m_process, &QProcess::finished, this, &McpStdioTransport::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, &McpStdioTransport::onError);
    connect(&m_process, &QProcess::started, this, [this] {
        this->log()->note(tr("Started %1 (process %2).").arg(m_config.summary()).arg(m_process.processId()));
        Q_EMIT opened();
    });
}

McpStdioTransport::~McpStdioTransport()
{
    if (m_process.state() != QProcess::NotRunning) {
        closeNow(QDeadlineTimer(GracePeriodMs));
    }
}

void McpStdioTransport::open()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (auto it = m_config.env.cbegin(); it != m_config.env.cend(); ++it) {
        environment.insert(it.key(), it.value());
    }
    QString program = expandHome(m_config.command.trimmed());
    if (!program.contains(u'/')) {
        const QString found =
            QStandardPaths::findExecutable(program, environment.value(u"PATH"_s).split(u':', Qt::SkipEmptyParts));
        if (found.isEmpty()) {
            QMetaObject::invokeMethod(
                this, [this, program] { fail(tr("The command “%1” was not found in PATH.").arg(program)); },
                Qt::QueuedConnection);
            return;
        }
        program = found;
    }
    const QString workingDir = expandHome(m_config.workingDir);
    if (!workingDir.isEmpty() && !QFileInfo(workingDir).isDir()) {
        QMetaObject::invokeMethod(
            this, [this, workingDir] { fail(tr("The working folder “%1” does not exist.").arg(workingDir)); },
            Qt::QueuedConnection);
        return;
    }
    m_process.setProcessEnvironment(environment);
    m_process.setWorkingDirectory(workingDir);
    m_process.setProgram(program);
    m_process.setArguments(m_config.args);
    m_process.start();
}

void McpStdioTransport::send(const QJsonObject &message)
{
    if (m_done || m_closing || m_process.state() != QProcess::Running) {
        return;
    }
    QByteArray line = QJsonDocument(message).toJson(QJsonDocument::Compact);
    line += '\n';
    m_process.write(line);
}

void McpStdioTransport::close()
{
    if (m_done || m_closing) {
        return;
    }
    m_closing = true;
    if (m_process.state() == QProcess::NotRunning) {
        m_done = true;
        QMetaObject::invokeMethod(this, &McpTransport::closed, Qt::QueuedConnection);
        return;
    }
    m_process.closeWriteChannel();
    m_terminateTimer.start(GracePeriodMs);
}

void McpStdioTransport::closeNow(QDeadlineTimer deadline)
{
    m_closing = true;
    m_done = true;
    m_terminateTimer.stop();
    m_killTimer.stop();
    disconnect(&m_process, nullptr, this, nullptr);
    if (m_process.state() == QProcess::NotRunning) {
        return;
    }
    if (m_process.state() == QProcess::Starting) {
        m_process.waitForStarted(int(qMax<qint64>(0, deadline.remainingTime())));
    }
    m_process.closeWriteChannel();
    // Half the time for a clean exit, then SIGTERM, then SIGKILL.
    if (!m_process.waitForFinished(int(qMax<qint64>(1, deadline.remainingTime() / 2)))) {
        m_process.terminate();
        if (!m_process.waitForFinished(int(qMax<qint64>(1, deadline.remainingTime())))) {
            m_process.kill();
            m_process.waitForFinished(500);
        }
    }
}

qint64 McpStdioTransport::processId() const
{
    return m_process.processId();
}

void McpStdioTransport::onReadyRead()
{
    QPointer<McpStdioTransport> self(this);
    m_buffer += m_process.readAllStandardOutput();
    qsizetype start = 0;
    while (self && !m_done) {
        // A long line arriving in many reads is scanned once, not again with every read.
        const qsizetype end = m_buffer.indexOf('\n', qMax(start, m_scanned));
        if (end < 0) {
            m_scanned = m_buffer.size() - start;
            break;
        }
        m_scanned = 0;
        QByteArrayView line(m_buffer.constData() + start, end - start);
        start = end + 1;
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        if (line.trimmed().isEmpty()) {
            continue;
        }
        const QList<QJsonObject> messages = parse(line);
        for (const QJsonObject &message : messages) {
            if (!self || m_done) {
                break;
            }
            Q_EMIT messageReceived(message);
        }
    }
    if (!self || m_done) {
        return;
    }
    m_buffer.remove(0, start);
    if (m_buffer.size() > MaxLineLength) {
        m_buffer.clear();
        m_scanned = 0;
        fail(tr("The server wrote a line longer than %1 MiB without a line break.").arg(MaxLineLength / (1024 * 1024)));
    }
}

void McpStdioTransport::onFinished(int exitCode, QProcess::ExitStatus status)
{
    log()->appendOutput(m_process.readAllStandardError());
    log()->flushOutput();
    if (m_done) {
        return;
    }
    m_terminateTimer.stop();
    m_killTimer.stop();
    if (m_closing) {
        log()->note(tr("The server exited."));
        m_done = true;
        Q_EMIT closed();
        return;
    }
    if (status == QProcess::CrashExit) {
        fail(tr("The server process crashed."));
    } else {
        fail(tr("The server process exited with code %1.").arg(exitCode));
    }
}

void McpStdioTransport::onError(QProcess::ProcessError error)
{
    if (error == QProcess::FailedToStart && !m_done) {
        fail(tr("The server could not be started: %1").arg(m_process.errorString()));
    } else if (error == QProcess::WriteError && !m_done && !m_closing) {
        log()->note(tr("Writing to the server failed: %1").arg(m_process.errorString()));
    }
}

void McpStdioTransport::fail(const QString &error)
{
    if (m_done) {
        return;
    }
    m_done = true;
    log()->note(error);
    qCInfo(lcMcp) << "stdio server" << m_config.name << "failed:" << error;
    if (m_process.state() != QProcess::NotRunning) {
        // Still running but unusable: end it the clean way, in the background.
        m_process.closeWriteChannel();
        m_terminateTimer.start(GracePeriodMs);
    }
    Q_EMIT failed(error);
}
