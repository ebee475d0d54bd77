// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QList>
#include <QStringList>

#include <chrono>

class AppConfig;

/**
 * @brief How the local server listens and what it accepts; kept under `server/...` in the settings.
 *
 * Keys: `enabled` (false), `port` (8337), `bind` (addresses, default `127.0.0.1` and `::1`),
 * `allowRemote` (false: a non-loopback address is refused), `allowedOrigins` (empty: every
 * request carrying an `Origin` is refused), `allowedHosts` (names accepted in `Host` besides the
 * loopback ones), `allowNullOrigin` (false: `Origin: null`, sent by pages loaded from `file://`
 * such as packaged Electron frontends, is refused; the token is required either way),
 * `maxConcurrentRuns` (8), `maxBodyBytes` (1 MiB), `keepAliveSeconds` (15), `maxConnections`
 * (256), `maxHeaderBytes` (16 KiB), `headerTimeoutSeconds` (10: how long a connection may take
 * to send its request head, and may stay silent while it sends its body).
 */
struct ServerSettings
{
    static constexpr quint16 defaultPort = 8337;

    bool enabled = false;
    quint16 port = defaultPort;
    QStringList bind{QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
    bool allowRemote = false;
    QStringList allowedOrigins;
    QStringList allowedHosts;
    bool allowNullOrigin = false;
    int maxConcurrentRuns = 8;
    qint64 maxBodyBytes = 1024 * 1024;
    /** Open connections at most; past it the oldest one still sending its request is closed. */
    int maxConnections = 256;
    qint64 maxHeaderBytes = 16 * 1024;
    std::chrono::milliseconds headerTimeout{10000};
    /** A `: keep-alive` comment after this much silence on a stream. */
    std::chrono::milliseconds keepAliveInterval{15000};
    /** A stream stops taking events while more than this many bytes wait in its socket. */
    qint64 streamHighWater = 64 * 1024;

    static ServerSettings load(const AppConfig &config);
    void save(AppConfig &config) const;

    /**
     * The addresses of `bind`: `localhost` means both loopback addresses. Returns an empty list and
     * sets @p error when an entry is not an IP address.
     */
    QList<QHostAddress> addresses(QString *error = nullptr) const;
    /** True when every address of `bind` is a loopback address. */
    bool isLoopbackOnly() const;
};
