// The ports the staff side needs: signals as a worked queue (CaseRepository),
// staff accounts (UserRepository) and the audit trail (AuditStore, where rows
// are kept; AuditLog, what the domain writes to). Implementations live in
// storage/ (and security/ for the hash chain) and must be thread-safe.
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include "domain/audit.hpp"
#include "domain/ports.hpp"

namespace meldpunt::domain {

// What the queue shows of a signal: categorical fields only, no key needed.
struct SignalSummary {
    SignalId id = 0;
    int version = 1;
    SignalKind kind = SignalKind::report;
    Channel channel = Channel::web;
    Status status = Status::new_signal;
    bool acute = false;
    TimePoint received_at;
    std::optional<TimePoint> deadline;
    std::optional<UserId> assigned_to;
    Municipality municipality = Municipality::unknown;
    MinorsInvolved minors_involved = MinorsInvolved::unknown;
    std::vector<ExploitationForm> forms;
};

// Which signals a member of staff sees in the queue (see access_to_signal).
enum class QueueVisibility { all, assigned_to_viewer, new_or_assigned_to_viewer };

// The queue is ordered by deadline (soonest first, signals without one last),
// then by number; pages continue after a cursor rather than an offset, so the
// thousandth page costs what the first does.
struct QueueCursor {
    std::int64_t deadline_key = 0;  // unix ms of the deadline, or INT64_MAX without one
    SignalId id = 0;
};

struct SignalQuery {
    QueueVisibility visibility = QueueVisibility::all;
    UserId viewer = 0;
    bool include_closed = false;
    std::optional<Status> status;
    std::optional<SignalKind> kind;
    std::optional<Channel> channel;
    std::optional<Municipality> municipality;
    std::optional<ExploitationForm> form;
    std::optional<UserId> assigned_to;
    bool unassigned_only = false;
    bool acute_only = false;
    std::optional<TimePoint> overdue_at;  // only signals whose deadline is before this time
    std::optional<SignalId> id;           // search by number
    std::optional<QueueCursor> after;
    std::size_t limit = 50;  // at most 200
};

class CaseRepository {
  public:
    virtual ~CaseRepository() = default;
    virtual Result<std::vector<SignalSummary>> list_signals(const SignalQuery& query) = 0;
    // How many signals match `query` (its `after` and `limit` ignored), counting
    // no further than `cap`: "200+" is enough for a screen, and cheap.
    virtual Result<std::int64_t> count_queue(const SignalQuery& query, std::size_t cap) = 0;
    // Saves every field of `updated` (including forms, indicators and
    // sub-forms) only if the stored version is still `updated.version`; the
    // stored version becomes `updated.version + 1`, and `change` is kept with
    // it. Otherwise ErrorCode::conflict and nothing is written.
    virtual Result<int> update_signal(const StoredSignal& updated, SignalChange change) = 0;
    // The changes that produced versions after `version`, oldest first.
    virtual Result<std::vector<SignalChange>> changes_since(SignalId id, int version) = 0;

    virtual Result<PersonId> add_person(const Person& person) = 0;
    virtual Result<std::optional<Person>> find_person(PersonId id) = 0;
    virtual Result<std::vector<Person>> list_persons(SignalId id) = 0;
    // Everyone who shares `person`'s identity takes `same_as`'s identity.
    virtual Result<void> link_person(PersonId person, PersonId same_as) = 0;

    virtual Result<std::int64_t> add_referral(const Referral& referral) = 0;
    // not_found unless the referral belongs to `signal`.
    virtual Result<void> set_referral_outcome(SignalId signal, std::int64_t referral, ReferralOutcome outcome) = 0;
    virtual Result<std::vector<Referral>> list_referrals(SignalId id) = 0;

    virtual Result<std::int64_t> add_case_entry(const CaseEntry& entry) = 0;
    virtual Result<std::vector<CaseEntry>> list_case_entries(SignalId id) = 0;
};

// A staff account as stored. Secrets are kept only in forms that are useless
// without the password (verifier, wrapped private key) or the server key
// (sealed TOTP secret).
struct StaffAccount {
    UserId id = 0;  // assigned by the repository
    std::string username;
    RoleSet roles;
    bool disabled = false;
    Bytes password_salt;
    Bytes password_verifier;
    bool password_change_required = true;
    Bytes totp_secret_sealed;
    std::int64_t totp_last_step = 0;  // the last time step whose code was accepted
    bool totp_enrolled = false;
    int failed_logins = 0;
    std::optional<TimePoint> locked_until;
    Bytes public_key;           // X25519, for grants of the service key
    Bytes private_key_wrapped;  // under the password-derived key
    Bytes service_key_grant;    // the service private key sealed to public_key; empty: no case access
    TimePoint created_at;
};

class UserRepository {
  public:
    virtual ~UserRepository() = default;
    // conflict when the username is taken (compared case-insensitively).
    virtual Result<UserId> add_account(const StaffAccount& account) = 0;
    virtual Result<std::optional<StaffAccount>> find_account(UserId id) = 0;
    virtual Result<std::optional<StaffAccount>> find_account_by_name(std::string_view username) = 0;
    virtual Result<std::vector<StaffAccount>> list_accounts() = 0;
    // Writes every field of the account with this id; not_found when absent.
    virtual Result<void> update_account(const StaffAccount& account) = 0;
    // Atomically records `step` as used, only if it is later than the stored
    // one: false means the code was used already (a replay).
    virtual Result<bool> claim_totp_step(UserId id, std::int64_t step) = 0;
};

struct AuditRecord {
    AuditEntry entry;
    Bytes hash;  // chain hash over the previous record's hash and this entry
};

struct AuditQuery {
    std::optional<UserId> actor;
    std::optional<SignalId> signal;
    std::optional<AuditAction> action;
    std::optional<std::int64_t> before_sequence;  // paging: older than this
    std::size_t limit = 100;                      // at most 1000
};

// Where audit rows are kept: append-only. The store assigns the next sequence
// and asks the caller for the chain hash inside the same serialised write, so
// two appends can never chain to the same predecessor.
class AuditStore {
  public:
    using ChainHash = std::function<Bytes(const AuditEntry& entry, const Bytes& previous_hash)>;
    virtual ~AuditStore() = default;
    // Durable before it returns; the returned value is the entry's sequence.
    virtual Result<std::int64_t> append(const AuditEntry& entry, const ChainHash& hash_of) = 0;
    virtual Result<std::vector<AuditRecord>> list(const AuditQuery& query) = 0;  // newest first
    // Every record, oldest first (for verification); stop early by returning false.
    virtual Result<void> for_each(const std::function<bool(const AuditRecord&)>& visit) = 0;
};

// What the domain writes to: one call per access or change.
class AuditLog {
  public:
    virtual ~AuditLog() = default;
    virtual Result<void> record(AuditAction action, UserId actor, std::optional<SignalId> signal = std::nullopt,
                                std::optional<UserId> subject = std::nullopt) = 0;
};

}  // namespace meldpunt::domain
