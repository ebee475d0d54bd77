// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverfixture.h"

#include "appconfig.h"
#include "appcore.h"
#include "llmclient.h"
#include "streamevent.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

ServerFixture::ServerFixture(const QString &tempBase)
    : m_dir(tempBase.isEmpty() ? std::make_unique<QTemporaryDir>()
                               : std::make_unique<QTemporaryDir>(tempBase + u"/confab-server-XXXXXX"_s))
{ }

ServerFixture::~ServerFixture()
{
    qDeleteAll(m_clients);
    m_server.reset();
    m_core.reset();
    m_provider.reset();
}

ServerSettings ServerFixture::testSettings()
{
    ServerSettings settings;
    settings.port = 0;
    settings.bind = {u"127.0.0.1"_s};
    return settings;
}

bool ServerFixture::setUp(const ServerSettings &settings)
{
    qunsetenv("OPENAI_API_KEY");
    qunsetenv("OPENAI_BASE_URL");
    m_provider = std::make_unique<ScriptedProvider>();
    if (!m_provider->listen()) {
        qWarning("the scripted provider cannot listen");
        return false;
    }
    auto opened = AppCore::open(m_dir->path());
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().toString()));
        return false;
    }
    m_core = std::move(*opened);
    const ProviderProfile profile = m_provider->profile();
    m_core->config()->setProviders({profile});
    m_core->config()->setActiveProviderId(profile.id);
    RetryPolicy noRetry;
    noRetry.maxRetries = 0;
    m_core->llm()->setRetryPolicy(noRetry);

    m_server = std::make_unique<LocalServer>(m_core.get());
    m_server->setSettings(settings);
    QString error;
    if (!m_server->start(&error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

AppCore *ServerFixture::core() const
{
    return m_core.get();
}

LocalServer *ServerFixture::server() const
{
    return m_server.get();
}

ScriptedProvider *ServerFixture::provider() const
{
    return m_provider.get();
}

QString ServerFixture::dataDir() const
{
    return m_dir->path();
}

quint16 ServerFixture::port() const
{
    return m_server->port();
}

QByteArray ServerFixture::token() const
{
    return m_server->token().toLatin1();
}

QByteArray ServerFixture::authLine() const
{
    return "Authorization: Bearer " + token();
}

RawHttpClient *ServerFixture::send(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                                   const QList<QByteArray> &extraHeaders)
{
    QList<QByteArray> headers{authLine()};
    if (!body.isEmpty()) {
        headers << "Content-Type: application/json";
    }
    headers += extraHeaders;
    return sendRaw(RawHttpClient::request(method, path, body, headers, "127.0.0.1:" + QByteArray::number(port())));
}

RawHttpClient *ServerFixture::sendRaw(const QByteArray &request)
{
    auto *client = new RawHttpClient;
    m_clients << client;
    client->send(port(), request);
    return client;
}

void ServerFixture::deleteClients()
{
    qDeleteAll(m_clients);
    m_clients.clear();
}

bool ServerFixture::call(RawHttpClient *client, int timeoutMs) const
{
    return QTest::qWaitFor([client] { return client->complete(); }, timeoutMs);
}

QList<QByteArray> ServerFixture::sseData(const QByteArray &body, QString *error, int *keepAlives)
{
    QList<QByteArray> data;
    qsizetype from = 0;
    int comments = 0;
    while (from < body.size()) {
        const qsizetype end = body.indexOf("\n\n", from);
        if (end < 0) {
            *error = u"unterminated event at byte %1"_s.arg(from);
            return data;
        }
        const QByteArray block = body.mid(from, end - from);
        from = end + 2;
        if (block == ": keep-alive") {
            ++comments;
            continue;
        }
        if (!block.startsWith("data: ") || block.contains('\n') || block.contains('\r')) {
            *error = u"not a one-line data event: %1"_s.arg(QString::fromUtf8(block.left(200)));
            return data;
        }
        data << block.mid(6);
    }
    if (keepAlives) {
        *keepAlives = comments;
    }
    return data;
}

QString ServerFixture::chunkText(const QList<QByteArray> &data)
{
    QString text;
    for (const QByteArray &json : data) {
        const auto event = StreamEvent::fromJson(json);
        if (event && event->type == StreamEvent::Type::StreamChunk) {
            text += event->content;
        }
    }
    return text;
}

qint64 ServerFixture::residentKiB()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.value(1).toLongLong() * 4; // pages of 4 KiB
}

bool ServerFixture::residentMemoryIsMeaningful()
{
#if defined(__SANITIZE_ADDRESS__)
    return false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return false;
#else
    return true;
#endif
#else
    return true;
#endif
}

ScriptedResponse ServerFixture::slowStream(int count, int delayMs, const QString &piece)
{
    QStringList pieces;
    for (int i = 0; i < count; ++i) {
        pieces << piece;
    }
    ScriptedResponse response = ScriptedResponse::chatStream(pieces);
    // One provider event per step, each after the delay.
    const QByteArray body = response.body;
    response.body.clear();
    qsizetype from = 0;
    while (from < body.size()) {
        const qsizetype end = body.indexOf("\n\n", from);
        const qsizetype to = end < 0 ? body.size() : end + 2;
        response.then(std::chrono::milliseconds(delayMs), body.mid(from, to - from));
        from = to;
    }
    return response;
}
