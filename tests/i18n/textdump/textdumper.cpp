// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdumper.h"

#include <QGuiApplication>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

qreal effectiveOpacity(const QQuickItem *item)
{
    qreal opacity = 1.0;
    for (; item; item = item->parentItem()) {
        opacity *= item->opacity();
    }
    return opacity;
}

void collect(const QQuickItem *item, const QRectF &scene, QJsonArray *texts)
{
    if (!item->isVisible() || effectiveOpacity(item) < 0.05) {
        return;
    }
    const QVariant text = item->property("text");
    if (text.metaType() == QMetaType::fromType<QString>() && !text.toString().isEmpty()) {
        const QRectF area = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        if (area.intersects(scene)) {
            texts->append(QJsonObject{{u"type"_s, QString::fromLatin1(item->metaObject()->className())},
                                      {u"objectName"_s, item->objectName()},
                                      {u"text"_s, text.toString()},
                                      {u"x"_s, area.x()},
                                      {u"y"_s, area.y()},
                                      {u"width"_s, area.width()},
                                      {u"height"_s, area.height()}});
        }
    }
    const QList<QQuickItem *> children = item->childItems();
    for (const QQuickItem *child : children) {
        collect(child, scene, texts);
    }
}

} // namespace

TextDumper::TextDumper(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
{
    connect(qApp, &QCoreApplication::aboutToQuit, this, &TextDumper::dump);
}

void TextDumper::dump() const
{
    QJsonArray windows;
    const QList<QWindow *> topLevels = QGuiApplication::topLevelWindows();
    for (QWindow *window : topLevels) {
        auto *quickWindow = qobject_cast<QQuickWindow *>(window);
        if (!quickWindow || !window->isVisible()) {
            continue;
        }
        QJsonArray texts;
        collect(quickWindow->contentItem(), QRectF(QPointF(0, 0), QSizeF(window->size())), &texts);
        windows.append(QJsonObject{{u"title"_s, window->title()}, {u"texts"_s, texts}});
    }
    QJsonArray iconSizes;
    const QList<QSize> sizes = QGuiApplication::windowIcon().availableSizes();
    for (const QSize &size : sizes) {
        iconSizes.append(size.width());
    }
    QSaveFile file(m_path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(QJsonObject{{u"windows"_s, windows}, {u"windowIconSizes"_s, iconSizes}}).toJson());
        file.commit();
    }
}
