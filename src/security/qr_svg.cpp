#include "security/qr_svg.hpp"

#include <qrencode.h>

#include <cerrno>
#include <memory>

namespace meldpunt::security {

namespace {

constexpr int kQuietZone = 4;

struct QrFree {
    void operator()(QRcode* code) const { QRcode_free(code); }
};

std::string xml_escape(std::string_view text) {
    std::string out;
    for (const char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

}  // namespace

Result<std::string> qr_svg(std::string_view text, std::string_view accessible_label) {
    if (text.empty()) return Error::invalid("text", "there is nothing to put in the QR code");
    // encodeData takes a length, so the text may hold any byte (even NUL), and
    // is always encoded as 8-bit data: what an authenticator app reads back is
    // exactly the URI, byte for byte.
    errno = 0;
    const std::unique_ptr<QRcode, QrFree> code(QRcode_encodeData(
        static_cast<int>(text.size()), reinterpret_cast<const unsigned char*>(text.data()), 0, QR_ECLEVEL_M));
    if (!code) {
        if (errno == ERANGE) return Error::make(ErrorCode::too_large, "the text is too long for a QR code");
        return Error::make(ErrorCode::internal, "the QR code could not be made");
    }

    const int width = code->width;
    const std::string size = std::to_string(width + 2 * kQuietZone);
    std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size +
                      "\" role=\"img\" aria-label=\"" + xml_escape(accessible_label) +
                      "\" shape-rendering=\"crispEdges\"><rect width=\"" + size + "\" height=\"" + size +
                      "\" fill=\"#ffffff\"/><path fill=\"#000000\" d=\"";
    // Dark modules next to each other in a row become one rectangle of unit
    // height: the same picture as separate squares, in far fewer bytes.
    for (int y = 0; y < width; ++y) {
        for (int x = 0; x < width;) {
            if ((code->data[y * width + x] & 1) == 0) {
                ++x;
                continue;
            }
            int run = 1;
            while (x + run < width && (code->data[y * width + x + run] & 1) != 0) ++run;
            svg += "M" + std::to_string(x + kQuietZone) + " " + std::to_string(y + kQuietZone) + "h" +
                   std::to_string(run) + "v1h-" + std::to_string(run) + "z";
            x += run;
        }
    }
    svg += "\"/></svg>";
    return svg;
}

}  // namespace meldpunt::security
