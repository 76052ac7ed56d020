// The staff page of one signal (/staff/signals/{id}) and the forms on it: what
// the page files share. The page is rendered fresh from CaseDesk::open() every
// time; after a form fails it is rendered again with the message next to that
// form and what the person typed. Free functions; thread-safe.
#pragma once

#include <ctemplate/template.h>

#include <optional>
#include <string>
#include <vector>

#include "domain/case_desk.hpp"
#include "web/site.hpp"

namespace meldpunt::web {

// The forms on the page. Each has its own section (#edit, #route ...), where
// its message appears after a failed send.
enum class SignalForm { none, edit, transition, assign, message, log, referral, referral_outcome, person, person_link };

// What a failed send leaves for the page to show.
struct SignalPageState {
    SignalForm form = SignalForm::none;
    std::int64_t item = 0;               // the referral or person a form per row was about
    const FormFields* posted = nullptr;  // what was typed into `form`
    std::optional<Error> error;          // shown next to `form`, and in the summary
    // Set after an edit that lost to someone else's save: the fields they changed.
    std::optional<std::vector<std::string>> conflict;
};

// The page, or a page that says why it cannot be shown (403, 404).
Response signal_page(Site& site, const Request& request, domain::SignalId id, int status, const SignalPageState& state);
// A staff page with only a heading and a sentence (no access, no such signal).
Response signal_unavailable(const Site& site, const Request& request, const Error& error);

// "/staff/signals/42" (or /en/...) + suffix.
std::string signal_url(const Request& request, domain::SignalId id, std::string_view suffix = "");

// The edit form (staff_signal_edit.tpl), rendered into `values` as EDIT_FORM,
// and the conflict notice when there is one.
void add_edit_form(const Site& site, const Request& request, const domain::SignalView& view,
                   const SignalPageState& state, ctemplate::TemplateDictionary& values);
// The change the edit form asks for; only fields that were really changed by
// this person are included for the sealed parts (contact details, postcode).
domain::SignalUpdate update_from_form(const FormFields& form);
// Staff words for codes whose public labels speak to the reporter ("I don't
// know" becomes "Unknown"). English msgids.
std::string_view reporter_role_word(domain::ReporterRole role);
std::string_view form_word(domain::ExploitationForm form);
std::string_view minors_word(domain::MinorsInvolved answer);
std::string_view municipality_word(domain::Municipality municipality);
// The notice after a lost save (CONFLICT in `values`): each field someone else
// changed, with what it says now.
void add_conflict_notice(const Site& site, const Request& request, const domain::SignalView& view,
                         const std::vector<std::string>& fields, ctemplate::TemplateDictionary& values);
// How the page words the current value of one of the signal's fields ("forms"
// -> "Sexual exploitation, Labour exploitation"): for the summary and for the
// conflict notice. Empty for a field it does not know.
std::string field_text(const Site& site, const Request& request, const domain::SignalView& view,
                       std::string_view field);
// The persons and referrals sections, with their forms.
void add_case_file(const Site& site, const Request& request, const domain::SignalView& view,
                   const SignalPageState& state, ctemplate::TemplateDictionary& values);

// Helpers the page files share.
std::string staff_text(const Site& site, const Request& request, std::string_view english);
// The error summary at the top of the page, linking to `element_id`.
void add_error_summary(const Site& site, const Request& request, const Error& error,
                       ctemplate::TemplateDictionary& values, std::string_view element_id);
// After a successful send the page is shown with ?done=<what>: a short
// confirmation appears in that section (DONE_<WHAT>).
void show_done(const Request& request, ctemplate::TemplateDictionary& values);
// MESSAGE in `section` of `values` (translated), for the form that failed.
void show_form_error(const Site& site, const Request& request, const SignalPageState& state, SignalForm form,
                     ctemplate::TemplateDictionary& values, const char* section);
// What was typed into `field` of `form` when that form failed; otherwise `fallback`.
std::string typed(const SignalPageState& state, SignalForm form, std::string_view field, std::string fallback = {},
                  std::int64_t item = 0);

}  // namespace meldpunt::web
