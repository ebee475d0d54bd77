// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ssedecoder.h"
#include "streamevent.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

/**
 * @brief One streamed answer from a remote server's `POST /api/agent/chat/stream`.
 *
 * The body is framed with SseDecoder (any split of the bytes gives the same events) and each
 * `data` is parsed with StreamEvent::fromJson, as the local server's own clients do; events
 * of a type this version does not know are skipped. eventReceived() comes for each event in
 * order, then finished() once. The stream has failed (errorString() not empty) when the
 * server answered an HTTP error (its `detail` or `error.message` is quoted), sent something
 * that is not an event, went silent longer than the idle timeout, or closed the stream
 * before a terminal event (`stream_complete`, `interrupted`, `completed`); a route-level
 * `error` event or a failed `stream_complete` is an answer, not a transport failure.
 */
class RemoteChatStream : public QObject
{
    Q_OBJECT

public:
    ~RemoteChatStream() override;

    bool isFinished() const;
    /** Why the stream failed, in plain words; empty when it ended with a terminal event. */
    QString errorString() const;
    int httpStatus() const;
    /** From `session_start`: the remote server's ids. */
    QString sessionId() const;
    qint64 assistantMessageId() const;
    /** Stops reading; finished() follows (with "cancelled" as the error). */
    void abort();

Q_SIGNALS:
    void eventReceived(const StreamEvent &event);
    void finished();

private:
    friend class RemoteChatClient;
    RemoteChatStream(QNetworkReply *reply, std::chrono::milliseconds idleTimeout, QObject *parent);
    void onReadyRead();
    void onFinished();
    void handleData(QByteArrayView data);
    void finish(const QString &error);

    QPointer<QNetworkReply> m_reply;
    SseDecoder m_decoder;
    QTimer m_idle;
    QString m_error;
    QString m_sessionId;
    qint64 m_assistantMessageId = 0;
    int m_httpStatus = 0;
    bool m_terminal = false;
    bool m_finished = false;
};
