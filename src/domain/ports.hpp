// The ports the domain needs from the outside world: where signals are kept
// (SignalRepository) and how their content is sealed (Vault). Implementations
// live in storage/ and security/; the in-memory repository serves the tests.
// Implementations must be thread-safe: handlers call them from a worker pool.
#pragma once

#include <optional>
#include <vector>

#include "base/clock.hpp"
#include "base/result.hpp"
#include "base/secret.hpp"
#include "domain/case_file.hpp"
#include "domain/receipt.hpp"
#include "domain/signal.hpp"

namespace meldpunt::domain {

enum class MessageAuthor { reporter, staff };
std::string_view code_of(MessageAuthor author);
std::optional<MessageAuthor> parse_message_author(std::string_view code);

// A signal as it is stored: categorical fields in the clear (statistics need
// them), everything a person typed sealed with the signal's own key, and that key
// only in wrapped form.
struct StoredSignal {
    SignalId id = 0;  // assigned by the repository
    int version = 1;
    SignalKind kind = SignalKind::report;
    Channel channel = Channel::web;
    Status status = Status::new_signal;
    ReporterRole reporter_role = ReporterRole::other;
    std::optional<Sector> sector;
    Anonymity anonymity = Anonymity::anonymous;
    std::vector<ExploitationForm> forms;
    std::vector<std::string> signal_codes;
    Municipality municipality = Municipality::unknown;
    MinorsInvolved minors_involved = MinorsInvolved::unknown;
    bool acute = false;
    TimePoint received_at;
    Bytes receipt_lookup;   // keyed hash of the receipt; never the receipt itself
    Bytes sealed_content;   // encode_sealed_content(), encrypted with the signal key
    Bytes key_for_service;  // signal key sealed to the service's public key
    Bytes key_for_receipt;  // signal key encrypted with a key derived from the receipt

    // Kept by staff (the structured file; see case_file.hpp).
    std::vector<std::string> sub_forms;
    Scope scope = Scope::unknown;
    std::optional<SafetyOutcome> safety_outcome;
    std::optional<UserId> assigned_to;
    std::optional<UserId> registered_by;  // the member of staff who registered a call or visit
    std::optional<TimePoint> deadline;    // of the current step of the route (route.hpp), if it has one
    std::optional<TimePoint> investigation_started_at;
    std::optional<TimePoint> closed_at;
    TimePoint updated_at;
};

struct StoredMessage {
    std::int64_t id = 0;  // assigned by the repository; orders the thread
    SignalId signal_id = 0;
    MessageAuthor author = MessageAuthor::reporter;
    TimePoint sent_at;
    Bytes sealed_body;
};

class SignalRepository {
  public:
    virtual ~SignalRepository() = default;
    // Both adds return only once the write is durable (survives a crash).
    virtual Result<SignalId> add_signal(const StoredSignal& signal) = 0;
    virtual Result<std::int64_t> add_message(const StoredMessage& message) = 0;
    virtual Result<std::optional<StoredSignal>> find_signal(SignalId id) = 0;
    virtual Result<std::optional<StoredSignal>> find_signal_by_receipt(const Bytes& receipt_lookup) = 0;
    virtual Result<std::vector<StoredMessage>> list_messages(SignalId id) = 0;
    virtual Result<std::int64_t> count_signals() = 0;
};

struct NewSignalKey {
    SecretBytes key;
    Bytes for_service;
    Bytes for_receipt;
};

class Vault {
  public:
    virtual ~Vault() = default;
    virtual Bytes receipt_lookup(const Receipt& receipt) const = 0;
    virtual Result<NewSignalKey> new_signal_key(const Receipt& receipt) const = 0;
    virtual Result<SecretBytes> open_key_with_receipt(const Bytes& for_receipt, const Receipt& receipt) const = 0;
    // `context` binds a ciphertext to its use ("content", "message:staff"...), so a
    // sealed value cannot be moved to another place and still open.
    virtual Bytes encrypt(const SecretBytes& key, std::string_view plaintext, std::string_view context) const = 0;
    virtual Result<SecretBytes> decrypt(const SecretBytes& key, const Bytes& sealed,
                                        std::string_view context) const = 0;
    // Staff side: the signal key, opened with the service private key that a
    // signed-in session holds.
    virtual Result<SecretBytes> open_key_with_service_key(const Bytes& for_service,
                                                          const SecretBytes& service_private_key) const = 0;
};

}  // namespace meldpunt::domain
