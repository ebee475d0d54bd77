// SPDX-License-Identifier: GPL-3.0-or-later
// Build-time tool: renders the scalable application icon into the bitmap files each platform
// wants. Linux gets the hicolor PNG sizes, Windows an .ico, macOS an .iconset folder for iconutil.
#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

void fail(const QString &message)
{
    std::fprintf(stderr, "confab_iconrender: %s\n", qPrintable(message));
    std::exit(1);
}

QImage render(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return image.convertToFormat(QImage::Format_ARGB32);
}

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        fail(u"could not encode a PNG"_s);
    }
    return bytes;
}

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        fail(u"cannot write %1"_s.arg(path));
    }
}

// An .ico holding one PNG-compressed image per size (the format Windows Vista and later read).
QByteArray ico(QSvgRenderer &svg, const QList<int> &sizes)
{
    QList<QByteArray> images;
    for (int size : sizes) {
        images << png(render(svg, size));
    }
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    out << quint16(0) << quint16(1) << quint16(images.size());
    quint32 offset = 6 + 16 * quint32(images.size());
    for (qsizetype i = 0; i < images.size(); ++i) {
        const quint8 side = sizes[i] >= 256 ? 0 : quint8(sizes[i]); // 0 means 256
        out << side << side << quint8(0) << quint8(0) << quint16(1) << quint16(32) << quint32(images[i].size()) << offset;
        offset += quint32(images[i].size());
    }
    for (const QByteArray &image : std::as_const(images)) {
        out.writeRawData(image.constData(), int(image.size()));
    }
    return bytes;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Renders the application icon into PNG, ICO and iconset files."_s);
    parser.addHelpOption();
    const QCommandLineOption hicolor(u"hicolor"_s, u"Write <dir>/<N>x<N>/apps/<name>.png for each size."_s, u"dir"_s);
    const QCommandLineOption name(u"name"_s, u"The icon name (the application id)."_s, u"name"_s);
    const QCommandLineOption icoFile(u"ico"_s, u"Write a Windows icon with the sizes."_s, u"file"_s);
    const QCommandLineOption iconset(u"iconset"_s, u"Write a macOS .iconset folder (for iconutil)."_s, u"dir"_s);
    parser.addOptions({hicolor, name, icoFile, iconset});
    parser.addPositionalArgument(u"svg"_s, u"The scalable icon."_s);
    parser.addPositionalArgument(u"sizes"_s, u"Pixel sizes, for example 16 32 48."_s, u"[sizes...]"_s);
    parser.process(app);

    const QStringList arguments = parser.positionalArguments();
    if (arguments.isEmpty()) {
        parser.showHelp(2);
    }
    QSvgRenderer svg(arguments.constFirst());
    if (!svg.isValid()) {
        fail(u"cannot read %1 as SVG"_s.arg(arguments.constFirst()));
    }
    QList<int> sizes;
    for (const QString &text : arguments.mid(1)) {
        bool ok = false;
        const int size = text.toInt(&ok);
        if (!ok || size < 8 || size > 1024) {
            fail(u"invalid size %1 (8 to 1024)"_s.arg(text));
        }
        sizes << size;
    }

    if (parser.isSet(hicolor)) {
        if (!parser.isSet(name)) {
            fail(u"--hicolor needs --name"_s);
        }
        for (int size : std::as_const(sizes)) {
            write(u"%1/%2x%2/apps/%3.png"_s.arg(parser.value(hicolor)).arg(size).arg(parser.value(name)), png(render(svg, size)));
        }
    }
    if (parser.isSet(icoFile)) {
        QList<int> icoSizes;
        for (int size : std::as_const(sizes)) {
            if (size <= 256) {
                icoSizes << size;
            }
        }
        write(parser.value(icoFile), ico(svg, icoSizes));
    }
    if (parser.isSet(iconset)) {
        // The names iconutil expects: icon_<N>x<N>.png and icon_<N>x<N>@2x.png.
        for (int size : {16, 32, 128, 256, 512}) {
            write(u"%1/icon_%2x%2.png"_s.arg(parser.value(iconset)).arg(size), png(render(svg, size)));
            write(u"%1/icon_%2x%2@2x.png"_s.arg(parser.value(iconset)).arg(size), png(render(svg, 2 * size)));
        }
    }
    return 0;
}
