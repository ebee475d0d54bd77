// SPDX-License-Identifier: GPL-3.0-or-later
#include "localserverprobe.h"

#include "llmclient.h"

#include <QNetworkAccessManager>
#include <QPointer>

#include <memory>
#include <vector>

LocalServerProbe::LocalServerProbe(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    const QList<ProviderPreset> presets = ProviderPreset::all();
    for (const ProviderPreset &preset : presets) {
        if (preset.detect) {
            m_candidates << preset;
        }
    }
}

void LocalServerProbe::setCandidates(const QList<ProviderPreset> &candidates)
{
    m_candidates = candidates;
}

QList<ProviderPreset> LocalServerProbe::candidates() const
{
    return m_candidates;
}

void LocalServerProbe::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

QCoro::Task<QList<LocalServerProbe::Server>> LocalServerProbe::probe()
{
    QPointer<LocalServerProbe> self(this);
    const QList<ProviderPreset> candidates = m_candidates;
    std::vector<std::unique_ptr<LlmClient>> clients;
    std::vector<QCoro::Task<ModelListResult>> answers;
    LlmTimeouts timeouts;
    timeouts.connect = m_timeout;
    timeouts.firstByte = m_timeout;
    for (const ProviderPreset &candidate : candidates) {
        auto client = std::make_unique<LlmClient>(m_nam);
        client->setTimeouts(timeouts);
        client->setProfile(candidate.profile());
        // QCoro 0.8 tasks start at once: every server is asked at the same time.
        answers.push_back(client->listModels());
        clients.push_back(std::move(client));
    }
    QList<Server> found;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const ModelListResult result = co_await answers[size_t(i)];
        if (!self) {
            co_return found;
        }
        if (!result.ok()) {
            continue;
        }
        Server server;
        server.presetId = candidates.at(i).id;
        server.name = candidates.at(i).name;
        server.baseUrl = QUrl(candidates.at(i).baseUrl);
        for (const ModelInfo &model : result.models) {
            server.models << model.id;
        }
        found << server;
    }
    co_return found;
}
