// Handlers for the information pages, the home page (web/home_page), static
// assets and health.
#include "web/site.hpp"

#include <memory>

#include "web/embedded_files.hpp"
#include "web/home_page.hpp"

namespace meldpunt::web {

namespace {

constexpr Language kLanguages[] = {Language::nl, Language::en};

Response info(Site& site, Page page, Language language) {
    const InfoPage& content = site.info_pages.at(page);
    ctemplate::TemplateDictionary values("info");
    values.SetValue("CONTENT", content.html[static_cast<int>(language)]);
    values.SetValue("REPORT_URL", std::string(path_of(Page::report, language)));
    values.SetValue("ADVICE_URL", std::string(path_of(Page::advice, language)));
    return site.page_response(200, language, page, content.title[static_cast<int>(language)], "info_page.tpl", values);
}

Response static_asset(std::string_view name, std::string_view content_type) {
    const auto data = find_embedded_file("static/" + std::string(name));
    if (!data) return Response::text(404, "not found");
    return Response{200, std::string(content_type), std::string(*data), {}};
}

}  // namespace

Response not_found_page(const Site& site, Language language) {
    ctemplate::TemplateDictionary values("not_found");
    values.SetValue("HOME_URL", std::string(path_of(Page::home, language)));
    return site.page_response(404, language, Page::home, site.tr(language, "This page does not exist"), "not_found.tpl",
                              values);
}

Language language_of_path(std::string_view path) {
    return path == "/en" || path.starts_with("/en/") ? Language::en : Language::nl;
}

Response message_page(const Site& site, int status, Language language, std::string_view heading,
                      std::string_view text) {
    ctemplate::TemplateDictionary values("message");
    values.SetValue("HEADING", std::string(heading));
    values.SetValue("TEXT", std::string(text));
    values.SetValue("LINK_URL", std::string(path_of(Page::home, language)));
    values.SetValue("LINK_LABEL", std::string(site.tr(language, "To the home page")));
    return site.page_response(status, language, Page::home, heading, "message_page.tpl", values);
}

void add_page_routes(Site& site, std::vector<Route>& routes) {
    routes.push_back({Method::get, "/healthz", Permission::public_access,
                      [](const Request&) { return Response::text(200, "ok"); }, Execution::io_thread});
    // The home page changes only with the chat's opening hours (see HomePage).
    const auto dutch_home = std::make_shared<const HomePage>(site, Language::nl);
    const auto english_home = std::make_shared<const HomePage>(site, Language::en);
    for (Language language : kLanguages) {
        const auto home = language == Language::nl ? dutch_home : english_home;
        routes.push_back({Method::get, std::string(path_of(Page::home, language)), Permission::public_access,
                          [home](const Request&) { return home->answer(); }, Execution::io_thread});
        // These pages are the same for everyone: render once, answer from memory.
        for (const auto& address : page_addresses()) {
            if (address.content_id.empty()) continue;
            const Page page = address.page;
            routes.push_back({Method::get, std::string(path_of(page, language)), Permission::public_access,
                              [rendered = info(site, page, language)](const Request&) { return rendered; },
                              Execution::io_thread});
        }
    }
    routes.push_back({Method::get, "/en", Permission::public_access,
                      [english_home](const Request&) { return english_home->answer(); }, Execution::io_thread});
    routes.push_back({Method::get, "/static/site.css", Permission::public_access,
                      [](const Request&) { return static_asset("site.css", "text/css; charset=utf-8"); },
                      Execution::io_thread});
    routes.push_back({Method::get, "/static/staff.css", Permission::public_access,
                      [](const Request&) { return static_asset("staff.css", "text/css; charset=utf-8"); },
                      Execution::io_thread});
    for (std::string_view script : {"site.js", "chat.js", "staff_chat.js"}) {
        routes.push_back({Method::get, "/static/" + std::string(script), Permission::public_access,
                          [script](const Request&) { return static_asset(script, "text/javascript; charset=utf-8"); },
                          Execution::io_thread});
    }
}

}  // namespace meldpunt::web
