// A signal's staff page through the real access check and handlers, on
// in-memory stores: what it shows, each form on it, and a save that lost to
// someone else's (409, what they changed, what was typed, the new version).
#include "web/staff_signal_pages.hpp"

#include "web/staff_test_site.hpp"

namespace meldpunt::web {
namespace {

using namespace meldpunt::domain;

using test_support::header;

bool has(const Response& response, std::string_view text) {
    return response.body.find(text) != std::string::npos;
}

class StaffSignalPages : public test_support::StaffSiteTest {
  protected:
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
        return dispatch(request_for(method, target, token, std::move(form)));
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
    // The fields the other person changed show their new values, so saving
    // the form again does not quietly undo their change.
    EXPECT_TRUE(has(conflict, "id=\"edit-minors-yes\" name=\"minors_involved\" value=\"yes\" checked"));
    EXPECT_TRUE(has(conflict, "id=\"edit-signal-debt_to_exploiter\" name=\"signals\" value=\"debt_to_exploiter\" checked"));

    FormFields as_shown = mine;  // what the conflict page's form now sends
    as_shown[0].second = "2";
    as_shown[8].second = "yes";
    as_shown.emplace_back("signals", "debt_to_exploiter");
    ASSERT_EQ(call(Method::post, page + "/edit", token, as_shown).status, 303);
    const auto signal = m_signals.find_signal(id).value().value();
    EXPECT_EQ(signal.version, 3);
    EXPECT_EQ(signal.scope, Scope::cross_border);                 // this person's change
    EXPECT_EQ(signal.minors_involved, MinorsInvolved::yes);       // the other person's, kept
    EXPECT_EQ(signal.signal_codes, std::vector<std::string>{"debt_to_exploiter"});
}

TEST_F(StaffSignalPages, TheLanguageSwitchAfterAFailedFormLeadsToTheSignalPage) {
    const std::string token = session_for("coord", RoleSet{Role::coordinator});
    const SignalId id = submit();
    const std::string page = "/staff/signals/" + std::to_string(id);
    const Response failed = call(Method::post, page + "/log", token, {{"kind", "note"}, {"body", ""}});
    ASSERT_EQ(failed.status, 400) << failed.body;
    EXPECT_TRUE(has(failed, "href=\"/en" + page + "\" lang=\"en\""));
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
