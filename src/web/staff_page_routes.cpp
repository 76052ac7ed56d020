#include "web/staff_page_routes.hpp"

namespace meldpunt::web {

void add_staff_page_routes(Site& site, std::vector<Route>& routes) {
    add_staff_auth_pages(site, routes);
    add_staff_queue_pages(site, routes);
    add_staff_phone_pages(site, routes);
    add_staff_admin_pages(site, routes);
    add_staff_signal_pages(site, routes);
    add_staff_office_hours_pages(site, routes);
    add_staff_canned_answer_pages(site, routes);
    add_staff_chat_pages(site, routes);
    add_staff_figures_pages(site, routes);
    add_staff_published_figures_pages(site, routes);
}

}  // namespace meldpunt::web
