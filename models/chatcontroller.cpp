// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatcontroller.h"

#include "appcore.h"
#include "backend.h"
#include "chatservice.h"
#include "e2edriver.h"
#include "messagemodel.h"
#include "storage.h"
#include "toolapprovals.h"

#include <QClipboard>
#include <QFileInfo>
#include <QGuiApplication>
#include <QQmlEngine>

using namespace Qt::StringLiterals;

namespace {
QString describe(const StorageError &error)
{
    return error.message.isEmpty() ? error.toString() : error.message;
}
} // namespace

ChatController::ChatController(QObject *parent)
    : QObject(parent)
    , m_messages(new MessageModel(this))
{
    connect(m_messages, &MessageModel::streamingChanged, this, &ChatController::streamingChanged);
    connect(m_messages, &MessageModel::loadFailed, this, &ChatController::fail);
}

ChatController::~ChatController() = default;

void ChatController::setServices(Storage *storage, ChatService *chat)
{
    if (m_storage) {
        disconnect(m_storage, nullptr, this, nullptr);
    }
    m_storage = storage;
    m_chat = chat;
    m_servicesGiven = true;
    m_messages->setServices(storage, chat);
    if (m_storage) {
        connect(m_storage, &Storage::conversationChanged, this, [this](qint64 id) {
            if (id == m_conversationId) {
                updateTitle();
            }
        });
    }
    updateTitle();
}

bool ChatController::ensureServices()
{
    if (!m_servicesGiven) {
        if (AppCore *core = Backend::core()) {
            setServices(core->storage(), core->chat());
        }
    }
    return m_storage && m_chat;
}

void ChatController::classBegin()
{
    m_complete = false;
    m_messages->classBegin();
}

void ChatController::componentComplete()
{
    m_complete = true;
    ensureServices();
    m_messages->componentComplete();
    connectToolApprovals();
    // Test-only: CONFAB_E2E_SCRIPT runs an end-to-end script in this window (see E2eDriver).
    E2eDriver::startIfRequested(qmlEngine(this));
}

qint64 ChatController::conversationId() const
{
    return m_conversationId;
}

void ChatController::setConversationId(qint64 id)
{
    id = std::max<qint64>(0, id);
    if (id == m_conversationId) {
        return;
    }
    m_conversationId = id;
    if (m_complete) {
        ensureServices();
    }
    m_messages->setConversationId(id);
    clearError();
    updateTitle();
    Q_EMIT conversationIdChanged();
}

MessageModel *ChatController::messages() const
{
    return m_messages;
}

QString ChatController::title() const
{
    return m_title;
}

bool ChatController::isStreaming() const
{
    return m_messages->isStreaming();
}

QString ChatController::lastError() const
{
    return m_lastError;
}

void ChatController::updateTitle()
{
    QString title;
    if (m_storage && m_conversationId > 0) {
        if (const auto conversation = m_storage->conversation(m_conversationId)) {
            title = conversation->title;
        }
    }
    if (title != m_title) {
        m_title = title;
        Q_EMIT titleChanged();
    }
}

bool ChatController::fail(const QString &message)
{
    if (message != m_lastError) {
        m_lastError = message;
        Q_EMIT lastErrorChanged();
    }
    Q_EMIT errorOccurred(message);
    return false;
}

void ChatController::succeed()
{
    clearError();
}

void ChatController::clearError()
{
    if (!m_lastError.isEmpty()) {
        m_lastError.clear();
        Q_EMIT lastErrorChanged();
    }
}

bool ChatController::send(const QString &text, const QVariantList &attachments)
{
    if (!ensureServices()) {
        return fail(tr("The conversation history is not open."));
    }
    if (text.trimmed().isEmpty()) {
        return fail(tr("The message is empty."));
    }
    if (m_messages->isStreaming()) {
        return fail(tr("A reply is still being written: wait for it or stop it first."));
    }
    TurnRequest request;
    request.query = text;
    request.conversationId = m_conversationId;
    request.origin = u"window"_s;
    for (const QVariant &value : attachments) {
        const QUrl url = value.toUrl();
        const QString path = url.isLocalFile() ? url.toLocalFile() : value.toString();
        const QFileInfo info(path);
        if (!info.isFile() || !info.isReadable()) {
            return fail(tr("The file %1 cannot be read.").arg(path));
        }
        Attachment attachment;
        attachment.name = info.fileName();
        attachment.path = info.absoluteFilePath();
        request.attachments.append(attachment);
    }
    const auto turn = m_chat->startTurn(request);
    if (!turn) {
        return fail(describe(turn.error()));
    }
    succeed();
    if (m_conversationId == 0) {
        const qint64 created = (*turn)->conversationId();
        setConversationId(created);
        Q_EMIT conversationCreated(created);
    }
    return true;
}

bool ChatController::stop()
{
    const qint64 id = m_messages->streamingMessageId();
    if (!m_chat || id == 0) {
        return false;
    }
    return m_chat->interrupt(id, tr("Stopped by the user"));
}

bool ChatController::regenerate(qint64 messageId)
{
    if (!ensureServices()) {
        return fail(tr("The conversation history is not open."));
    }
    const auto turn = m_chat->regenerate(messageId);
    if (!turn) {
        return fail(describe(turn.error()));
    }
    succeed();
    return true;
}

bool ChatController::edit(qint64 messageId, const QString &text)
{
    if (!ensureServices()) {
        return fail(tr("The conversation history is not open."));
    }
    if (text.trimmed().isEmpty()) {
        return fail(tr("The message is empty."));
    }
    if (m_messages->isStreaming()) {
        return fail(tr("A reply is still being written: wait for it or stop it first."));
    }
    const auto turn = m_chat->editAndResend(messageId, text);
    if (!turn) {
        return fail(describe(turn.error()));
    }
    succeed();
    return true;
}

bool ChatController::showSibling(qint64 messageId, int step)
{
    if (!ensureServices()) {
        return fail(tr("The conversation history is not open."));
    }
    const auto siblings = m_storage->siblings(messageId);
    if (!siblings) {
        return fail(describe(siblings.error()));
    }
    qsizetype at = -1;
    for (qsizetype i = 0; i < siblings->size(); ++i) {
        if (siblings->at(i).id == messageId) {
            at = i;
        }
    }
    const qsizetype target = at + step;
    if (at < 0 || target < 0 || target >= siblings->size()) {
        return false;
    }
    const auto leaf = m_storage->setActiveLeaf(siblings->at(target).conversationId, siblings->at(target).id);
    if (!leaf) {
        return fail(describe(leaf.error()));
    }
    succeed();
    return true;
}

bool ChatController::retry(qint64 messageId)
{
    return regenerate(messageId);
}

bool ChatController::copyMessage(qint64 messageId)
{
    QString text = m_messages->contentOf(messageId);
    if (text.isEmpty() && m_storage) {
        if (const auto message = m_storage->message(messageId)) {
            text = message->content;
        }
    }
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (text.isEmpty() || !clipboard) {
        return false;
    }
    clipboard->setText(text);
    return true;
}

void ChatController::setToolApprovalPending(const QString &callId)
{
    m_messages->setToolApproval(callId, u"pending"_s);
}

void ChatController::resolveToolCall(const QString &callId, bool allow)
{
    m_messages->setToolApproval(callId, allow ? u"allowed"_s : u"denied"_s);
    Q_EMIT toolCallResolved(callId, allow);
}

void ChatController::connectToolApprovals()
{
    ToolApprovals *approvals = ToolApprovals::instance();
    if (!approvals) {
        return;
    }
    connect(approvals, &ToolApprovals::approvalRequested, this,
            [this](const QString &callId, const QString &, const QString &) { setToolApprovalPending(callId); });
    connect(approvals, &ToolApprovals::approvalResolved, this, [this](const QString &callId, bool allowed) {
        m_messages->setToolApproval(callId, allowed ? u"allowed"_s : u"denied"_s);
    });
    connect(this, &ChatController::toolCallResolved, approvals,
            [approvals](const QString &callId, bool allow) { approvals->resolve(callId, allow); });
    // Questions asked before this page opened (a reply that went on while another chat was shown).
    for (const ToolApprovals::Pending &pending : approvals->pending()) {
        setToolApprovalPending(pending.callId);
    }
}
