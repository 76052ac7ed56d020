// Receipts: the only thing an anonymous reporter holds. 20 symbols of Crockford
// base32 (100 random bits), shown in groups of four for reading aloud over the
// phone. Input is forgiving (case, spaces, dashes, O/0 and I/L/1 confusion).
// Values; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace meldpunt::domain {

class Receipt {
  public:
    static constexpr std::size_t kLength = 20;

    static Receipt generate();
    // nullopt when the text cannot be a receipt at all (wrong length or symbols).
    static std::optional<Receipt> parse(std::string_view text);

    const std::string& canonical() const { return m_symbols; }  // "7K3M9Q..." no dashes
    std::string grouped() const;                                // "7K3M-9Q2X-..."

  private:
    explicit Receipt(std::string symbols) : m_symbols(std::move(symbols)) {}
    std::string m_symbols;
};

}  // namespace meldpunt::domain
