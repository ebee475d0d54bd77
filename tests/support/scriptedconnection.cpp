// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptedconnection.h"

#include "scriptedprovider.h"

#include <QLoggingCategory>
#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

Q_DECLARE_LOGGING_CATEGORY(lcScripted)

ScriptedConnection::ScriptedConnection(ScriptedProvider *provider, QTcpSocket *socket)
    : QObject(provider)
    , m_provider(provider)
    , m_socket(socket)
{
    m_socket->setParent(this);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ScriptedConnection::nextStep);
    connect(m_socket, &QTcpSocket::readyRead, this, &ScriptedConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &ScriptedConnection::onDisconnected);
    onReadyRead();
}

void ScriptedConnection::onDisconnected()
{
    m_timer.stop();
    if (m_provider) {
        m_provider->m_connections.removeOne(this);
        Q_EMIT m_provider->connectionClosed();
        m_provider = nullptr;
    }
    deleteLater();
}

void ScriptedConnection::onReadyRead()
{
    m_in += m_socket->readAll();
    if (!m_responding) {
        tryRequest();
    }
}

void ScriptedConnection::tryRequest()
{
    const qsizetype headerEnd = m_in.indexOf("\r\n\r\n");
    if (headerEnd < 0 || !m_provider) {
        return;
    }
    ReceivedRequest request;
    const QList<QByteArray> lines = m_in.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    const QByteArray target = requestLine.value(1);
    const qsizetype question = target.indexOf('?');
    request.path = question < 0 ? target : target.left(question);
    request.query = question < 0 ? QByteArray() : target.mid(question + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0) {
            request.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
    }
    const qsizetype length = request.headers.value("content-length", "0").toLongLong();
    if (m_in.size() < headerEnd + 4 + length) {
        return; // wait for the rest of the body
    }
    request.body = m_in.mid(headerEnd + 4, length);
    m_in.remove(0, headerEnd + 4 + length);
    m_responding = true;
    qCDebug(lcScripted) << "request" << request.method << request.path;
    m_provider->m_requests.append(request);
    Q_EMIT m_provider->requestReceived(request);
    if (!m_provider) {
        return;
    }
    start(m_provider->respond(request));
}

void ScriptedConnection::start(const ScriptedResponse &response)
{
    m_response = response;
    m_steps = response.steps();
    m_next = -1; // the header block comes first
    m_bodySent = 0;
    if (!response.sendHeaders) {
        return; // the request stays unanswered
    }
    m_timer.start(response.headerDelay);
}

void ScriptedConnection::nextStep()
{
    if (m_next < 0) {
        qsizetype length = 0;
        for (const auto &step : std::as_const(m_steps)) {
            length += step.bytes.size();
        }
        m_socket->write(m_response.headerBlock(length));
        m_socket->flush();
        m_next = 0;
    } else {
        QByteArray bytes = m_steps.at(m_next).bytes;
        ++m_next;
        const bool cutting =
            (m_response.ending == ScriptedResponse::Ending::Close || m_response.ending == ScriptedResponse::Ending::Reset) &&
            m_response.cutAfterBytes >= 0;
        if (cutting && m_bodySent + bytes.size() >= m_response.cutAfterBytes) {
            bytes.truncate(m_response.cutAfterBytes - m_bodySent);
            writeBody(bytes);
            cut();
            return;
        }
        writeBody(bytes);
    }
    if (m_next < m_steps.size()) {
        m_timer.start(m_steps.at(m_next).delay);
        return;
    }
    finish();
}

void ScriptedConnection::writeBody(const QByteArray &bytes)
{
    if (bytes.isEmpty()) {
        return;
    }
    m_bodySent += bytes.size();
    if (m_response.framing == ScriptedResponse::Framing::Chunked) {
        m_socket->write(QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n");
    } else {
        m_socket->write(bytes);
    }
    m_socket->flush();
}

void ScriptedConnection::cut()
{
    if (m_response.ending == ScriptedResponse::Ending::Reset) {
#ifdef Q_OS_UNIX
        struct linger lingerOption = {1, 0}; // close with RST instead of FIN
        ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &lingerOption, sizeof lingerOption);
#endif
        m_socket->abort();
        onDisconnected();
    } else {
        m_socket->disconnectFromHost();
    }
}

void ScriptedConnection::finish()
{
    qCDebug(lcScripted) << "response sent:" << m_bodySent << "body bytes in" << m_steps.size() << "steps";
    switch (m_response.ending) {
    case ScriptedResponse::Ending::Hang:
        return;
    case ScriptedResponse::Ending::Close:
    case ScriptedResponse::Ending::Reset:
        cut();
        return;
    case ScriptedResponse::Ending::Complete:
        break;
    }
    if (m_response.framing == ScriptedResponse::Framing::Chunked) {
        m_socket->write("0\r\n\r\n");
        m_socket->flush();
    } else if (m_response.framing == ScriptedResponse::Framing::CloseDelimited) {
        m_socket->disconnectFromHost();
        return;
    }
    m_responding = false;
    if (!m_in.isEmpty()) {
        tryRequest();
    }
}
