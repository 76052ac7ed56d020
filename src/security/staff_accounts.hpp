// StaffAccounts: the one place where staff accounts are created, signed in to
// and changed, for the command line and the back-office alike. Passwords become
// an Argon2id verifier and a key that opens the person's own X25519 private key;
// that key opens their grant of the service private key (case access). The TOTP
// secret is kept sealed with the keyring's TOTP secret. Every change and every
// sign-in is written to the audit log.
// Holds references to its ports, the keyring and the clock; the owner keeps them
// alive. Thread-safe: read-modify-write of one account is serialised here.
#pragma once

#include <array>
#include <chrono>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/clock.hpp"
#include "base/result.hpp"
#include "base/secret.hpp"
#include "domain/staff.hpp"
#include "domain/staff_ports.hpp"
#include "security/keyring.hpp"

namespace meldpunt::security {

struct StaffAccountSettings {
    std::string totp_issuer = "Meldpunt Mensenhandel Flevoland";
    int failures_before_lockout = 5;  // the 5th failure in a row locks the account
    std::chrono::minutes first_lockout{1};
    std::chrono::minutes longest_lockout{60};  // each further failure doubles the wait, up to this
    // Each attempt runs Argon2id with 64 MiB; more at once answer "try again"
    // instead of eating the memory and the worker threads reports need.
    int concurrent_password_checks = 4;
};

struct NewAccount {
    domain::UserId id = 0;
    std::string one_time_password;  // empty when the password was chosen
    std::string totp_secret_base32;
    std::string otpauth_uri;
};

struct SignIn {
    domain::StaffIdentity identity;
    std::string credential_stamp;  // see credential_stamp_of()
    SecretBytes service_key;  // empty: no case access (no grant, or no role that handles case content)
    bool password_change_required = false;
};

struct ActiveAccount {
    domain::StaffIdentity identity;
    std::string credential_stamp;
};

// Changes whenever the password, the code app or the keys of an account change
// (a reset, a change): a session opened before then has a different stamp and
// ends at its next request. A hash; reveals nothing of the secrets.
std::string credential_stamp_of(const domain::StaffAccount& account);

// What the authenticator app needs: the secret to type in, or the URI for a QR code.
struct EnrolmentStart {
    std::string totp_secret_base32;
    std::string otpauth_uri;
};

struct PasswordReset {
    std::string one_time_password;
    bool case_access = false;  // a new grant was made with the given service key
};

// What an overview of accounts shows: no secrets.
struct AccountSummary {
    domain::UserId id = 0;
    std::string username;
    domain::RoleSet roles;
    bool disabled = false;
    bool case_access = false;
    bool password_change_required = false;
    bool totp_enrolled = false;
    std::optional<TimePoint> locked_until;
    TimePoint created_at;
};

class StaffAccounts {
  public:
    StaffAccounts(domain::UserRepository& users, domain::AuditLog& audit, const Keyring& keyring, const Clock& clock,
                  StaffAccountSettings settings = {});

    // Username: 3 to 64 of a-z 0-9 . _ - (lower-cased), unique. Without a chosen
    // password a one-time password is made and must be changed at first use.
    // `service_private_key` (may be null) gives case access to roles that handle
    // case content. `actor` is 0 for the command line.
    Result<NewAccount> create(std::string_view username, domain::RoleSet roles,
                              std::optional<std::string> chosen_password, const SecretBytes* service_private_key,
                              domain::UserId actor = 0);

    // Password and TOTP code, every time. Wrong name, password or code, or a
    // disabled account: one unauthorized error. Locked: rate_limited.
    Result<SignIn> sign_in(std::string_view username, std::string_view password, std::string_view totp_code);
    // First-time page: the password alone shows the TOTP secret, but only until
    // the account has proved a code once.
    Result<EnrolmentStart> start_enrolment(std::string_view username, std::string_view password);
    // Checks as sign_in does, then sets the new password; case access stays.
    Result<SignIn> change_password(std::string_view username, std::string_view password, std::string_view new_password,
                                   std::string_view totp_code);
    // A coordinator who holds the service key gives it to a colleague.
    Result<void> grant_case_access(const domain::StaffIdentity& actor, const SecretBytes& service_private_key,
                                   domain::UserId target);

    // The current identity of a signed-in account and its credential stamp;
    // nullopt when it is gone or disabled (a session should then end).
    Result<std::optional<ActiveAccount>> active_account(domain::UserId id);

    // Administration by username (the command line passes actor 0).
    Result<std::vector<AccountSummary>> list();
    Result<void> disable(std::string_view username, domain::UserId actor = 0);
    // New one-time password and a new key pair: the old private key cannot be
    // opened without the old password, so case access is lost unless
    // `service_private_key` is given again.
    Result<PasswordReset> reset_password(std::string_view username, const SecretBytes* service_private_key,
                                         domain::UserId actor = 0);
    Result<EnrolmentStart> reset_totp(std::string_view username, domain::UserId actor = 0);
    // Drops case access when no role that handles case content remains.
    Result<void> set_roles(std::string_view username, domain::RoleSet roles, domain::UserId actor = 0);

  private:
    struct Checked;  // an account whose password (and code) proved right
    // `unless_password_change`: the code is checked but not used up when the
    // account must still change its password (no session opens then, and the
    // same code serves the change that follows).
    enum class NeedCode { yes, no, unless_password_change };
    Result<Checked> check_credentials(std::string_view username, std::string_view password, std::string_view totp_code,
                                      NeedCode need_code);
    Result<domain::StaffAccount> find_by_name(std::string_view username);
    Error record_failure(const domain::StaffAccount& account);
    SignIn session_of(const domain::StaffAccount& account, const SecretBytes& private_key) const;
    Result<Bytes> totp_secret_of(const domain::StaffAccount& account) const;
    Bytes seal_totp_secret(const Bytes& secret, std::string_view username) const;
    EnrolmentStart enrolment_of(const Bytes& secret, std::string_view username) const;
    Result<Bytes> make_grant(const Bytes& public_key, const SecretBytes& service_private_key) const;
    // Re-reads the account and applies `change` under the lock, so two updates
    // of one account never overwrite each other.
    Result<domain::StaffAccount> modify(domain::UserId id,
                                        const std::function<Result<void>(domain::StaffAccount&)>& change);

    // Names that do not exist lock like real ones (in memory only, bounded), so
    // five tries do not reveal whether a name exists.
    struct UnknownNameFailures {
        int failures = 0;
        std::optional<TimePoint> locked_until;
    };
    std::optional<Error> fail_unknown_name(const std::string& name);

    domain::UserRepository& m_users;
    domain::AuditLog& m_audit;
    const Keyring& m_keyring;
    const Clock& m_clock;
    StaffAccountSettings m_settings;
    std::mutex m_mutex;
    std::mutex m_unknown_mutex;
    std::array<std::mutex, 64> m_attempt_locks;  // by a hash of the username
    std::mutex m_checks_mutex;
    int m_checks_running = 0;
    std::unordered_map<std::string, UnknownNameFailures> m_unknown_names;
};

// The username rules as used by create(): the lower-cased name, or invalid_input on "username".
Result<std::string> normalise_username(std::string_view username);

}  // namespace meldpunt::security
