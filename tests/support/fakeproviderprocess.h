// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

/**
 * @brief confab-fake-provider running as a child process for end-to-end tests, stopped when the
 * object goes. start() waits for the line that names its address.
 */
class FakeProviderProcess
{
public:
    FakeProviderProcess() = default;
    ~FakeProviderProcess();
    FakeProviderProcess(const FakeProviderProcess &) = delete;
    FakeProviderProcess &operator=(const FakeProviderProcess &) = delete;

    /** Starts @p program with @p arguments; false with what it printed in @p error. */
    bool start(const QString &program, const QStringList &arguments, QString *error);
    /** The `OPENAI_BASE_URL` to give Confab, ending in `/v1`. */
    QString baseUrl() const;
    void stop();

private:
    QProcess m_process;
    QString m_baseUrl;
};
