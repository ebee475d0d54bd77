// SPDX-License-Identifier: GPL-3.0-or-later
#include "localserverprobe.h"
#include "scriptedprovider.h"

#include <QTcpServer>
#include <QTest>

#include <QCoroTask>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestLocalServerProbe : public QObject
{
    Q_OBJECT

    static ProviderPreset candidate(const QString &id, quint16 port)
    {
        ProviderPreset preset;
        preset.id = id;
        preset.name = id;
        preset.baseUrl = u"http://127.0.0.1:%1/v1"_s.arg(port);
        preset.port = port;
        preset.local = true;
        preset.detect = true;
        return preset;
    }

private Q_SLOTS:
    void defaultCandidatesAreTheThreeLocalServers()
    {
        LocalServerProbe probe;
        QStringList ports;
        for (const ProviderPreset &preset : probe.candidates()) {
            ports << u"%1:%2"_s.arg(preset.id).arg(preset.port);
            QVERIFY(QUrl(preset.baseUrl).host() == u"127.0.0.1"_s);
        }
        QCOMPARE(ports, (QStringList{u"ollama:11434"_s, u"lmstudio:1234"_s, u"llamacpp:8080"_s}));
    }

    void findsOnlyServersThatAnswer()
    {
        ScriptedProvider answering;
        QVERIFY(answering.listen());
        answering.setModelsResponse(ScriptedResponse::models({u"llama3.2:3b"_s, u"qwen3:8b"_s}));
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 closedPort = closed.serverPort();
        closed.close();
        // Accepts the connection and never answers: the timeout must end the wait.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        ScriptedProvider broken;
        QVERIFY(broken.listen());
        broken.setModelsResponse(ScriptedResponse::json(200, "<html>not a model list</html>"_ba));

        LocalServerProbe probe;
        probe.setTimeout(300ms);
        probe.setCandidates({candidate(u"closed"_s, closedPort), candidate(u"silent"_s, silent.serverPort()),
                             candidate(u"answering"_s, answering.port()), candidate(u"broken"_s, broken.port())});
        const QList<LocalServerProbe::Server> found = QCoro::waitFor(probe.probe());
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().presetId, u"answering"_s);
        QCOMPARE(found.first().baseUrl, answering.baseUrl());
        QCOMPARE(found.first().models, (QStringList{u"llama3.2:3b"_s, u"qwen3:8b"_s}));
    }
};

QTEST_GUILESS_MAIN(TestLocalServerProbe)
#include "tst_localserverprobe.moc"
