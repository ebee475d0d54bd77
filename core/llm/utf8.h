// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

/**
 * @brief UTF-8 decoding as the WHATWG Encoding standard defines it ("UTF-8 decode without BOM").
 *
 * QString::fromUtf8 drops a leading byte order mark and writes one U+FFFD per invalid byte; the
 * standard keeps a BOM inside a value and writes one U+FFFD per maximal invalid subpart. decode()
 * uses Qt's fast decoder and falls back to the exact algorithm only when the input starts with a
 * BOM or Qt produced a replacement character.
 */
namespace Utf8 {
QString decode(QByteArrayView bytes);
/** The WHATWG algorithm itself, byte by byte (slow; exposed for tests). */
QString decodeExact(QByteArrayView bytes);
} // namespace Utf8
