// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachmentreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

#ifdef CONFAB_HAVE_POPPLER
#include <poppler-qt6.h>
#endif

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 maxImageBytes = 20 * 1024 * 1024;
}

bool AttachmentReader::canReadPdf()
{
#ifdef CONFAB_HAVE_POPPLER
    return true;
#else
    return false;
#endif
}

AttachmentReader::Result AttachmentReader::read(const Attachment &attachment, qsizetype charLimit)
{
    Result result;
    const QString name = attachment.name.isEmpty() ? QFileInfo(attachment.path).fileName() : attachment.name;
    QByteArray data = attachment.data;
    if (data.isEmpty() && !attachment.path.isEmpty()) {
        QFile file(attachment.path);
        if (!file.open(QIODevice::ReadOnly)) {
            result.error = tr("%1 cannot be read: %2").arg(name, file.errorString());
            return result;
        }
        // Text beyond the limit is not needed; images are sent whole.
        data = file.read(std::max<qint64>(qint64(charLimit) * 4, maxImageBytes + 1));
    }
    QMimeDatabase mimes;
    const QMimeType mime =
        attachment.mimeType.isEmpty() ? mimes.mimeTypeForFileNameAndData(name, data) : mimes.mimeTypeForName(attachment.mimeType);

    if (mime.name().startsWith(u"image/")) {
        if (!QStringList{u"image/png"_s, u"image/jpeg"_s, u"image/gif"_s, u"image/webp"_s}.contains(mime.name())) {
            result.error = tr("%1 is a %2 image; only PNG, JPEG, GIF and WebP can be sent to a model.").arg(name, mime.name());
            return result;
        }
        if (data.size() > maxImageBytes) {
            result.error = tr("%1 is larger than 20 MB.").arg(name);
            return result;
        }
        result.ok = true;
        result.image = ImagePart::fromData(data, mime.name());
        return result;
    }
    if (mime.inherits(u"application/pdf"_s)) {
        return readPdf(name, data, charLimit);
    }
    const bool textual = mime.inherits(u"text/plain"_s) || mime.name().contains(u"json") || mime.name().contains(u"xml") ||
        mime.name().contains(u"javascript") || mime.name().contains(u"x-shellscript") || mime.name().contains(u"yaml");
    if (!textual || data.left(8192).contains('\0')) {
        result.error =
            tr("%1 (%2) is not a text file; Confab can attach text, Markdown, code and images.").arg(name, mime.comment());
        return result;
    }
    QString text = QString::fromUtf8(data);
    if (text.size() > charLimit) {
        text.truncate(charLimit);
        result.truncated = true;
    }
    result.ok = true;
    result.text = text;
    return result;
}

AttachmentReader::Result AttachmentReader::readPdf(const QString &name, const QByteArray &data, qsizetype charLimit)
{
    Result result;
#ifdef CONFAB_HAVE_POPPLER
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(data);
    if (!document || document->isLocked()) {
        result.error = document ? tr("%1 is protected by a password.").arg(name) : tr("%1 is not a readable PDF file.").arg(name);
        return result;
    }
    QString text;
    for (int i = 0; i < document->numPages() && text.size() < charLimit; ++i) {
        if (const std::unique_ptr<Poppler::Page> page = document->page(i)) {
            text += page->text(QRectF()) + u"\n\n"_s;
        }
    }
    if (text.trimmed().isEmpty()) {
        result.error = tr("%1 has no text to read (it may be scanned images).").arg(name);
        return result;
    }
    if (text.size() > charLimit) {
        text.truncate(charLimit);
        result.truncated = true;
    }
    result.ok = true;
    result.text = text;
#else
    Q_UNUSED(data)
    Q_UNUSED(charLimit)
    result.error = tr("%1 is a PDF file; this build of Confab cannot read PDF text.").arg(name);
#endif
    return result;
}
