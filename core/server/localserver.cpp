// SPDX-License-Identifier: GPL-3.0-or-later
#include "localserver.h"

#include "appconfig.h"
#include "appcore.h"
#include "chatroutes.h"
#include "connectionguard.h"
#include "conversationroutes.h"
#include "httpadapter.h"
#include "httprouter.h"
#include "jsonwriter.h"
#include "messageroutes.h"
#include "openairoutes.h"
#include "requestguard.h"
#include "servercontext.h"
#include "serverlog.h"
#include "serverrequest.h"
#include "servertoken.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMetaMethod>
#include <QPointer>

#include <mutex>

using namespace Qt::StringLiterals;

namespace {
QLoggingCategory::CategoryFilter defaultFilter = nullptr;

// QHttpServer's debug output prints each request with its header fields, the token among them:
// it stays off whatever the logging rules say.
void keepTokensOutOfTheLog(QLoggingCategory *category)
{
    if (defaultFilter) {
        defaultFilter(category);
    }
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}
} // namespace

struct LocalServer::Private
{
    AppCore *core;
    ServerContext *context;
    HttpTransport *transport = nullptr;
    HttpRouter router;
    RequestGuard guard;
    ConnectionGuard *connections = nullptr;
    ServerToken token;
    bool tokenLoaded = false;
    ChatRoutes chatRoutes;
    ConversationRoutes conversationRoutes;
    MessageRoutes messageRoutes;
    OpenAiRoutes openAiRoutes;
    QStringList warnings;
    QString lastError;
    bool following = false;

    Private(AppCore *appCore, ServerContext *serverContext)
        : core(appCore)
        , context(serverContext)
        , token(ServerToken::defaultFilePath(appCore->dataDir()))
        , chatRoutes(serverContext)
        , conversationRoutes(serverContext)
        , messageRoutes(serverContext)
        , openAiRoutes(serverContext)
    { }
};

LocalServer::LocalServer(AppCore *core, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(core, new ServerContext(core, this)))
{
    static std::once_flag filterInstalled;
    std::call_once(filterInstalled, [] { defaultFilter = QLoggingCategory::installFilter(keepTokensOutOfTheLog); });
    d->connections = new ConnectionGuard(&d->guard, this);
    connect(d->connections, &ConnectionGuard::refused, this, &LocalServer::logRequest);
    d->transport =
        new HttpTransport([this](const QHttpServerRequest &request,
                                 std::unique_ptr<HttpResponder> responder) { dispatch(request, std::move(responder)); },
                          d->connections, this);
    d->chatRoutes.addTo(d->router);
    d->conversationRoutes.addTo(d->router);
    d->messageRoutes.addTo(d->router);
    d->openAiRoutes.addTo(d->router);
    d->router.add("GET", u"/health"_s, HttpRouter::Body::None, [](ServerRequest &request) {
        request.replyJson(200, JsonWriter().add(u"status", u"ok"_s).add(u"service", u"confab"_s).toJson());
    });
    d->router.add("GET", u"/api/health"_s, HttpRouter::Body::None, [](ServerRequest &request) {
        request.replyJson(200, JsonWriter().add(u"status", u"ok"_s).add(u"service", u"confab"_s).toJson());
    });
    d->guard.setToken(&d->token);
    connect(d->context, &ServerContext::responsesChanged, this, &LocalServer::openResponsesChanged);
}

LocalServer::~LocalServer()
{
    if (isListening()) {
        stop(tr("Confab is closing"));
    }
}

AppCore *LocalServer::core() const
{
    return d->core;
}

ServerSettings LocalServer::settings() const
{
    return d->context->settings();
}

void LocalServer::setSettings(const ServerSettings &settings)
{
    d->context->setSettings(settings);
    d->guard.setSettings(settings);
    d->connections->setSettings(settings);
}

void LocalServer::followConfig()
{
    if (!d->following) {
        d->following = true;
        connect(d->core->config(), &AppConfig::changed, this, [this](const QString &group) {
            if (group == u"server") {
                applyConfig();
            }
        });
    }
    applyConfig();
}

void LocalServer::applyConfig()
{
    const ServerSettings before = settings();
    const ServerSettings wanted = ServerSettings::load(*d->core->config());
    setSettings(wanted);
    const bool moved = wanted.port != before.port || wanted.bind != before.bind || wanted.allowRemote != before.allowRemote;
    if (isListening() && (!wanted.enabled || moved)) {
        stop(tr("The server settings changed"));
    }
    if (wanted.enabled && !isListening()) {
        QString error;
        if (!start(&error)) {
            qCWarning(lcServer) << "cannot start the local server:" << error;
        }
    }
}

void LocalServer::setTokenFile(const QString &path)
{
    d->token.setFilePath(path);
    d->tokenLoaded = false;
}

QString LocalServer::tokenFile() const
{
    return d->token.filePath();
}

QString LocalServer::token()
{
    if (!d->tokenLoaded) {
        QString error;
        d->tokenLoaded = d->token.load(&error);
        if (!d->tokenLoaded) {
            qCWarning(lcServer) << error;
        }
    }
    return d->token.token();
}

bool LocalServer::rotateToken(QString *error)
{
    const bool rotated = d->token.rotate(error);
    d->tokenLoaded = d->tokenLoaded || rotated;
    return rotated;
}

bool LocalServer::start(QString *error)
{
    if (isListening()) {
        return true;
    }
    const auto fail = [this, error](const QString &message) {
        d->lastError = message;
        if (error) {
            *error = message;
        }
        Q_EMIT listeningChanged(false);
        return false;
    };
    if (!d->tokenLoaded) {
        QString tokenError;
        if (!d->token.load(&tokenError)) {
            return fail(tokenError);
        }
        d->tokenLoaded = true;
    }
    const ServerSettings current = settings();
    QString addressError;
    const QList<QHostAddress> addresses = current.addresses(&addressError);
    if (addresses.isEmpty()) {
        return fail(addressError);
    }
    d->warnings.clear();
    for (const QHostAddress &address : addresses) {
        if (!address.isLoopback() && !current.allowRemote) {
            return fail(tr("Listening on %1 would let other computers reach Confab; turn on \"allow remote access\" "
                           "first.")
                            .arg(address.toString()));
        }
    }
    quint16 port = current.port;
    QList<QHostAddress> bound;
    QString listenError;
    for (const QHostAddress &address : addresses) {
        const quint16 got = d->transport->listenOn(address, port, &listenError);
        if (got == 0) {
            if (address == QHostAddress(QHostAddress::LocalHostIPv6) && addresses.size() > 1) {
                qCInfo(lcServer) << "IPv6 loopback not available:" << listenError;
                continue; // a system without IPv6 still has 127.0.0.1
            }
            d->transport->stopListening();
            return fail(listenError);
        }
        port = got; // port 0 (tests): every address on the port the first one got
        bound << address;
        if (!address.isLoopback()) {
            d->warnings << tr("The server listens on %1: other computers that can reach it and have the token can use "
                              "Confab.")
                               .arg(address.toString());
        }
    }
    if (bound.isEmpty()) {
        return fail(listenError);
    }
    d->guard.setListenAddresses(bound);
    for (const QString &warning : std::as_const(d->warnings)) {
        qCDebug(lcServer).noquote() << warning;
    }
    qCDebug(lcServer).noquote() << "listening on" << baseUrl();
    d->lastError.clear();
    Q_EMIT listeningChanged(true);
    return true;
}

void LocalServer::stop(const QString &reason)
{
    const bool was = isListening();
    d->transport->stopListening();
    d->connections->closeWaiting();
    d->context->interruptAll(reason.isEmpty() ? tr("The server stopped") : reason);
    if (was) {
        Q_EMIT listeningChanged(false);
    }
}

bool LocalServer::isListening() const
{
    return !d->transport->listenAddresses().isEmpty();
}

quint16 LocalServer::port() const
{
    const auto servers = d->transport->servers();
    for (const QTcpServer *server : servers) {
        if (server->isListening()) {
            return server->serverPort();
        }
    }
    return 0;
}

QList<QHostAddress> LocalServer::listenAddresses() const
{
    return d->transport->listenAddresses();
}

QString LocalServer::baseUrl() const
{
    const QList<QHostAddress> addresses = listenAddresses();
    if (addresses.isEmpty()) {
        return {};
    }
    const QHostAddress &address = addresses.constFirst();
    const QString host =
        address.protocol() == QAbstractSocket::IPv6Protocol ? u"[%1]"_s.arg(address.toString()) : address.toString();
    return u"http://%1:%2"_s.arg(host).arg(port());
}

QStringList LocalServer::warnings() const
{
    return d->warnings;
}

QString LocalServer::lastError() const
{
    return d->lastError;
}

int LocalServer::activeRuns() const
{
    return d->context->activeRuns();
}

int LocalServer::openResponses() const
{
    return d->context->openResponses();
}

int LocalServer::openConnections() const
{
    return d->connections->openConnections();
}

int LocalServer::peakConnections() const
{
    return d->connections->peakConnections();
}

void LocalServer::logRequest(const QString &line)
{
    // One line per request, wherever it goes: to a listener (`confab serve` prints it), or else
    // to the log.
    if (isSignalConnected(QMetaMethod::fromSignal(&LocalServer::requestLogged))) {
        Q_EMIT requestLogged(line);
    } else {
        qCDebug(lcServer).noquote() << line;
    }
}

void LocalServer::dispatch(const QHttpServerRequest &raw, std::unique_ptr<HttpResponder> responder)
{
    ServerRequest request(raw, std::move(responder));
    QElapsedTimer timer;
    timer.start();
    QPointer<LocalServer> self(this);
    const QString what =
        u"%1 \"%2 %3\""_s.arg(request.remoteAddress().toString(), QString::fromLatin1(request.method()), request.path());
    request.setLogger([self, what, timer](int status, const QString &note) {
        if (!self) {
            return;
        }
        QString line = u"%1 %2 %3 ms"_s.arg(what).arg(status).arg(timer.elapsed());
        if (!note.isEmpty()) {
            line += u" (" + note + u')';
        }
        self->logRequest(line);
    });

    const RequestGuard::Verdict verdict =
        d->guard.check(RequestGuard::inputFor(request.method(), request.path(), request.query(), request.body().size(),
                                              [&request](const QByteArray &name) { return request.header(name); }));
    if (verdict.action == RequestGuard::Verdict::Action::Reject) {
        request.fail(verdict.status, verdict.detail, verdict.headers);
        return;
    }
    if (verdict.action == RequestGuard::Verdict::Action::Preflight) {
        HttpReply preflight;
        preflight.status = verdict.status;
        preflight.contentType.clear();
        preflight.headers = verdict.headers;
        request.reply(preflight);
        return;
    }
    request.setCorsHeaders(verdict.corsHeaders);

    const HttpRouter::Match match = d->router.match(request.method(), request.path());
    if (!match.route) {
        if (!match.allowed.isEmpty()) {
            request.fail(405, u"Method Not Allowed"_s, {{"Allow", match.allowed.join(", ")}});
        } else {
            request.fail(404, u"Not Found"_s);
        }
        return;
    }
    if (request.method() != "GET" && request.method() != "DELETE") {
        if (const auto problem = RequestGuard::checkContentType(match.route->body == HttpRouter::Body::Json,
                                                                request.header("content-type"), request.body().size())) {
            request.fail(problem->first, problem->second);
            return;
        }
    }
    if (match.route->body == HttpRouter::Body::Json && !request.parseJson()) {
        return;
    }
    request.params = match.params;
    match.route->handler(request);
}
