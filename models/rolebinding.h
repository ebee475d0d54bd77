// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QObject>
#include <QPointer>
#include <QQmlParserStatus>
#include <QtQml/qqmlregistration.h>

/**
 * @brief Keeps a property of an object equal to one role of one row of a model, without passing the
 * value through QML's JavaScript heap.
 *
 * A delegate that declares `required property string content` gets a new JavaScript string each
 * time the row changes; for a reply that streams, that is the whole reply, once per frame, and the
 * engine's garbage collector counts each one against its "unmanaged heap" limit, so that it runs
 * every frame or two once the reply is long (each run marks every QML object of the window). This
 * element copies the role's value straight from the model into the target's property (an alias of
 * a QML item works too) when the row's role changes:
 *
 *     RoleBinding {
 *         model: messages; row: index; role: "content"
 *         target: reply; targetProperty: "text"
 *     }
 *
 * With `tail` > 0, a longer text is cut to its last `tail` characters after an ellipsis.
 */
class RoleBinding
    : public QObject
    , public QQmlParserStatus
{
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(QAbstractItemModel *model READ model WRITE setModel NOTIFY modelChanged)
    Q_PROPERTY(int row READ row WRITE setRow NOTIFY rowChanged)
    Q_PROPERTY(QString role READ role WRITE setRole NOTIFY roleChanged)
    Q_PROPERTY(QObject *target READ target WRITE setTarget NOTIFY targetChanged)
    /// The target's property to write (default `text`).
    Q_PROPERTY(QString targetProperty READ targetProperty WRITE setTargetProperty NOTIFY targetPropertyChanged)
    Q_PROPERTY(int tail READ tail WRITE setTail NOTIFY tailChanged)

public:
    explicit RoleBinding(QObject *parent = nullptr);

    QAbstractItemModel *model() const;
    void setModel(QAbstractItemModel *model);
    int row() const;
    void setRow(int row);
    QString role() const;
    void setRole(const QString &role);
    QObject *target() const;
    void setTarget(QObject *target);
    QString targetProperty() const;
    void setTargetProperty(const QString &name);
    int tail() const;
    void setTail(int tail);

    /** For tests: how many times the target's property was written. */
    int writes() const;

    void classBegin() override;
    void componentComplete() override;

Q_SIGNALS:
    void modelChanged();
    void rowChanged();
    void roleChanged();
    void targetChanged();
    void targetPropertyChanged();
    void tailChanged();

private:
    void resolveRole();
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void push();

    QPointer<QAbstractItemModel> m_model;
    QPointer<QObject> m_target;
    QString m_roleName;
    QByteArray m_property = QByteArrayLiteral("text");
    int m_row = -1;
    int m_role = -1;
    int m_tail = 0;
    int m_writes = 0;
    bool m_complete = true;
};
