// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serversettings.h"

#include <QHostAddress>
#include <QObject>
#include <QStringList>

#include <memory>

class AppCore;
class HttpResponder;
class QHttpServerRequest;

/**
 * @brief Confab's built-in local server: the MineContext chat API, the OpenAI-compatible `/v1`
 * routes and a health check, over the app's one AppCore (turns started here are ChatService
 * turns, so the window shows them live, and the other way round).
 *
 * Off until start(). It listens only on the addresses of its settings (127.0.0.1 and ::1 by
 * default; anything else needs `allowRemote` and is reported in warnings()). Every connection goes
 * through the ConnectionGuard, which checks its request head (size, Host, Origin, token, announced
 * body size) before any body is read, and bounds time and connection count; every parsed request
 * goes through the RequestGuard again (content type too); then the router answers 404 / 405 for
 * what it does not know. One line per request is emitted through requestLogged(), or logged in
 * `confab.server` when nothing listens to it (never the token).
 *
 * @code
 * LocalServer server(core);
 * server.followConfig();   // starts when `server/enabled` is set, and follows later changes
 * @endcode
 */
class LocalServer : public QObject
{
    Q_OBJECT

public:
    explicit LocalServer(AppCore *core, QObject *parent = nullptr);
    ~LocalServer() override;

    AppCore *core() const;
    ServerSettings settings() const;
    /** New settings: limits and lists apply at once, addresses and port at the next start(). */
    void setSettings(const ServerSettings &settings);
    /** Reads the `server/...` settings now and whenever they change: starts, stops or restarts. */
    void followConfig();

    /** Where the token is kept; `<data folder>/server-token` unless set. */
    void setTokenFile(const QString &path);
    QString tokenFile() const;
    /** The token clients must send (created on first use). */
    QString token();
    /** Replaces the token (the settings page's "new token"); old clients get 401 from now on. */
    bool rotateToken(QString *error = nullptr);

    /** Listens on the configured addresses; false with a sentence in @p error. */
    bool start(QString *error = nullptr);
    /** Stops listening and interrupts the runs started through the server (kept as cancelled). */
    void stop(const QString &reason = {});
    bool isListening() const;
    quint16 port() const;
    QList<QHostAddress> listenAddresses() const;
    /** `http://127.0.0.1:<port>` (or the first address listened on). */
    QString baseUrl() const;
    /** Things the user should know, e.g. that the server can be reached from other computers. */
    QStringList warnings() const;
    /** Why the last start() failed; empty once the server listens. */
    QString lastError() const;

    int activeRuns() const;
    /** Streams and waiting answers still open. */
    int openResponses() const;
    /** Client connections open now, whether their request is in or not. */
    int openConnections() const;
    int peakConnections() const;

Q_SIGNALS:
    /** One line per finished request: address, method, path, status, duration. */
    void requestLogged(const QString &line);
    /** Also emitted with false when start() fails; lastError() says why. */
    void listeningChanged(bool listening);
    void openResponsesChanged();

private:
    struct Private;

    void dispatch(const QHttpServerRequest &request, std::unique_ptr<HttpResponder> responder);
    void logRequest(const QString &line);
    void applyConfig();

    std::unique_ptr<Private> d;
};
