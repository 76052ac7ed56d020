// Site: everything the public handlers share (the desk, translations, templates,
// form tokens, mailbox sessions, rate limiters, settings) and the table of
// routes, each naming the permission it needs. Built once at start by the
// composition root; thread-safe (its parts are).
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "domain/office_hours.hpp"
#include "domain/reporter_desk.hpp"
#include "domain/staff.hpp"
#include "security/form_token.hpp"
#include "security/mailbox_sessions.hpp"
#include "security/rate_limiter.hpp"
#include "stats/disclosure.hpp"
#include "web/http_types.hpp"
#include "web/public_paths.hpp"
#include "web/templates.hpp"

namespace meldpunt::web {

struct SiteSettings {
    std::string quick_exit_url = "https://www.google.nl/";
    security::RateLimit submit_limit{20, 10, true};  // per address: 20 at once, 10 a minute
    security::RateLimit mailbox_limit{5, 5, true};   // wrong receipts per address
    security::RateLimit login_limit{30, 30, true};   // all mailbox logins per address (sessions cost memory)
    security::RateLimit staff_login_limit{10, 10, true};  // staff sign-in attempts per address (Argon2id each)
    std::chrono::minutes mailbox_idle_timeout{20};
    // Published figures (analysts, the API, downloads): counts 1 to k-1 hidden, k = 10.
    stats::DisclosureSettings figures_disclosure;
    // The chat's calendar: the composition root gives the stored one
    // (domain::StoredOfficeHours); without it, the defaults never change.
    std::shared_ptr<const domain::OfficeHoursCalendar> office_hours =
        std::make_shared<const domain::FixedOfficeHours>();
};

struct InfoPage {
    std::string title[2];  // by Language
    std::string html[2];
};

class Site {
  public:
    Site(domain::ReporterDesk& desk, const Clock& clock, Translations translations, Templates templates,
         SiteSettings settings);

    domain::ReporterDesk& desk;
    const Clock& clock;
    const Translations translations;
    const Templates templates;
    const SiteSettings settings;
    security::FormTokens form_tokens;
    security::MailboxSessions mailbox_sessions;
    security::RateLimiter submit_limiter;
    security::RateLimiter mailbox_limiter;
    security::RateLimiter login_limiter;
    security::RateLimiter staff_login_limiter;
    std::map<Page, InfoPage> info_pages;
    // The staff side, when this server has one (the composition root sets it;
    // public-only tests leave it empty and every staff route answers 404).
    struct StaffSite* staff = nullptr;
    // The live chat, when this server has one (also set by the composition root).
    struct ChatSite* chat = nullptr;

    std::string_view tr(Language language, std::string_view english) const {
        return translations.get(language, english);
    }
    // The whole page: layout around `body`, which a template rendered.
    // `quick_exit` replaces where the quick exit leads (the plain HTML chat ends
    // itself on the way out); empty: the setting.
    std::string render_page(Language language, Page current, std::string_view title, std::string body,
                            std::string_view quick_exit = {}) const;
    Response page_response(int status, Language language, Page current, std::string_view title,
                           std::string_view template_name, const ctemplate::TemplateDictionary& values) const;
};

// Who may call a route: the public side needs nothing (public_access); every
// staff route names the permission its user's roles must grant (domain/staff.hpp).
using Permission = domain::Permission;

// Where a handler runs. Handlers that touch storage or do heavy crypto run on
// the worker pool; handlers that only render from memory answer on the I/O
// thread, which saves two thread hops per request.
enum class Execution { worker_pool, io_thread };

using Handler = std::function<Response(const Request&)>;
struct Route {
    Method method;
    std::string pattern;  // "/api/v1/signals/{id}": {name} matches one segment
    Permission permission;
    Handler handler;
    Execution execution = Execution::worker_pool;
};

// Every route of the server: the public ones, and the staff ones when
// site.staff is set.
std::vector<Route> all_routes(Site& site);

Language language_of_path(std::string_view path);
Response not_found_page(const Site& site, Language language);
// A page that only says something (an error, a notice) with one link onward.
Response message_page(const Site& site, int status, Language language, std::string_view heading, std::string_view text);

// Declared here, defined one file per resource.
void add_page_routes(Site& site, std::vector<Route>& routes);
void add_signal_form_routes(Site& site, std::vector<Route>& routes);
void add_mailbox_page_routes(Site& site, std::vector<Route>& routes);
void add_signal_api_routes(Site& site, std::vector<Route>& routes);
void add_mailbox_api_routes(Site& site, std::vector<Route>& routes);
void add_chat_status_api_routes(Site& site, std::vector<Route>& routes);
void add_chat_page_routes(Site& site, std::vector<Route>& routes);
void add_staff_account_api_routes(Site& site, std::vector<Route>& routes);
void add_staff_signal_api_routes(Site& site, std::vector<Route>& routes);
void add_figures_api_routes(Site& site, std::vector<Route>& routes);
void add_staff_page_routes(Site& site, std::vector<Route>& routes);

}  // namespace meldpunt::web
