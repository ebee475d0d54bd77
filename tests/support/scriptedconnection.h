// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scriptedresponse.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTimer>

class QTcpSocket;
class ScriptedProvider;

/**
 * @brief One client connection of ScriptedProvider: parses HTTP/1.1 requests and plays the
 * scripted response step by step (internal to the test support library).
 */
class ScriptedConnection : public QObject
{
public:
    ScriptedConnection(ScriptedProvider *provider, QTcpSocket *socket);
    /** The provider is going away: stop reporting to it. */
    void detach()
    {
        m_provider = nullptr;
    }

private:
    void onDisconnected();
    void onReadyRead();
    void tryRequest();
    void start(const ScriptedResponse &response);
    void nextStep();
    void writeBody(const QByteArray &bytes);
    void cut();
    void finish();

    ScriptedProvider *m_provider;
    QTcpSocket *m_socket;
    QTimer m_timer;
    QByteArray m_in;
    ScriptedResponse m_response;
    QList<ScriptedResponse::Step> m_steps;
    qsizetype m_next = 0;
    qsizetype m_bodySent = 0;
    bool m_responding = false;
};
