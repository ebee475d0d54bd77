// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

/**
 * @brief An image attached to a chat message: an `https:` URL or a `data:` URL.
 *
 * @c detail is the optional OpenAI hint (`low`, `high`, `auto`); empty means not sent.
 */
struct ImagePart
{
    QString url;
    QString detail;

    /** Builds a `data:<mimeType>;base64,...` URL from raw image bytes. */
    static ImagePart fromData(const QByteArray &bytes, const QString &mimeType, const QString &detail = {})
    {
        return ImagePart{QStringLiteral("data:") + mimeType + QStringLiteral(";base64,") + QString::fromLatin1(bytes.toBase64()),
                         detail};
    }
    friend bool operator==(const ImagePart &, const ImagePart &) = default;
};
