#pragma once
// Errors are values: every module returns Result<T>, never throws across a boundary.

#include <QCoreApplication>
#include <QDebug>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace ow::core {

// One failure, for three readers: `code` for programs and tests (stable, never translated),
// `message` for the officer (already translated into the UI language when the Error is made),
// `detail` for the log (technical, never personal data in clear).
struct Error {
    QString code;
    QString message;
    QString detail;

    [[nodiscard]] bool is(QStringView c) const { return code == c; }
    // "message (detail)" for logs and CLI stderr.
    [[nodiscard]] QString describe() const
    {
        return detail.isEmpty() ? message : QStringLiteral("%1 (%2)").arg(message, detail);
    }
};

// Builds an Error whose message is translated in `context` now, so the officer reads it in the
// UI language. Use with QT_TRANSLATE_NOOP-free literals: lupdate sees QCoreApplication::translate.
inline Error makeError(QString code, QString message, QString detail = {})
{
    return Error{std::move(code), std::move(message), std::move(detail)};
}

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::move(value)) {}          // NOLINT(google-explicit-constructor)
    Result(Error error) : m_v(std::move(error)) {}      // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] const T &value() const & { return std::get<0>(m_v); }
    [[nodiscard]] T &value() & { return std::get<0>(m_v); }
    // By value from a temporary: `for (x : f().value())` must not iterate a destroyed Result.
    [[nodiscard]] T value() && { return std::get<0>(std::move(m_v)); }
    [[nodiscard]] const Error &error() const { return std::get<1>(m_v); }

    const T *operator->() const { return &std::get<0>(m_v); }
    const T &operator*() const { return std::get<0>(m_v); }

    [[nodiscard]] T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_v;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}  // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace ow::core

Q_DECLARE_METATYPE(ow::core::Error)
