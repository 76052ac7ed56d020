// The mailbox on the public site (/brievenbus): log in with the receipt, read
// the thread, add a message. No cookies: the short-lived session token travels in
// a hidden field of each form, and every page is a POST response with no-store,
// so nothing lands in the browser history or cache.
#include "base/text.hpp"
#include "web/json_api.hpp"
#include "web/labels.hpp"
#include "web/site.hpp"

namespace meldpunt::web {

using namespace meldpunt::domain;

namespace {

Response login_page(Site& site, Language language, int status, std::string_view error, std::string_view notice) {
    ctemplate::TemplateDictionary values("mailbox_login");
    values.SetValue("ACTION_URL", std::string(path_of(Page::mailbox, language)));
    values.SetValue("FORM_TOKEN", site.form_tokens.issue(site.clock.now()));
    if (!error.empty()) {
        values.AddSectionDictionary("ERRORS")->AddSectionDictionary("ERROR")->SetValue(
            "MESSAGE", std::string(site.tr(language, error)));
    }
    if (!notice.empty())
        values.AddSectionDictionary("NOTICE")->SetValue("TEXT", std::string(site.tr(language, notice)));
    return site.page_response(status, language, Page::mailbox, site.tr(language, "Your mailbox"), "mailbox_login.tpl",
                              values);
}

Response mailbox_page(Site& site, Language language, const std::string& session, const MailboxKey& key, int status,
                      std::string_view draft, std::string_view error, std::string_view notice) {
    auto view = site.desk.read_mailbox(key);
    if (!view) {
        return login_page(site, language, 503, "Your mailbox cannot be opened just now. Please try again later.", "");
    }
    const auto tr = [&](std::string_view english) { return std::string(site.tr(language, english)); };
    ctemplate::TemplateDictionary values("mailbox");
    values.SetValue("KIND", tr(label_of(view->kind)));
    values.SetValue("RECEIVED", format_local_date(view->received_at));
    values.SetValue("STATUS", tr(label_of(view->status)));
    values.SetValue("DESCRIPTION", view->description);
    values.SetValue("SESSION", session);
    values.SetValue("DRAFT", std::string(draft));
    values.SetValue("SEND_URL", std::string(path_of(Page::mailbox_message, language)));
    values.SetValue("REFRESH_URL", std::string(path_of(Page::mailbox_refresh, language)));
    values.SetValue("LOGOUT_URL", std::string(path_of(Page::mailbox_close, language)));
    if (view->messages.empty()) values.ShowSection("NO_MESSAGES");
    for (const auto& message : view->messages) {
        auto* item = values.AddSectionDictionary("MESSAGE");
        item->SetValue("FROM", std::string(code_of(message.author)));
        item->SetValue("AUTHOR", tr(label_of(message.author)));
        item->SetValue("AT", format_local_date_time(message.sent_at));
        item->SetValue("BODY", message.body);
    }
    if (!error.empty())
        values.AddSectionDictionary("ERRORS")->AddSectionDictionary("ERROR")->SetValue("MESSAGE", tr(error));
    if (!notice.empty()) values.AddSectionDictionary("NOTICE")->SetValue("TEXT", tr(notice));
    return site.page_response(status, language, Page::mailbox, tr("Your mailbox"), "mailbox.tpl", values);
}

constexpr std::string_view kSessionGone =
    "Your mailbox was closed because it was not used for a while. Enter your receipt code again.";

Response log_in(Site& site, const Request& request, Language language) {
    const TimePoint now = site.clock.now();
    const std::string typed = form_value(request.form, "receipt");
    // The code is never written back into the page: a page re-posted from the
    // history of a shared phone must not show it.
    if (site.mailbox_limiter.exhausted(request.client_address, now) ||
        !site.login_limiter.allow(request.client_address, now)) {
        return login_page(site, language, 429,
                          "Too many codes were tried from your connection. Wait a few minutes and try again.", "");
    }
    if (site.form_tokens.redeem(form_value(request.form, "form_token"), now) != security::FormTokenCheck::valid) {
        return login_page(site, language, 400, "This page was open for too long. Please enter your code again.", "");
    }
    auto key = site.desk.open_mailbox(typed);
    if (!key) {
        if (key.error().code != ErrorCode::not_found) {
            return login_page(site, language, 503, "Your mailbox cannot be opened just now. Please try again later.",
                              "");
        }
        (void)site.mailbox_limiter.allow(request.client_address, now);  // only failures are charged
        return login_page(site, language, 401, "This receipt code is not known. Check the code and try again.", "");
    }
    const auto session = site.mailbox_sessions.open(*key, now);
    if (!session) {
        return login_page(site, language, 503, "Your mailbox cannot be opened just now. Please try again later.", "");
    }
    return mailbox_page(site, language, *session, *key, 200, "", "", "");
}

// Every mailbox page gets a new session token and the posted one dies, so a page
// kept in the browser history cannot open the mailbox or send again.
Response with_session(Site& site, const Request& request, Language language,
                      const std::function<Response(const std::string&, const MailboxKey&)>& action) {
    const auto session = site.mailbox_sessions.rotate(form_value(request.form, "session"), site.clock.now());
    if (!session) return login_page(site, language, 401, "", kSessionGone);
    return action(session->token, session->key);
}

Response send_message(Site& site, const Request& request, Language language) {
    return with_session(site, request, language, [&](const std::string& session, const MailboxKey& key) {
        const std::string body = form_value(request.form, "body");
        auto added = site.desk.add_reporter_message(key, body);
        if (!added) {
            const ErrorCode code = added.error().code;
            const bool ours = code != ErrorCode::invalid_input && code != ErrorCode::rate_limited;
            return mailbox_page(
                site, language, session, key, ours ? 503 : status_of(code), body,
                ours ? "Your message could not be saved just now. Please try again." : added.error().message, "");
        }
        return mailbox_page(site, language, session, key, 200, "", "", "Your message has been sent.");
    });
}

}  // namespace

void add_mailbox_page_routes(Site& site, std::vector<Route>& routes) {
    for (Language language : {Language::nl, Language::en}) {
        routes.push_back({Method::get, std::string(path_of(Page::mailbox, language)), Permission::public_access,
                          [&site, language](const Request&) { return login_page(site, language, 200, "", ""); },
                          Execution::io_thread});
        routes.push_back({Method::post, std::string(path_of(Page::mailbox, language)), Permission::public_access,
                          [&site, language](const Request& request) { return log_in(site, request, language); }});
        routes.push_back({Method::post, std::string(path_of(Page::mailbox_message, language)),
                          Permission::public_access,
                          [&site, language](const Request& request) { return send_message(site, request, language); }});
        routes.push_back({Method::post, std::string(path_of(Page::mailbox_refresh, language)),
                          Permission::public_access, [&site, language](const Request& request) {
                              return with_session(
                                  site, request, language, [&](const std::string& session, const MailboxKey& key) {
                                      return mailbox_page(site, language, session, key, 200, "", "", "");
                                  });
                          }});
        routes.push_back({Method::post, std::string(path_of(Page::mailbox_close, language)), Permission::public_access,
                          [&site, language](const Request& request) {
                              site.mailbox_sessions.close(form_value(request.form, "session"));
                              return login_page(site, language, 200, "", "Your mailbox is closed.");
                          }});
    }
    routes.push_back({Method::get, "/en/brievenbus", Permission::public_access,
                      [&site](const Request&) { return login_page(site, Language::en, 200, "", ""); },
                      Execution::io_thread});
}

}  // namespace meldpunt::web
