#include "security/totp.hpp"

#include <oath.h>
#include <sodium.h>

#include <array>
#include <cstdio>
#include <mutex>

#include "base/secure_random.hpp"

namespace meldpunt::security {

namespace {

constexpr std::size_t kSecretSize = 20;
constexpr unsigned kDigits = 6;
constexpr unsigned kStepSeconds = 30;
constexpr std::string_view kBase32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

// liboath wants one oath_init before use; after that generation keeps no state.
void ensure_oath() {
    static std::once_flag once;
    std::call_once(once, [] { oath_init(); });
}

int base32_value(char symbol) {
    if (symbol >= 'a' && symbol <= 'z') symbol = static_cast<char>(symbol - 'a' + 'A');
    const auto at = kBase32Alphabet.find(symbol);
    return at == std::string_view::npos ? -1 : static_cast<int>(at);
}

std::string percent_encode(std::string_view text) {
    std::string out;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        // RFC 3986 unreserved characters, in ASCII whatever the locale.
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                                c == '-' || c == '.' || c == '_' || c == '~';
        if (unreserved) {
            out += c;
        } else {
            char escaped[4];
            std::snprintf(escaped, sizeof escaped, "%%%02X", byte);
            out += escaped;
        }
    }
    return out;
}

}  // namespace

Bytes new_totp_secret() {
    return random_bytes(kSecretSize);
}

std::string base32_encode(const Bytes& bytes) {
    std::string out;
    unsigned buffer = 0;
    int bits = 0;
    for (const std::uint8_t byte : bytes) {
        buffer = (buffer << 8) | byte;
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out += kBase32Alphabet[(buffer >> bits) & 0x1F];
        }
    }
    if (bits > 0) out += kBase32Alphabet[(buffer << (5 - bits)) & 0x1F];
    return out;
}

std::optional<Bytes> base32_decode(std::string_view text) {
    std::string symbols;
    for (const char c : text) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') symbols += c;
    }
    while (!symbols.empty() && symbols.back() == '=') symbols.pop_back();
    // 1, 3 or 6 leftover symbols cannot come from whole bytes.
    const std::size_t rest = symbols.size() % 8;
    if (rest == 1 || rest == 3 || rest == 6) return std::nullopt;

    Bytes out;
    unsigned buffer = 0;
    int bits = 0;
    for (const char symbol : symbols) {
        const int value = base32_value(symbol);
        if (value < 0) return std::nullopt;
        buffer = (buffer << 5) | static_cast<unsigned>(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<std::uint8_t>((buffer >> bits) & 0xFF));
        }
    }
    return out;
}

std::string totp_code(const Bytes& secret, std::int64_t time_step) {
    ensure_oath();
    std::array<char, kDigits + 1> code{};
    // Asking for the first second of the step gives exactly that step's code.
    const auto at = static_cast<time_t>(time_step * kStepSeconds);
    if (oath_totp_generate(reinterpret_cast<const char*>(secret.data()), secret.size(), at, kStepSeconds, 0, kDigits,
                           code.data()) != OATH_OK) {
        return {};
    }
    return std::string(code.data(), kDigits);
}

std::int64_t totp_time_step(TimePoint at) {
    const auto seconds = std::chrono::floor<std::chrono::seconds>(at).time_since_epoch().count();
    const std::int64_t step = seconds / kStepSeconds;
    return (seconds % kStepSeconds < 0) ? step - 1 : step;
}

std::optional<std::int64_t> verify_totp(const Bytes& secret, std::string_view code, TimePoint now,
                                        std::int64_t last_used_step) {
    std::string digits;
    for (const char c : code) {
        if (c == ' ') continue;
        if (c < '0' || c > '9') return std::nullopt;
        digits += c;
    }
    if (digits.size() != kDigits) return std::nullopt;

    // One step either side covers clocks that drift and codes typed near the
    // end of their window. Only steps after the last one used count, so a code
    // seen over someone's shoulder cannot be used again.
    const std::int64_t current = totp_time_step(now);
    for (std::int64_t step = current - 1; step <= current + 1; ++step) {
        if (step <= last_used_step) continue;
        const std::string expected = totp_code(secret, step);
        if (expected.size() == kDigits && sodium_memcmp(expected.data(), digits.data(), kDigits) == 0) return step;
    }
    return std::nullopt;
}

std::string otpauth_uri(std::string_view issuer, std::string_view account, const Bytes& secret) {
    const std::string encoded_issuer = percent_encode(issuer);
    return "otpauth://totp/" + encoded_issuer + ":" + percent_encode(account) + "?secret=" + base32_encode(secret) +
           "&issuer=" + encoded_issuer + "&algorithm=SHA1&digits=6&period=30";
}

}  // namespace meldpunt::security
