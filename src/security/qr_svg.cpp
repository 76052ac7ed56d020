#include "security/qr_svg.hpp"

#include "base/text.hpp"

#include <qrencode.h>

#include <cerrno>
#include <memory>

namespace meldpunt::security {

namespace {

constexpr int kQuietZone = 4;

struct QrFree {
    void operator()(QRcode* code) const { QRcode_free(code); }
};


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
    // Built by appending, not by chains of `+`: g++ 12 at -O3 warns falsely
    // (-Wrestrict) about those.
    std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ";
    for (const std::string_view part : {std::string_view(size), std::string_view(" "), std::string_view(size),
                                        std::string_view("\" role=\"img\" aria-label=\"")})
        svg.append(part);
    svg.append(escape_html(accessible_label));
    for (const std::string_view part :
         {std::string_view("\" shape-rendering=\"crispEdges\"><rect width=\""), std::string_view(size),
          std::string_view("\" height=\""), std::string_view(size),
          std::string_view("\" fill=\"#ffffff\"/><path fill=\"#000000\" d=\"")})
        svg.append(part);
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
            const std::string length = std::to_string(run);
            svg.append("M").append(std::to_string(x + kQuietZone)).append(" ");
            svg.append(std::to_string(y + kQuietZone)).append("h").append(length);
            svg.append("v1h-").append(length).append("z");
            x += run;
        }
    }
    svg += "\"/></svg>";
    return svg;
}

}  // namespace meldpunt::security
