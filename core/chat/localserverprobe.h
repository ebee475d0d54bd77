// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providerpreset.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <QCoroTask>

#include <chrono>

class QNetworkAccessManager;

/**
 * @brief Looks for local model servers (Ollama, LM Studio, the llama.cpp server) on their
 * default loopback ports by asking each for its model list, all at once and with a short
 * timeout, so that the first-run page can offer the ones that answer.
 */
class LocalServerProbe : public QObject
{
    Q_OBJECT

public:
    struct Server
    {
        QString presetId;
        QString name;
        QUrl baseUrl;
        QStringList models;
    };

    explicit LocalServerProbe(QObject *parent = nullptr);

    /** The servers to look for; by default the presets with `detect` set. */
    void setCandidates(const QList<ProviderPreset> &candidates);
    QList<ProviderPreset> candidates() const;
    void setTimeout(std::chrono::milliseconds timeout);

    /** The candidates that answered with a model list, in candidate order. */
    QCoro::Task<QList<Server>> probe();

private:
    QList<ProviderPreset> m_candidates;
    std::chrono::milliseconds m_timeout{1500};
    QNetworkAccessManager *m_nam;
};
