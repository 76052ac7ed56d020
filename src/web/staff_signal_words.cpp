// How a signal's page words the values of its fields for staff, and the
// notice after a save that lost to someone else's: which fields they changed
// and what those say now. Pure functions over the view; thread-safe.
#include "web/labels.hpp"
#include "web/staff_labels.hpp"
#include "web/staff_signal_pages.hpp"

namespace meldpunt::web {

using namespace meldpunt::domain;

std::string_view reporter_role_word(ReporterRole role) {
    switch (role) {
        case ReporterRole::resident:
            return "Resident, neighbour, friend or family";
        case ReporterRole::professional:
            return "Professional";
        case ReporterRole::victim:
            return "The person it is about";
        case ReporterRole::other:
            return "Someone else";
    }
    return "Someone else";
}

std::string_view form_word(ExploitationForm form) {
    return form == ExploitationForm::unknown ? "Unknown" : label_of(form);
}

std::string_view minors_word(MinorsInvolved answer) {
    return answer == MinorsInvolved::unknown ? "Unknown" : label_of(answer);
}

std::string_view municipality_word(Municipality municipality) {
    return municipality == Municipality::unknown ? "Unknown" : label_of(municipality);
}

namespace {

std::string postcode_of(const SignalView& view) {
    return view.postcode_area ? std::to_string(*view.postcode_area) : std::string();
}

std::string_view field_label(std::string_view field) {
    static constexpr std::pair<std::string_view, std::string_view> kLabels[] = {
        {"kind", "Report or advice"},
        {"reporter_role", "Who reported"},
        {"sector", "Sector"},
        {"anonymity", "Anonymity of the reporter"},
        {"contact", "Contact details of the reporter"},
        {"forms", "Forms of exploitation"},
        {"sub_forms", "Sub-forms"},
        {"signals", "Signals checklist"},
        {"scope", "Domestic or cross-border"},
        {"safety_outcome", "Outcome of the safety assessment"},
        {"minors_involved", "Minors involved"},
        {"municipality", "Municipality"},
        {"postcode", "Postcode area"},
        {"acute", "Acute danger"},
        {"status", "Step in the route"},
        {"assigned_to", "Assigned to"}};
    for (const auto& [code, label] : kLabels)
        if (code == field) return label;
    return field;
}

}  // namespace

std::string field_text(const Site& site, const Request& request, const SignalView& view, std::string_view field) {
    const auto tr = [&](std::string_view english) { return staff_text(site, request, english); };
    const auto list = [&](const auto& values, auto word) {
        std::string text;
        for (const auto& value : values) {
            const std::string part = word(value);
            if (!part.empty()) text += (text.empty() ? "" : ", ") + part;
        }
        return text.empty() ? tr("None") : text;
    };
    const StoredSignal& signal = view.signal;
    if (field == "kind") return tr(label_of(signal.kind));
    if (field == "status") return tr(staff_label_of(signal.status));
    if (field == "reporter_role") return tr(reporter_role_word(signal.reporter_role));
    if (field == "sector") return signal.sector ? tr(label_of(*signal.sector)) : tr("None");
    if (field == "anonymity") return tr(label_of(signal.anonymity));
    if (field == "forms") return list(signal.forms, [&](ExploitationForm form) { return tr(form_word(form)); });
    if (field == "sub_forms")
        return list(signal.sub_forms, [&](const std::string& code) {
            const auto* definition = find_sub_form(code);
            return definition ? tr(definition->label) : std::string();
        });
    if (field == "signals")
        return list(signal.signal_codes, [&](const std::string& code) {
            const auto* definition = find_signal_definition(code);
            return definition ? tr(definition->label) : std::string();
        });
    if (field == "scope") return tr(label_of(signal.scope));
    if (field == "safety_outcome")
        return signal.safety_outcome ? tr(label_of(*signal.safety_outcome)) : tr("Not assessed yet");
    if (field == "minors_involved") return tr(minors_word(signal.minors_involved));
    if (field == "municipality") return tr(municipality_word(signal.municipality));
    if (field == "postcode") return view.postcode_area ? postcode_of(view) : tr("Unknown");
    if (field == "acute") return tr(signal.acute ? "Yes" : "No");
    if (field == "contact" && !view.contact_hidden) {
        const std::vector<std::string> parts{view.contact.name, view.contact.phone, view.contact.email,
                                             view.contact.organisation};
        return list(parts, [](const std::string& part) { return part; });
    }
    return {};
}

void add_conflict_notice(const Site& site, const Request& request, const SignalView& view,
                         const std::vector<std::string>& fields, ctemplate::TemplateDictionary& values) {
    auto* conflict = values.AddSectionDictionary("CONFLICT");
    for (const auto& field : fields) {
        auto* changed = conflict->AddSectionDictionary("CHANGED");
        changed->SetValue("LABEL", staff_text(site, request, field_label(field)));
        const std::string now = field_text(site, request, view, field);
        if (!now.empty()) changed->AddSectionDictionary("NOW")->SetValue("VALUE", now);
    }
}

}  // namespace meldpunt::web
