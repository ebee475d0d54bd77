// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QTcpSocket>

/**
 * @brief A client that sends a request head and then as much body as it is told to, as fast as
 * loopback takes it, and stops sending when an answer arrives, as curl does. For the tests of
 * what the server does with bodies it must refuse: it never holds more than a few chunks itself.
 */
class UploadClient : public QObject
{
    Q_OBJECT

public:
    explicit UploadClient(QObject *parent = nullptr);

    /** Connects to 127.0.0.1:@p port, sends @p head, then @p bodyBytes bytes (-1: without end). */
    void start(quint16 port, const QByteArray &head, qint64 bodyBytes);
    /** Body framed as HTTP chunks instead of raw bytes. */
    void setChunked(bool chunked);

    qint64 sent() const;
    /** The answer so far. */
    QByteArray answer() const;
    /** The status of the answer; 0 until its status line is in. */
    int status() const;
    /** Milliseconds from start() to the first byte of the answer; -1 before it. */
    qint64 answeredAfterMs() const;
    bool disconnected() const;

private:
    void pump();

    QTcpSocket m_socket;
    QElapsedTimer m_clock;
    QByteArray m_chunk;
    QByteArray m_answer;
    qint64 m_remaining = 0;
    qint64 m_sent = 0;
    qint64 m_answeredAfter = -1;
    bool m_chunked = false;
    bool m_disconnected = false;
};
