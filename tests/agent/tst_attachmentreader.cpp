// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachmentreader.h"
#include "environmentskip.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAttachmentReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void text()
    {
        const auto result = AttachmentReader::read({u"notes.md"_s, {}, {}, QByteArray("# Title\nSome text ünïcode")}, 1000);
        QVERIFY(result.ok);
        QCOMPARE(result.text, u"# Title\nSome text ünïcode"_s);
        QVERIFY(!result.truncated);
    }

    void truncatesLongText()
    {
        const auto result = AttachmentReader::read({u"long.txt"_s, {}, {}, QByteArray(5000, 'a')}, 100);
        QVERIFY(result.ok);
        QCOMPARE(result.text.size(), 100);
        QVERIFY(result.truncated);
    }

    void readsFromPath()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"code.py"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("print('hi')\n");
        file.close();
        const auto result = AttachmentReader::read({{}, file.fileName(), {}, {}}, 1000);
        QVERIFY(result.ok);
        QCOMPARE(result.text, u"print('hi')\n"_s);
        const auto missing = AttachmentReader::read({{}, dir.filePath(u"nope.txt"_s), {}, {}}, 1000);
        QVERIFY(!missing.ok);
        QVERIFY(missing.error.contains(u"nope.txt"_s));
    }

    void images()
    {
        QImage image(4, 4, QImage::Format_RGB32);
        image.fill(Qt::red);
        QByteArray png;
        QBuffer buffer(&png);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        image.save(&buffer, "PNG");
        const auto result = AttachmentReader::read({u"pixel.png"_s, {}, {}, png}, 1000);
        QVERIFY(result.ok);
        QVERIFY(result.image);
        QVERIFY(result.image->url.startsWith(u"data:image/png;base64,"_s));
    }

    void refusesBinary()
    {
        const auto result = AttachmentReader::read({u"program.bin"_s,
                                                    {},
                                                    {},
                                                    QByteArray("\x7f"
                                                               "ELF\x00\x01\x02",
                                                               7)},
                                                   1000);
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains(u"program.bin"_s));
    }

    void pdf()
    {
        QByteArray pdf;
        {
            QBuffer buffer(&pdf);
            QVERIFY(buffer.open(QIODevice::WriteOnly));
            QPdfWriter writer(&buffer);
            QPainter painter(&writer);
            painter.setFont(QFont(u"DejaVu Sans"_s, 24));
            painter.drawText(QPointF(200, 400), u"Quarterly report says hello"_s);
        }
        const auto result = AttachmentReader::read({u"report.pdf"_s, {}, {}, pdf}, 10000);
        if (!AttachmentReader::canReadPdf()) {
            QVERIFY(!result.ok);
            QVERIFY(result.error.contains(u"PDF"_s));
            CONFAB_SKIP_OR_FAIL_IN_CI("this build cannot read PDF (poppler-qt6 was not found): only the refusal was checked");
        }
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY2(result.text.simplified().contains(u"Quarterly report says hello"_s), qPrintable(result.text));

        const auto broken =
            AttachmentReader::read({u"broken.pdf"_s, {}, u"application/pdf"_s, QByteArray("%PDF-1.4 garbage")}, 1000);
        QVERIFY(!broken.ok);
        QVERIFY(broken.error.contains(u"broken.pdf"_s));
    }
};

QTEST_MAIN(TestAttachmentReader)
#include "tst_attachmentreader.moc"
