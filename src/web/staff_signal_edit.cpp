// The form for a signal's structured fields, and the change it asks for. The
// form is filled from the signal, or after a failed save from what the person
// typed, always with the version the next save is based on, so nothing is
// ever overwritten without being seen (the conflict notice is in
// staff_signal_words.cpp).
#include <algorithm>

#include "base/text.hpp"
#include "security/staff_sessions.hpp"
#include "web/labels.hpp"
#include "web/staff_forms.hpp"
#include "web/staff_labels.hpp"
#include "web/staff_pages.hpp"
#include "web/staff_queries.hpp"
#include "web/staff_signal_pages.hpp"

namespace meldpunt::web {

using namespace meldpunt::domain;

namespace {

std::string postcode_of(const SignalView& view) {
    return view.postcode_area ? std::to_string(*view.postcode_area) : std::string();
}

// The edit form's field names, as the domain names them in its errors.
constexpr std::string_view kEditFields[] = {
    "kind",      "kind_reason", "reporter_role",  "sector",          "anonymity",    "contact",  "forms",
    "sub_forms", "scope",       "safety_outcome", "minors_involved", "municipality", "postcode", "signals"};

// "reporter.email" (from the contact check) -> "email"; "reporter.anonymity" -> "anonymity".
std::string form_field(std::string_view field) {
    if (field.starts_with("reporter.")) field.remove_prefix(9);
    return std::string(field);
}

bool is_contact_field(std::string_view field) {
    return field == "name" || field == "phone" || field == "email" || field == "organisation";
}

// What the form shows for the signal as it is now: the names the form sends.
FormFields fields_of(const SignalView& view) {
    const StoredSignal& signal = view.signal;
    FormFields fields{{"kind", std::string(code_of(signal.kind))},
                      {"reporter_role", std::string(code_of(signal.reporter_role))},
                      {"sector", signal.sector ? std::string(code_of(*signal.sector)) : ""},
                      {"anonymity", std::string(code_of(signal.anonymity))},
                      {"scope", std::string(code_of(signal.scope))},
                      {"safety_outcome", signal.safety_outcome ? std::string(code_of(*signal.safety_outcome)) : ""},
                      {"minors_involved", std::string(code_of(signal.minors_involved))},
                      {"municipality", std::string(code_of(signal.municipality))},
                      {"postcode", postcode_of(view)},
                      {"name", view.contact.name},
                      {"phone", view.contact.phone},
                      {"email", view.contact.email},
                      {"organisation", view.contact.organisation}};
    for (auto form : signal.forms) fields.emplace_back("forms", code_of(form));
    for (const auto& code : signal.sub_forms) fields.emplace_back("sub_forms", code);
    for (const auto& code : signal.signal_codes) fields.emplace_back("signals", code);
    if (signal.acute) fields.emplace_back("acute", "yes");
    return fields;
}

// After a conflict: what this person typed, except the fields someone else
// changed in the meantime, which show the new value (the notice lists them).
// So saving again never quietly undoes the other person's change.
FormFields merged_after_conflict(const FormFields& posted, const FormFields& current,
                                 const std::vector<std::string>& changed_by_others) {
    std::vector<std::string> theirs;
    for (const auto& field : changed_by_others) {
        if (field == "contact") {
            theirs.insert(theirs.end(), {"name", "phone", "email", "organisation"});
        } else {
            theirs.push_back(field);
        }
    }
    const auto is_theirs = [&](const std::string& name) {
        return std::find(theirs.begin(), theirs.end(), name) != theirs.end();
    };
    FormFields merged;
    for (const auto& field : posted)
        if (!is_theirs(field.first)) merged.push_back(field);
    for (const auto& field : current)
        if (is_theirs(field.first)) merged.push_back(field);
    return merged;
}

bool chosen(const FormFields& fields, std::string_view name, std::string_view value) {
    return std::any_of(fields.begin(), fields.end(),
                       [&](const auto& field) { return field.first == name && field.second == value; });
}

void add_choices(const Site& site, const Request& request, ctemplate::TemplateDictionary& form,
                 const FormFields& shown) {
    const auto tr = [&](std::string_view english) { return staff_text(site, request, english); };
    const auto choice = [&](ctemplate::TemplateDictionary& into, const char* section, const char* field,
                            std::string_view value, std::string_view label) {
        add_choice(into, section, value, tr(label), chosen(shown, field, value));
    };
    for (auto kind : {SignalKind::report, SignalKind::advice})
        choice(form, "KIND", "kind", code_of(kind), label_of(kind));
    for (auto role : all_reporter_roles())
        choice(form, "REPORTER_ROLE", "reporter_role", code_of(role), reporter_role_word(role));
    for (auto sector : all_sectors()) choice(form, "SECTOR", "sector", code_of(sector), label_of(sector));
    for (auto level : all_anonymity_levels()) choice(form, "ANONYMITY", "anonymity", code_of(level), label_of(level));
    for (auto value : all_exploitation_forms()) choice(form, "FORM", "forms", code_of(value), form_word(value));
    for (auto value : all_exploitation_forms()) {
        ctemplate::TemplateDictionary* group = nullptr;
        for (const auto& definition : all_sub_forms()) {
            if (definition.form != value) continue;
            if (group == nullptr) {
                group = form.AddSectionDictionary("SUB_FORM_GROUP");
                group->SetValue("FORM", std::string(code_of(value)));
                group->SetValue("HEADING", tr(label_of(value)));
            }
            choice(*group, "SUB_FORM", "sub_forms", definition.code, definition.label);
        }
    }
    for (auto scope : all_scopes()) choice(form, "SCOPE", "scope", code_of(scope), label_of(scope));
    add_choice(form, "SAFETY_OUTCOME", "", tr("Not assessed yet"), chosen(shown, "safety_outcome", ""))
        ->SetValue("ID", "none");
    for (auto outcome : all_safety_outcomes()) {
        add_choice(form, "SAFETY_OUTCOME", code_of(outcome), tr(label_of(outcome)),
                   chosen(shown, "safety_outcome", code_of(outcome)))
            ->SetValue("ID", std::string(code_of(outcome)));
    }
    for (auto answer : all_minors_answers())
        choice(form, "MINORS", "minors_involved", code_of(answer), minors_word(answer));
    choice(form, "MUNICIPALITY", "municipality", code_of(Municipality::unknown), "Unknown");
    for (const auto& info : flevoland_municipalities())
        choice(form, "MUNICIPALITY", "municipality", code_of(info.municipality), info.name);
    choice(form, "MUNICIPALITY", "municipality", code_of(Municipality::outside), label_of(Municipality::outside));
    int ticked = 0;
    for (auto group :
         {SignalGroup::general, SignalGroup::sexual, SignalGroup::labour, SignalGroup::criminal, SignalGroup::school}) {
        auto* signals = form.AddSectionDictionary("SIGNAL_GROUP");
        signals->SetValue("GROUP", std::string(code_of(group)));
        signals->SetValue("HEADING", tr(label_of(group)));
        for (const auto& definition : signal_checklist()) {
            if (definition.group != group) continue;
            choice(*signals, "SIGNAL", "signals", definition.code, definition.label);
            if (chosen(shown, "signals", definition.code)) ++ticked;
        }
    }
    form.SetIntValue("SIGNAL_COUNT", ticked);
}

}  // namespace

void add_edit_form(const Site& site, const Request& request, const SignalView& view, const SignalPageState& state,
                   ctemplate::TemplateDictionary& values) {
    const auto tr = [&](std::string_view english) { return staff_text(site, request, english); };
    const bool after_edit = state.form == SignalForm::edit && state.posted != nullptr;
    const FormFields current = fields_of(view);
    const FormFields shown = !after_edit      ? current
                             : state.conflict ? merged_after_conflict(*state.posted, current, *state.conflict)
                                              : *state.posted;
    ctemplate::TemplateDictionary form("staff_signal_edit");
    form.SetValue("CSRF", request.staff->csrf_token);
    form.SetValue("ACTION_URL", signal_url(request, view.signal.id, "/edit"));
    // After a conflict the next save is based on the new version. After any
    // other failure it stays based on the version the person started from, so
    // a save by someone else in between is still caught.
    std::string version = std::to_string(view.signal.version);
    if (after_edit && !state.conflict && parse_id(form_value(*state.posted, "version")))
        version = form_value(*state.posted, "version");
    form.SetValue("VERSION", version);
    form.SetValue("ORIGINAL_MUNICIPALITY", std::string(code_of(view.signal.municipality)));
    form.SetValue("ORIGINAL_POSTCODE", postcode_of(view));
    form.SetValue("KIND_REASON", after_edit ? form_value(shown, "kind_reason") : "");
    form.SetValue("POSTCODE", form_value(shown, "postcode"));
    if (chosen(shown, "acute", "yes")) form.ShowSection("ACUTE");
    add_choices(site, request, form, shown);

    const std::string error_field = after_edit && state.error ? form_field(state.error->field) : "";
    if (view.contact_hidden) {
        form.ShowSection("CONTACT_HIDDEN");
    } else {
        auto* contact = form.AddSectionDictionary("CONTACT");
        for (const auto& [name, type, label] :
             {std::tuple{"name", "text", "Name"}, std::tuple{"phone", "tel", "Phone number"},
              std::tuple{"email", "email", "E-mail address"}, std::tuple{"organisation", "text", "Organisation"}}) {
            auto* field = contact->AddSectionDictionary("CONTACT_FIELD");
            field->SetValue("NAME", name);
            field->SetValue("TYPE", type);
            field->SetValue("LABEL", tr(label));
            field->SetValue("VALUE", form_value(shown, name));
            field->SetValue("ORIGINAL", form_value(current, name));
            if (error_field == name)
                field->AddSectionDictionary("ERROR")->SetValue("MESSAGE", tr(state.error->message));
        }
        if (error_field == "contact")
            contact->AddSectionDictionary("ERR_CONTACT")->SetValue("MESSAGE", tr(state.error->message));
    }
    if (state.conflict) {
        add_conflict_notice(site, request, view, *state.conflict, values);
        if (std::find(state.conflict->begin(), state.conflict->end(), "signals") != state.conflict->end())
            form.ShowSection("SIGNALS_OPEN");
    } else if (after_edit && state.error) {
        const bool known =
            std::find(std::begin(kEditFields), std::end(kEditFields), error_field) != std::end(kEditFields);
        std::string target = "edit-error";
        if (is_contact_field(error_field) && !view.contact_hidden) {
            target = "edit-contact-" + error_field;
        } else if (known && (error_field != "contact" || !view.contact_hidden)) {
            target = "edit-" + element_id(error_field);
            if (error_field != "contact")
                form.AddSectionDictionary("ERR_" + to_upper_ascii(error_field))
                    ->SetValue("MESSAGE", tr(state.error->message));
        } else {
            form.AddSectionDictionary("EDIT_ERROR")->SetValue("MESSAGE", tr(state.error->message));
        }
        if (error_field == "signals") form.ShowSection("SIGNALS_OPEN");
        add_error_summary(site, request, *state.error, values, target);
    }
    if (state.form == SignalForm::none) show_done(request, form);
    values.SetValue("EDIT_FORM", site.templates.render(staff_language(request), "staff_signal_edit.tpl", form));
}

SignalUpdate update_from_form(const FormFields& form) {
    SignalUpdate update;
    update.kind = form_value(form, "kind");
    if (const std::string reason = form_value(form, "kind_reason"); !trim(reason).empty()) update.kind_reason = reason;
    update.reporter_role = form_value(form, "reporter_role");
    update.sector = form_value(form, "sector");
    update.anonymity = form_value(form, "anonymity");
    update.forms = form_values(form, "forms");
    update.sub_forms = form_values(form, "sub_forms");
    update.signals = form_values(form, "signals");
    update.scope = form_value(form, "scope");
    update.safety_outcome = form_value(form, "safety_outcome");
    update.minors_involved = form_value(form, "minors_involved");
    update.acute = form_value(form, "acute") == "yes";
    // The postcode is sealed and every save of it is a change: send it only
    // when it is new. A new postcode sets the municipality, so the list then
    // counts only when the person changed it as well.
    const std::string postcode(trim(form_value(form, "postcode")));
    const auto area = parse_postcode_area(postcode);
    const bool new_postcode =
        !postcode.empty() && (!area || std::to_string(*area) != form_value(form, "original_postcode"));
    const std::string municipality = form_value(form, "municipality");
    if (new_postcode) update.postcode = postcode;
    if (!new_postcode || municipality != form_value(form, "original_municipality")) update.municipality = municipality;
    // Contact details only when they were on the form, and only when changed.
    if (form_value(form, "contact_shown") == "yes") {
        ContactDetails contact;
        bool changed = false;
        for (auto [name, target] :
             {std::pair{"name", &contact.name}, std::pair{"phone", &contact.phone}, std::pair{"email", &contact.email},
              std::pair{"organisation", &contact.organisation}}) {
            *target = std::string(trim(form_value(form, name)));
            changed = changed || *target != form_value(form, std::string("original_") + name);
        }
        if (changed) update.contact = contact;
    }
    return update;
}

}  // namespace meldpunt::web
