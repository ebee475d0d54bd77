// SPDX-License-Identifier: GPL-3.0-or-later
#include "retrypolicy.h"

#include "llmerror.h"

#include <algorithm>
#include <cmath>

std::chrono::milliseconds RetryPolicy::delayFor(int retry, const LlmError &error, double random01) const
{
    using std::chrono::milliseconds;
    if (retry > maxRetries || !error.isRetryable()) {
        return milliseconds{-1};
    }
    if (error.retryAfterMs >= 0) {
        if (error.retryAfterMs > maxRetryAfter.count()) {
            return milliseconds{-1};
        }
        // Honour the provider's delay, never less; a little jitter above it spreads the herd.
        return milliseconds{error.retryAfterMs + qint64(error.retryAfterMs * jitter * random01 * 0.5)};
    }
    const double base = std::min(double(maxDelay.count()), initialDelay.count() * std::pow(multiplier, retry - 1));
    const double spread = 1.0 - jitter + 2.0 * jitter * random01;
    return milliseconds{qint64(std::max(0.0, base * spread))};
}
