// For web tests only: a whole staff side on in-memory stores (keys, accounts,
// desks, site and routes), and one way to send a request through the real
// access check and handler, as http/dispatch does. Fixtures derive from it.
#pragma once

#include <gtest/gtest.h>
#include <sodium.h>

#include <map>
#include <memory>

#include "base/secure_random.hpp"
#include "base/text.hpp"
#include "domain/case_desk.hpp"
#include "domain/chat_settings_desk.hpp"
#include "security/chained_audit_log.hpp"
#include "security/sodium_vault.hpp"
#include "security/staff_accounts.hpp"
#include "security/staff_sessions.hpp"
#include "storage/memory/memory_audit_store.hpp"
#include "storage/memory/memory_case_repository.hpp"
#include "storage/memory/memory_chat_settings_repository.hpp"
#include "storage/memory/memory_signal_repository.hpp"
#include "storage/memory/memory_user_repository.hpp"
#include "web/staff_access.hpp"
#include "web/chat_site.hpp"
#include "web/fake_figures_source.hpp"
#include "web/staff_site.hpp"

namespace meldpunt::web::test_support {

inline std::string header(const Response& response, std::string_view name) {
    for (const auto& [key, value] : response.headers)
        if (key == name) return value;
    return {};
}

// "/staff/case-access/{id}" matches "/staff/case-access/7".
inline bool matches(std::string_view pattern, std::string_view path, std::map<std::string, std::string>& parameters) {
    const auto want = split(pattern, '/');
    const auto have = split(path, '/');
    if (want.size() != have.size()) return false;
    for (std::size_t i = 0; i < want.size(); ++i) {
        if (want[i].starts_with("{") && !have[i].empty()) {
            parameters[std::string(want[i].substr(1, want[i].size() - 2))] = std::string(have[i]);
        } else if (want[i] != have[i]) {
            return false;
        }
    }
    return true;
}

class StaffSiteTest : public ::testing::Test {
  protected:
    void SetUp() override {
        initialise_crypto();
        m_keyring.service_public_key.resize(32);
        crypto_box_keypair(m_keyring.service_public_key.data(), m_service_key.data());
        m_keyring.receipt_lookup_secret = SecretBytes(random_bytes(32));
        m_keyring.receipt_wrap_secret = SecretBytes(random_bytes(32));
        m_keyring.audit_chain_secret = SecretBytes(random_bytes(32));
        m_keyring.totp_wrap_secret = SecretBytes(random_bytes(32));
        m_vault = std::make_unique<security::SodiumVault>(m_keyring);
        m_audit = std::make_unique<security::ChainedAuditLog>(m_audit_store, m_keyring.audit_chain_secret, m_clock);
        m_accounts = std::make_unique<security::StaffAccounts>(m_users, *m_audit, m_keyring, m_clock);
        m_reporters = std::make_unique<domain::ReporterDesk>(m_signals, *m_vault, m_clock);
        m_desk = std::make_unique<domain::CaseDesk>(m_signals, m_cases, m_users, *m_audit, *m_vault, m_clock);
        auto translations = Translations::load_embedded().value();
        // ctemplate's cache is per process and refuses a second load of the
        // same names; the Templates value itself holds nothing.
        auto templates = Templates::load(translations);
        // The stored calendar, as the server has it: staff changes show on the public side.
        m_office_hours = domain::StoredOfficeHours::open(m_chat_settings, m_clock).value();
        m_chat_settings_desk = std::make_unique<domain::ChatSettingsDesk>(m_chat_settings, *m_office_hours, *m_audit);
        SiteSettings settings;
        settings.office_hours = m_office_hours;
        m_site = std::make_unique<Site>(*m_reporters, m_clock, std::move(translations),
                                        templates ? std::move(*templates) : Templates{}, settings);
        m_staff = std::make_unique<StaffSite>(StaffSite{*m_desk, *m_accounts, m_sessions, m_users, m_audit_store,
                                                        *m_audit, m_chat_settings, *m_chat_settings_desk,
                                                        m_figures});
        m_site->staff = m_staff.get();
        m_chat_hub = std::make_unique<domain::ChatHub>(*m_office_hours, m_clock);
        m_chat = std::make_unique<ChatSite>(*m_chat_hub, security::RateLimit{});
        m_site->chat = m_chat.get();
        m_routes = all_routes(*m_site);
    }

    // An account named `username` with `roles` (no password: it never signs
    // in), and a session for it; returns the session's token.
    std::string session_for(const std::string& username, domain::RoleSet roles) {
        domain::StaffAccount account;
        account.username = username;
        account.roles = roles;
        const domain::UserId id = m_users.add_account(account).value();
        security::StaffSession session;
        session.identity = domain::StaffIdentity{id, username, roles};
        session.credential_stamp = security::credential_stamp_of(*m_users.find_account(id).value());
        return *m_sessions.open(std::move(session), m_clock.now());
    }

    // A request for `target` ("/staff?status=new&x=1"), signed in by cookie
    // with `token` when given; POSTs carry that session's CSRF token.
    Request request_for(Method method, const std::string& target, const std::string& token, FormFields form) {
        Request request;
        request.method = method;
        const auto question = target.find('?');
        request.path = target.substr(0, question);
        if (question != std::string::npos) {
            for (auto pair : split(std::string_view(target).substr(question + 1), '&')) {
                const auto equals = pair.find('=');
                request.query[std::string(pair.substr(0, equals))] =
                    equals == std::string_view::npos ? "" : std::string(pair.substr(equals + 1));
            }
        }
        request.client_address = "192.0.2.1";
        if (!token.empty()) {
            request.cookie = std::string(kStaffCookie) + "=" + token;
            if (method == Method::post)
                if (auto session = m_sessions.find(token, m_clock.now())) form.emplace_back("csrf", session->csrf_token);
        }
        request.form = std::move(form);
        return request;
    }

    // Through the access check and the handler of the matching route.
    Response dispatch(Request request) {
        for (const Route& route : m_routes) {
            std::map<std::string, std::string> parameters;
            if (route.method != request.method || !matches(route.pattern, request.path, parameters)) continue;
            if (auto refused = check_access(*m_site, route.permission, request)) return *refused;
            request.path_parameters = parameters;
            return route.handler(request);
        }
        ADD_FAILURE() << "no route for " << request.path;
        return Response::text(404, "");
    }

    std::vector<domain::AuditAction> audit_actions() {
        std::vector<domain::AuditAction> actions;
        (void)m_audit_store.for_each([&](const domain::AuditRecord& record) {
            actions.push_back(record.entry.action);
            return true;
        });
        return actions;
    }

    FixedClock m_clock{from_unix_millis(1'780'000'000'000)};
    security::Keyring m_keyring;
    SecretBytes m_service_key{32};
    storage::memory::MemorySignalRepository m_signals;
    storage::memory::MemoryCaseRepository m_cases{m_signals};
    storage::memory::MemoryUserRepository m_users;
    storage::memory::MemoryAuditStore m_audit_store;
    storage::memory::MemoryChatSettingsRepository m_chat_settings;
    FakeFiguresSource m_figures;
    security::StaffSessions m_sessions;
    std::unique_ptr<security::SodiumVault> m_vault;
    std::unique_ptr<security::ChainedAuditLog> m_audit;
    std::unique_ptr<security::StaffAccounts> m_accounts;
    std::unique_ptr<domain::ReporterDesk> m_reporters;
    std::unique_ptr<domain::CaseDesk> m_desk;
    std::shared_ptr<domain::StoredOfficeHours> m_office_hours;
    std::unique_ptr<domain::ChatSettingsDesk> m_chat_settings_desk;
    std::unique_ptr<Site> m_site;
    std::unique_ptr<StaffSite> m_staff;
    std::unique_ptr<domain::ChatHub> m_chat_hub;
    std::unique_ptr<ChatSite> m_chat;
    std::vector<Route> m_routes;
};

}  // namespace meldpunt::web::test_support
