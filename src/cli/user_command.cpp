// `meldpunt user ...`: staff accounts from the command line, for the first
// administrator and for recovery. Secrets are printed once on stdout, one
// `name: value` per line so a script can pick them up; everything else goes to
// stderr. Exit 0 on success, 1 when the action fails, 2 for wrong usage.
#include <iostream>
#include <string>

#include "cli/commands.hpp"
#include "cli/data_folder.hpp"

namespace meldpunt::cli {

namespace {

int fail(const Error& error) {
    std::cerr << "error: " << error.message << "\n";
    return 1;
}

// Roles by code, each given once or more (also "a,b"): a wrong code is a usage error.
std::optional<domain::RoleSet> parse_roles(const std::vector<std::string>& codes) {
    domain::RoleSet roles;
    for (const auto& code : codes) {
        const auto role = domain::parse_role(code);
        if (!role) {
            std::string known;
            for (domain::Role each : domain::all_roles())
                known += (known.empty() ? "" : ", ") + std::string(code_of(each));
            std::cerr << "error: unknown role \"" << code << "\" (roles: " << known << ")\n";
            return std::nullopt;
        }
        roles.add(*role);
    }
    return roles;
}

// Only when asked for: the key that gives case access is read, used, and wiped.
Result<std::optional<SecretBytes>> service_key_if_asked(const DataFolder& folder, const UserOptions& options) {
    if (options.recovery_key.empty()) return std::optional<SecretBytes>();
    auto key = service_key_from_recovery_file(folder.keyring, options.recovery_key);
    if (!key) return key.error();
    return std::optional<SecretBytes>(std::move(*key));
}

const char* yes_no(bool value) {
    return value ? "yes" : "no";
}

}  // namespace

int user_add(const UserOptions& options) {
    const auto roles = parse_roles(options.roles);
    if (!roles) return 2;
    std::optional<std::string> chosen;
    if (options.password_stdin) {
        std::string line;
        if (!std::getline(std::cin, line)) return fail(Error::make(ErrorCode::invalid_input, "no password on stdin"));
        if (!line.empty() && line.back() == '\r') line.pop_back();
        chosen = std::move(line);
    }
    auto folder = open_data_folder(options.data_dir, CreateFolder::if_missing);
    if (!folder) return fail(folder.error());
    auto service_key = service_key_if_asked(*folder, options);
    if (!service_key) return fail(service_key.error());
    StaffTools tools(*folder);
    auto created =
        tools.accounts().create(options.username, *roles, std::move(chosen), *service_key ? &**service_key : nullptr);
    if (!created) return fail(created.error());
    if (!created->one_time_password.empty()) std::cout << "password: " << created->one_time_password << "\n";
    std::cout << "totp-secret: " << created->totp_secret_base32 << "\n";
    if (*service_key && !domain::handles_case_content(*roles))
        std::cerr << "note: these roles do not work with cases, so no case access was given\n";
    return 0;
}

int user_list(const UserOptions& options) {
    auto folder = open_data_folder(options.data_dir, CreateFolder::never);
    if (!folder) return fail(folder.error());
    StaffTools tools(*folder);
    auto accounts = tools.accounts().list();
    if (!accounts) return fail(accounts.error());
    for (const auto& account : *accounts) {
        std::cout << account.username << " roles=" << account.roles.codes() << " "
                  << (account.disabled ? "disabled" : "active") << " case-access=" << yes_no(account.case_access)
                  << " must-change-password=" << yes_no(account.password_change_required)
                  << " code-app=" << yes_no(account.totp_enrolled) << "\n";
    }
    return 0;
}

int user_disable(const UserOptions& options) {
    auto folder = open_data_folder(options.data_dir, CreateFolder::never);
    if (!folder) return fail(folder.error());
    StaffTools tools(*folder);
    if (auto disabled = tools.accounts().disable(options.username); !disabled) return fail(disabled.error());
    std::cerr << "disabled " << options.username << "\n";
    return 0;
}

int user_reset_password(const UserOptions& options) {
    auto folder = open_data_folder(options.data_dir, CreateFolder::never);
    if (!folder) return fail(folder.error());
    auto service_key = service_key_if_asked(*folder, options);
    if (!service_key) return fail(service_key.error());
    StaffTools tools(*folder);
    auto reset = tools.accounts().reset_password(options.username, *service_key ? &**service_key : nullptr);
    if (!reset) return fail(reset.error());
    std::cout << "password: " << reset->one_time_password << "\n";
    if (!reset->case_access)
        std::cerr << "note: this account has no case access now; a coordinator can give it again\n";
    return 0;
}

int user_reset_totp(const UserOptions& options) {
    auto folder = open_data_folder(options.data_dir, CreateFolder::never);
    if (!folder) return fail(folder.error());
    StaffTools tools(*folder);
    auto reset = tools.accounts().reset_totp(options.username);
    if (!reset) return fail(reset.error());
    std::cout << "totp-secret: " << reset->totp_secret_base32 << "\n";
    return 0;
}

int user_set_roles(const UserOptions& options) {
    const auto roles = parse_roles(options.roles);
    if (!roles) return 2;
    auto folder = open_data_folder(options.data_dir, CreateFolder::never);
    if (!folder) return fail(folder.error());
    StaffTools tools(*folder);
    if (auto set = tools.accounts().set_roles(options.username, *roles); !set) return fail(set.error());
    std::cerr << options.username << " now has the roles " << roles->codes() << "\n";
    return 0;
}

}  // namespace meldpunt::cli
