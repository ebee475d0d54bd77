// SPDX-License-Identifier: GPL-3.0-or-later
#include "rolebinding.h"

#include <QVariant>

using namespace Qt::StringLiterals;

RoleBinding::RoleBinding(QObject *parent)
    : QObject(parent)
{ }

QAbstractItemModel *RoleBinding::model() const
{
    return m_model;
}

void RoleBinding::setModel(QAbstractItemModel *model)
{
    if (model == m_model) {
        return;
    }
    if (m_model) {
        disconnect(m_model, nullptr, this, nullptr);
    }
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::dataChanged, this, &RoleBinding::onDataChanged);
        connect(m_model, &QAbstractItemModel::modelReset, this, &RoleBinding::push);
    }
    resolveRole();
    push();
    Q_EMIT modelChanged();
}

int RoleBinding::row() const
{
    return m_row;
}

void RoleBinding::setRow(int row)
{
    if (row == m_row) {
        return;
    }
    m_row = row;
    push();
    Q_EMIT rowChanged();
}

QString RoleBinding::role() const
{
    return m_roleName;
}

void RoleBinding::setRole(const QString &role)
{
    if (role == m_roleName) {
        return;
    }
    m_roleName = role;
    resolveRole();
    push();
    Q_EMIT roleChanged();
}

QObject *RoleBinding::target() const
{
    return m_target;
}

void RoleBinding::setTarget(QObject *target)
{
    if (target == m_target) {
        return;
    }
    m_target = target;
    push();
    Q_EMIT targetChanged();
}

QString RoleBinding::targetProperty() const
{
    return QString::fromLatin1(m_property);
}

void RoleBinding::setTargetProperty(const QString &name)
{
    const QByteArray latin = name.toLatin1();
    if (latin == m_property) {
        return;
    }
    m_property = latin;
    push();
    Q_EMIT targetPropertyChanged();
}

int RoleBinding::tail() const
{
    return m_tail;
}

void RoleBinding::setTail(int tail)
{
    tail = std::max(0, tail);
    if (tail == m_tail) {
        return;
    }
    m_tail = tail;
    push();
    Q_EMIT tailChanged();
}

int RoleBinding::writes() const
{
    return m_writes;
}

void RoleBinding::classBegin()
{
    m_complete = false;
}

void RoleBinding::componentComplete()
{
    m_complete = true;
    push();
}

void RoleBinding::resolveRole()
{
    m_role = -1;
    if (!m_model || m_roleName.isEmpty()) {
        return;
    }
    const QByteArray name = m_roleName.toUtf8();
    const QHash<int, QByteArray> names = m_model->roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        if (it.value() == name) {
            m_role = it.key();
            return;
        }
    }
}

void RoleBinding::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (m_row < topLeft.row() || m_row > bottomRight.row() || topLeft.parent().isValid()) {
        return;
    }
    if (roles.isEmpty() || roles.contains(m_role)) {
        push();
    }
}

void RoleBinding::push()
{
    if (!m_complete || !m_target || !m_model || m_role < 0 || m_row < 0 || m_row >= m_model->rowCount()) {
        return;
    }
    QVariant value = m_model->index(m_row, 0).data(m_role);
    if (m_tail > 0 && value.typeId() == QMetaType::QString) {
        const QString text = value.toString();
        if (text.size() > m_tail) {
            QString cut = u"…"_s;
            cut += QStringView(text).right(m_tail);
            value = cut;
        }
    }
    m_target->setProperty(m_property.constData(), value);
    ++m_writes;
}
