// StaffAccounts, the sign-in half: checking a password and a TOTP code, the
// lockout after repeated failures, first-time enrolment and changing the password.
#include <sodium.h>

#include <algorithm>

#include "base/text.hpp"
#include "security/aead.hpp"
#include "security/staff_accounts.hpp"
#include "security/staff_credentials.hpp"
#include "security/totp.hpp"

namespace meldpunt::security {

namespace {

// One message for every way a sign-in can fail before the account is known to
// be usable, so the answer never tells which names exist or are disabled.
constexpr std::string_view kNotRight = "The username, password or code is not right.";

Error not_right() {
    return Error::make(ErrorCode::unauthorized, std::string(kNotRight));
}

Error locked_until_error(TimePoint until) {
    // format_local_date_time gives "29-11-2026 05:30"; a lock lasts at most an
    // hour, so the time of day is enough.
    const std::string local = format_local_date_time(until);
    const std::string time_of_day = local.size() >= 5 ? local.substr(local.size() - 5) : local;
    return Error::make(ErrorCode::rate_limited, "Too many failed attempts. Try again after " + time_of_day + ".");
}

// For names that do not exist, the password is still run through Argon2id with
// this salt: the answer then takes as long as for a real account.
const Bytes& dummy_salt() {
    static const Bytes salt(crypto_pwhash_SALTBYTES, 0x5a);
    return salt;
}

}  // namespace

struct StaffAccounts::Checked {
    domain::StaffAccount account;
    SecretBytes private_key;
};

Result<StaffAccounts::Checked> StaffAccounts::check_credentials(std::string_view username, std::string_view password,
                                                                std::string_view totp_code, NeedCode need_code) {
    const auto name = normalise_username(username);
    // One check at a time per name: the lock state is read, the password
    // tried and a failure counted as one step, so parallel guesses cannot all
    // slip past the lock before the first failure is written.
    std::unique_lock one_at_a_time(
        m_attempt_locks[std::hash<std::string>{}(name ? *name : std::string()) % m_attempt_locks.size()]);
    // A bounded number of password checks at once (each holds 64 MiB). Taken
    // after the per-name lock, so waiting for it holds no slot.
    {
        std::lock_guard lock(m_checks_mutex);
        if (m_checks_running >= m_settings.concurrent_password_checks)
            return Error::make(ErrorCode::unavailable, "Many people are signing in at once. Try again in a moment.");
        ++m_checks_running;
    }
    struct Release {
        StaffAccounts& accounts;
        ~Release() {
            std::lock_guard lock(accounts.m_checks_mutex);
            --accounts.m_checks_running;
        }
    } release{*this};
    const TimePoint now = m_clock.now();
    std::optional<domain::StaffAccount> found;
    if (name) {
        auto account = m_users.find_account_by_name(*name);
        if (!account) return account.error();
        found = std::move(*account);
    }
    if (!found) {
        (void)derive_from_password(password, dummy_salt());
        (void)m_audit.record(domain::AuditAction::login_failed, 0);
        if (name) {
            if (auto locked = fail_unknown_name(*name)) return *locked;
        }
        return not_right();
    }
    const domain::StaffAccount& account = *found;
    if (account.disabled) {
        (void)derive_from_password(password, account.password_salt);
        (void)m_audit.record(domain::AuditAction::login_failed, account.id);
        return not_right();
    }
    // A locked account is refused before the password is even tried, so
    // guessing cannot go on while it is locked.
    if (account.locked_until && *account.locked_until > now) {
        (void)derive_from_password(password, account.password_salt);  // same time as any other answer
        (void)m_audit.record(domain::AuditAction::login_failed, account.id);
        return locked_until_error(*account.locked_until);
    }
    auto derived = derive_from_password(password, account.password_salt);
    if (!derived) return derived.error();
    if (!same_verifier(derived->verifier, account.password_verifier)) return record_failure(account);
    auto private_key = unwrap_staff_private_key(derived->key_encryption_key, account.private_key_wrapped, account.id);
    if (!private_key) return Error::make(ErrorCode::internal, "The key of this account cannot be opened.");

    if (need_code != NeedCode::no) {
        auto secret = totp_secret_of(account);
        if (!secret) return secret.error();
        const auto step = verify_totp(*secret, totp_code, now, account.totp_last_step);
        if (!step) return record_failure(account);
        const bool keep = need_code == NeedCode::unless_password_change && account.password_change_required;
        if (!keep) {
            // Claimed in the store, not here: two requests with the same code
            // race there, and only one of them wins.
            auto claimed = m_users.claim_totp_step(account.id, *step);
            if (!claimed) return claimed.error();
            if (!*claimed) return record_failure(account);
        }
    }
    return Checked{account, std::move(*private_key)};
}

std::optional<Error> StaffAccounts::fail_unknown_name(const std::string& name) {
    constexpr std::size_t kRemembered = 10000;
    const TimePoint now = m_clock.now();
    std::lock_guard lock(m_unknown_mutex);
    if (m_unknown_names.size() >= kRemembered) {
        std::erase_if(m_unknown_names, [&](const auto& entry) {
            return !entry.second.locked_until || *entry.second.locked_until <= now;
        });
        if (m_unknown_names.size() >= kRemembered) m_unknown_names.clear();
    }
    auto& entry = m_unknown_names[name];
    if (entry.locked_until && *entry.locked_until > now) return locked_until_error(*entry.locked_until);
    ++entry.failures;
    const int over = entry.failures - m_settings.failures_before_lockout;
    if (over < 0) return std::nullopt;
    auto wait = m_settings.first_lockout;
    for (int i = 0; i < over && wait < m_settings.longest_lockout; ++i) wait *= 2;
    entry.locked_until = now + std::min(wait, m_settings.longest_lockout);
    return locked_until_error(*entry.locked_until);
}

Error StaffAccounts::record_failure(const domain::StaffAccount& account) {
    std::optional<TimePoint> locked;
    const TimePoint now = m_clock.now();
    (void)modify(account.id, [&](domain::StaffAccount& stored) -> Result<void> {
        ++stored.failed_logins;
        const int over = stored.failed_logins - m_settings.failures_before_lockout;
        if (over >= 0) {
            // 1, 2, 4, ... minutes: doubling stops at the cap long before it could overflow.
            auto wait = m_settings.first_lockout;
            for (int i = 0; i < over && wait < m_settings.longest_lockout; ++i) wait *= 2;
            wait = std::min(wait, m_settings.longest_lockout);
            stored.locked_until = now + wait;
            locked = stored.locked_until;
        }
        return Ok{};
    });
    (void)m_audit.record(domain::AuditAction::login_failed, account.id);
    if (locked) return locked_until_error(*locked);
    return not_right();
}

SignIn StaffAccounts::session_of(const domain::StaffAccount& account, const SecretBytes& private_key) const {
    SignIn result;
    result.identity = domain::StaffIdentity{account.id, account.username, account.roles};
    result.password_change_required = account.password_change_required;
    result.credential_stamp = credential_stamp_of(account);
    // Roles without case content never hold the service key, whatever is stored.
    if (domain::handles_case_content(account.roles) && !account.service_key_grant.empty()) {
        auto key = open_service_key_grant(account.service_key_grant, account.public_key, private_key);
        if (key) result.service_key = std::move(*key);
    }
    return result;
}

Result<SignIn> StaffAccounts::sign_in(std::string_view username, std::string_view password,
                                      std::string_view totp_code) {
    auto checked = check_credentials(username, password, totp_code, NeedCode::unless_password_change);
    if (!checked) return checked.error();
    bool newly_enrolled = false;
    auto updated = modify(checked->account.id, [&](domain::StaffAccount& stored) -> Result<void> {
        stored.failed_logins = 0;
        stored.locked_until.reset();
        // A right code proves the app is set up: from now on the password alone
        // no longer shows the secret (start_enrolment).
        newly_enrolled = !stored.totp_enrolled;
        stored.totp_enrolled = true;
        return Ok{};
    });
    if (!updated) return updated.error();
    const domain::UserId id = updated->id;
    if (auto logged = m_audit.record(domain::AuditAction::login, id); !logged) return logged.error();
    if (newly_enrolled) (void)m_audit.record(domain::AuditAction::totp_enrolled, id);
    return session_of(*updated, checked->private_key);
}

Result<EnrolmentStart> StaffAccounts::start_enrolment(std::string_view username, std::string_view password) {
    auto checked = check_credentials(username, password, {}, NeedCode::no);
    if (!checked) return checked.error();
    // Once a code was used, the password alone shows nothing, and says nothing
    // either: the same answer as a wrong password.
    if (checked->account.totp_enrolled) return not_right();
    auto secret = totp_secret_of(checked->account);
    if (!secret) return secret.error();
    return enrolment_of(*secret, checked->account.username);
}

Result<SignIn> StaffAccounts::change_password(std::string_view username, std::string_view password,
                                              std::string_view new_password, std::string_view totp_code) {
    // The new password is judged first: a code is used up by a check, and
    // nobody should wait 30 seconds for the next one over a too-short password.
    if (auto fits = check_new_password(new_password, trim(username)); !fits) return fits.error();
    if (new_password == password)
        return Error::invalid("new_password", "Choose a new password that is not the same as the old one.");
    auto checked = check_credentials(username, password, totp_code, NeedCode::yes);
    if (!checked) return checked.error();
    const domain::StaffAccount& before = checked->account;

    const Bytes salt = new_password_salt();
    auto derived = derive_from_password(new_password, salt);
    if (!derived) return derived.error();
    // The same private key, wrapped anew: the grant made to its public key stays valid.
    Bytes wrapped = wrap_staff_private_key(derived->key_encryption_key, checked->private_key, before.id);
    bool newly_enrolled = false;
    auto updated = modify(before.id, [&](domain::StaffAccount& stored) -> Result<void> {
        // A reset in the meantime made a new key pair; wrapping the old key
        // over it would lock the person out of their case access.
        if (stored.public_key != before.public_key || stored.password_salt != before.password_salt)
            return Error::make(ErrorCode::conflict, "Your account was changed meanwhile. Sign in again.");
        stored.password_salt = salt;
        stored.password_verifier = derived->verifier;
        stored.private_key_wrapped = wrapped;
        stored.password_change_required = false;
        newly_enrolled = !stored.totp_enrolled;
        stored.totp_enrolled = true;
        stored.failed_logins = 0;
        stored.locked_until.reset();
        return Ok{};
    });
    if (!updated) return updated.error();
    const domain::UserId id = updated->id;
    if (auto logged = m_audit.record(domain::AuditAction::password_changed, id); !logged) return logged.error();
    if (newly_enrolled) (void)m_audit.record(domain::AuditAction::totp_enrolled, id);
    return session_of(*updated, checked->private_key);
}

Result<Bytes> StaffAccounts::totp_secret_of(const domain::StaffAccount& account) const {
    auto opened = aead_open(m_keyring.totp_wrap_secret, account.totp_secret_sealed, "totp:" + account.username);
    if (!opened) return Error::make(ErrorCode::internal, "The code secret of this account cannot be opened.");
    return opened->bytes();
}

}  // namespace meldpunt::security
