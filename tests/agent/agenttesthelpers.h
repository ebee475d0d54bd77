// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventreader.h"
#include "streamevent.h"
#include "tool.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QThread>
#include <QTimer>

/** Records every event of a run as it arrives (a prompt consumer). */
class EventRecorder : public QObject
{
public:
    explicit EventRecorder(EventReader *reader)
        : m_reader(reader)
    {
        QObject::connect(reader, &EventReader::readyRead, this, [this] { events += m_reader->takeAll(); });
    }

    QList<StreamEvent> events;

    bool ended() const
    {
        return !events.isEmpty() && events.last().isTerminal();
    }
    QStringList types() const
    {
        QStringList names;
        for (const StreamEvent &e : events) {
            names << StreamEvent::typeName(e.type);
        }
        return names;
    }
    QList<StreamEvent> ofType(StreamEvent::Type type) const
    {
        QList<StreamEvent> found;
        for (const StreamEvent &e : events) {
            if (e.type == type) {
                found << e;
            }
        }
        return found;
    }
    QString text(StreamEvent::Type type = StreamEvent::Type::StreamChunk) const
    {
        QString all;
        for (const StreamEvent &e : ofType(type)) {
            all += e.content;
        }
        return all;
    }

private:
    EventReader *m_reader;
};

/** A tool whose behaviour a test sets: echo its arguments, fail, or take its time. */
class TestTool : public Tool
{
public:
    enum class Behaviour { Echo, Fail, Sleep };
    TestTool(const QString &name, Behaviour behaviour, int sleepMs = 0)
        : m_name(name)
        , m_behaviour(behaviour)
        , m_sleepMs(sleepMs)
    { }
    QString name() const override
    {
        return m_name;
    }
    QString description() const override
    {
        return QStringLiteral("A test tool");
    }
    QJsonObject parameters() const override
    {
        return {{QStringLiteral("type"), QStringLiteral("object")}};
    }
    ToolOutput run(const QJsonObject &arguments) const override
    {
        switch (m_behaviour) {
        case Behaviour::Echo:
            return ToolOutput::success(m_name + QStringLiteral(" got ") + arguments.value(QStringLiteral("q")).toString());
        case Behaviour::Fail:
            return ToolOutput::failure(QStringLiteral("the disk is on fire"));
        case Behaviour::Sleep:
            QThread::msleep(m_sleepMs);
            return ToolOutput::success(QStringLiteral("slept"));
        }
        return {};
    }

private:
    QString m_name;
    Behaviour m_behaviour;
    int m_sleepMs;
};

/** An asynchronous tool that answers after @p delayMs (never, when negative) and counts cancels. */
class TestAsyncTool : public Tool
{
public:
    TestAsyncTool(const QString &name, int delayMs)
        : m_name(name)
        , m_delayMs(delayMs)
    { }
    QString name() const override
    {
        return m_name;
    }
    QString description() const override
    {
        return QStringLiteral("An asynchronous test tool");
    }
    QJsonObject parameters() const override
    {
        return {{QStringLiteral("type"), QStringLiteral("object")}};
    }
    Mode mode() const override
    {
        return Mode::Async;
    }
    PendingToolCall *start(const QJsonObject &, const QString &callId, QObject *parent) const override
    {
        auto *call = new Pending(parent, m_cancels);
        if (m_delayMs >= 0) {
            QTimer::singleShot(m_delayMs, call,
                               [call, callId] { Q_EMIT call->finished(ToolOutput::success(QStringLiteral("async ") + callId)); });
        }
        return call;
    }
    int cancels() const
    {
        return *m_cancels;
    }

private:
    class Pending : public PendingToolCall
    {
    public:
        Pending(QObject *parent, std::shared_ptr<int> cancels)
            : PendingToolCall(parent)
            , m_cancels(std::move(cancels))
        { }
        void cancel() override
        {
            ++*m_cancels;
        }

    private:
        std::shared_ptr<int> m_cancels;
    };
    QString m_name;
    int m_delayMs;
    std::shared_ptr<int> m_cancels = std::make_shared<int>(0);
};
