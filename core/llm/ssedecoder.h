// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sseevent.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <functional>

/**
 * @brief Incremental parser for `text/event-stream`, exactly as WHATWG HTML §9.2.6 says.
 *
 * Feed the body in pieces of any size, split anywhere (inside a CRLF, a BOM or a multi-byte
 * character): the events are the same as for the whole body at once. Lines are framed on raw
 * bytes (CR and LF never occur inside a UTF-8 sequence) and only whole values are decoded, so
 * no character is ever cut. Each input byte is scanned at most twice and a line that spans reads
 * is kept as one growing buffer, so the work is linear in the input.
 *
 * Rules: LF, CR and CRLF end lines; one leading BOM is dropped; `:` lines are comments; `data`
 * values are joined with LF; `event`, `id` (ignored when it contains NUL; it persists across
 * events) and `retry` (digits only) are honoured; a field without a colon has an empty value;
 * one space after the colon is removed; an event is dispatched only on a blank line and only
 * when it has data; at the end of the stream an unterminated event is discarded.
 *
 * Memory is bounded: a line, or the data of one event, longer than maxLineLength() stops the
 * decoder with Error::LineTooLong / Error::EventTooLarge (feed() returns false; the first
 * bytes of the line are kept in errorLine()). Comment lines are never buffered beyond 1 KiB.
 *
 * Events are delivered, in order, to the event handler (decoded to QString), or to the raw
 * handler (the data as the UTF-8 bytes received, for callers that parse JSON from bytes
 * anyway), or, when neither is set, queued for takeEvents(). Handlers must not call feed()
 * or reset() on the same decoder.
 */
class SseDecoder
{
public:
    enum class Error { None, LineTooLong, EventTooLarge };

    static constexpr qsizetype DefaultMaxLineLength = 64 * 1024 * 1024;

    using EventHandler = std::function<void(const SseEvent &event)>;
    /** @p type is empty for the default type `message`; @p data has its final LF removed. */
    using RawEventHandler = std::function<void(QByteArrayView type, QByteArrayView data)>;
    using FieldHandler = std::function<void(QByteArrayView name, QByteArrayView value)>;
    using CommentHandler = std::function<void(QByteArrayView comment)>;

    explicit SseDecoder(qsizetype maxLineLength = DefaultMaxLineLength);

    void setEventHandler(EventHandler handler);
    void setRawEventHandler(RawEventHandler handler);
    /**
     * Called for every field the standard ignores (any name but data, event, id, retry), with
     * the raw bytes. This is the hook for llama-server's old non-standard `error:` field.
     */
    void setUnknownFieldHandler(FieldHandler handler);
    /** Called for each comment line (text after the colon, at most 1 KiB of it). */
    void setCommentHandler(CommentHandler handler);

    /** Parses more bytes. Returns false once an error occurred (and ignores the input then). */
    bool feed(QByteArrayView bytes);
    /**
     * The end of the stream: an unterminated line or event is discarded, as the standard says.
     * The decoder is then ready for a new stream (last event ID and retry are kept).
     */
    void finish();
    /** Forgets everything, including the last event ID, the retry value and an error. */
    void reset();

    /** The events dispatched since the last call, when no handler is set. */
    QList<SseEvent> takeEvents();

    Error error() const
    {
        return m_error;
    }
    QString errorString() const;
    /** The first bytes of the line that caused the error. */
    QByteArray errorLine() const
    {
        return m_errorLine;
    }

    qsizetype maxLineLength() const
    {
        return m_maxLine;
    }
    QString lastEventId() const;
    /** Reconnection time set by `retry:` in milliseconds, -1 if never set. */
    qint64 reconnectionTime() const
    {
        return m_retry;
    }

    /** Bytes of the current unterminated line (not yet a line: never dispatched as is). */
    QByteArray pendingLine() const
    {
        return m_line;
    }
    /** The data buffer of the event in progress, with its LF separators. */
    QByteArray pendingData() const
    {
        return m_data;
    }
    /** Bytes currently buffered (partial line plus event in progress). */
    qsizetype bufferedBytes() const
    {
        return m_line.size() + m_data.size() + m_type.size();
    }
    /** Total bytes examined while searching for line ends: at most twice the input. */
    qint64 bytesScanned() const
    {
        return m_scanned;
    }

private:
    void processBytes(const char *p, const char *end);
    void processLine(QByteArrayView line);
    void appendPartial(const char *p, const char *end);
    void dispatch();
    void fail(Error error, QByteArrayView line);
    void releaseIfLarge(QByteArray &buffer);

    EventHandler m_eventHandler;
    RawEventHandler m_rawHandler;
    FieldHandler m_fieldHandler;
    CommentHandler m_commentHandler;
    QList<SseEvent> m_events;

    QByteArray m_line; // unterminated line carried over between reads
    QByteArray m_data;
    QByteArray m_type;
    QByteArray m_idBuffer;
    QByteArray m_lastEventId;
    QByteArray m_errorLine;
    qint64 m_retry = -1;
    qint64 m_scanned = 0;
    qsizetype m_maxLine;
    Error m_error = Error::None;
    int m_bomMatched = 0;
    bool m_bomDone = false;
    bool m_afterCR = false; // the previous read ended with a CR that ended a line
    bool m_skippingComment = false;
};
