// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchmeasure.h"

#include <QFile>

#include <algorithm>
#include <ctime>

namespace {

template<typename T>
T valueAt(QList<T> values, double p)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

} // namespace

double BenchMeasure::percentile(QList<double> values, double p)
{
    return valueAt(std::move(values), p);
}

qint64 BenchMeasure::percentile(QList<qint64> values, double p)
{
    return valueAt(std::move(values), p);
}

qint64 BenchMeasure::threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

qint64 BenchMeasure::residentKiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly)) {
        return -1;
    }
    return statm.readAll().split(' ').value(1).toLongLong() * 4;
}
