#include "security/audit_chain.hpp"

#include <sodium.h>

#include <algorithm>

namespace meldpunt::security {

namespace {

// Bump when the encoding changes, so old and new hashes can never be mistaken.
constexpr std::string_view kEncodingVersion = "meldpunt-audit-v1";

// Every field is written as a 4-byte big-endian length and its bytes, and
// numbers as 8 big-endian bytes: no two different entries encode the same way.
class Encoder {
  public:
    void add_bytes(const std::uint8_t* data, std::size_t size) {
        for (int shift = 24; shift >= 0; shift -= 8) m_out.push_back(static_cast<std::uint8_t>(size >> shift));
        m_out.insert(m_out.end(), data, data + size);
    }
    void add_text(std::string_view text) { add_bytes(reinterpret_cast<const std::uint8_t*>(text.data()), text.size()); }
    void add_number(std::int64_t value) {
        std::uint8_t bytes[8];
        for (int i = 0; i < 8; ++i)
            bytes[i] = static_cast<std::uint8_t>(static_cast<std::uint64_t>(value) >> (56 - 8 * i));
        add_bytes(bytes, sizeof bytes);
    }
    // "none" is an empty field, which no number encodes to.
    void add_optional(const std::optional<std::int64_t>& value) {
        if (value) {
            add_number(*value);
        } else {
            add_bytes(nullptr, 0);
        }
    }
    const Bytes& bytes() const { return m_out; }

  private:
    Bytes m_out;
};

bool same_hash(const Bytes& a, const Bytes& b) {
    return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

bool usable_key(const SecretBytes& key) {
    return key.size() >= crypto_generichash_KEYBYTES_MIN && key.size() <= crypto_generichash_KEYBYTES_MAX;
}

}  // namespace

Bytes audit_entry_hash(const SecretBytes& key, const Bytes& previous_hash, const domain::AuditEntry& entry) {
    // An empty key would silently give an unkeyed hash that anyone can rebuild.
    if (!usable_key(key)) return {};
    Encoder encoder;
    encoder.add_text(kEncodingVersion);
    encoder.add_bytes(previous_hash.data(), previous_hash.size());
    encoder.add_number(entry.sequence);
    encoder.add_number(to_unix_millis(entry.at));
    encoder.add_number(entry.actor_user_id);
    encoder.add_text(domain::code_of(entry.action));
    encoder.add_optional(entry.signal_id);
    encoder.add_optional(entry.subject_user_id);

    Bytes hash(kAuditHashSize);
    crypto_generichash(hash.data(), hash.size(), encoder.bytes().data(), encoder.bytes().size(), key.data(),
                       key.size());
    return hash;
}

std::optional<AuditBreak> verify_audit_chain(const SecretBytes& key, std::span<const ChainedAuditEntry> entries) {
    if (!entries.empty() && !usable_key(key)) {
        return AuditBreak{1, "the audit key has the wrong size"};
    }
    Bytes previous(kAuditHashSize, 0);
    std::int64_t expected = 1;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const ChainedAuditEntry& chained = entries[i];
        const std::int64_t found = chained.entry.sequence;
        if (found != expected) {
            // Tell a reordering (the expected entry comes later) from a removal.
            const bool later =
                std::any_of(entries.begin() + static_cast<std::ptrdiff_t>(i) + 1, entries.end(),
                            [&](const ChainedAuditEntry& other) { return other.entry.sequence == expected; });
            const std::string where = "entry " + std::to_string(expected);
            return AuditBreak{
                expected, later ? where + " is out of order (found entry " + std::to_string(found) + " in its place)"
                                : where + " is missing (found entry " + std::to_string(found) + ")"};
        }
        if (!same_hash(audit_entry_hash(key, previous, chained.entry), chained.hash)) {
            return AuditBreak{expected, "entry " + std::to_string(expected) + " was altered (its hash does not match)"};
        }
        previous = chained.hash;
        ++expected;
    }
    return std::nullopt;
}

}  // namespace meldpunt::security
