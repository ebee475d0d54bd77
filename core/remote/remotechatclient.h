// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "remotechatrequest.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <QCoroTask>

#include <chrono>

class QNetworkAccessManager;
class QNetworkRequest;
class RemoteChatStream;

/**
 * @brief Talks to another Confab, or any MineContext-compatible server, through its chat API:
 * streamed turns (`POST /api/agent/chat/stream`), interruption
 * (`POST /api/agent/chat/messages/{id}/interrupt`) and a connection check.
 *
 * The token, when set, goes in `Authorization: Bearer` (never in the URL, never logged).
 */
class RemoteChatClient : public QObject
{
    Q_OBJECT

public:
    explicit RemoteChatClient(QNetworkAccessManager *nam = nullptr, QObject *parent = nullptr);

    /** The server's root, e.g. `http://127.0.0.1:1733`; the API paths are appended to it. */
    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const;
    void setToken(const QString &token);
    bool hasToken() const;
    void setIdleTimeout(std::chrono::milliseconds timeout);

    /** Starts a turn; the caller owns the stream (delete it with deleteLater()). */
    RemoteChatStream *stream(const RemoteChatRequest &request);
    /** Asks the server to stop the reply it streams into @p assistantMessageId. */
    QCoro::Task<bool> interrupt(qint64 assistantMessageId);
    /** Lists one conversation to see that the server answers and accepts the token; an empty string means yes. */
    QCoro::Task<QString> check();

    /** A sentence for an HTTP error answer: the status and the server's `detail` / `error.message`. */
    static QString httpErrorMessage(int status, const QByteArray &body);

private:
    QNetworkRequest request(const QString &path) const;

    QPointer<QNetworkAccessManager> m_nam;
    QUrl m_baseUrl;
    QString m_token;
    std::chrono::milliseconds m_idleTimeout{120'000};
};
