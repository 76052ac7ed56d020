// TOTP (RFC 6238) for the staff's second factor: secrets, base32 for the
// authenticator app, codes and their one-time check, and the otpauth:// URI for
// the enrolment QR code. SHA1, 6 digits, 30-second steps, as every common app
// expects. Codes come from liboath. Free functions over values; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/clock.hpp"
#include "base/secret.hpp"

namespace meldpunt::security {

// 20 random bytes (160 bits, the RFC 4226 recommendation).
Bytes new_totp_secret();

// RFC 4648 base32: upper case, no padding.
std::string base32_encode(const Bytes& bytes);
// Forgiving of what people type or copy: spaces, lower case and '=' padding are
// ignored. nullopt for any other character or an impossible length.
std::optional<Bytes> base32_decode(std::string_view text);

// The 6-digit code for a time step (HMAC-SHA1, RFC 6238). Empty only when the
// library fails.
std::string totp_code(const Bytes& secret, std::int64_t time_step);
// Unix seconds / 30, rounded down.
std::int64_t totp_time_step(TimePoint at);

// Accepts the code of the current step or one step either side, but only for a
// step later than `last_used_step`, so each code works once. Spaces in the code
// are ignored; anything but exactly 6 digits is refused. Returns the step that
// matched (the caller stores it as the new last_used_step), or nullopt.
std::optional<std::int64_t> verify_totp(const Bytes& secret, std::string_view code, TimePoint now,
                                        std::int64_t last_used_step);

// otpauth://totp/Issuer:account?secret=...&issuer=...&algorithm=SHA1&digits=6&period=30
// with issuer and account percent-encoded.
std::string otpauth_uri(std::string_view issuer, std::string_view account, const Bytes& secret);

}  // namespace meldpunt::security
