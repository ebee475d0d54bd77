// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeproviderprocess.h"

#include <QElapsedTimer>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

FakeProviderProcess::~FakeProviderProcess()
{
    stop();
}

bool FakeProviderProcess::start(const QString &program, const QStringList &arguments, QString *error)
{
    m_process.setProgram(program);
    m_process.setArguments(arguments);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        *error = m_process.errorString();
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    QString out;
    static const QRegularExpression address(u"OPENAI_BASE_URL=(\\S+)"_s);
    while (clock.elapsed() < 10000 && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(200);
        out += QString::fromUtf8(m_process.readAllStandardOutput());
        const auto match = address.match(out);
        if (match.hasMatch()) {
            m_baseUrl = match.captured(1);
            return true;
        }
    }
    *error = u"%1 did not say where it listens: %2"_s.arg(program, out + QString::fromUtf8(m_process.readAllStandardError()));
    return false;
}

QString FakeProviderProcess::baseUrl() const
{
    return m_baseUrl;
}

void FakeProviderProcess::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}
