// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <QCoroTask>

class AppCore;

/**
 * @brief The "Models and defaults" settings: the model, system prompt and parameters every
 * conversation uses unless it sets its own, and whether titles are generated. Each change is
 * saved and applied at once. #temperature -1 and #maxTokens 0 mean "the provider's default".
 */
class DefaultsSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString model READ model WRITE setModel NOTIFY changed)
    /// The model used when #model is empty: the active provider's.
    Q_PROPERTY(QString providerModel READ providerModel NOTIFY changed)
    Q_PROPERTY(QString systemPrompt READ systemPrompt WRITE setSystemPrompt NOTIFY changed)
    Q_PROPERTY(double temperature READ temperature WRITE setTemperature NOTIFY changed)
    Q_PROPERTY(int maxTokens READ maxTokens WRITE setMaxTokens NOTIFY changed)
    Q_PROPERTY(bool reasoning READ reasoning WRITE setReasoning NOTIFY changed)
    Q_PROPERTY(bool tools READ tools WRITE setTools NOTIFY changed)
    Q_PROPERTY(bool generateTitles READ generateTitles WRITE setGenerateTitles NOTIFY changed)
    /// The active provider's models, after refreshModels().
    Q_PROPERTY(QStringList models READ models NOTIFY modelsChanged)
    Q_PROPERTY(QString modelsMessage READ modelsMessage NOTIFY modelsChanged)

public:
    explicit DefaultsSettings(QObject *parent = nullptr);
    void setCore(AppCore *core);

    QString model() const;
    void setModel(const QString &model);
    QString providerModel() const;
    QString systemPrompt() const;
    void setSystemPrompt(const QString &prompt);
    double temperature() const;
    void setTemperature(double temperature);
    int maxTokens() const;
    void setMaxTokens(int tokens);
    bool reasoning() const;
    void setReasoning(bool on);
    bool tools() const;
    void setTools(bool on);
    bool generateTitles() const;
    void setGenerateTitles(bool on);
    QStringList models() const;
    QString modelsMessage() const;

    Q_INVOKABLE void refreshModels();

Q_SIGNALS:
    void changed();
    void modelsChanged();

private:
    QCoro::Task<> listModels();

    QPointer<AppCore> m_core;
    QMetaObject::Connection m_connection;
    QStringList m_models;
    QString m_modelsMessage;
};
