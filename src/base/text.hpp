// Small text helpers shared by every layer: trimming, UTF-8 checks, hex and
// base64url, ASCII case. Pure functions; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/secret.hpp"

namespace meldpunt {

std::string_view trim(std::string_view text);
std::string to_lower_ascii(std::string_view text);
std::string to_upper_ascii(std::string_view text);

// True when `text` is well-formed UTF-8 without overlong forms or surrogates.
bool is_valid_utf8(std::string_view text);
// Number of code points; assumes valid UTF-8.
std::size_t utf8_length(std::string_view text);
// True when the text holds control characters other than tab, CR and LF.
bool has_control_characters(std::string_view text);

std::string to_hex(const Bytes& bytes);
std::optional<Bytes> from_hex(std::string_view hex);
std::string to_base64url(const Bytes& bytes);
std::optional<Bytes> from_base64url(std::string_view text);

std::vector<std::string_view> split(std::string_view text, char separator);

// & < > " ' as character references: safe inside HTML or XML text and
// quoted attribute values.
std::string escape_html(std::string_view text);

}  // namespace meldpunt
