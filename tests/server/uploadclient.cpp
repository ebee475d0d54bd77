// SPDX-License-Identifier: GPL-3.0-or-later
#include "uploadclient.h"

#include <QHostAddress>

#include <limits>

namespace {
constexpr qint64 chunkBytes = 64 * 1024;
constexpr qint64 inFlightBytes = 256 * 1024;
} // namespace

UploadClient::UploadClient(QObject *parent)
    : QObject(parent)
    , m_chunk(chunkBytes, 'x')
{
    connect(&m_socket, &QTcpSocket::bytesWritten, this, &UploadClient::pump);
    connect(&m_socket, &QTcpSocket::readyRead, this, [this] {
        if (m_answeredAfter < 0) {
            m_answeredAfter = m_clock.elapsed();
        }
        m_answer += m_socket.readAll();
    });
    connect(&m_socket, &QTcpSocket::disconnected, this, [this] { m_disconnected = true; });
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] { m_disconnected = true; });
}

void UploadClient::setChunked(bool chunked)
{
    m_chunked = chunked;
    if (chunked) {
        m_chunk = QByteArray::number(chunkBytes, 16) + "\r\n" + QByteArray(chunkBytes, 'x') + "\r\n";
    }
}

void UploadClient::start(quint16 port, const QByteArray &head, qint64 bodyBytes)
{
    m_remaining = bodyBytes < 0 ? std::numeric_limits<qint64>::max() : bodyBytes;
    m_clock.start();
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    connect(&m_socket, &QTcpSocket::connected, this, [this, head] {
        m_socket.write(head);
        pump();
    });
}

void UploadClient::pump()
{
    // Like curl: once the server has answered, the rest of the body is not sent.
    while (m_answeredAfter < 0 && m_remaining > 0 && m_socket.state() == QAbstractSocket::ConnectedState &&
           m_socket.bytesToWrite() < inFlightBytes) {
        const qint64 size = m_chunked ? m_chunk.size() : std::min<qint64>(m_chunk.size(), m_remaining);
        m_socket.write(m_chunk.constData(), size);
        m_sent += size;
        m_remaining -= size;
    }
}

qint64 UploadClient::sent() const
{
    return m_sent;
}

QByteArray UploadClient::answer() const
{
    return m_answer;
}

int UploadClient::status() const
{
    if (!m_answer.startsWith("HTTP/1.1 ") || m_answer.size() < 12) {
        return 0;
    }
    return m_answer.mid(9, 3).toInt();
}

qint64 UploadClient::answeredAfterMs() const
{
    return m_answeredAfter;
}

bool UploadClient::disconnected() const
{
    return m_disconnected;
}
