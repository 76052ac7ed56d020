#include "web/site.hpp"

#include "web/embedded_files.hpp"
#include "web/markdown.hpp"

namespace meldpunt::web {

namespace {

constexpr Language kLanguages[] = {Language::nl, Language::en};

Language other(Language language) {
    return language == Language::nl ? Language::en : Language::nl;
}

}  // namespace

Site::Site(domain::ReporterDesk& desk_, const Clock& clock_, Translations translations_, Templates templates_,
           SiteSettings settings_)
    : desk(desk_),
      clock(clock_),
      translations(std::move(translations_)),
      templates(std::move(templates_)),
      settings(std::move(settings_)),
      mailbox_sessions(settings.mailbox_idle_timeout),
      submit_limiter(settings.submit_limit),
      mailbox_limiter(settings.mailbox_limit),
      login_limiter(settings.login_limit),
      staff_login_limiter(settings.staff_login_limit) {
    // Markdown is rendered once at start; pages are then plain strings.
    for (const auto& address : page_addresses()) {
        if (address.content_id.empty()) continue;
        InfoPage page;
        for (Language language : kLanguages) {
            const std::string path =
                "content/" + std::string(code_of(language)) + "/" + std::string(address.content_id) + ".md";
            const auto markdown = find_embedded_file(path).value_or("# ?");
            page.title[static_cast<int>(language)] = markdown_title(markdown);
            page.html[static_cast<int>(language)] = markdown_to_html(markdown);
        }
        info_pages.emplace(address.page, std::move(page));
    }
}

std::string Site::render_page(Language language, Page current, std::string_view title, std::string body,
                              std::string_view quick_exit) const {
    ctemplate::TemplateDictionary layout("layout");
    layout.SetValue("LANG", std::string(code_of(language)));
    layout.SetValue("TITLE", std::string(title));
    layout.SetValue("BODY", body);
    layout.SetValue("QUICK_EXIT_URL", quick_exit.empty() ? settings.quick_exit_url : std::string(quick_exit));
    layout.SetValue("HOME_URL", std::string(path_of(Page::home, language)));
    layout.SetValue("PRIVACY_URL", std::string(path_of(Page::privacy, language)));
    const Language alternate = other(language);
    layout.SetValue("ALTERNATE_URL", std::string(path_of(current, alternate)));
    layout.SetValue("ALTERNATE_LANG", std::string(code_of(alternate)));
    layout.SetValue("ALTERNATE_LABEL", alternate == Language::en ? "English" : "Nederlands");
    for (const auto& address : page_addresses()) {
        if (address.nav_label.empty()) continue;
        auto* item = layout.AddSectionDictionary("NAV_ITEM");
        item->SetValue("URL", std::string(path_of(address.page, language)));
        item->SetValue("LABEL", std::string(tr(language, address.nav_label)));
        if (address.page == current) item->ShowSection("CURRENT");
    }
    return templates.render(language, "layout.tpl", layout);
}

Response Site::page_response(int status, Language language, Page current, std::string_view title,
                             std::string_view template_name, const ctemplate::TemplateDictionary& values) const {
    return Response::html(status,
                          render_page(language, current, title, templates.render(language, template_name, values)));
}

std::vector<Route> all_routes(Site& site) {
    std::vector<Route> routes;
    add_page_routes(site, routes);
    add_signal_form_routes(site, routes);
    add_mailbox_page_routes(site, routes);
    add_signal_api_routes(site, routes);
    add_mailbox_api_routes(site, routes);
    add_chat_status_api_routes(site, routes);
    add_chat_page_routes(site, routes);
    if (site.staff != nullptr) {
        add_staff_account_api_routes(site, routes);
        add_staff_signal_api_routes(site, routes);
        add_figures_api_routes(site, routes);
        add_staff_page_routes(site, routes);
    }
    return routes;
}

}  // namespace meldpunt::web
