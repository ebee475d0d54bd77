// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

/** What the benchmarks measure the same way: percentiles, this thread's CPU time, resident memory. */
namespace BenchMeasure {

/** The value below which a share @p p (0–1) of @p values lie; 0 for none. */
double percentile(QList<double> values, double p);
qint64 percentile(QList<qint64> values, double p);
/** CPU time this thread has used, in nanoseconds. */
qint64 threadCpuNs();
/** The process's resident memory in KiB (from /proc); -1 where it cannot be read. */
qint64 residentKiB();

} // namespace BenchMeasure
