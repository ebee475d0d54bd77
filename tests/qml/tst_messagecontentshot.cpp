// SPDX-License-Identifier: GPL-3.0-or-later
// Renders a sample message (heading, list, table, quote, code in C++ and Python, math) with
// MessageContent in a real window, in a light and a dark palette, and keeps the pictures under
// the build tree's screenshots/ for a human to look at.
#include "buildinfo.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPalette>
#include <QProcess>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(ConfabPlugin)
Q_IMPORT_QML_PLUGIN(Confab_ModelsPlugin)

using namespace Qt::StringLiterals;

namespace {

const QString sample = uR"md(# Sorting a list

Use the **standard library**: it is *stable* and fast. See [the reference](https://en.cppreference.com/w/cpp/algorithm/sort) for details, and `std::ranges::sort` for ranges.

1. Collect the items.
2. Sort them:
   - by name,
   - then by date.
3. Print them.

| Language | Function | Stable |
|----------|----------|:------:|
| C++ | `std::stable_sort` | yes |
| Python | `sorted()` | yes |

> Premature optimization is the root of all evil.
> — Donald Knuth

```cpp
#include <algorithm>
#include <vector>

// Sorts in place, keeping equal items in order.
void sortItems(std::vector<int> &items)
{
    std::stable_sort(items.begin(), items.end());
}
```

```python
def sort_items(items: list[int]) -> list[int]:
    """Return a sorted copy."""
    return sorted(items, key=lambda x: (x % 10, x))
```

The cost is $O(n \log n)$ comparisons, where \(n\) is the number of items:

$$
T(n) = \sum_{i=1}^{\log_2 n} \frac{n}{2^i} \cdot 2^i = n \log_2 n
$$

---

That is all.)md"_s;

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2e));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x21));
    palette.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2b, 0x2e));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x38));
    palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
    palette.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    return palette;
}

QPalette lightPalette()
{
    QPalette palette(QColor(0xef, 0xef, 0xef), QColor(0xff, 0xff, 0xff));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, QColor(0x23, 0x26, 0x29));
    palette.setColor(QPalette::WindowText, QColor(0x23, 0x26, 0x29));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    palette.setColor(QPalette::Link, QColor(0x29, 0x80, 0xb9));
    return palette;
}

/** Items under @p root (visual children, as a Repeater's delegates are) named @p name. */
QList<QQuickItem *> findItems(QQuickItem *root, const QString &name)
{
    QList<QQuickItem *> found;
    const QList<QQuickItem *> children = root->childItems();
    for (QQuickItem *child : children) {
        if (child->objectName() == name) {
            found.append(child);
        }
        found += findItems(child, name);
    }
    return found;
}

/** Share of pixels in @p rect that are clearly coloured (not grey). */
double colouredShare(const QImage &image, const QRect &rect)
{
    int coloured = 0;
    int total = 0;
    for (int y = rect.top(); y <= rect.bottom(); y += 1) {
        for (int x = rect.left(); x <= rect.right(); x += 1) {
            const QColor c = image.pixelColor(x, y);
            ++total;
            if (c.hsvSaturation() > 90 && c.value() > 60) {
                ++coloured;
            }
        }
    }
    return total ? double(coloured) / total : 0;
}

double meanLightness(const QImage &image)
{
    double sum = 0;
    int n = 0;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            sum += image.pixelColor(x, y).lightnessF();
            ++n;
        }
    }
    return sum / n;
}

} // namespace

class TestMessageContentShot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DISPLAY"), "this test needs an X server (run it through ctest)");
        QQuickStyle::setStyle(u"Fusion"_s);
        // Grey antialiasing: subpixel fringes would count as coloured code.
        qputenv("QSG_DISTANCEFIELD_ANTIALIASING", "gray");
        const QString theme = qEnvironmentVariable("CONFAB_SHOT_THEME");
        if (!theme.isEmpty()) {
            QGuiApplication::setPalette(theme == u"dark"_s ? darkPalette() : lightPalette());
        }
    }

    void render_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void render()
    {
        QFETCH(bool, dark);
        const QString theme = dark ? u"dark"_s : u"light"_s;
        const QString wanted = qEnvironmentVariable("CONFAB_SHOT_THEME");
        if (wanted.isEmpty()) {
            // Each palette in a process of its own: Qt Quick Controls 6.4 take the application
            // palette once, when they load, and would not follow a later change.
            QProcess child;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(u"CONFAB_SHOT_THEME"_s, theme);
            child.setProcessEnvironment(environment);
            child.setProcessChannelMode(QProcess::ForwardedChannels);
            child.start(QCoreApplication::applicationFilePath(), {u"render:"_s + theme});
            QVERIFY(child.waitForFinished(60000));
            QCOMPARE(child.exitStatus(), QProcess::NormalExit);
            QCOMPARE(child.exitCode(), 0);
            return;
        }
        // The parent runs each row in a child of its own and only sees its exit code: a skipped
        // row there would pass without rendering anything.
        QVERIFY2(wanted == theme, qPrintable(u"this process renders the %1 palette only (CONFAB_SHOT_THEME)"_s.arg(wanted)));

        QQmlEngine engine;
        engine.addImportPath(u"qrc:/"_s);
        QQmlComponent component(&engine);
        component.setData(R"qml(
            import QtQuick
            import QtQuick.Controls
            import Confab
            ApplicationWindow {
                property alias content: content
                width: 820
                height: Math.min(content.implicitHeight + 40, 2400)
                color: Theme.palette.window
                MessageContent {
                    id: content
                    x: 20
                    y: 20
                    width: parent.width - 40
                    openLinksExternally: false
                }
            }
        )qml",
                          QUrl(u"qrc:/tst_messagecontentshot.qml"_s));
        std::unique_ptr<QObject> root(component.create());
        QVERIFY2(root, qPrintable(component.errorString()));
        auto *window = qobject_cast<QQuickWindow *>(root.get());
        QVERIFY(window);
        auto *content = root->property("content").value<QQuickItem *>();
        QVERIFY(content);
        content->setProperty("text", sample);
        QSignalSpy frames(window, &QQuickWindow::frameSwapped);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_VERIFY(frames.size() >= 1);
        QTest::qWait(200);

        const QImage image = window->grabWindow();
        QVERIFY(!image.isNull());
        const QString dir = QStringLiteral(CONFAB_BUILD_DIR "/screenshots");
        QDir().mkpath(dir);
        const QString path = dir + (dark ? u"/messagecontent-dark.png"_s : u"/messagecontent-light.png"_s);
        QVERIFY(image.save(path));
        qInfo() << "saved" << path << image.size();

        // The palette decides the picture's overall lightness.
        QCOMPARE(meanLightness(image) < 0.5, dark);

        // Every block got a delegate of its type.
        QCOMPARE(findItems(content, u"codeBlock"_s).size(), 2);
        QCOMPARE(findItems(content, u"mathBlock"_s).size(), 1);
        QCOMPARE(findItems(content, u"quoteBlock"_s).size(), 1);
        QCOMPARE(findItems(content, u"ruleBlock"_s).size(), 1);

        // Code is coloured exactly when this build highlights.
        for (QQuickItem *block : findItems(content, u"codeText"_s)) {
            const QRectF area = block->mapRectToScene(QRectF(0, 0, block->width(), block->height()));
            const double share = colouredShare(image, area.toRect().intersected(image.rect()));
            if (BuildInfo::syntaxHighlighting) {
                QVERIFY2(share > 0.004, qPrintable(u"only %1 of the code is coloured"_s.arg(share)));
            } else {
                QCOMPARE(share, 0.0);
            }
        }
    }
};

QTEST_MAIN(TestMessageContentShot)
#include "tst_messagecontentshot.moc"
