// ReporterDesk: what a reporter can do from the public side. Submit a signal and
// get a receipt; with that receipt open the mailbox, read the thread and add to
// it. Owns no state beyond its ports; thread-safe when they are.
#pragma once

#include "domain/ports.hpp"
#include "domain/sealed_content.hpp"
#include "domain/route.hpp"

namespace meldpunt::domain {

struct Submission {
    SignalId id = 0;
    Receipt receipt;
    SignalKind kind = SignalKind::report;
};

// Proof that someone held the right receipt: the signal and its unwrapped key.
// Lives only in memory, for the length of a mailbox session.
struct MailboxKey {
    SignalId signal_id = 0;
    SecretBytes signal_key;
};

struct MailboxMessage {
    MessageAuthor author = MessageAuthor::reporter;
    std::string body;
    TimePoint sent_at;
};

struct MailboxView {
    SignalKind kind = SignalKind::report;
    Status status = Status::new_signal;
    TimePoint received_at;
    std::string description;  // what the reporter wrote, so they can see what they sent
    std::vector<MailboxMessage> messages;
};

class ReporterDesk {
  public:
    ReporterDesk(SignalRepository& repository, const Vault& vault, const Clock& clock, SignalLimits limits = {});

    // Returns only after the signal is durable: the receipt may then be shown.
    Result<Submission> submit(const SignalDraft& draft);
    // Every wrong receipt gives the same not_found answer.
    Result<MailboxKey> open_mailbox(std::string_view receipt_text);
    Result<MailboxView> read_mailbox(const MailboxKey& key);
    Result<void> add_reporter_message(const MailboxKey& key, std::string_view body);

  private:
    SignalRepository& m_repository;
    const Vault& m_vault;
    const Clock& m_clock;
    SignalLimits m_limits;
};

// Seals `content` into `signal` with a new signal key, wrapped for the service
// and for a new receipt, which it returns (the only copy: show it once).
Result<Receipt> seal_new_signal(StoredSignal& signal, const SealedContent& content, const Vault& vault);

// Seals and stores a new signal, with the deadline of its first step: the one
// way in, for the public form and for staff registering a call alike. Returns
// only once the signal is durable.
Result<Submission> store_new_signal(SignalRepository& repository, const Vault& vault, const SignalDraft& draft,
                                    TimePoint now, std::optional<UserId> registered_by = std::nullopt,
                                    const RouteSettings& route = {});

// The context strings that bind ciphertexts to their use (see Vault::encrypt).
// Bound to the author and the signal, so a sealed message cannot be moved to
// another thread or passed off as the other side's.
std::string message_context(MessageAuthor author, SignalId signal);
inline constexpr std::string_view kContentContext = "signal-content";

}  // namespace meldpunt::domain
