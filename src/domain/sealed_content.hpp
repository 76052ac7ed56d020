// The plaintext layout of a signal's sealed part: what a person typed (description,
// contact details, postcode area). A small tagged, length-prefixed encoding, so
// it needs no JSON library and rejects anything malformed. Values; thread-safe.
#pragma once

#include <optional>
#include <string>

#include "base/result.hpp"
#include "base/secret.hpp"
#include "domain/signal.hpp"

namespace meldpunt::domain {

struct SealedContent {
    std::string description;
    ContactDetails contact;
    std::optional<int> postcode_area;
};

SecretBytes encode_sealed_content(const SealedContent& content);
Result<SealedContent> decode_sealed_content(const SecretBytes& bytes);

}  // namespace meldpunt::domain
