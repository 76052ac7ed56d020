#include "domain/case_desk.hpp"

#include <algorithm>

#include "base/text.hpp"
#include "domain/sealed_content.hpp"

namespace meldpunt::domain {

namespace {

Error not_found() {
    return Error::make(ErrorCode::not_found, "There is no signal with this number.");
}

Error no_case_key() {
    return Error::make(ErrorCode::forbidden,
                       "Your account has no access to case content yet. Ask a coordinator to grant it.");
}

QueueVisibility visibility_for(const StaffIdentity& staff) {
    if (staff.roles.has(Role::coordinator)) return QueueVisibility::all;
    if (staff.roles.has(Role::intake)) return QueueVisibility::new_or_assigned_to_viewer;
    return QueueVisibility::assigned_to_viewer;
}

// A shielded reporter's identity is for those who carry the case: the
// coordinator and the assigned caseworker, not everyone who may open it.
bool may_see_contact(const StaffIdentity& staff, const StoredSignal& signal) {
    if (signal.anonymity != Anonymity::shielded) return true;
    return staff.roles.has(Role::coordinator) || (signal.assigned_to && *signal.assigned_to == staff.id);
}

void clear_sealed_parts(StoredSignal& signal) {
    signal.receipt_lookup.clear();
    signal.sealed_content.clear();
    signal.key_for_service.clear();
    signal.key_for_receipt.clear();
}

}  // namespace

CaseDesk::CaseDesk(SignalRepository& signals, CaseRepository& cases, UserRepository& users, AuditLog& audit,
                   const Vault& vault, const Clock& clock, CaseDeskSettings settings)
    : m_signals(signals),
      m_cases(cases),
      m_users(users),
      m_audit(audit),
      m_vault(vault),
      m_clock(clock),
      m_settings(std::move(settings)) {}

Result<void> CaseDesk::audit(AuditAction action, const StaffIdentity& staff, std::optional<SignalId> signal) {
    return m_audit.record(action, staff.id, signal);
}

Result<std::vector<SignalSummary>> CaseDesk::queue(const StaffIdentity& staff, SignalQuery query) {
    if (!roles_grant(staff.roles, Permission::signals_read))
        return Error::make(ErrorCode::forbidden, "Your role does not give access to signals.");
    query.visibility = visibility_for(staff);
    query.viewer = staff.id;
    query.limit = std::clamp<std::size_t>(query.limit, 1, 200);
    if (auto logged = audit(AuditAction::signals_listed, staff, std::nullopt); !logged) return logged.error();
    return m_cases.list_signals(query);
}

Result<std::int64_t> CaseDesk::count_queue(const StaffIdentity& staff, SignalQuery query, std::size_t cap) {
    if (!roles_grant(staff.roles, Permission::signals_read))
        return Error::make(ErrorCode::forbidden, "Your role does not give access to signals.");
    query.visibility = visibility_for(staff);
    query.viewer = staff.id;
    return m_cases.count_queue(query, cap);
}

// Loads a signal and checks this member of staff may work on it. A refusal is
// audited too: a pattern of refusals is what a privacy officer looks for.
Result<StoredSignal> CaseDesk::load_for_work(const StaffIdentity& staff, SignalId id) {
    auto found = m_signals.find_signal(id);
    if (!found) return found.error();
    if (!found->has_value()) return not_found();
    if (access_to_signal(staff, (*found)->status, (*found)->assigned_to) == SignalAccess::none) {
        (void)audit(AuditAction::access_denied, staff, id);
        return Error::make(ErrorCode::forbidden, "This signal is not assigned to you.");
    }
    return std::move(**found);
}

Result<SecretBytes> CaseDesk::signal_key(const StaffIdentity& staff, const SecretBytes& service_key,
                                         const StoredSignal& signal) {
    if (service_key.empty() || !handles_case_content(staff.roles)) {
        (void)audit(AuditAction::access_denied, staff, signal.id);
        return no_case_key();
    }
    auto key = m_vault.open_key_with_service_key(signal.key_for_service, service_key);
    if (!key) return Error::make(ErrorCode::internal, "the signal's key could not be opened");
    return key;
}

Result<SignalView> CaseDesk::open(const StaffIdentity& staff, const SecretBytes& service_key, SignalId id) {
    auto signal = load_for_work(staff, id);
    if (!signal) return signal.error();
    auto key = signal_key(staff, service_key, *signal);
    if (!key) return key.error();
    // The look is on record before anything is shown.
    if (auto logged = audit(AuditAction::signal_viewed, staff, id); !logged) return logged.error();

    auto plaintext = m_vault.decrypt(*key, signal->sealed_content, kContentContext);
    if (!plaintext) return Error::make(ErrorCode::internal, "the signal could not be opened");
    auto content = decode_sealed_content(*plaintext);
    if (!content) return content.error();

    SignalView view;
    view.description = std::move(content->description);
    view.postcode_area = content->postcode_area;
    if (may_see_contact(staff, *signal)) {
        view.contact = std::move(content->contact);
    } else {
        view.contact_hidden = !content->contact.empty();
    }
    auto persons = m_cases.list_persons(id);
    auto referrals = m_cases.list_referrals(id);
    auto entries = m_cases.list_case_entries(id);
    auto messages = m_signals.list_messages(id);
    if (!persons) return persons.error();
    if (!referrals) return referrals.error();
    if (!entries) return entries.error();
    if (!messages) return messages.error();
    view.persons = std::move(*persons);
    view.referrals = std::move(*referrals);
    for (auto& entry : *entries) {
        auto body = m_vault.decrypt(*key, entry.sealed_body, case_entry_context(id));
        if (!body) return Error::make(ErrorCode::internal, "a case note could not be opened");
        entry.sealed_body.clear();
        view.entries.push_back({std::move(entry), std::string(body->view())});
    }
    for (const auto& message : *messages) {
        auto body = m_vault.decrypt(*key, message.sealed_body, message_context(message.author, id));
        if (!body) return Error::make(ErrorCode::internal, "a message could not be opened");
        view.messages.push_back({message.author, std::string(body->view()), message.sent_at});
    }
    // Only the steps this person may take: closing a report is the coordinator's.
    view.next_states = next_states(signal->kind, signal->status);
    if (signal->kind == SignalKind::report && !staff.roles.has(Role::coordinator)) std::erase(view.next_states, Status::closed);
    view.signal = std::move(*signal);
    clear_sealed_parts(view.signal);
    return view;
}

Result<int> CaseDesk::save(const StaffIdentity& staff, StoredSignal signal, std::vector<std::string> fields) {
    const TimePoint now = m_clock.now();
    signal.updated_at = now;
    signal.deadline = deadline_of_step(signal.kind, signal.status, signal.received_at,
                                       signal.investigation_started_at, m_settings.route);
    SignalChange change{signal.id, signal.version + 1, staff.id, now, std::move(fields)};
    return m_cases.update_signal(signal, std::move(change));
}

Result<int> CaseDesk::update(const StaffIdentity& staff, const SecretBytes& service_key, SignalId id, int version,
                             const SignalUpdate& update) {
    if (update.empty()) return Error::invalid("", "Nothing to change: send at least one field.");
    auto signal = load_for_work(staff, id);
    if (!signal) return signal.error();
    if (signal->version != version)
        return Error::make(ErrorCode::conflict, "Someone else changed this signal after you opened it.");
    // Decided on the signal as it is now, before the update: otherwise someone
    // could lower a shielded reporter's level and then read who they are.
    const bool sees_contact = may_see_contact(staff, *signal);
    if (!sees_contact && (update.contact || update.anonymity))
        return Error::make(ErrorCode::forbidden, "Only the coordinator or the assigned caseworker can change how a "
                                                 "shielded reporter is known.");
    auto applied = apply_update(*signal, update);
    if (!applied) return applied.error();

    // Contact details, a postcode and the reason of a conversion are sealed:
    // only then is the signal's key needed.
    const bool touches_sealed = update.contact || applied->postcode_area || applied->kind_changed;
    std::optional<SecretBytes> key;
    if (touches_sealed) {
        auto opened = signal_key(staff, service_key, *signal);
        if (!opened) return opened.error();
        key = std::move(*opened);
    }
    if (update.contact || applied->postcode_area) {
        auto plaintext = m_vault.decrypt(*key, signal->sealed_content, kContentContext);
        if (!plaintext) return Error::make(ErrorCode::internal, "the signal could not be opened");
        auto content = decode_sealed_content(*plaintext);
        if (!content) return content.error();
        if (update.contact) {
            std::vector<Error> problems;
            check_contact(*update.contact, signal->anonymity, m_settings.limits, problems);
            if (!problems.empty()) return problems.front();
            if (signal->anonymity == Anonymity::anonymous && !update.contact->empty())
                return Error::invalid("contact", "This reporter is anonymous: change the anonymity level first.");
            content->contact = *update.contact;
        }
        if (applied->postcode_area) content->postcode_area = applied->postcode_area;
        signal->sealed_content = m_vault.encrypt(*key, encode_sealed_content(*content).view(), kContentContext);
    }
    if (applied->changed.empty()) return signal->version;  // nothing really changed: no new version

    auto saved = save(staff, *signal, applied->changed);
    if (!saved) return saved.error();
    if (applied->kind_changed) {
        CaseEntry entry{0, id, CaseEntryKind::kind_changed, staff.id, m_clock.now(),
                        m_vault.encrypt(*key, trim(*update.kind_reason), case_entry_context(id))};
        if (auto added = m_cases.add_case_entry(entry); !added) return added.error();
    }
    if (auto logged = audit(AuditAction::signal_changed, staff, id); !logged) return logged.error();
    return saved;
}

Result<std::vector<std::string>> CaseDesk::changed_since(SignalId id, int version) {
    auto changes = m_cases.changes_since(id, version);
    if (!changes) return changes.error();
    std::vector<std::string> fields;
    for (const auto& change : *changes)
        for (const auto& field : change.fields)
            if (std::find(fields.begin(), fields.end(), field) == fields.end()) fields.push_back(field);
    return fields;
}

Result<int> CaseDesk::transition(const StaffIdentity& staff, SignalId id, Status to, std::optional<int> version) {
    auto signal = load_for_work(staff, id);
    if (!signal) return signal.error();
    if (version && *version != signal->version)
        return Error::make(ErrorCode::conflict, "Someone else changed this signal after you opened it.");
    auto referrals = m_cases.list_referrals(id);
    if (!referrals) return referrals.error();
    const RouteFacts facts{signal->kind, signal->status, signal->safety_outcome.has_value(), !referrals->empty(),
                           staff.roles.has(Role::coordinator)};
    if (auto allowed = check_transition(facts, to); !allowed) return allowed.error();

    const TimePoint now = m_clock.now();
    signal->status = to;
    if (to == Status::investigation) signal->investigation_started_at = now;
    if (to == Status::closed) signal->closed_at = now;
    auto saved = save(staff, *signal, {"status"});
    if (!saved) return saved.error();
    if (auto logged = audit(AuditAction::signal_transition, staff, id); !logged) return logged.error();
    return saved;
}

Result<int> CaseDesk::assign(const StaffIdentity& staff, SignalId id, std::optional<UserId> assignee,
                             std::optional<int> version) {
    if (!roles_grant(staff.roles, Permission::signals_assign))
        return Error::make(ErrorCode::forbidden, "Only a coordinator assigns signals.");
    auto signal = load_for_work(staff, id);
    if (!signal) return signal.error();
    if (version && *version != signal->version)
        return Error::make(ErrorCode::conflict, "Someone else changed this signal after you opened it.");
    if (assignee) {
        auto account = m_users.find_account(*assignee);
        if (!account) return account.error();
        if (!account->has_value() || (*account)->disabled ||
            !((*account)->roles.has(Role::caseworker) || (*account)->roles.has(Role::coordinator)))
            return Error::invalid("assigned_to", "Choose an active caseworker or coordinator.");
    }
    if (signal->assigned_to == assignee) return signal->version;
    signal->assigned_to = assignee;
    auto saved = save(staff, *signal, {"assigned_to"});
    if (!saved) return saved.error();
    if (auto logged = audit(AuditAction::signal_assigned, staff, id); !logged) return logged.error();
    return saved;
}

}  // namespace meldpunt::domain
