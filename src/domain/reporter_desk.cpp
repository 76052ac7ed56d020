#include "domain/reporter_desk.hpp"

#include <algorithm>

#include "base/text.hpp"
#include "domain/sealed_content.hpp"

namespace meldpunt::domain {

std::string_view code_of(MessageAuthor author) {
    return author == MessageAuthor::reporter ? "reporter" : "staff";
}

std::optional<MessageAuthor> parse_message_author(std::string_view code) {
    if (code == "reporter") return MessageAuthor::reporter;
    if (code == "staff") return MessageAuthor::staff;
    return std::nullopt;
}

std::string message_context(MessageAuthor author, SignalId signal) {
    return "message:" + std::string(code_of(author)) + ":" + std::to_string(signal);
}

ReporterDesk::ReporterDesk(SignalRepository& repository, const Vault& vault, const Clock& clock, SignalLimits limits)
    : m_repository(repository), m_vault(vault), m_clock(clock), m_limits(limits) {}

Result<Receipt> seal_new_signal(StoredSignal& signal, const SealedContent& content, const Vault& vault) {
    Receipt receipt = Receipt::generate();
    auto key = vault.new_signal_key(receipt);
    if (!key) return key.error();
    const SecretBytes plaintext = encode_sealed_content(content);
    signal.receipt_lookup = vault.receipt_lookup(receipt);
    signal.sealed_content = vault.encrypt(key->key, plaintext.view(), kContentContext);
    signal.key_for_service = std::move(key->for_service);
    signal.key_for_receipt = std::move(key->for_receipt);
    return receipt;
}

Result<Submission> store_new_signal(SignalRepository& repository, const Vault& vault, const SignalDraft& draft,
                                    TimePoint now, std::optional<UserId> registered_by, const RouteSettings& route) {
    StoredSignal signal;
    signal.kind = draft.kind;
    signal.channel = draft.channel;
    signal.reporter_role = draft.reporter_role;
    signal.sector = draft.sector;
    signal.anonymity = draft.anonymity;
    signal.forms = draft.forms;
    signal.signal_codes = draft.signal_codes;
    signal.municipality = draft.municipality;
    signal.minors_involved = draft.minors_involved;
    signal.acute = draft.acute;
    signal.received_at = now;
    signal.updated_at = now;
    signal.registered_by = registered_by;
    signal.deadline = deadline_of_step(signal.kind, signal.status, now, std::nullopt, route);
    auto receipt = seal_new_signal(signal, SealedContent{draft.description, draft.contact, draft.postcode_area}, vault);
    if (!receipt) return receipt.error();

    auto id = repository.add_signal(signal);
    if (!id) return id.error();
    return Submission{*id, std::move(*receipt), draft.kind};
}

Result<Submission> ReporterDesk::submit(const SignalDraft& draft) {
    return store_new_signal(m_repository, m_vault, draft, m_clock.now());
}

Result<MailboxKey> ReporterDesk::open_mailbox(std::string_view receipt_text) {
    const Error wrong = Error::make(ErrorCode::not_found, "This receipt is not known. Check it and try again.");
    const auto receipt = Receipt::parse(receipt_text);
    if (!receipt) return wrong;
    auto found = m_repository.find_signal_by_receipt(m_vault.receipt_lookup(*receipt));
    if (!found) return found.error();
    if (!found->has_value()) return wrong;
    const StoredSignal& signal = **found;
    auto key = m_vault.open_key_with_receipt(signal.key_for_receipt, *receipt);
    if (!key) return wrong;
    return MailboxKey{signal.id, std::move(*key)};
}

Result<MailboxView> ReporterDesk::read_mailbox(const MailboxKey& key) {
    auto signal = m_repository.find_signal(key.signal_id);
    if (!signal) return signal.error();
    if (!signal->has_value()) return Error::make(ErrorCode::not_found, "This report no longer exists.");
    auto stored = m_repository.list_messages(key.signal_id);
    if (!stored) return stored.error();

    auto content = m_vault.decrypt(key.signal_key, (*signal)->sealed_content, kContentContext);
    if (!content) return Error::make(ErrorCode::internal, "the report could not be opened");
    auto decoded = decode_sealed_content(*content);
    if (!decoded) return decoded.error();

    MailboxView view{(*signal)->kind, (*signal)->status, (*signal)->received_at, decoded->description, {}};
    for (const auto& message : *stored) {
        auto body =
            m_vault.decrypt(key.signal_key, message.sealed_body, message_context(message.author, key.signal_id));
        if (!body) return Error::make(ErrorCode::internal, "a message could not be opened");
        view.messages.push_back({message.author, std::string(body->view()), message.sent_at});
    }
    return view;
}

Result<void> ReporterDesk::add_reporter_message(const MailboxKey& key, std::string_view body) {
    if (auto problem = check_free_text("body", body, m_limits.message_max,
                                       "This message is too long: use at most 10,000 characters.")) {
        return *problem;
    }
    auto earlier = m_repository.list_messages(key.signal_id);
    if (!earlier) return earlier.error();
    const auto from_reporter = std::count_if(earlier->begin(), earlier->end(), [](const StoredMessage& message) {
        return message.author == MessageAuthor::reporter;
    });
    if (static_cast<std::size_t>(from_reporter) >= m_limits.reporter_messages_max) {
        return Error::make(ErrorCode::rate_limited,
                           "This mailbox has reached its limit of messages. Please call us: 088 2220500.");
    }
    StoredMessage message;
    message.signal_id = key.signal_id;
    message.author = MessageAuthor::reporter;
    message.sent_at = m_clock.now();
    message.sealed_body =
        m_vault.encrypt(key.signal_key, trim(body), message_context(MessageAuthor::reporter, key.signal_id));
    auto id = m_repository.add_message(message);
    if (!id) return id.error();
    return Ok{};
}

}  // namespace meldpunt::domain
