// A signal's staff page through the real access check and handlers, on
// in-memory stores: what it shows, each form on it, and a save that lost to
// someone else's (409, what they changed, what was typed, the new version).
#include "web/staff_signal_pages.hpp"

#include <gtest/gtest.h>
#include <sodium.h>

#include "base/secure_random.hpp"
#include "base/text.hpp"
#include "security/chained_audit_log.hpp"
#include "security/sodium_vault.hpp"
#include "security/staff_accounts.hpp"
#include "security/staff_sessions.hpp"
#include "storage/memory/memory_audit_store.hpp"
#include "storage/memory/memory_case_repository.hpp"
#include "storage/memory/memory_signal_repository.hpp"
#include "storage/memory/memory_user_repository.hpp"
#include "web/staff_access.hpp"
#include "web/staff_site.hpp"

namespace meldpunt::web {
namespace {

using namespace meldpunt::domain;

std::string header(const Response& response, std::string_view name) {
    for (const auto& [key, value] : response.headers)
        if (key == name) return value;
    return {};
}

bool matches(std::string_view pattern, std::string_view path, std::map<std::string, std::string>& parameters) {
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

bool has(const Response& response, std::string_view text) {
    return response.body.find(text) != std::string::npos;
}

class StaffSignalPages : public ::testing::Test {
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
        m_reporters = std::make_unique<ReporterDesk>(m_signals, *m_vault, m_clock);
        m_desk = std::make_unique<CaseDesk>(m_signals, m_cases, m_users, *m_audit, *m_vault, m_clock);
        auto translations = Translations::load_embedded().value();
        // ctemplate's cache is per process and refuses a second load of the
        // same names; the Templates value itself holds nothing.
        auto templates = Templates::load(translations);
        m_site = std::make_unique<Site>(*m_reporters, m_clock, std::move(translations),
                                        templates ? std::move(*templates) : Templates{}, SiteSettings{});
        m_staff =
            std::make_unique<StaffSite>(StaffSite{*m_desk, *m_accounts, m_sessions, m_users, m_audit_store, *m_audit});
        m_site->staff = m_staff.get();
        m_routes = all_routes(*m_site);
    }

    // A session opened directly: signing in has its own tests.
    std::string session_for(const std::string& name, RoleSet roles) {
        auto created = m_accounts->create(name, roles, std::string("seven purple elephants dance"), &m_service_key);
        EXPECT_TRUE(created.ok());
        security::StaffSession session{{created->id, name, roles}, m_service_key, "csrf-" + name, false,
                                       security::credential_stamp_of(*m_users.find_account(created->id).value())};
        return *m_sessions.open(std::move(session), m_clock.now());
    }

    SignalId submit(std::string description = "Workers sleep in a barn.\nThe boss keeps their passports.") {
        SignalDraft draft;
        draft.kind = SignalKind::report;
        draft.description = std::move(description);
        draft.forms = {ExploitationForm::labour};
        draft.anonymity = Anonymity::identified;
        draft.contact.phone = "06 12345678";
        draft.municipality = Municipality::almere;
        draft.postcode_area = 1315;
        auto submission = m_reporters->submit(draft);
        EXPECT_TRUE(submission.ok());
        m_receipt = submission->receipt.grouped();
        return submission->id;
    }

    Response call(Method method, const std::string& target, const std::string& token, FormFields form = {}) {
        Request request;
        request.method = method;
        const auto question = target.find('?');
        request.path = target.substr(0, question);
        if (question != std::string::npos) {
            const auto pair = std::string_view(target).substr(question + 1);
            request.query[std::string(pair.substr(0, pair.find('=')))] = std::string(pair.substr(pair.find('=') + 1));
        }
        request.cookie = std::string(kStaffCookie) + "=" + token;
        if (method == Method::post)
            if (auto session = m_sessions.find(token, m_clock.now())) form.emplace_back("csrf", session->csrf_token);
        request.form = std::move(form);
        for (const Route& route : m_routes) {
            std::map<std::string, std::string> parameters;
            if (route.method != method || !matches(route.pattern, request.path, parameters)) continue;
            if (auto refused = check_access(*m_site, route.permission, request)) return *refused;
            request.path_parameters = parameters;
            return route.handler(request);
        }
        ADD_FAILURE() << "no route for " << target;
        return Response::text(404, "");
    }

    // The edit form as the page fills it for signal 1 now.
    FormFields edit_form(int version) {
        return {{"version", std::to_string(version)},
                {"kind", "report"},
                {"reporter_role", "resident"},
                {"sector", ""},
                {"anonymity", "identified"},
                {"forms", "labour"},
                {"scope", "unknown"},
                {"safety_outcome", ""},
                {"minors_involved", "unknown"},
                {"municipality", "GM0034"},
                {"original_municipality", "GM0034"},
                {"postcode", "1315"},
                {"original_postcode", "1315"},
                {"contact_shown", "yes"},
                {"phone", "06 12345678"},
                {"original_phone", "06 12345678"}};
    }

    FixedClock m_clock{from_unix_millis(1'780'000'000'000)};
    security::Keyring m_keyring;
    SecretBytes m_service_key{32};
    storage::memory::MemorySignalRepository m_signals;
    storage::memory::MemoryCaseRepository m_cases{m_signals};
    storage::memory::MemoryUserRepository m_users;
    storage::memory::MemoryAuditStore m_audit_store;
    security::StaffSessions m_sessions;
    std::unique_ptr<security::SodiumVault> m_vault;
    std::unique_ptr<security::ChainedAuditLog> m_audit;
    std::unique_ptr<security::StaffAccounts> m_accounts;
    std::unique_ptr<ReporterDesk> m_reporters;
    std::unique_ptr<CaseDesk> m_desk;
    std::unique_ptr<Site> m_site;
    std::unique_ptr<StaffSite> m_staff;
    std::vector<Route> m_routes;
    std::string m_receipt;
};

TEST_F(StaffSignalPages, ShowsTheSignalEscapedWithItsFormsInBothLanguages) {
    const std::string token = session_for("coord", RoleSet{Role::coordinator});
    const SignalId id = submit("<script>alert(1)</script>\nsecond line");
    const Response page = call(Method::get, "/staff/signals/" + std::to_string(id), token);
    ASSERT_EQ(page.status, 200) << page.body;
    EXPECT_TRUE(has(page, "&lt;script&gt;alert(1)&lt;/script&gt;\nsecond line"));
    EXPECT_FALSE(has(page, "<script>"));
    EXPECT_TRUE(has(page, "06 12345678"));
    EXPECT_TRUE(has(page, "id=\"step-safety_assessment\""));
    EXPECT_TRUE(has(page, "name=\"assigned_to\""));
    const std::string csrf = m_sessions.find(token, m_clock.now())->csrf_token;
    EXPECT_TRUE(has(page, "name=\"csrf\" value=\"" + csrf + "\""));
    EXPECT_TRUE(has(page, "name=\"version\" value=\"1\""));
    EXPECT_FALSE(has(page, "style="));
    EXPECT_TRUE(has(page, "lang=\"nl\""));
    const Response english = call(Method::get, "/en/staff/signals/" + std::to_string(id), token);
    EXPECT_EQ(english.status, 200);
    EXPECT_TRUE(has(english, "action=\"/en/staff/signals/1/edit\""));
    EXPECT_EQ(call(Method::get, "/staff/signals/99", token).status, 404);
    EXPECT_EQ(call(Method::get, "/staff/signals/abc", token).status, 404);
}

TEST_F(StaffSignalPages, AShieldedReporterIsHiddenFromThoseWhoDoNotCarryTheSignal) {
    const std::string coordinator = session_for("coord", RoleSet{Role::coordinator});
    const std::string intake = session_for("intake", RoleSet{Role::intake});
    const std::string worker = session_for("worker", RoleSet{Role::caseworker});
    const SignalId id = submit();
    const std::string page = "/staff/signals/" + std::to_string(id);
    EXPECT_EQ(call(Method::get, page, worker).status, 403);
    FormFields edit = edit_form(1);
    for (auto& [name, value] : edit)
        if (name == "anonymity") value = "shielded";
    ASSERT_EQ(call(Method::post, page + "/edit", coordinator, edit).status, 303);
    const Response hidden = call(Method::get, page, intake);
    ASSERT_EQ(hidden.status, 200);
    EXPECT_FALSE(has(hidden, "06 12345678"));
    EXPECT_FALSE(has(hidden, "name=\"contact_shown\""));
    EXPECT_FALSE(has(hidden, "name=\"assigned_to\""));  // assigning is the coordinator's
    const auto worker_id = m_users.find_account_by_name("worker").value()->id;
    ASSERT_EQ(call(Method::post, page + "/assign", coordinator, {{"assigned_to", std::to_string(worker_id)}}).status,
              303);
    EXPECT_TRUE(has(call(Method::get, page, worker), "06 12345678"));  // they carry it now
    EXPECT_EQ(call(Method::post, page + "/assign", worker, {{"assigned_to", ""}}).status, 403);
    EXPECT_TRUE(has(call(Method::get, page, coordinator), ">worker<"));
}

TEST_F(StaffSignalPages, AStaleSaveShowsWhatChangedKeepsWhatWasTypedAndSavesOnTheNewVersion) {
    const std::string token = session_for("coord", RoleSet{Role::coordinator});
    const SignalId id = submit();
    const std::string page = "/staff/signals/" + std::to_string(id);
    FormFields theirs = edit_form(1);
    theirs.emplace_back("signals", "debt_to_exploiter");
    theirs[8].second = "yes";  // minors_involved
    const Response saved = call(Method::post, page + "/edit", token, theirs);
    ASSERT_EQ(saved.status, 303) << saved.body;
    EXPECT_EQ(header(saved, "Location"), page + "?done=edit#edit");
    EXPECT_TRUE(has(call(Method::get, page + "?done=edit", token), "role=\"status\""));

    FormFields mine = edit_form(1);
    mine[6].second = "cross_border";  // scope
    const Response conflict = call(Method::post, "/en" + page + "/edit", token, mine);
    ASSERT_EQ(conflict.status, 409) << conflict.body;
    EXPECT_TRUE(has(conflict, "id=\"conflict\""));
    EXPECT_TRUE(has(conflict, "name=\"version\" value=\"2\""));
    EXPECT_TRUE(has(conflict, "id=\"edit-scope-cross_border\" name=\"scope\" value=\"cross_border\" checked"));
    EXPECT_TRUE(has(conflict, "<li>Minors involved: now Yes</li>"));
    EXPECT_TRUE(has(conflict, "<li>Signals checklist: now "));

    mine[0].second = "2";
    ASSERT_EQ(call(Method::post, page + "/edit", token, mine).status, 303);
    const auto signal = m_signals.find_signal(id).value().value();
    EXPECT_EQ(signal.version, 3);
    EXPECT_EQ(signal.scope, Scope::cross_border);
    EXPECT_EQ(signal.minors_involved, MinorsInvolved::unknown);  // what this person saw and sent
}

TEST_F(StaffSignalPages, AWrongAnswerIsShownAtItsFieldWithWhatWasTyped) {
    const std::string token = session_for("coord", RoleSet{Role::coordinator});
    const SignalId id = submit();
    const std::string page = "/staff/signals/" + std::to_string(id);
    FormFields edit = edit_form(1);
    edit[5].second = "nonsense";  // forms
    edit[7].second = "unsafe";    // safety_outcome
    const Response wrong = call(Method::post, page + "/edit", token, edit);
    ASSERT_EQ(wrong.status, 400);
    EXPECT_TRUE(has(wrong, "href=\"#edit-forms\""));
    EXPECT_TRUE(has(wrong, "id=\"edit-forms-error\""));
    EXPECT_TRUE(has(wrong, "value=\"unsafe\" checked"));

    const Response step = call(Method::post, page + "/transition", token, {{"to", "decided"}, {"version", "1"}});
    EXPECT_EQ(step.status, 400);
    EXPECT_TRUE(has(step, "id=\"route-error\""));
    EXPECT_EQ(call(Method::post, page + "/transition", token, {{"to", "safety_assessment"}, {"version", "1"}}).status,
              303);
    EXPECT_EQ(call(Method::post, page + "/transition", token, {{"to", "decided"}, {"version", "1"}}).status, 409);

    const Response empty_note = call(Method::post, page + "/log", token, {{"kind", "call"}, {"body", "   "}});
    EXPECT_EQ(empty_note.status, 400);
    EXPECT_TRUE(has(empty_note, "href=\"#log-body\""));
    EXPECT_TRUE(has(empty_note, "value=\"call\" selected"));

    const Response person =
        call(Method::post, page + "/persons", token, {{"role", "victim"}, {"age", "abc"}, {"nationality", "ro"}});
    EXPECT_EQ(person.status, 400);
    EXPECT_TRUE(has(person, "href=\"#person-age\""));
    EXPECT_TRUE(has(person, "value=\"abc\""));

    const Response referral =
        call(Method::post, page + "/referrals", token, {{"partner", "police"}, {"referred_on", "28-04-2026"}});
    EXPECT_EQ(referral.status, 400);
    EXPECT_TRUE(has(referral, "href=\"#referral-date\""));
    EXPECT_TRUE(has(referral, "value=\"28-04-2026\""));
}

TEST_F(StaffSignalPages, TheLogTheMailboxReferralsAndPersonsAreAddedFromThePage) {
    const std::string token = session_for("coord", RoleSet{Role::coordinator});
    const SignalId id = submit();
    const SignalId other = submit("Another signal about the same man.");
    const std::string page = "/staff/signals/" + std::to_string(id);
    EXPECT_EQ(
        header(call(Method::post, page + "/log", token, {{"kind", "call"}, {"body", "Called back."}}), "Location"),
        page + "?done=log#log");
    EXPECT_EQ(call(Method::post, page + "/messages", token, {{"body", "Thank you, we are on it."}}).status, 303);
    EXPECT_EQ(call(Method::post, page + "/referrals", token,
                   {{"partner", "labour_inspectorate"}, {"referred_on", ""}, {"outcome", "pending"}})
                  .status,
              303);
    const auto referral = m_cases.list_referrals(id).value().at(0).id;
    EXPECT_EQ(
        call(Method::post, page + "/referrals/" + std::to_string(referral), token, {{"outcome", "accepted"}}).status,
        303);
    for (const SignalId signal : {id, other})
        EXPECT_EQ(call(Method::post, "/staff/signals/" + std::to_string(signal) + "/persons", token,
                       {{"role", "suspect"},
                        {"age", "40"},
                        {"age_estimated", "yes"},
                        {"gender", "male"},
                        {"nationality", "nl"}})
                      .status,
                  303);
    const auto first = m_cases.list_persons(id).value().at(0).id;
    const auto second = m_cases.list_persons(other).value().at(0).id;
    const Response wrong_link =
        call(Method::post, page + "/persons/" + std::to_string(first) + "/link", token, {{"same_as", "x"}});
    EXPECT_EQ(wrong_link.status, 400);
    EXPECT_TRUE(has(wrong_link, "href=\"#same-as-" + std::to_string(first) + "\""));
    EXPECT_EQ(call(Method::post, page + "/persons/" + std::to_string(first) + "/link", token,
                   {{"same_as", std::to_string(second)}})
                  .status,
              303);

    const Response shown = call(Method::get, page, token);
    EXPECT_TRUE(has(shown, "Called back."));
    EXPECT_TRUE(has(shown, "Thank you, we are on it."));
    EXPECT_TRUE(has(shown, ">coord,") || has(shown, "coord, <time"));
    EXPECT_TRUE(has(shown, "Arbeidsinspectie"));
    EXPECT_TRUE(has(shown, "value=\"accepted\" selected"));
    EXPECT_TRUE(has(shown, "<td>NL</td>"));
    EXPECT_TRUE(has(shown, "<caption"));
    EXPECT_TRUE(has(shown, "<th scope=\"col\">"));
    EXPECT_TRUE(has(shown, "<td>" + std::to_string(second) + "</td>"));  // the shared identity
}

}  // namespace
}  // namespace meldpunt::web
