#include "domain/sealed_content.hpp"

#include <string_view>

namespace meldpunt::domain {

namespace {

enum Tag : std::uint8_t { kDescription = 1, kName, kPhone, kEmail, kOrganisation, kPostcodeArea };

void put(Bytes& out, Tag tag, std::string_view value) {
    out.push_back(tag);
    const auto length = static_cast<std::uint32_t>(value.size());
    for (int shift = 24; shift >= 0; shift -= 8) out.push_back(static_cast<std::uint8_t>(length >> shift));
    out.insert(out.end(), value.begin(), value.end());
}

}  // namespace

SecretBytes encode_sealed_content(const SealedContent& content) {
    Bytes out;
    out.reserve(content.description.size() + 64);
    put(out, kDescription, content.description);
    if (!content.contact.name.empty()) put(out, kName, content.contact.name);
    if (!content.contact.phone.empty()) put(out, kPhone, content.contact.phone);
    if (!content.contact.email.empty()) put(out, kEmail, content.contact.email);
    if (!content.contact.organisation.empty()) put(out, kOrganisation, content.contact.organisation);
    if (content.postcode_area) put(out, kPostcodeArea, std::to_string(*content.postcode_area));
    return SecretBytes(std::move(out));
}

Result<SealedContent> decode_sealed_content(const SecretBytes& bytes) {
    SealedContent content;
    const auto& data = bytes.bytes();
    std::size_t position = 0;
    while (position < data.size()) {
        if (data.size() - position < 5) return Error::make(ErrorCode::internal, "sealed content is truncated");
        const auto tag = data[position];
        std::uint32_t length = 0;
        for (int i = 1; i <= 4; ++i) length = (length << 8) | data[position + i];
        position += 5;
        if (data.size() - position < length) return Error::make(ErrorCode::internal, "sealed content is truncated");
        std::string value(reinterpret_cast<const char*>(data.data() + position), length);
        position += length;
        switch (tag) {
            case kDescription:
                content.description = std::move(value);
                break;
            case kName:
                content.contact.name = std::move(value);
                break;
            case kPhone:
                content.contact.phone = std::move(value);
                break;
            case kEmail:
                content.contact.email = std::move(value);
                break;
            case kOrganisation:
                content.contact.organisation = std::move(value);
                break;
            case kPostcodeArea:
                content.postcode_area = std::stoi(value);
                break;
            default:
                break;  // a newer version's field: skip, keep what we know
        }
    }
    return content;
}

}  // namespace meldpunt::domain
