// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

/**
 * @brief The clocks that end a request which stopped making progress. Zero disables one.
 *
 * - @c connect: from the start of an attempt until the connection is up and the request sent.
 * - @c firstByte: from then until the first byte of the response body.
 * - @c idle: the longest gap between two SSE *data* events after the first byte; keep-alive
 *   comments (`: OPENROUTER PROCESSING`, `: keep-alive`) do not re-arm it.
 * - @c total: a ceiling for the whole turn, retries included.
 */
struct LlmTimeouts
{
    std::chrono::milliseconds connect{15'000};
    std::chrono::milliseconds firstByte{300'000};
    std::chrono::milliseconds idle{120'000};
    std::chrono::milliseconds total{30 * 60'000};
};
