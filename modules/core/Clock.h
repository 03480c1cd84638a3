#pragma once
// Every rule that depends on "now" (age, validity, deadlines) asks a Clock, so tests can fix time.

#include <QDate>
#include <QDateTime>

namespace ow::core {

class Clock {
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual QDateTime now() const = 0;
    [[nodiscard]] QDate today() const { return now().date(); }

    // The process-wide clock (system time unless a test installed another).
    static const Clock &system();
};

class SystemClock final : public Clock {
public:
    [[nodiscard]] QDateTime now() const override { return QDateTime::currentDateTime(); }
};

class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime at) : m_at(std::move(at)) {}
    [[nodiscard]] QDateTime now() const override { return m_at; }
    void set(QDateTime at) { m_at = std::move(at); }
    void advanceSecs(qint64 s) { m_at = m_at.addSecs(s); }

private:
    QDateTime m_at;
};

} // namespace ow::core
