// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "attachment.h"

#include "imagepart.h"

#include <optional>

/**
 * @brief Turns an attached file into what the model can take: text (plain text, Markdown, code,
 * JSON, …) or an image for vision models. Thread-safe; meant for a worker thread.
 */
class AttachmentReader
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentReader)

public:
    struct Result
    {
        bool ok = false;
        QString text;
        std::optional<ImagePart> image;
        QString error; ///< why the file could not be used, in plain words
        bool truncated = false;
    };

    static Result read(const Attachment &attachment, qsizetype charLimit);
    /** True when PDF text can be extracted (Poppler was found at build time). */
    static bool canReadPdf();

private:
    static Result readPdf(const QString &name, const QByteArray &data, qsizetype charLimit);
};
