// CaseDesk: what staff do with signals, whatever screen or API they use. It
// checks that this member of staff may touch this signal, applies the route's
// rules, seals and opens free text with the signal's key, and writes one audit
// entry for every look and every change. Owns no state beyond its ports;
// thread-safe when they are.
//
// The service private key (which opens every signal key) is passed in by the
// caller from the staff session; it is never stored here.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/reporter_desk.hpp"
#include "domain/route.hpp"
#include "domain/staff_ports.hpp"

namespace meldpunt::domain {

struct CaseDeskSettings {
    RouteSettings route;
    SignalLimits limits;
    std::size_t entry_max = 10000;  // code points per note or contact-log entry
    std::size_t reason_max = 1000;  // code points for the reason of a kind conversion
};

// A change to the structured fields: only the fields that are set change.
struct SignalUpdate {
    std::optional<std::string> kind;
    std::optional<std::string> kind_reason;  // required when the kind changes
    std::optional<std::string> reporter_role;
    std::optional<std::string> sector;  // "" clears it
    std::optional<std::string> anonymity;
    std::optional<std::vector<std::string>> forms;
    std::optional<std::vector<std::string>> sub_forms;
    std::optional<std::vector<std::string>> signals;
    std::optional<std::string> scope;
    std::optional<std::string> safety_outcome;  // "" clears it
    std::optional<std::string> minors_involved;
    std::optional<std::string> municipality;
    std::optional<std::string> postcode;  // sets the municipality too
    std::optional<bool> acute;
    std::optional<ContactDetails> contact;
    bool empty() const;
};

struct CaseEntryView {
    CaseEntry entry;  // sealed_body cleared
    std::string body;
};

struct SignalView {
    StoredSignal signal;  // sealed parts and wrapped keys cleared
    std::string description;
    ContactDetails contact;       // empty when hidden from this member of staff
    bool contact_hidden = false;  // a shielded reporter's identity, not for this viewer
    std::optional<int> postcode_area;
    std::vector<Person> persons;
    std::vector<Referral> referrals;
    std::vector<CaseEntryView> entries;
    std::vector<MailboxMessage> messages;
    std::vector<Status> next_states;  // what the route allows from here
};

struct ReferralInput {
    std::string partner;
    std::string referred_on;  // "YYYY-MM-DD", "" for today
    std::string outcome;      // "" for pending
};

struct Registration {
    SignalId id = 0;
    Receipt receipt;  // for the caller, to follow up in the mailbox
};

class CaseDesk {
  public:
    CaseDesk(SignalRepository& signals, CaseRepository& cases, UserRepository& users, AuditLog& audit,
             const Vault& vault, const Clock& clock, CaseDeskSettings settings = {});

    // The queue as this member of staff may see it (intake: new and theirs;
    // caseworker: theirs; coordinator: all).
    Result<std::vector<SignalSummary>> queue(const StaffIdentity& staff, SignalQuery query);
    // How many of those match (for "14 overdue"), counting no further than `cap`.
    Result<std::int64_t> count_queue(const StaffIdentity& staff, SignalQuery query, std::size_t cap);
    Result<SignalView> open(const StaffIdentity& staff, const SecretBytes& service_key, SignalId id);

    // Each change names the version it was based on; a stale one is a conflict.
    Result<int> update(const StaffIdentity& staff, const SecretBytes& service_key, SignalId id, int version,
                       const SignalUpdate& update);
    Result<int> transition(const StaffIdentity& staff, SignalId id, Status to, std::optional<int> version);
    Result<int> assign(const StaffIdentity& staff, SignalId id, std::optional<UserId> assignee,
                       std::optional<int> version);
    // The fields other people changed after `version`, for a conflict answer.
    Result<std::vector<std::string>> changed_since(SignalId id, int version);

    Result<std::int64_t> reply_to_reporter(const StaffIdentity& staff, const SecretBytes& service_key, SignalId id,
                                           std::string_view body);
    Result<std::int64_t> add_entry(const StaffIdentity& staff, const SecretBytes& service_key, SignalId id,
                                   CaseEntryKind kind, std::string_view body);
    Result<std::int64_t> add_referral(const StaffIdentity& staff, SignalId id, const ReferralInput& input);
    Result<void> set_referral_outcome(const StaffIdentity& staff, SignalId id, std::int64_t referral,
                                      std::string_view outcome);
    Result<PersonId> add_person(const StaffIdentity& staff, SignalId id, const PersonInput& input);
    Result<void> link_person(const StaffIdentity& staff, PersonId person, PersonId same_as);

    // A phone call or visit registered by staff: a new signal in the route,
    // with a receipt the caller can use to follow up.
    Result<Registration> register_signal(const StaffIdentity& staff, const SignalInput& input, Channel channel);

  private:
    Result<StoredSignal> load_for_work(const StaffIdentity& staff, SignalId id);
    Result<SecretBytes> signal_key(const StaffIdentity& staff, const SecretBytes& service_key,
                                   const StoredSignal& signal);
    Result<int> save(const StaffIdentity& staff, StoredSignal signal, std::vector<std::string> fields);
    Result<void> audit(AuditAction action, const StaffIdentity& staff, std::optional<SignalId> signal);

    SignalRepository& m_signals;
    CaseRepository& m_cases;
    UserRepository& m_users;
    AuditLog& m_audit;
    const Vault& m_vault;
    const Clock& m_clock;
    CaseDeskSettings m_settings;
};

// Applies `update` to `signal` (categorical fields only) and says which fields
// changed; the sealed contact details are the caller's. invalid_input names
// the first field to fix.
struct AppliedUpdate {
    std::vector<std::string> changed;
    bool kind_changed = false;
    std::optional<int> postcode_area;  // set when a postcode was given
};
Result<AppliedUpdate> apply_update(StoredSignal& signal, const SignalUpdate& update);

}  // namespace meldpunt::domain
