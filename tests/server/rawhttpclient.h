// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTcpSocket>

/**
 * @brief A minimal HTTP/1.1 client over a raw socket, for tests that need the exact bytes: it
 * sends a request as given, and parses the response head and a Content-Length or chunked body,
 * keeping each chunk as it arrived. Runs on the event loop (drive it with QTRY_*).
 */
class RawHttpClient : public QObject
{
    Q_OBJECT

public:
    explicit RawHttpClient(QObject *parent = nullptr);

    /** Connects to 127.0.0.1:@p port (or @p host) and sends @p request verbatim. */
    void send(quint16 port, const QByteArray &request, const QString &host = QStringLiteral("127.0.0.1"));
    /** A request with the usual header fields; @p headers are extra lines without CRLF. */
    static QByteArray request(const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
                              const QList<QByteArray> &headers = {}, const QByteArray &host = "127.0.0.1");
    void close();

    bool headComplete() const;
    bool complete() const;
    bool disconnected() const;
    int status() const;
    QByteArray header(const QByteArray &name) const;
    QList<std::pair<QByteArray, QByteArray>> headers() const;
    /** The decoded body so far. */
    QByteArray body() const;
    /** The body's chunks as they arrived (chunked responses). */
    QList<QByteArray> chunks() const;
    bool chunked() const;
    /** Milliseconds from send() to the arrival of each chunk. */
    QList<qint64> chunkTimes() const;

Q_SIGNALS:
    void chunkReceived(const QByteArray &chunk);
    void finished();

private:
    void onReadyRead();
    void parse();

    QTcpSocket m_socket;
    QByteArray m_buffer;
    bool m_headComplete = false;
    bool m_complete = false;
    bool m_disconnected = false;
    bool m_chunked = false;
    qint64 m_contentLength = -1;
    int m_status = 0;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    QList<QByteArray> m_chunks;
    QList<qint64> m_chunkTimes;
    QElapsedTimer m_clock;
};
