// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "localserver.h"
#include "rawhttpclient.h"
#include "scriptedprovider.h"
#include "serversettings.h"

#include <QTemporaryDir>

#include <memory>

class AppCore;

/**
 * @brief A real LocalServer on 127.0.0.1 (random port) over a real AppCore in a temporary data
 * folder, whose provider is a ScriptedProvider; plus helpers to send raw requests with the token.
 */
class ServerFixture
{
public:
    /** @p tempBase: where the data folder is made (default: the system's temporary folder). */
    explicit ServerFixture(const QString &tempBase = {});
    ~ServerFixture();

    /** Settings for tests: 127.0.0.1 only, any free port. */
    static ServerSettings testSettings();
    /** Opens everything and starts the server; false (with a warning) on failure. */
    bool setUp(const ServerSettings &settings = testSettings());

    AppCore *core() const;
    LocalServer *server() const;
    ScriptedProvider *provider() const;
    QString dataDir() const;
    quint16 port() const;
    QByteArray token() const;
    QByteArray authLine() const;

    /** Sends a request with Host, the token and (for a body) `Content-Type: application/json`. */
    RawHttpClient *send(const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
                        const QList<QByteArray> &extraHeaders = {});
    /** Sends @p request verbatim. */
    RawHttpClient *sendRaw(const QByteArray &request);
    /** Deletes the clients made by send() so far. */
    void deleteClients();
    /** Sends and waits for the whole response (false on timeout). */
    bool call(RawHttpClient *client, int timeoutMs = 10000) const;

    /**
     * The `data:` payloads of an SSE body that must consist only of `data: <one line>\n\n`
     * events and `: keep-alive\n\n` comments; anything else sets @p error.
     */
    static QList<QByteArray> sseData(const QByteArray &body, QString *error, int *keepAlives = nullptr);
    /** The concatenated `content` of the `stream_chunk` events among @p data. */
    static QString chunkText(const QList<QByteArray> &data);
    /** This process's resident memory in KiB (from /proc); -1 where it cannot be read. */
    static qint64 residentKiB();
    /**
     * Whether residentKiB() measures the server's own memory: not under AddressSanitizer, whose
     * shadow memory and quarantine of freed blocks grow the process whatever the server does.
     */
    static bool residentMemoryIsMeaningful();
    /** A slow OpenAI stream: @p count pieces of text, one every @p delayMs. */
    static ScriptedResponse slowStream(int count, int delayMs, const QString &piece = QStringLiteral("word "));

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppCore> m_core;
    std::unique_ptr<ScriptedProvider> m_provider;
    std::unique_ptr<LocalServer> m_server;
    QList<RawHttpClient *> m_clients;
};
