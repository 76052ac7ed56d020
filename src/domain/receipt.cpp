#include "domain/receipt.hpp"

#include "base/secure_random.hpp"

namespace meldpunt::domain {

namespace {
// Crockford base32: no I, L, O or U, so nothing is misread when spoken or copied.
constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
}  // namespace

Receipt Receipt::generate() {
    // One draw of 13 bytes (104 bits), read 5 bits at a time: 20 symbols carry
    // 100 random bits, uniformly, with one system call instead of twenty.
    const Bytes random = random_bytes(13);
    std::string symbols;
    symbols.reserve(kLength);
    unsigned buffer = 0;
    int bits = 0;
    std::size_t next = 0;
    while (symbols.size() < kLength) {
        if (bits < 5) {
            buffer = (buffer << 8) | random[next++];
            bits += 8;
        }
        symbols.push_back(kAlphabet[(buffer >> (bits - 5)) & 0x1F]);
        bits -= 5;
    }
    return Receipt(std::move(symbols));
}

std::optional<Receipt> Receipt::parse(std::string_view text) {
    if (text.size() > 64) return std::nullopt;
    std::string symbols;
    for (char c : text) {
        if (c == ' ' || c == '-' || c == '\t') continue;
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        if (c == 'O') c = '0';
        if (c == 'I' || c == 'L') c = '1';
        if (kAlphabet.find(c) == std::string_view::npos) return std::nullopt;
        symbols.push_back(c);
    }
    if (symbols.size() != kLength) return std::nullopt;
    return Receipt(std::move(symbols));
}

std::string Receipt::grouped() const {
    std::string out;
    for (std::size_t i = 0; i < m_symbols.size(); ++i) {
        if (i > 0 && i % 4 == 0) out.push_back('-');
        out.push_back(m_symbols[i]);
    }
    return out;
}

}  // namespace meldpunt::domain
