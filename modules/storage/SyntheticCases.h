#pragma once
// Synthetic cases for practice profiles and benchmarks: plausible citizens (valid ID numbers
// from counties all over the country, Chinese names, addresses in the ID's province, mobile
// numbers) with matters, statuses and dates spread over the past year.
//
// The sequence depends only on the seed and `now`, on every platform: the generator draws from
// std::mt19937_64 (whose output the standard fixes) through its own integer mapping rather than
// the standard distributions, whose results differ between library implementations.

#include "storage/Cases.h"

#include <QDateTime>
#include <QList>

#include <random>

namespace ow::storage {

class SyntheticCases {
public:
    // `now`: the moment the cases are made; createdAt falls within the 365 days before it and
    // birth dates never after it.
    SyntheticCases(quint64 seed, QDateTime now);

    // One new case draft (no id, no case number, no officer: CaseStore assigns those).
    [[nodiscard]] CaseRecord next();
    [[nodiscard]] QList<CaseRecord> batch(int count);

    // How many distinct county-level region codes the generator draws from.
    [[nodiscard]] static int regionCount();

private:
    std::mt19937_64 m_rng;
    QDateTime m_now;  // local time
    QDate m_today;
};

} // namespace ow::storage
