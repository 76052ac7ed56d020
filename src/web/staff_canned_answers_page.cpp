// The chat console's canned answers for coordinators (chat_answers_manage):
// per language a list in the console's order, each with a form to change it
// (inside <details>, so the page stays short without JavaScript) and one to
// remove it, and a form to add one. Changes go through ChatSettingsDesk
// (checked, audited). A form with problems comes back (400) with what was
// typed, open, with each message at its field.
#include <algorithm>
#include <charconv>

#include "base/text.hpp"
#include "domain/chat_settings.hpp"
#include "web/json_api.hpp"
#include "web/staff_forms.hpp"
#include "web/staff_page_routes.hpp"
#include "web/staff_pages.hpp"
#include "web/staff_queries.hpp"
#include "web/staff_site.hpp"

namespace meldpunt::web {

using namespace meldpunt::domain;

namespace {

struct AnswerForm {
    std::string language;
    std::string title;
    std::string body;
    std::string position;  // empty: last (when adding) or unchanged (when editing)
};

// A form that came back with problems: the add form (no id) or one answer's.
struct Attempt {
    std::optional<std::int64_t> id;
    AnswerForm typed;
    std::vector<Error> errors;  // fields "language", "title", "body", "position"
};

constexpr std::pair<std::string_view, std::string_view> kLanguages[] = {{"nl", "Dutch"}, {"en", "English"}};

std::string_view saved_message(std::string_view what) {
    if (what == "added") return "The answer is added.";
    if (what == "changed") return "The answer is saved.";
    if (what == "removed") return "The answer is removed.";
    return {};
}

AnswerForm typed_answer(const Request& request) {
    return {form_value(request.form, "language"), form_value(request.form, "title"), form_value(request.form, "body"),
            std::string(trim(form_value(request.form, "position")))};
}

// The answer as the desk takes it, and the problems only the form can have.
CannedAnswer answer_from(const AnswerForm& typed, std::vector<Error>& errors) {
    CannedAnswer answer;
    answer.language = typed.language;
    answer.title = typed.title;
    answer.body = typed.body;
    if (!typed.position.empty()) {
        const auto [end, problem] =
            std::from_chars(typed.position.data(), typed.position.data() + typed.position.size(), answer.position);
        if (problem != std::errc{} || end != typed.position.data() + typed.position.size() || answer.position < 1)
            answer.position = -1;  // refused by check_canned_answer with the message people need
    }
    for (const Error& error : check_canned_answer(answer)) errors.push_back(error);
    return answer;
}

// Each of `errors` at its field: "title" in the <prefix>TITLE_ERROR section.
// The add form and the edit forms use different names, because ctemplate
// shows a parent's section in a child's template too.
void show_at_fields(const Site& site, Language language, ctemplate::TemplateDictionary& values, std::string_view prefix,
                    const std::vector<Error>& errors) {
    for (const Error& error : errors) {
        if (error.field.empty()) continue;
        const std::string section = std::string(prefix) + to_upper_ascii(error.field) + "_ERROR";
        values.AddSectionDictionary(section)->SetValue("MESSAGE", std::string(site.tr(language, error.message)));
    }
}

// The summary links to the fields of the form they belong to.
std::vector<Error> for_summary(const Attempt& attempt) {
    std::vector<Error> errors = attempt.errors;
    const std::string prefix = attempt.id ? "answer." + std::to_string(*attempt.id) + "." : "new.";
    for (Error& error : errors)
        if (!error.field.empty()) error.field = prefix + error.field;
    return errors;
}

Response answers_page(Site& site, const Request& request, int status, const Attempt* attempt) {
    const Language language = staff_language(request);
    const auto tr = [&](std::string_view english) { return std::string(site.tr(language, english)); };
    ctemplate::TemplateDictionary values("staff_canned_answers");
    values.SetValue("ADD_URL", staff_path(language, "/chat/answers"));
    if (const auto message = saved_message(query_value(request, "saved")); !message.empty())
        values.AddSectionDictionary("SAVED")->SetValue("MESSAGE", tr(message));
    if (attempt) add_errors(site, language, values, for_summary(*attempt));
    auto answers = site.staff->chat_settings_desk.canned_answers();
    if (!answers) {
        add_errors(site, language, values,
                   {Error::invalid("", "The answers could not be loaded just now. Try again in a minute.")});
        return staff_page(site, request, 503, StaffSection::canned_answers, tr("Chat answers"),
                          "staff_canned_answers.tpl", values);
    }
    for (const auto& [code, name] : kLanguages) {
        auto* group = values.AddSectionDictionary("GROUP");
        group->SetValue("CODE", std::string(code));
        group->SetValue("HEADING", tr(code == "nl" ? "Dutch answers" : "English answers"));
        bool any = false;
        for (const CannedAnswer& answer : *answers) {
            if (answer.language != code) continue;
            any = true;
            auto* item = group->AddSectionDictionary("ANSWER");
            const std::string id = std::to_string(answer.id);
            item->SetValue("ID", id);
            item->SetValue("TITLE", answer.title);
            item->SetValue("BODY", answer.body);
            item->SetValue("EDIT_URL", staff_path(language, "/chat/answers/" + id));
            item->SetValue("REMOVE_URL", staff_path(language, "/chat/answers/" + id + "/remove"));
            const bool failed = attempt && attempt->id == answer.id;
            item->SetValue("EDIT_TITLE", failed ? attempt->typed.title : answer.title);
            item->SetValue("EDIT_BODY", failed ? attempt->typed.body : answer.body);
            item->SetValue("EDIT_POSITION", failed ? attempt->typed.position : std::to_string(answer.position));
            if (failed) {
                item->ShowSection("OPEN");
                show_at_fields(site, language, *item, "EDIT_", attempt->errors);
            }
        }
        if (!any) group->ShowSection("NONE");
    }
    const bool adding = attempt && !attempt->id;
    const std::string chosen = adding ? attempt->typed.language : std::string(code_of(language));
    for (const auto& [code, name] : kLanguages) add_choice(values, "NEW_LANGUAGE", code, tr(name), chosen == code);
    if (adding) {
        values.SetValue("NEW_TITLE", attempt->typed.title);
        values.SetValue("NEW_BODY", attempt->typed.body);
        values.SetValue("NEW_POSITION", attempt->typed.position);
        show_at_fields(site, language, values, "NEW_", attempt->errors);
    }
    return staff_page(site, request, status, StaffSection::canned_answers, tr("Chat answers"),
                      "staff_canned_answers.tpl", values);
}

// What the desk refused: at its field, or (the store failed) one sentence.
Response refused(Site& site, const Request& request, Attempt attempt, const Error& error) {
    if (error.code == ErrorCode::not_found) {
        attempt = {};
        attempt.errors = {Error::invalid("", "This answer was removed already.")};
        return answers_page(site, request, 404, &attempt);
    }
    attempt.errors = {error.code == ErrorCode::invalid_input
                          ? error
                          : Error{error.code, "The change could not be saved just now. Try again in a minute.", ""}};
    return answers_page(site, request, status_of(error.code), &attempt);
}

Response add_answer(Site& site, const Request& request) {
    Attempt attempt{std::nullopt, typed_answer(request), {}};
    const CannedAnswer answer = answer_from(attempt.typed, attempt.errors);
    if (!attempt.errors.empty()) return answers_page(site, request, 400, &attempt);
    auto added = site.staff->chat_settings_desk.add_canned_answer(request.staff->identity, answer);
    if (!added) return refused(site, request, std::move(attempt), added.error());
    return see_other(staff_path(staff_language(request), "/chat/answers") + "?saved=added#answer-" +
                     std::to_string(*added));
}

Response edit_answer(Site& site, const Request& request) {
    const auto id = parse_id(request.path_parameters.at("id"));
    if (!id) return refused(site, request, {}, Error::make(ErrorCode::not_found, "no such answer"));
    auto answers = site.staff->chat_settings_desk.canned_answers();
    if (!answers) return refused(site, request, {}, answers.error());
    const auto stored =
        std::find_if(answers->begin(), answers->end(), [&](const CannedAnswer& answer) { return answer.id == *id; });
    if (stored == answers->end())
        return refused(site, request, {}, Error::make(ErrorCode::not_found, "no such answer"));
    Attempt attempt{*id, typed_answer(request), {}};
    // The language stays: an answer moves to the other list by adding it there.
    attempt.typed.language = stored->language;
    CannedAnswer answer = answer_from(attempt.typed, attempt.errors);
    answer.id = *id;
    if (!attempt.errors.empty()) return answers_page(site, request, 400, &attempt);
    if (auto saved = site.staff->chat_settings_desk.update_canned_answer(request.staff->identity, answer); !saved)
        return refused(site, request, std::move(attempt), saved.error());
    return see_other(staff_path(staff_language(request), "/chat/answers") + "?saved=changed#answer-" +
                     std::to_string(*id));
}

Response remove_answer(Site& site, const Request& request) {
    const auto id = parse_id(request.path_parameters.at("id"));
    auto removed = id ? site.staff->chat_settings_desk.remove_canned_answer(request.staff->identity, *id)
                      : Result<void>(Error::make(ErrorCode::not_found, "no such answer"));
    if (!removed) return refused(site, request, {}, removed.error());
    return see_other(staff_path(staff_language(request), "/chat/answers") + "?saved=removed");
}

}  // namespace

void add_staff_canned_answer_pages(Site& site, std::vector<Route>& routes) {
    for (Language language : {Language::nl, Language::en}) {
        routes.push_back({Method::get, staff_path(language, "/chat/answers"), Permission::chat_answers_manage,
                          [&site](const Request& request) { return answers_page(site, request, 200, nullptr); }});
        routes.push_back({Method::post, staff_path(language, "/chat/answers"), Permission::chat_answers_manage,
                          [&site](const Request& request) { return add_answer(site, request); }});
        routes.push_back({Method::post, staff_path(language, "/chat/answers/{id}"), Permission::chat_answers_manage,
                          [&site](const Request& request) { return edit_answer(site, request); }});
        routes.push_back({Method::post, staff_path(language, "/chat/answers/{id}/remove"),
                          Permission::chat_answers_manage,
                          [&site](const Request& request) { return remove_answer(site, request); }});
    }
}

}  // namespace meldpunt::web
