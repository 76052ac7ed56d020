// Handlers for the information pages, the home page, static assets and health.
#include "web/site.hpp"

#include "web/embedded_files.hpp"

namespace meldpunt::web {

namespace {

constexpr Language kLanguages[] = {Language::nl, Language::en};

Response home(Site& site, Language language) {
    ctemplate::TemplateDictionary values("home");
    values.SetValue("REPORT_URL", std::string(path_of(Page::report, language)));
    values.SetValue("ADVICE_URL", std::string(path_of(Page::advice, language)));
    values.SetValue("MAILBOX_URL", std::string(path_of(Page::mailbox, language)));
    for (const auto& address : page_addresses()) {
        if (address.content_id.empty()) continue;
        auto* link = values.AddSectionDictionary("INFO_LINK");
        link->SetValue("URL", std::string(path_of(address.page, language)));
        link->SetValue("LABEL", std::string(site.tr(language, address.nav_label)));
    }
    return site.page_response(200, language, Page::home, site.tr(language, "Home"), "home.tpl", values);
}

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
    for (Language language : kLanguages) {
        // These pages are the same for everyone: render once, answer from memory.
        routes.push_back({Method::get, std::string(path_of(Page::home, language)), Permission::public_access,
                          [page = home(site, language)](const Request&) { return page; }, Execution::io_thread});
        for (const auto& address : page_addresses()) {
            if (address.content_id.empty()) continue;
            const Page page = address.page;
            routes.push_back({Method::get, std::string(path_of(page, language)), Permission::public_access,
                              [rendered = info(site, page, language)](const Request&) { return rendered; },
                              Execution::io_thread});
        }
    }
    routes.push_back({Method::get, "/en", Permission::public_access,
                      [page = home(site, Language::en)](const Request&) { return page; }, Execution::io_thread});
    routes.push_back({Method::get, "/static/site.css", Permission::public_access,
                      [](const Request&) { return static_asset("site.css", "text/css; charset=utf-8"); },
                      Execution::io_thread});
    routes.push_back({Method::get, "/static/staff.css", Permission::public_access,
                      [](const Request&) { return static_asset("staff.css", "text/css; charset=utf-8"); },
                      Execution::io_thread});
    routes.push_back({Method::get, "/static/site.js", Permission::public_access,
                      [](const Request&) { return static_asset("site.js", "text/javascript; charset=utf-8"); },
                      Execution::io_thread});
}

}  // namespace meldpunt::web
