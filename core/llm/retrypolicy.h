// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

class LlmError;

/**
 * @brief When and how often LlmClient repeats a failed request.
 *
 * Only errors that LlmError::isRetryable() accepts are retried, and only before the first byte
 * of the response body arrived: never after output was delivered. The delay grows
 * exponentially from @c initialDelay by @c multiplier up to @c maxDelay, spread by ±@c jitter
 * (a fraction). A provider's Retry-After replaces the computed delay; when it asks for longer
 * than @c maxRetryAfter the error is reported at once instead (with its retryAfterMs).
 */
struct RetryPolicy
{
    int maxRetries = 2;
    std::chrono::milliseconds initialDelay{1000};
    double multiplier = 2.0;
    std::chrono::milliseconds maxDelay{20'000};
    double jitter = 0.25;
    std::chrono::milliseconds maxRetryAfter{60'000};

    /**
     * The delay before retry number @p retry (1-based) after @p error, or a negative duration
     * when this error must not be retried (not retryable, retries exhausted, or a Retry-After
     * above @c maxRetryAfter). @p random01 is a number in [0, 1) for the jitter.
     */
    std::chrono::milliseconds delayFor(int retry, const LlmError &error, double random01) const;
};
