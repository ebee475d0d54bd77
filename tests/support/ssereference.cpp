// SPDX-License-Identifier: GPL-3.0-or-later
#include "ssereference.h"

#include "utf8.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace SseReference {
Outcome parse(QByteArrayView stream)
{
    // "UTF-8 decode": one leading BOM is skipped, the rest decoded with replacement.
    if (stream.startsWith(QByteArrayView("\xEF\xBB\xBF"))) {
        stream = stream.sliced(3);
    }
    const QString text = Utf8::decodeExact(stream);

    Outcome outcome;
    QString data;
    QString type;
    QString idBuffer;

    auto dispatch = [&] {
        outcome.lastEventId = idBuffer;
        if (data.isEmpty()) {
            data.clear();
            type.clear();
            return;
        }
        if (data.endsWith(u'\n')) {
            data.chop(1);
        }
        outcome.events.append(SseEvent{type.isEmpty() ? u"message"_s : type, data, outcome.lastEventId, outcome.retry});
        data.clear();
        type.clear();
    };

    auto processField = [&](const QString &field, const QString &value) {
        if (field == "event"_L1) {
            type = value;
        } else if (field == "data"_L1) {
            data += value;
            data += u'\n';
        } else if (field == "id"_L1) {
            if (!value.contains(QChar(u'\0'))) {
                idBuffer = value;
            }
        } else if (field == "retry"_L1) {
            bool digits = !value.isEmpty();
            for (const QChar c : value) {
                digits = digits && c >= u'0' && c <= u'9';
            }
            if (digits) {
                qint64 ms = 0;
                for (const QChar c : value) {
                    const int digit = c.unicode() - u'0';
                    ms =
                        ms > (std::numeric_limits<qint64>::max() - 9) / 10 ? std::numeric_limits<qint64>::max() : ms * 10 + digit;
                }
                outcome.retry = ms;
            }
        }
    };

    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype end = i;
        while (end < text.size() && text.at(end) != u'\r' && text.at(end) != u'\n') {
            ++end;
        }
        if (end == text.size()) {
            break; // an unterminated last line is not a line
        }
        const QString line = text.mid(i, end - i);
        if (line.isEmpty()) {
            dispatch();
        } else if (line.startsWith(u':')) {
            // comment
        } else if (const qsizetype colon = line.indexOf(u':'); colon >= 0) {
            QString value = line.mid(colon + 1);
            if (value.startsWith(u' ')) {
                value.remove(0, 1);
            }
            processField(line.left(colon), value);
        } else {
            processField(line, QString());
        }
        i = (text.at(end) == u'\r' && end + 1 < text.size() && text.at(end + 1) == u'\n') ? end + 2 : end + 1;
    }
    return outcome;
}
} // namespace SseReference
