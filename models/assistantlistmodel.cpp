// SPDX-License-Identifier: GPL-3.0-or-later
#include "assistantlistmodel.h"

#include "appconfig.h"
#include "appcore.h"
#include "backend.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
int tristate(const std::optional<bool> &value)
{
    return value ? int(*value) : -1;
}

std::optional<bool> fromTristate(const QVariant &value)
{
    const int number = value.toInt();
    return number < 0 ? std::nullopt : std::optional<bool>(number != 0);
}
} // namespace

AssistantListModel::AssistantListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    setCore(Backend::core());
}

void AssistantListModel::setCore(AppCore *core)
{
    disconnect(m_connection);
    m_core = core;
    if (core) {
        m_connection = connect(core->config(), &AppConfig::changed, this, [this](const QString &group) {
            if (group == u"assistants" && !m_saving) {
                reload();
            }
        });
    }
    reload();
}

void AssistantListModel::reload()
{
    beginResetModel();
    m_assistants = m_core ? m_core->config()->assistants() : QList<Assistant>();
    endResetModel();
    Q_EMIT countChanged();
}

void AssistantListModel::save()
{
    if (m_core) {
        m_saving = true;
        m_core->config()->setAssistants(m_assistants);
        m_saving = false;
    }
}

int AssistantListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_assistants.size());
}

int AssistantListModel::count() const
{
    return int(m_assistants.size());
}

QVariant AssistantListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Assistant &a = m_assistants.at(index.row());
    switch (role) {
    case IdRole:
        return a.id;
    case Qt::DisplayRole:
    case NameRole:
        return a.name;
    case SystemPromptRole:
        return a.systemPrompt;
    case ModelRole:
        return a.model;
    case TemperatureRole:
        return a.temperature.value_or(-1.0);
    case MaxTokensRole:
        return a.maxTokens.value_or(0);
    case ReasoningRole:
        return tristate(a.reasoning);
    case ToolsRole:
        return tristate(a.tools);
    default:
        return {};
    }
}

QHash<int, QByteArray> AssistantListModel::roleNames() const
{
    return {
        {IdRole, "assistantId"},          {NameRole, "name"},           {SystemPromptRole, "systemPrompt"}, {ModelRole, "model"},
        {TemperatureRole, "temperature"}, {MaxTokensRole, "maxTokens"}, {ReasoningRole, "reasoning"},       {ToolsRole, "tools"},
    };
}

QString AssistantListModel::add(const QString &name)
{
    QString base = name.simplified();
    if (base.isEmpty()) {
        base = tr("New assistant");
    }
    QString unique = base;
    for (int n = 2;
         std::any_of(m_assistants.begin(), m_assistants.end(), [&unique](const Assistant &a) { return a.name == unique; }); ++n) {
        unique = u"%1 %2"_s.arg(base).arg(n);
    }
    Assistant assistant;
    assistant.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    assistant.name = unique;
    beginInsertRows({}, int(m_assistants.size()), int(m_assistants.size()));
    m_assistants.append(assistant);
    endInsertRows();
    Q_EMIT countChanged();
    save();
    return assistant.id;
}

bool AssistantListModel::update(const QString &id, const QVariantMap &values)
{
    const int row = indexOf(id);
    if (row < 0) {
        return false;
    }
    Assistant &a = m_assistants[row];
    if (values.contains(u"name"_s) && !values.value(u"name"_s).toString().simplified().isEmpty()) {
        a.name = values.value(u"name"_s).toString().simplified();
    }
    if (values.contains(u"systemPrompt"_s)) {
        a.systemPrompt = values.value(u"systemPrompt"_s).toString();
    }
    if (values.contains(u"model"_s)) {
        a.model = values.value(u"model"_s).toString().trimmed();
    }
    if (values.contains(u"temperature"_s)) {
        const double t = values.value(u"temperature"_s).toDouble();
        a.temperature = t < 0 ? std::nullopt : std::optional(std::clamp(t, 0.0, 2.0));
    }
    if (values.contains(u"maxTokens"_s)) {
        const int n = values.value(u"maxTokens"_s).toInt();
        a.maxTokens = n <= 0 ? std::nullopt : std::optional(n);
    }
    if (values.contains(u"reasoning"_s)) {
        a.reasoning = fromTristate(values.value(u"reasoning"_s));
    }
    if (values.contains(u"tools"_s)) {
        a.tools = fromTristate(values.value(u"tools"_s));
    }
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed);
    save();
    return true;
}

bool AssistantListModel::remove(const QString &id)
{
    const int row = indexOf(id);
    if (row < 0) {
        return false;
    }
    beginRemoveRows({}, row, row);
    m_assistants.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
    save();
    return true;
}

QVariantMap AssistantListModel::get(const QString &id) const
{
    const int row = indexOf(id);
    return row < 0 ? QVariantMap() : toMap(m_assistants.at(row));
}

int AssistantListModel::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_assistants.size(); ++i) {
        if (m_assistants.at(i).id == id) {
            return int(i);
        }
    }
    return -1;
}

QVariantMap AssistantListModel::toMap(const Assistant &a)
{
    return {{u"assistantId"_s, a.id},
            {u"name"_s, a.name},
            {u"systemPrompt"_s, a.systemPrompt},
            {u"model"_s, a.model},
            {u"temperature"_s, a.temperature.value_or(-1.0)},
            {u"maxTokens"_s, a.maxTokens.value_or(0)},
            {u"reasoning"_s, tristate(a.reasoning)},
            {u"tools"_s, tristate(a.tools)}};
}
