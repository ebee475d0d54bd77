// SPDX-License-Identifier: GPL-3.0-or-later
#include "ssedecoder.h"

#include "utf8.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <limits>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype CommentKeep = 1 + 1024; // the colon plus 1 KiB of text
constexpr qsizetype ErrorLineKeep = 256;
constexpr qsizetype KeepCapacity = 64 * 1024;

template<qsizetype N>
bool is(QByteArrayView name, const char (&literal)[N])
{
    return name.size() == N - 1 && std::memcmp(name.data(), literal, N - 1) == 0;
}

void assign(QByteArray &target, QByteArrayView value)
{
    target.resize(0);
    target.append(value.data(), value.size());
}
} // namespace

SseDecoder::SseDecoder(qsizetype maxLineLength)
    : m_maxLine(std::max<qsizetype>(1, maxLineLength))
{ }

void SseDecoder::setEventHandler(EventHandler handler)
{
    m_eventHandler = std::move(handler);
}

void SseDecoder::setRawEventHandler(RawEventHandler handler)
{
    m_rawHandler = std::move(handler);
}

void SseDecoder::setUnknownFieldHandler(FieldHandler handler)
{
    m_fieldHandler = std::move(handler);
}

void SseDecoder::setCommentHandler(CommentHandler handler)
{
    m_commentHandler = std::move(handler);
}

bool SseDecoder::feed(QByteArrayView bytes)
{
    if (m_error != Error::None) {
        return false;
    }
    const char *p = bytes.data();
    const char *end = p + bytes.size();
    if (!m_bomDone) {
        static constexpr char Bom[3] = {char(0xEF), char(0xBB), char(0xBF)};
        while (p < end && m_bomMatched < 3 && *p == Bom[m_bomMatched]) {
            ++m_bomMatched;
            ++p;
        }
        if (m_bomMatched == 3) {
            m_bomDone = true;
        } else if (p < end) {
            // Not a BOM after all: the bytes taken so far are ordinary input.
            m_bomDone = true;
            processBytes(Bom, Bom + m_bomMatched);
        } else {
            return true; // every byte so far may still be the start of a BOM
        }
    }
    if (m_error == Error::None) {
        processBytes(p, end);
    }
    return m_error == Error::None;
}

void SseDecoder::processBytes(const char *p, const char *end)
{
    if (m_afterCR && p < end) {
        m_afterCR = false;
        if (*p == '\n') {
            ++p;
        }
    }
    // Next LF and CR at or after p (nullptr: none before end). Each is searched at most once per
    // byte, so a read costs at most two passes whatever its line endings.
    const char *lf = nullptr;
    const char *cr = nullptr;
    bool lfKnown = false;
    bool crKnown = false;
    while (p < end) {
        if (!lfKnown || (lf && lf < p)) {
            lf = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
            m_scanned += (lf ? lf + 1 : end) - p;
            lfKnown = true;
        }
        if (!crKnown || (cr && cr < p)) {
            cr = static_cast<const char *>(std::memchr(p, '\r', size_t(end - p)));
            m_scanned += (cr ? cr + 1 : end) - p;
            crKnown = true;
        }
        const char *eol = !lf ? cr : (!cr ? lf : std::min(lf, cr));
        if (!eol) {
            appendPartial(p, end);
            return;
        }
        if (m_line.isEmpty()) {
            processLine(QByteArrayView(p, eol - p));
        } else if (m_skippingComment) {
            m_skippingComment = false;
            processLine(m_line);
            m_line.resize(0);
        } else if (m_line.size() + (eol - p) > m_maxLine && m_line.front() != ':') {
            fail(Error::LineTooLong, m_line);
        } else {
            m_line.append(p, eol - p);
            processLine(m_line);
            m_line.resize(0);
            releaseIfLarge(m_line);
        }
        if (m_error != Error::None) {
            return;
        }
        if (*eol == '\r') {
            if (eol + 1 == end) {
                m_afterCR = true; // an LF may follow in the next read
                return;
            }
            p = eol + 1;
            if (*p == '\n') {
                ++p;
            }
        } else {
            p = eol + 1;
        }
    }
}

void SseDecoder::appendPartial(const char *p, const char *end)
{
    if (m_skippingComment) {
        return;
    }
    const qsizetype n = end - p;
    const bool comment = m_line.isEmpty() ? *p == ':' : m_line.front() == ':';
    if (comment) {
        const qsizetype room = CommentKeep - m_line.size();
        m_line.append(p, std::min(n, room));
        m_skippingComment = n >= room;
        return;
    }
    if (m_line.size() + n > m_maxLine) {
        fail(Error::LineTooLong, m_line.isEmpty() ? QByteArrayView(p, n) : QByteArrayView(m_line));
        return;
    }
    m_line.append(p, n);
}

void SseDecoder::processLine(QByteArrayView line)
{
    if (line.isEmpty()) {
        dispatch();
        return;
    }
    if (line.front() == ':') {
        if (m_commentHandler) {
            m_commentHandler(line.sliced(1, std::min(line.size(), CommentKeep) - 1));
        }
        return;
    }
    if (line.size() > m_maxLine) {
        fail(Error::LineTooLong, line);
        return;
    }
    QByteArrayView name = line;
    QByteArrayView value;
    if (const void *colon = std::memchr(line.data(), ':', size_t(line.size()))) {
        const qsizetype at = static_cast<const char *>(colon) - line.data();
        name = line.first(at);
        value = line.sliced(at + 1);
        if (!value.isEmpty() && value.front() == ' ') {
            value = value.sliced(1);
        }
    }
    if (is(name, "data")) {
        if (m_data.size() + value.size() + 1 > m_maxLine) {
            fail(Error::EventTooLarge, line);
            return;
        }
        m_data.append(value.data(), value.size());
        m_data.append('\n');
    } else if (is(name, "event")) {
        assign(m_type, value);
    } else if (is(name, "id")) {
        // (memchr on the null data of an empty view is undefined behaviour: found by the fuzzer)
        if (value.isEmpty() || !std::memchr(value.data(), '\0', size_t(value.size()))) {
            assign(m_idBuffer, value);
        }
    } else if (is(name, "retry")) {
        const bool digits =
            !value.isEmpty() && std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (digits) {
            qint64 ms = 0;
            for (const char c : value) {
                ms =
                    ms > (std::numeric_limits<qint64>::max() - 9) / 10 ? std::numeric_limits<qint64>::max() : ms * 10 + (c - '0');
            }
            m_retry = ms;
        }
    } else if (m_fieldHandler) {
        m_fieldHandler(name, value);
    }
}

void SseDecoder::dispatch()
{
    if (m_lastEventId != m_idBuffer) {
        m_lastEventId = m_idBuffer;
    }
    if (m_data.isEmpty()) {
        m_type.resize(0);
        return;
    }
    const QByteArrayView data(m_data.constData(), m_data.size() - 1);
    if (m_rawHandler) {
        m_rawHandler(m_type, data);
    } else {
        SseEvent event;
        event.type = m_type.isEmpty() ? u"message"_s : Utf8::decode(m_type);
        event.data = Utf8::decode(data);
        event.id = Utf8::decode(m_lastEventId);
        event.retry = m_retry;
        if (m_eventHandler) {
            m_eventHandler(event);
        } else {
            m_events.append(std::move(event));
        }
    }
    m_data.resize(0);
    releaseIfLarge(m_data);
    m_type.resize(0);
}

void SseDecoder::releaseIfLarge(QByteArray &buffer)
{
    if (buffer.isEmpty() && buffer.capacity() > KeepCapacity) {
        buffer = QByteArray();
    }
}

void SseDecoder::fail(Error error, QByteArrayView line)
{
    m_error = error;
    m_errorLine = line.first(std::min(line.size(), ErrorLineKeep)).toByteArray();
    m_line = QByteArray();
    m_data = QByteArray();
    m_type = QByteArray();
    m_skippingComment = false;
}

void SseDecoder::finish()
{
    m_line = QByteArray();
    m_data = QByteArray();
    m_type = QByteArray();
    m_skippingComment = false;
    m_afterCR = false;
    m_bomMatched = 0;
    m_bomDone = false;
}

void SseDecoder::reset()
{
    finish();
    m_events.clear();
    m_idBuffer = QByteArray();
    m_lastEventId = QByteArray();
    m_errorLine = QByteArray();
    m_retry = -1;
    m_scanned = 0;
    m_error = Error::None;
}

QList<SseEvent> SseDecoder::takeEvents()
{
    return std::exchange(m_events, {});
}

QString SseDecoder::lastEventId() const
{
    return Utf8::decode(m_lastEventId);
}

QString SseDecoder::errorString() const
{
    switch (m_error) {
    case Error::None:
        return {};
    case Error::LineTooLong:
        return QCoreApplication::translate("SseDecoder", "A line of the event stream is longer than %1 bytes.").arg(m_maxLine);
    case Error::EventTooLarge:
        return QCoreApplication::translate("SseDecoder", "An event of the stream carries more than %1 bytes of data.")
            .arg(m_maxLine);
    }
    return {};
}
