// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llmerror.h"

class QNetworkReply;

/** @brief Maps QNetworkReply outcomes to LlmError (internal to core/llm). */
namespace ReplyErrors {
/** The HTTP status, 0 when none arrived. */
int httpStatus(const QNetworkReply *reply);
/** Retry-After / retry-after-ms in milliseconds, -1 when absent or unreadable. */
qint64 retryAfterMs(const QNetworkReply *reply);
/** A transport error (DNS, refused, TLS, reset, ...). */
LlmError fromTransport(const QNetworkReply *reply);
/** A non-2xx response with its body. */
LlmError fromHttp(const QNetworkReply *reply, QByteArrayView body);
} // namespace ReplyErrors
