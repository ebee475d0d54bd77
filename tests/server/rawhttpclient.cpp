// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawhttpclient.h"

RawHttpClient::RawHttpClient(QObject *parent)
    : QObject(parent)
{
    connect(&m_socket, &QTcpSocket::readyRead, this, &RawHttpClient::onReadyRead);
    connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
        m_disconnected = true;
        onReadyRead();
        if (!m_complete && m_headComplete && !m_chunked && m_contentLength < 0) {
            m_complete = true; // close-delimited body
            Q_EMIT finished();
        }
    });
}

QByteArray RawHttpClient::request(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                                  const QList<QByteArray> &headers, const QByteArray &host)
{
    QByteArray out = method + ' ' + path + " HTTP/1.1\r\n";
    if (!host.isEmpty()) {
        out += "Host: " + host + "\r\n";
    }
    for (const QByteArray &line : headers) {
        out += line + "\r\n";
    }
    if (!body.isEmpty() || method == "POST" || method == "PATCH") {
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    out += "\r\n" + body;
    return out;
}

void RawHttpClient::send(quint16 port, const QByteArray &request, const QString &host)
{
    m_clock.start();
    m_socket.connectToHost(host, port);
    m_socket.write(request);
}

void RawHttpClient::close()
{
    m_socket.abort();
}

bool RawHttpClient::headComplete() const
{
    return m_headComplete;
}

bool RawHttpClient::complete() const
{
    return m_complete;
}

bool RawHttpClient::disconnected() const
{
    return m_disconnected;
}

int RawHttpClient::status() const
{
    return m_status;
}

QByteArray RawHttpClient::header(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

QList<std::pair<QByteArray, QByteArray>> RawHttpClient::headers() const
{
    return m_headers;
}

QByteArray RawHttpClient::body() const
{
    return m_body;
}

QList<QByteArray> RawHttpClient::chunks() const
{
    return m_chunks;
}

bool RawHttpClient::chunked() const
{
    return m_chunked;
}

QList<qint64> RawHttpClient::chunkTimes() const
{
    return m_chunkTimes;
}

void RawHttpClient::onReadyRead()
{
    if (m_socket.isOpen()) {
        m_buffer += m_socket.readAll();
    }
    parse();
}

void RawHttpClient::parse()
{
    if (!m_headComplete) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            return;
        }
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
        m_status = statusLine.value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0) {
                m_headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
            }
        }
        m_buffer.remove(0, end + 4);
        m_headComplete = true;
        m_chunked = header("Transfer-Encoding").toLower() == "chunked";
        const QByteArray length = header("Content-Length");
        m_contentLength = length.isEmpty() ? -1 : length.toLongLong();
    }
    if (m_complete) {
        return;
    }
    if (m_chunked) {
        while (true) {
            const qsizetype lineEnd = m_buffer.indexOf("\r\n");
            if (lineEnd < 0) {
                return;
            }
            bool ok = false;
            const qsizetype size = m_buffer.left(lineEnd).toLongLong(&ok, 16);
            if (!ok || m_buffer.size() < lineEnd + 2 + size + 2) {
                return;
            }
            const QByteArray data = m_buffer.mid(lineEnd + 2, size);
            m_buffer.remove(0, lineEnd + 2 + size + 2);
            if (size == 0) {
                m_complete = true;
                Q_EMIT finished();
                return;
            }
            m_chunks << data;
            m_chunkTimes << m_clock.elapsed();
            m_body += data;
            Q_EMIT chunkReceived(data);
        }
    }
    if (m_contentLength >= 0) {
        const qsizetype take = std::min<qsizetype>(m_buffer.size(), m_contentLength - m_body.size());
        m_body += m_buffer.left(take);
        m_buffer.remove(0, take);
        if (m_body.size() == m_contentLength) {
            m_complete = true;
            Q_EMIT finished();
        }
        return;
    }
    m_body += m_buffer;
    m_buffer.clear();
}
