// StaffAccounts, the administration half: creating accounts, grants of case
// access, and the changes an administrator makes by username.
#include "security/staff_accounts.hpp"

#include <sodium.h>

#include <algorithm>

#include "base/text.hpp"
#include "security/aead.hpp"
#include "security/staff_credentials.hpp"
#include "security/totp.hpp"

namespace meldpunt::security {

namespace {

constexpr std::size_t kMinUsername = 3;
constexpr std::size_t kMaxUsername = 64;

Error no_such_account() {
    return Error::make(ErrorCode::not_found, "There is no account with this username.");
}

AccountSummary summary_of(const domain::StaffAccount& account) {
    AccountSummary summary;
    summary.id = account.id;
    summary.username = account.username;
    summary.roles = account.roles;
    summary.disabled = account.disabled;
    summary.case_access = !account.service_key_grant.empty() && domain::handles_case_content(account.roles);
    summary.password_change_required = account.password_change_required;
    summary.totp_enrolled = account.totp_enrolled;
    summary.locked_until = account.locked_until;
    summary.created_at = account.created_at;
    return summary;
}

}  // namespace

Result<std::string> normalise_username(std::string_view username) {
    std::string name = to_lower_ascii(trim(username));
    const bool fits =
        name.size() >= kMinUsername && name.size() <= kMaxUsername && std::all_of(name.begin(), name.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
        });
    if (!fits) {
        return Error::invalid(
            "username", "A username has 3 to 64 characters: letters a to z, digits, dots, dashes or underscores.");
    }
    return name;
}

StaffAccounts::StaffAccounts(domain::UserRepository& users, domain::AuditLog& audit, const Keyring& keyring,
                             const Clock& clock, StaffAccountSettings settings)
    : m_users(users), m_audit(audit), m_keyring(keyring), m_clock(clock), m_settings(std::move(settings)) {}

Result<domain::StaffAccount> StaffAccounts::modify(domain::UserId id,
                                                   const std::function<Result<void>(domain::StaffAccount&)>& change) {
    std::lock_guard lock(m_mutex);
    auto found = m_users.find_account(id);
    if (!found) return found.error();
    if (!*found) return Error::make(ErrorCode::not_found, "There is no account with this number.");
    domain::StaffAccount account = std::move(**found);
    if (auto changed = change(account); !changed) return changed.error();
    if (auto saved = m_users.update_account(account); !saved) return saved.error();
    return account;
}

Result<domain::StaffAccount> StaffAccounts::find_by_name(std::string_view username) {
    auto name = normalise_username(username);
    if (!name) return no_such_account();
    auto found = m_users.find_account_by_name(*name);
    if (!found) return found.error();
    if (!*found) return no_such_account();
    return std::move(**found);
}

Bytes StaffAccounts::seal_totp_secret(const Bytes& secret, std::string_view username) const {
    // Bound to the username, so a sealed secret copied to another row does not open.
    return aead_seal(m_keyring.totp_wrap_secret, to_string(secret), "totp:" + std::string(username));
}

EnrolmentStart StaffAccounts::enrolment_of(const Bytes& secret, std::string_view username) const {
    return EnrolmentStart{base32_encode(secret), otpauth_uri(m_settings.totp_issuer, username, secret)};
}

Result<Bytes> StaffAccounts::make_grant(const Bytes& public_key, const SecretBytes& service_private_key) const {
    // A key that is not this folder's service key would make a grant that
    // opens nothing; say so now rather than at the first case.
    Bytes derived_public(crypto_scalarmult_BYTES);
    if (service_private_key.size() != crypto_scalarmult_SCALARBYTES ||
        crypto_scalarmult_base(derived_public.data(), service_private_key.data()) != 0 ||
        derived_public != m_keyring.service_public_key) {
        return Error::invalid("service_key", "This key is not the service key of this data folder.");
    }
    Bytes grant = grant_service_key(public_key, service_private_key);
    if (grant.empty()) return Error::make(ErrorCode::internal, "The case access could not be sealed.");
    return grant;
}

Result<NewAccount> StaffAccounts::create(std::string_view username, domain::RoleSet roles,
                                         std::optional<std::string> chosen_password,
                                         const SecretBytes* service_private_key, domain::UserId actor) {
    auto name = normalise_username(username);
    if (!name) return name.error();
    if (roles.empty()) return Error::invalid("roles", "Give the account at least one role.");
    if (chosen_password) {
        if (auto fits = check_new_password(*chosen_password, *name); !fits) return fits.error();
    }
    const Error taken = Error::make(ErrorCode::conflict, "This username is taken. Choose another one.");
    auto existing = m_users.find_account_by_name(*name);
    if (!existing) return existing.error();
    if (*existing) return taken;

    const std::string password = chosen_password ? *chosen_password : generate_one_time_password();
    domain::StaffAccount account;
    account.username = *name;
    account.roles = roles;
    account.password_salt = new_password_salt();
    auto derived = derive_from_password(password, account.password_salt);
    if (!derived) return derived.error();
    account.password_verifier = derived->verifier;
    account.password_change_required = !chosen_password.has_value();
    const StaffKeyPair keys = new_staff_key_pair();
    account.public_key = keys.public_key;
    if (service_private_key && domain::handles_case_content(roles)) {
        auto grant = make_grant(keys.public_key, *service_private_key);
        if (!grant) return grant.error();
        account.service_key_grant = std::move(*grant);
    }
    const Bytes totp_secret = new_totp_secret();
    account.totp_secret_sealed = seal_totp_secret(totp_secret, *name);
    account.created_at = m_clock.now();

    auto id = m_users.add_account(account);
    if (!id) return id.error().code == ErrorCode::conflict ? taken : id.error();
    // The wrapping is bound to the account number, which exists only now.
    auto wrapped = modify(*id, [&](domain::StaffAccount& stored) -> Result<void> {
        stored.private_key_wrapped = wrap_staff_private_key(derived->key_encryption_key, keys.private_key, *id);
        return Ok{};
    });
    if (!wrapped) return wrapped.error();
    if (auto logged = m_audit.record(domain::AuditAction::user_created, actor, std::nullopt, *id); !logged)
        return logged.error();

    const EnrolmentStart enrolment = enrolment_of(totp_secret, *name);
    return NewAccount{*id, chosen_password ? std::string() : password, enrolment.totp_secret_base32,
                      enrolment.otpauth_uri};
}

Result<void> StaffAccounts::grant_case_access(const domain::StaffIdentity& actor,
                                              const SecretBytes& service_private_key, domain::UserId target) {
    if (!domain::roles_grant(actor.roles, domain::Permission::case_keys_grant))
        return Error::make(ErrorCode::forbidden, "Only a coordinator can give case access.");
    if (service_private_key.empty())
        return Error::make(ErrorCode::forbidden, "You have no case access yourself, so you cannot give it.");
    auto found = m_users.find_account(target);
    if (!found) return found.error();
    if (!*found || (*found)->disabled)
        return Error::make(ErrorCode::not_found, "There is no active account like this.");
    if (!domain::handles_case_content((*found)->roles))
        return Error::invalid("user", "This colleague has no role that works with cases.");
    auto grant = make_grant((*found)->public_key, service_private_key);
    if (!grant) return grant.error();
    const Bytes public_key = (*found)->public_key;
    auto saved = modify(target, [&](domain::StaffAccount& stored) -> Result<void> {
        // A password reset since the look-up made a new key pair: this grant would not open.
        if (stored.public_key != public_key)
            return Error::make(ErrorCode::conflict, "This account was changed meanwhile. Try again.");
        stored.service_key_grant = *grant;
        return Ok{};
    });
    if (!saved) return saved.error();
    return m_audit.record(domain::AuditAction::case_key_granted, actor.id, std::nullopt, target);
}

Result<std::optional<ActiveAccount>> StaffAccounts::active_account(domain::UserId id) {
    auto found = m_users.find_account(id);
    if (!found) return found.error();
    if (!*found || (*found)->disabled) return std::optional<ActiveAccount>();
    const domain::StaffAccount& account = **found;
    return std::optional(ActiveAccount{domain::StaffIdentity{account.id, account.username, account.roles},
                                       credential_stamp_of(account)});
}

std::string credential_stamp_of(const domain::StaffAccount& account) {
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, 16);
    for (const Bytes* part : {&account.password_salt, &account.password_verifier, &account.totp_secret_sealed,
                              &account.private_key_wrapped, &account.service_key_grant}) {
        const std::uint64_t size = part->size();
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(&size), sizeof size);
        crypto_generichash_update(&state, part->data(), part->size());
    }
    unsigned char stamp[16];
    crypto_generichash_final(&state, stamp, sizeof stamp);
    return to_hex(Bytes(stamp, stamp + sizeof stamp));
}

Result<std::vector<AccountSummary>> StaffAccounts::list() {
    auto accounts = m_users.list_accounts();
    if (!accounts) return accounts.error();
    std::vector<AccountSummary> summaries;
    summaries.reserve(accounts->size());
    for (const auto& account : *accounts) summaries.push_back(summary_of(account));
    return summaries;
}

Result<void> StaffAccounts::disable(std::string_view username, domain::UserId actor) {
    auto account = find_by_name(username);
    if (!account) return account.error();
    auto saved = modify(account->id, [](domain::StaffAccount& stored) -> Result<void> {
        stored.disabled = true;
        return Ok{};
    });
    if (!saved) return saved.error();
    return m_audit.record(domain::AuditAction::user_disabled, actor, std::nullopt, account->id);
}

Result<PasswordReset> StaffAccounts::reset_password(std::string_view username, const SecretBytes* service_private_key,
                                                    domain::UserId actor) {
    auto account = find_by_name(username);
    if (!account) return account.error();
    PasswordReset reset{generate_one_time_password(), false};
    const Bytes salt = new_password_salt();
    auto derived = derive_from_password(reset.one_time_password, salt);
    if (!derived) return derived.error();
    // The old private key is wrapped under the old password, which nobody here
    // knows: a new key pair, and with it the old grant is void.
    const StaffKeyPair keys = new_staff_key_pair();
    Bytes grant;
    if (service_private_key && domain::handles_case_content(account->roles)) {
        auto made = make_grant(keys.public_key, *service_private_key);
        if (!made) return made.error();
        grant = std::move(*made);
        reset.case_access = true;
    }
    auto saved = modify(account->id, [&](domain::StaffAccount& stored) -> Result<void> {
        stored.password_salt = salt;
        stored.password_verifier = derived->verifier;
        stored.password_change_required = true;
        stored.public_key = keys.public_key;
        stored.private_key_wrapped = wrap_staff_private_key(derived->key_encryption_key, keys.private_key, stored.id);
        stored.service_key_grant = grant;
        stored.failed_logins = 0;
        stored.locked_until.reset();
        return Ok{};
    });
    if (!saved) return saved.error();
    if (auto logged = m_audit.record(domain::AuditAction::password_reset, actor, std::nullopt, account->id); !logged)
        return logged.error();
    return reset;
}

Result<EnrolmentStart> StaffAccounts::reset_totp(std::string_view username, domain::UserId actor) {
    auto account = find_by_name(username);
    if (!account) return account.error();
    const Bytes secret = new_totp_secret();
    auto saved = modify(account->id, [&](domain::StaffAccount& stored) -> Result<void> {
        stored.totp_secret_sealed = seal_totp_secret(secret, stored.username);
        stored.totp_enrolled = false;
        stored.totp_last_step = 0;
        return Ok{};
    });
    if (!saved) return saved.error();
    if (auto logged = m_audit.record(domain::AuditAction::totp_reset, actor, std::nullopt, account->id); !logged)
        return logged.error();
    return enrolment_of(secret, saved->username);
}

Result<void> StaffAccounts::set_roles(std::string_view username, domain::RoleSet roles, domain::UserId actor) {
    if (roles.empty()) return Error::invalid("roles", "Give the account at least one role.");
    auto account = find_by_name(username);
    if (!account) return account.error();
    auto saved = modify(account->id, [&](domain::StaffAccount& stored) -> Result<void> {
        stored.roles = roles;
        if (!domain::handles_case_content(roles)) stored.service_key_grant.clear();
        return Ok{};
    });
    if (!saved) return saved.error();
    return m_audit.record(domain::AuditAction::user_roles_changed, actor, std::nullopt, account->id);
}

}  // namespace meldpunt::security
