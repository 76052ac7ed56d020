// The case file on a signal's page: the persons (possible victims and
// suspects, linkable to the same person in other signals) and the referrals to
// partners, each with the forms to add to them. An advice keeps neither, so
// its page says to convert it first instead of showing the forms.
#include "base/text.hpp"
#include "security/staff_sessions.hpp"
#include "web/labels.hpp"
#include "web/staff_forms.hpp"
#include "web/staff_labels.hpp"
#include "web/staff_pages.hpp"
#include "web/staff_signal_pages.hpp"

namespace meldpunt::web {

using namespace meldpunt::domain;

namespace {

std::string minors_text(const Site& site, const Request& request, MinorsInvolved answer) {
    return staff_text(site, request, minors_word(answer));
}

// Each adder sets `error_target` to the control the error summary links to
// when its form is the one that failed.
void add_persons(const Site& site, const Request& request, const SignalView& view, const SignalPageState& state,
                 ctemplate::TemplateDictionary& values, std::string& error_target) {
    const auto tr = [&](std::string_view english) { return staff_text(site, request, english); };
    const SignalId id = view.signal.id;
    if (view.persons.empty()) values.ShowSection("NO_PERSONS");
    ctemplate::TemplateDictionary* table = nullptr;
    for (const auto& person : view.persons) {
        if (table == nullptr) table = values.AddSectionDictionary("PERSONS");
        auto* row = table->AddSectionDictionary("PERSON");
        row->SetValue("ID", std::to_string(person.id));
        row->SetValue("ROLE", tr(label_of(person.role)));
        std::string age = person.age ? std::to_string(*person.age) : tr("Unknown");
        if (person.age && person.age_estimated) age += " (" + tr("estimated") + ")";
        row->SetValue("AGE", age);
        row->SetValue("MINOR_NOW", minors_text(site, request, minor_now(person)));
        row->SetValue("MINOR_AT_START", minors_text(site, request, person.minor_at_start));
        row->SetValue("GENDER", tr(label_of(person.gender)));
        row->SetValue("NATIONALITY", person.nationality.empty() ? tr("Unknown") : person.nationality);
        row->SetValue("IDENTITY", std::to_string(person.identity));
        row->SetValue("LINK_URL", signal_url(request, id, "/persons/" + std::to_string(person.id) + "/link"));
        row->SetValue("SAME_AS", typed(state, SignalForm::person_link, "same_as", "", person.id));
        if (state.form == SignalForm::person_link && state.item == person.id && state.error) {
            row->AddSectionDictionary("LINK_ERROR")->SetValue("MESSAGE", tr(state.error->message));
            error_target = "same-as-" + std::to_string(person.id);
        }
    }
    if (view.signal.kind == SignalKind::advice) return;

    auto* form = values.AddSectionDictionary("ADD_PERSON");
    form->SetValue("PERSON_URL", signal_url(request, id, "/persons"));
    const auto typed_person = [&](const char* field, std::string fallback = {}) {
        return typed(state, SignalForm::person, field, std::move(fallback));
    };
    const std::string role = typed_person("role", "victim");
    for (auto value : all_person_roles())
        add_choice(*form, "PERSON_ROLE", code_of(value), tr(label_of(value)), code_of(value) == role);
    form->SetValue("AGE", typed_person("age"));
    if (typed_person("age_estimated") == "yes") form->ShowSection("AGE_ESTIMATED");
    const std::string minor = typed_person("minor_at_start", "unknown");
    for (auto value : all_minors_answers())
        add_choice(*form, "MINOR_OPTION", code_of(value), minors_text(site, request, value), code_of(value) == minor);
    const std::string gender = typed_person("gender", "unknown");
    for (auto value : all_genders())
        add_choice(*form, "GENDER_OPTION", code_of(value), tr(label_of(value)), code_of(value) == gender);
    form->SetValue("NATIONALITY", typed_person("nationality"));
    if (state.form == SignalForm::person && state.error) {
        form->AddSectionDictionary("PERSON_ERROR")->SetValue("MESSAGE", tr(state.error->message));
        const std::string field = state.error->field.empty() ? "role" : state.error->field;
        form->ShowSection("INVALID_" + to_upper_ascii(field));
        error_target = "person-" + element_id(field);
    }
}

void add_referrals(const Site& site, const Request& request, const SignalView& view, const SignalPageState& state,
                   ctemplate::TemplateDictionary& values, std::string& error_target) {
    const auto tr = [&](std::string_view english) { return staff_text(site, request, english); };
    const SignalId id = view.signal.id;
    if (view.referrals.empty()) values.ShowSection("NO_REFERRALS");
    ctemplate::TemplateDictionary* table = nullptr;
    for (const auto& referral : view.referrals) {
        if (table == nullptr) table = values.AddSectionDictionary("REFERRALS");
        auto* row = table->AddSectionDictionary("REFERRAL");
        row->SetValue("ID", std::to_string(referral.id));
        row->SetValue("PARTNER", tr(label_of(referral.partner)));
        row->SetValue("DATE", format_local_date(referral.referred_at));
        row->SetValue("OUTCOME", tr(label_of(referral.outcome)));
        row->SetValue("OUTCOME_URL", signal_url(request, id, "/referrals/" + std::to_string(referral.id)));
        const std::string outcome =
            typed(state, SignalForm::referral_outcome, "outcome", std::string(code_of(referral.outcome)), referral.id);
        for (auto value : all_referral_outcomes())
            add_choice(*row, "OPTION", code_of(value), tr(label_of(value)), code_of(value) == outcome);
        if (state.form == SignalForm::referral_outcome && state.item == referral.id && state.error) {
            row->AddSectionDictionary("OUTCOME_ERROR")->SetValue("MESSAGE", tr(state.error->message));
            error_target = "outcome-" + std::to_string(referral.id);
        }
    }
    if (view.signal.kind == SignalKind::advice) return;

    auto* form = values.AddSectionDictionary("ADD_REFERRAL");
    form->SetValue("REFERRAL_URL", signal_url(request, id, "/referrals"));
    const std::string partner = typed(state, SignalForm::referral, "partner");
    for (auto value : all_partners())
        add_choice(*form, "PARTNER_OPTION", code_of(value), tr(label_of(value)), code_of(value) == partner);
    form->SetValue("REFERRED_ON", typed(state, SignalForm::referral, "referred_on"));
    const std::string outcome = typed(state, SignalForm::referral, "outcome", "pending");
    for (auto value : all_referral_outcomes())
        add_choice(*form, "OUTCOME_OPTION", code_of(value), tr(label_of(value)), code_of(value) == outcome);
    if (state.form == SignalForm::referral && state.error) {
        form->AddSectionDictionary("REFERRAL_ERROR")->SetValue("MESSAGE", tr(state.error->message));
        const std::string field = state.error->field.empty() ? "partner" : state.error->field;
        form->ShowSection("INVALID_" + to_upper_ascii(field));
        error_target = field == "referred_on" ? "referral-date" : "referral-" + element_id(field);
    }
}

}  // namespace

void add_case_file(const Site& site, const Request& request, const SignalView& view, const SignalPageState& state,
                   ctemplate::TemplateDictionary& values) {
    ctemplate::TemplateDictionary file("staff_signal_case_file");
    file.SetValue("CSRF", request.staff->csrf_token);
    if (view.signal.kind == SignalKind::advice) file.ShowSection("IS_ADVICE");
    std::string error_target;
    add_persons(site, request, view, state, file, error_target);
    add_referrals(site, request, view, state, file, error_target);
    if (state.form == SignalForm::none) show_done(request, file);
    // A referral or person that is not on this page: the message goes to its section.
    if (state.error && error_target.empty() && state.form == SignalForm::person_link) error_target = "persons";
    if (state.error && error_target.empty() && state.form == SignalForm::referral_outcome) error_target = "referrals";
    // The error summary belongs at the top of the whole page.
    if (!error_target.empty()) add_error_summary(site, request, *state.error, values, error_target);
    values.SetValue("CASE_FILE", site.templates.render(staff_language(request), "staff_signal_case_file.tpl", file));
}

}  // namespace meldpunt::web
