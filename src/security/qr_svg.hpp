// A QR code as an SVG image, for the TOTP enrolment page (the otpauth:// URI).
// Made on the server so no script or third-party service sees the secret.
// Uses libqrencode (built thread-safe on Debian); a free function, thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "base/result.hpp"

namespace meldpunt::security {

// `text` as bytes in 8-bit mode, error correction level M, with a quiet zone of
// four modules: an <svg role="img" aria-label="..."> with one black <path> on a
// white <rect>. Colours are fill attributes, never a style attribute, so the
// strict CSP holds. Errors: too_large when the text does not fit in a QR code,
// invalid_input when it is empty.
Result<std::string> qr_svg(std::string_view text, std::string_view accessible_label);

}  // namespace meldpunt::security
