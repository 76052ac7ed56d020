// Result<T> and Error: the one way fallible functions report failure across our
// interfaces (no exceptions cross them). Shaped like std::expected, which g++ 12
// lacks in C++20. Value types; thread-safe as any value.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace meldpunt {

// What went wrong, in terms a caller can act on. The HTTP layer maps each code to
// one status in one place; the domain never picks a status.
enum class ErrorCode {
    invalid_input,  // the caller sent something we cannot accept; `field` says where
    not_found,      // nothing with that identity (also: wrong receipt)
    unauthorized,   // missing or wrong credentials
    forbidden,      // known caller, not allowed
    conflict,       // someone else changed it first
    rate_limited,   // too many attempts; try later
    too_large,      // over a size limit
    unsupported,    // wrong media type or method
    unavailable,    // shutting down or overloaded; try again
    internal,       // our fault; never caused by input
};

const char* to_string(ErrorCode code);

struct Error {
    ErrorCode code = ErrorCode::internal;
    std::string message;  // English, plain; also the gettext msgid for translation
    std::string field;    // for invalid_input: the input field to fix, else empty

    static Error invalid(std::string field_name, std::string text) {
        return Error{ErrorCode::invalid_input, std::move(text), std::move(field_name)};
    }
    static Error make(ErrorCode error_code, std::string text) { return Error{error_code, std::move(text), {}}; }
};

template <typename T>
class [[nodiscard]] Result {
  public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_state); }
    const T& value() const& { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<Error>(m_state); }

  private:
    std::variant<T, Error> m_state;
};

// Result<void>: success carries nothing.
struct Ok {};
template <>
class [[nodiscard]] Result<void> {
  public:
    Result() = default;
    Result(Ok) {}
    Result(Error error) : m_error(std::move(error)), m_failed(true) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

  private:
    Error m_error;
    bool m_failed = false;
};

}  // namespace meldpunt
