// Registering a phone call (or a visit, or an e-mail) as a new signal: one
// screen that the person on duty fills in while talking, in tab order, with
// few required answers and the long checklist folded away. On success the
// page shows the receipt code to read out to the caller; it exists only in
// this answer (only its hash is kept), so the page is not a redirect. A form
// token makes a re-sent form (Back, Reload) refuse instead of registering the
// same call twice.
#include "security/staff_sessions.hpp"
#include "web/labels.hpp"
#include "web/staff_forms.hpp"
#include "web/staff_labels.hpp"
#include "web/staff_page_routes.hpp"
#include "web/signal_form_fields.hpp"
#include "web/staff_pages.hpp"
#include "web/staff_site.hpp"

namespace meldpunt::web {

using namespace meldpunt::domain;

namespace {

constexpr Channel kChannels[] = {Channel::phone, Channel::in_person, Channel::email};

bool chosen(const FormFields& posted, std::string_view name, std::string_view value) {
    for (const auto& [key, posted_value] : posted) {
        if (key == name && posted_value == value) return true;
    }
    return false;
}

// `posted` is what was typed (empty for a fresh form, which gets the defaults).
Response phone_form(Site& site, const Request& request, int status, const FormFields& posted,
                    const std::vector<Error>& errors) {
    const Language language = staff_language(request);
    const auto tr = [&](std::string_view english) { return std::string(site.tr(language, english)); };
    const bool fresh = posted.empty();
    const auto value_or = [&](std::string_view name, std::string_view fallback) {
        const std::string value = form_value(posted, name);
        return fresh ? std::string(fallback) : value;
    };
    ctemplate::TemplateDictionary values("staff_phone");
    values.SetValue("ACTION_URL", staff_path(language, "/phone"));
    values.SetValue("FORM_TOKEN", site.form_tokens.issue(site.clock.now()));
    values.SetValue("DESCRIPTION", form_value(posted, "description"));
    values.SetValue("POSTCODE", form_value(posted, "postcode"));
    if (chosen(posted, "acute", "yes")) values.ShowSection("ACUTE_CHECKED");
    if (errors.empty()) values.ShowSection("NO_ERRORS");
    add_errors(site, language, values, errors);

    for (SignalKind kind : {SignalKind::report, SignalKind::advice})
        add_choice(values, "KIND", code_of(kind), tr(label_of(kind)), chosen(posted, "kind", code_of(kind)));
    for (auto form : all_exploitation_forms())
        add_choice(values, "FORM", code_of(form), tr(label_of(form)), chosen(posted, "forms", code_of(form)));
    const std::string minors = value_or("minors_involved", "unknown");
    for (auto answer : all_minors_answers())
        add_choice(values, "MINORS", code_of(answer), tr(label_of(answer)), minors == code_of(answer));
    for (const auto& info : flevoland_municipalities()) {
        add_choice(values, "MUNICIPALITY", info.cbs_code, info.name, chosen(posted, "municipality", info.cbs_code));
    }
    add_choice(values, "MUNICIPALITY", code_of(Municipality::outside), tr(label_of(Municipality::outside)),
               chosen(posted, "municipality", code_of(Municipality::outside)));
    for (auto role : all_reporter_roles())
        add_choice(values, "ROLE", code_of(role), tr(label_of(role)), chosen(posted, "role", code_of(role)));
    for (auto sector : all_sectors())
        add_choice(values, "SECTOR", code_of(sector), tr(label_of(sector)), chosen(posted, "sector", code_of(sector)));
    // Anonymous is the default: nothing about the caller is kept unless they want it.
    const std::string anonymity = value_or("anonymity", code_of(Anonymity::anonymous));
    for (auto level : all_anonymity_levels()) {
        add_choice(values, "ANONYMITY", code_of(level), tr(label_of(level)), anonymity == code_of(level));
    }
    struct ContactField {
        const char* field;
        const char* name;
        const char* type;
        const char* label;
    };
    for (const auto& contact : {ContactField{"reporter.name", "name", "text", "Name of the caller"},
                                ContactField{"reporter.phone", "phone", "tel", "Phone number"},
                                ContactField{"reporter.email", "email", "email", "E-mail address"},
                                ContactField{"reporter.organisation", "organisation", "text", "Organisation"}}) {
        auto* field = values.AddSectionDictionary("CONTACT_FIELD");
        field->SetValue("ID", element_id(contact.field));
        field->SetValue("NAME", contact.name);
        field->SetValue("TYPE", contact.type);
        field->SetValue("LABEL", tr(contact.label));
        field->SetValue("VALUE", form_value(posted, contact.name));
        for (const auto& error : errors) {
            if (error.field != contact.field) continue;
            field->AddSectionDictionary("ERROR")->SetValue("MESSAGE", tr(error.message));
            break;
        }
    }
    std::size_t ticked = 0;
    for (auto group :
         {SignalGroup::general, SignalGroup::sexual, SignalGroup::labour, SignalGroup::criminal, SignalGroup::school}) {
        auto* group_values = values.AddSectionDictionary("SIGNAL_GROUP");
        group_values->SetValue("GROUP", std::string(code_of(group)));
        group_values->SetValue("HEADING", tr(label_of(group)));
        for (const auto& definition : signal_checklist()) {
            if (definition.group != group) continue;
            const bool is_ticked = chosen(posted, "signals", definition.code);
            ticked += is_ticked ? 1 : 0;
            add_choice(*group_values, "SIGNAL", definition.code, tr(definition.label), is_ticked);
        }
    }
    // Folded open again when something was ticked or is wrong there.
    bool signals_wrong = false;
    for (const auto& error : errors) signals_wrong = signals_wrong || error.field == "signals";
    if (ticked > 0 || signals_wrong) values.ShowSection("SIGNALS_OPEN");
    values.SetValue("SIGNAL_COUNT", std::to_string(signal_checklist().size()));
    const std::string channel = value_or("channel", code_of(Channel::phone));
    for (Channel option : kChannels)
        add_choice(values, "CHANNEL", code_of(option), tr(label_of(option)), channel == code_of(option));
    return staff_page(site, request, status, StaffSection::phone, tr("Register a call"), "staff_phone.tpl", values);
}


Response registered_page(Site& site, const Request& request, const Registration& registration, bool acute) {
    const Language language = staff_language(request);
    ctemplate::TemplateDictionary values("staff_phone_done");
    values.SetValue("ID", std::to_string(registration.id));
    values.SetValue("RECEIPT", registration.receipt.grouped());
    values.SetValue("MAILBOX_URL", std::string(path_of(Page::mailbox, language)));
    values.SetValue("SIGNAL_URL", staff_path(language, "/signals/" + std::to_string(registration.id)));
    values.SetValue("PHONE_URL", staff_path(language, "/phone"));
    if (acute) values.ShowSection("ACUTE");
    return staff_page(site, request, 200, StaffSection::phone, site.tr(language, "The call is registered"),
                      "staff_phone_done.tpl", values);
}

Response register_call(Site& site, const Request& request) {
    const FormFields& posted = request.form;
    switch (site.form_tokens.redeem(form_value(posted, "form_token"), site.clock.now())) {
        case security::FormTokenCheck::valid:
            break;
        case security::FormTokenCheck::already_used:
            // Back and send again: the call is in the queue already.
            return phone_form(site, request, 409, {},
                              {Error::invalid("", "This call was registered already. You find it in the queue.")});
        case security::FormTokenCheck::expired:
        case security::FormTokenCheck::invalid:
            return phone_form(site, request, 400, posted,
                              {Error::invalid("", "This form was open for a long time. Check it and register again.")});
    }
    std::vector<Error> errors;
    const auto channel = parse_channel(form_value(posted, "channel"));
    if (!channel || *channel == Channel::web || *channel == Channel::chat)
        errors.push_back(Error::invalid("channel", "Choose how the signal came in."));
    const SignalInput input = signal_input_from_form(posted);
    const SignalCheck check = check_signal(input);
    errors.insert(errors.end(), check.errors.begin(), check.errors.end());
    if (!errors.empty()) return phone_form(site, request, 400, posted, errors);

    auto registered = site.staff->desk.register_signal(request.staff->identity, input, *channel);
    if (!registered) {
        const Error& error = registered.error();
        if (error.code == ErrorCode::invalid_input) return phone_form(site, request, 400, posted, {error});
        if (error.code == ErrorCode::forbidden)
            return phone_form(site, request, 403, posted, {Error::invalid("", "Your role does not allow this.")});
        return phone_form(site, request, 503, posted,
                          {Error::invalid("", "The call could not be saved just now. Try again in a minute.")});
    }
    return registered_page(site, request, *registered, check.draft.acute);
}

}  // namespace

void add_staff_phone_pages(Site& site, std::vector<Route>& routes) {
    for (Language language : {Language::nl, Language::en}) {
        routes.push_back({Method::get, staff_path(language, "/phone"), Permission::signals_register,
                          [&site](const Request& request) { return phone_form(site, request, 200, {}, {}); }});
        routes.push_back({Method::post, staff_path(language, "/phone"), Permission::signals_register,
                          [&site](const Request& request) { return register_call(site, request); }});
    }
}

}  // namespace meldpunt::web
