// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <QCoroTask>

class AppCore;
class LocalServerProbe;

/**
 * @brief The configured providers, the presets and the local servers found, for the providers
 * settings page and the first-run page. Editing one provider is ProviderEditor's job.
 *
 * #providers lists `{id, name, baseUrl, model, presetId, active, local}` (the provider taken
 * from OPENAI_BASE_URL / OPENAI_API_KEY appears with id `environment` when no other is set);
 * #presets lists `{id, name, baseUrl, needsKey, local, keyPage}`; detect() fills #detected with
 * `{presetId, name, baseUrl, models}` for each local server that answered on its default port.
 */
class ProviderSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVariantList providers READ providers NOTIFY providersChanged)
    Q_PROPERTY(QString activeProviderId READ activeProviderId WRITE setActiveProviderId NOTIFY providersChanged)
    Q_PROPERTY(QVariantList presets READ presets NOTIFY presetsChanged)
    Q_PROPERTY(QVariantList detected READ detected NOTIFY detectedChanged)
    Q_PROPERTY(bool detecting READ detecting NOTIFY detectedChanged)
    /// True once detect() finished at least once.
    Q_PROPERTY(bool detectionDone READ detectionDone NOTIFY detectedChanged)

public:
    explicit ProviderSettings(QObject *parent = nullptr);
    ~ProviderSettings() override;
    /** For tests: use @p core instead of the Backend's. */
    void setCore(AppCore *core);
    /** The probe detect() uses (tests point it at their own ports). */
    LocalServerProbe *probe() const;

    QVariantList providers() const;
    QString activeProviderId() const;
    void setActiveProviderId(const QString &id);
    QVariantList presets() const;
    QVariantList detected() const;
    bool detecting() const;
    bool detectionDone() const;

    /** Looks for local servers on their default loopback ports (a second or so). */
    Q_INVOKABLE void detect();
    /** Removes provider @p id and its stored key. */
    Q_INVOKABLE void remove(const QString &id);

Q_SIGNALS:
    void providersChanged();
    void presetsChanged();
    void detectedChanged();

private:
    QCoro::Task<> runDetect();

    QPointer<AppCore> m_core;
    QMetaObject::Connection m_configConnection;
    LocalServerProbe *m_probe;
    QVariantList m_detected;
    bool m_detecting = false;
    bool m_detectionDone = false;
};
