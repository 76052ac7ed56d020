// The report form (/melden) and the advice form (/advies), in both languages.
// Works without JavaScript: every field is plain HTML, and a wrong answer
// re-shows the form with a message next to the field and everything typed.
#include <algorithm>

#include "base/text.hpp"
#include "web/labels.hpp"
#include "web/signal_form_fields.hpp"
#include "web/site.hpp"

namespace meldpunt::web {

using namespace meldpunt::domain;

namespace {

struct FormState {
    SignalKind kind = SignalKind::report;
    Language language = Language::nl;
    FormFields posted;
    std::vector<Error> errors;
};

Page page_of(SignalKind kind) {
    return kind == SignalKind::report ? Page::report : Page::advice;
}

// "reporter.role" -> "reporter-role" (element id) -> "ERR_REPORTER_ROLE" (section).
std::string element_id(std::string_view field) {
    std::string id(field);
    std::replace(id.begin(), id.end(), '.', '-');
    std::replace(id.begin(), id.end(), '_', '-');
    return id;
}

std::string error_section(std::string_view field) {
    std::string name = "ERR_" + to_upper_ascii(element_id(field));
    std::replace(name.begin(), name.end(), '-', '_');
    return name;
}

bool chosen(const FormFields& posted, std::string_view name, std::string_view value) {
    for (const auto& [key, posted_value] : posted) {
        if (key == name && posted_value == value) return true;
    }
    return false;
}

void add_options(ctemplate::TemplateDictionary& values, const char* section, const FormFields& posted,
                 std::string_view field, std::string_view value, std::string_view label, std::string_view hint = {}) {
    auto* option = values.AddSectionDictionary(section);
    option->SetValue("VALUE", std::string(value));
    option->SetValue("LABEL", std::string(label));
    if (!hint.empty()) option->SetValue("HINT", std::string(hint));
    if (chosen(posted, field, value)) option->ShowSection("CHECKED");
}

const std::string* first_error_for(const FormState& state, std::string_view field) {
    for (const auto& error : state.errors) {
        if (error.field == field) return &error.message;
    }
    return nullptr;
}

Response render_form(Site& site, const FormState& state, int status) {
    const Language language = state.language;
    const auto tr = [&](std::string_view english) { return std::string(site.tr(language, english)); };
    ctemplate::TemplateDictionary values("signal_form");
    values.ShowSection(state.kind == SignalKind::report ? "IS_REPORT" : "IS_ADVICE");
    values.SetValue("ACTION_URL", std::string(path_of(page_of(state.kind), language)));
    values.SetValue("FORM_TOKEN", site.form_tokens.issue(site.clock.now()));
    values.SetValue("DESCRIPTION", form_value(state.posted, "description"));
    values.SetValue("POSTCODE", form_value(state.posted, "postcode"));
    if (chosen(state.posted, "acute", "yes")) values.ShowSection("ACUTE_CHECKED");

    for (auto role : all_reporter_roles())
        add_options(values, "ROLE", state.posted, "role", code_of(role), tr(label_of(role)));
    for (auto sector : all_sectors())
        add_options(values, "SECTOR", state.posted, "sector", code_of(sector), tr(label_of(sector)));
    for (auto level : all_anonymity_levels()) {
        add_options(values, "ANONYMITY", state.posted, "anonymity", code_of(level), tr(label_of(level)),
                    tr(hint_of(level)));
    }
    for (auto form : all_exploitation_forms()) {
        add_options(values, "FORM", state.posted, "forms", code_of(form), tr(label_of(form)), tr(hint_of(form)));
    }
    for (auto group :
         {SignalGroup::general, SignalGroup::sexual, SignalGroup::labour, SignalGroup::criminal, SignalGroup::school}) {
        auto* group_values = values.AddSectionDictionary("SIGNAL_GROUP");
        group_values->SetValue("GROUP", std::string(code_of(group)));
        group_values->SetValue("HEADING", tr(label_of(group)));
        for (const auto& definition : signal_checklist()) {
            if (definition.group != group) continue;
            add_options(*group_values, "SIGNAL", state.posted, "signals", definition.code, tr(definition.label));
        }
    }
    for (const auto& info : flevoland_municipalities()) {
        add_options(values, "MUNICIPALITY", state.posted, "municipality", info.cbs_code, info.name);
    }
    add_options(values, "MUNICIPALITY", state.posted, "municipality", "outside", tr(label_of(Municipality::outside)));
    FormFields minors_posted = state.posted;
    if (form_value(state.posted, "minors_involved").empty()) minors_posted.emplace_back("minors_involved", "unknown");
    for (auto answer : all_minors_answers()) {
        add_options(values, "MINORS", minors_posted, "minors_involved", code_of(answer), tr(label_of(answer)));
    }

    // autocomplete is off on purpose: a shared phone must not offer these later.
    struct ContactField {
        const char* field;
        const char* name;
        const char* type;
        const char* label;
    };
    for (const auto& contact :
         {ContactField{"reporter.name", "name", "text", "Your name"},
          ContactField{"reporter.phone", "phone", "tel", "Phone number"},
          ContactField{"reporter.email", "email", "email", "E-mail address"},
          ContactField{"reporter.organisation", "organisation", "text", "Organisation (for professionals)"}}) {
        auto* field = values.AddSectionDictionary("CONTACT_FIELD");
        field->SetValue("ID", element_id(contact.field));
        field->SetValue("NAME", contact.name);
        field->SetValue("TYPE", contact.type);
        field->SetValue("LABEL", tr(contact.label));
        field->SetValue("VALUE", form_value(state.posted, contact.name));
        if (const auto* message = first_error_for(state, contact.field)) {
            field->AddSectionDictionary("ERROR")->SetValue("MESSAGE", tr(*message));
        }
    }

    if (!state.errors.empty()) {
        auto* summary = values.AddSectionDictionary("ERRORS");
        std::vector<std::string> marked;
        for (const auto& error : state.errors) {
            auto* item = summary->AddSectionDictionary("ERROR");
            item->SetValue("FIELD_ID", error.field.empty() ? "error-summary" : element_id(error.field));
            item->SetValue("MESSAGE", tr(error.message));
            // Contact fields carry their own message (above); the rest get one per field.
            const bool contact = error.field.starts_with("reporter.") && error.field != "reporter.role" &&
                                 error.field != "reporter.anonymity" && error.field != "reporter.sector";
            if (error.field.empty() || contact ||
                std::find(marked.begin(), marked.end(), error.field) != marked.end()) {
                continue;
            }
            marked.push_back(error.field);
            values.AddSectionDictionary(error_section(error.field))->SetValue("MESSAGE", tr(error.message));
        }
    }
    const std::string title = tr(state.kind == SignalKind::report ? "Report a suspicion" : "Ask for advice");
    return site.page_response(status, language, page_of(state.kind), title, "signal_form.tpl", values);
}


Response receipt_page(Site& site, Language language, const Submission& submission, bool acute) {
    ctemplate::TemplateDictionary values("receipt");
    values.ShowSection(submission.kind == SignalKind::report ? "IS_REPORT" : "IS_ADVICE");
    if (acute) values.ShowSection("ACUTE");
    values.SetValue("RECEIPT", submission.receipt.grouped());
    values.SetValue("MAILBOX_URL", std::string(path_of(Page::mailbox, language)));
    return site.page_response(200, language, page_of(submission.kind), site.tr(language, "Your receipt code"),
                              "receipt.tpl", values);
}

Response submit(Site& site, const Request& request, SignalKind kind, Language language) {
    FormState state{kind, language, request.form, {}};
    const TimePoint now = site.clock.now();
    if (!site.submit_limiter.allow(request.client_address, now)) {
        state.errors.push_back(Error::invalid(
            "",
            "Too many forms were sent from your connection. Wait a few minutes and try again, or call 088 2220500."));
        return render_form(site, state, 429);
    }
    switch (site.form_tokens.redeem(form_value(request.form, "form_token"), now)) {
        case security::FormTokenCheck::valid:
            break;
        case security::FormTokenCheck::already_used:
            // A re-post (Back and resend on a shared phone) must not show the report again.
            state.posted.clear();
            state.errors.push_back(
                Error::invalid("", "This form was already sent. If you did not see a receipt code, fill it in again."));
            return render_form(site, state, 400);
        case security::FormTokenCheck::expired:
        case security::FormTokenCheck::invalid:
            state.errors.push_back(
                Error::invalid("", "This form was open for too long. Check your text and send it again."));
            break;
    }
    SignalInput input = signal_input_from_form(request.form);
    input.kind = std::string(code_of(kind));  // the page decides, not a field
    const SignalCheck check = check_signal(input);
    state.errors.insert(state.errors.end(), check.errors.begin(), check.errors.end());
    if (!state.errors.empty()) return render_form(site, state, 400);

    auto submission = site.desk.submit(check.draft);
    if (!submission) {
        state.errors.push_back(Error::invalid(
            "", "Your form could not be saved just now. Please try again in a minute, or call 088 2220500."));
        return render_form(site, state, 503);
    }
    return receipt_page(site, language, *submission, check.draft.acute);
}

}  // namespace

void add_signal_form_routes(Site& site, std::vector<Route>& routes) {
    for (Language language : {Language::nl, Language::en}) {
        for (SignalKind kind : {SignalKind::report, SignalKind::advice}) {
            const std::string path(path_of(page_of(kind), language));
            routes.push_back({Method::get, path, Permission::public_access,
                              [&site, kind, language](const Request&) {
                                  return render_form(site, FormState{kind, language, {}, {}}, 200);
                              },
                              Execution::io_thread});
            routes.push_back(
                {Method::post, path, Permission::public_access,
                 [&site, kind, language](const Request& request) { return submit(site, request, kind, language); }});
        }
    }
    for (const auto& [alias, page] : english_aliases()) {
        if (page != Page::report && page != Page::advice) continue;
        const SignalKind kind = page == Page::report ? SignalKind::report : SignalKind::advice;
        routes.push_back({Method::get, std::string(alias), Permission::public_access,
                          [&site, kind](const Request&) {
                              return render_form(site, FormState{kind, Language::en, {}, {}}, 200);
                          },
                          Execution::io_thread});
    }
}

SignalInput signal_input_from_form(const FormFields& posted) {
    SignalInput input;
    input.kind = form_value(posted, "kind");
    input.description = form_value(posted, "description");
    input.forms = form_values(posted, "forms");
    input.reporter_role = form_value(posted, "role");
    input.anonymity = form_value(posted, "anonymity");
    input.sector = form_value(posted, "sector");
    input.contact = {form_value(posted, "name"), form_value(posted, "phone"), form_value(posted, "email"),
                     form_value(posted, "organisation")};
    input.postcode = form_value(posted, "postcode");
    input.municipality = form_value(posted, "municipality");
    input.minors_involved = form_value(posted, "minors_involved");
    input.acute = form_value(posted, "acute") == "yes";
    input.signals = form_values(posted, "signals");
    return input;
}

}  // namespace meldpunt::web
