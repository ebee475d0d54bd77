// SPDX-License-Identifier: GPL-3.0-or-later
#include "streamevent.h"

#include "pythonjson.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTimeZone>

#include <array>
#include <chrono>

using namespace Qt::StringLiterals;

namespace {

constexpr std::array typeNames = {
    "session_start", "thinking", "running",         "done",      "fail",        "stream_chunk", "stream_complete", "completed",
    "interrupted",   "error",    "reasoning_chunk", "tool_call", "tool_result", "usage",
};
constexpr std::array stageNames = {
    "", "init", "intent_analysis", "context_gathering", "execution", "reflection", "completed", "failed",
};

template<typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::array<const char *, N> &names, QStringView name)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (name == QLatin1StringView(names[i])) {
            return Enum(i);
        }
    }
    return std::nullopt;
}

} // namespace

StreamEvent::StreamEvent(Type type, Stage stage, const QString &content, double progress, const QJsonObject &metadata)
    : type(type)
    , content(content)
    , progress(progress)
    , timestampUs(nowUs())
    , stage(stage)
    , metadata(metadata)
{ }

StreamEvent StreamEvent::sessionStart(const QString &sessionId, qint64 assistantMessageId,
                                      const QList<std::pair<QString, QJsonValue>> &extra)
{
    StreamEvent event(Type::SessionStart, Stage::Init);
    event.fields = {{u"session_id"_s, sessionId},
                    {u"assistant_message_id"_s, assistantMessageId > 0 ? QJsonValue(assistantMessageId) : QJsonValue()}};
    event.fields += extra;
    return event;
}

bool StreamEvent::isTerminal() const
{
    return type == Type::StreamComplete || type == Type::Interrupted || type == Type::Completed;
}

bool StreamEvent::isChunk() const
{
    return type == Type::StreamChunk || type == Type::ReasoningChunk;
}

qint64 StreamEvent::nowUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

QString StreamEvent::formatTimestamp(qint64 timestampUs)
{
    // Python's datetime.now().isoformat(): local time, no zone, microseconds unless they are 0.
    const qint64 ms = timestampUs / 1000;
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::systemTimeZone());
    QString text = local.toString(u"yyyy-MM-ddTHH:mm:ss"_s);
    const qint64 micros = ((timestampUs % 1000000) + 1000000) % 1000000;
    if (micros != 0) {
        text += u'.' + QString::number(micros).rightJustified(6, u'0');
    }
    return text;
}

QString StreamEvent::typeName(Type type)
{
    return QString::fromLatin1(typeNames[std::size_t(type)]);
}

std::optional<StreamEvent::Type> StreamEvent::typeFromName(QStringView name)
{
    return lookup<Type>(typeNames, name);
}

QString StreamEvent::stageName(Stage stage)
{
    return QString::fromLatin1(stageNames[std::size_t(stage)]);
}

std::optional<StreamEvent::Stage> StreamEvent::stageFromName(QStringView name)
{
    if (name.isEmpty()) {
        return std::nullopt;
    }
    return lookup<Stage>(stageNames, name);
}

QByteArray StreamEvent::toJson() const
{
    QByteArray out;
    out.reserve(96 + content.size() * 2);
    out.append("{\"type\": ");
    PythonJson::writeString(typeName(type), out);
    if (type == Type::SessionStart) {
        for (const auto &[key, value] : fields) {
            out.append(", ");
            PythonJson::writeString(key, out);
            out.append(": ");
            PythonJson::write(value, out);
        }
        out.append('}');
        return out;
    }
    out.append(", \"content\": ");
    PythonJson::writeString(content, out);
    out.append(", \"progress\": ");
    PythonJson::writeDouble(progress, out);
    out.append(", \"timestamp\": ");
    PythonJson::writeString(formatTimestamp(timestampUs), out);
    if (stage != Stage::None) {
        out.append(", \"stage\": ");
        PythonJson::writeString(stageName(stage), out);
    }
    if (!metadata.isEmpty()) {
        out.append(", \"metadata\": ");
        PythonJson::write(metadata, out);
    }
    out.append('}');
    return out;
}

std::optional<StreamEvent> StreamEvent::fromJson(QByteArrayView json, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<StreamEvent> {
        if (error) {
            *error = message;
        }
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(u"invalid JSON at offset %1: %2"_s.arg(parseError.offset).arg(parseError.errorString()));
    }
    if (!document.isObject()) {
        return fail(u"an event must be a JSON object"_s);
    }
    const QJsonObject object = document.object();
    const auto type = typeFromName(object.value(u"type").toString());
    if (!type) {
        return fail(u"unknown event type \"%1\""_s.arg(object.value(u"type").toString()));
    }
    StreamEvent event;
    event.type = *type;
    event.content = object.value(u"content").toString();
    event.progress = object.value(u"progress").toDouble();
    event.metadata = object.value(u"metadata").toObject();
    if (const QString stage = object.value(u"stage").toString(); !stage.isEmpty()) {
        const auto parsed = stageFromName(stage);
        if (!parsed) {
            return fail(u"unknown stage \"%1\""_s.arg(stage));
        }
        event.stage = *parsed;
    }
    if (const QString timestamp = object.value(u"timestamp").toString(); !timestamp.isEmpty()) {
        const QString whole = timestamp.section(u'.', 0, 0);
        const QString fraction = timestamp.section(u'.', 1, 1).left(6).leftJustified(6, u'0');
        const QDateTime local = QDateTime::fromString(whole, u"yyyy-MM-ddTHH:mm:ss"_s);
        if (!local.isValid()) {
            return fail(u"invalid timestamp \"%1\""_s.arg(timestamp));
        }
        event.timestampUs = local.toMSecsSinceEpoch() * 1000 + (timestamp.contains(u'.') ? fraction.toLongLong() : 0);
    }
    if (event.type == Type::SessionStart) {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() != u"type") {
                event.fields.append({it.key(), it.value()});
            }
        }
        // The reference's two fields come first, whatever order the JSON object gives.
        std::stable_sort(event.fields.begin(), event.fields.end(), [](const auto &a, const auto &b) {
            auto rank = [](const QString &key) {
                return key == u"session_id" ? 0 : key == u"assistant_message_id" ? 1 : 2;
            };
            return rank(a.first) < rank(b.first);
        });
    }
    return event;
}
