#include "web/home_page.hpp"

#include "web/chat_availability.hpp"

namespace meldpunt::web {

Response HomePage::answer() const {
    const TimePoint now = m_site.clock.now();
    auto settings = m_site.settings.office_hours->current();
    auto rendered = m_rendered.load();
    // The same snapshot pointer means the same calendar: a change made on the
    // staff pages swaps the snapshot, and the home page follows at once. A
    // clock set back makes the page older than it says: render it again too.
    if (!rendered || now >= rendered->valid_until || now < rendered->rendered_at || rendered->settings != settings) {
        rendered = render(now, std::move(settings));
        m_rendered.store(rendered);
    }
    return rendered->response;
}

std::shared_ptr<const HomePage::Rendered> HomePage::render(
    TimePoint now, std::shared_ptr<const domain::OfficeHoursSettings> settings) const {
    const ChatAvailability chat = chat_availability(m_site, m_language, now, *settings);
    ctemplate::TemplateDictionary values("home");
    values.SetValue("REPORT_URL", std::string(path_of(Page::report, m_language)));
    values.SetValue("ADVICE_URL", std::string(path_of(Page::advice, m_language)));
    values.SetValue("MAILBOX_URL", std::string(path_of(Page::mailbox, m_language)));
    values.SetValue("CHAT_URL", std::string(path_of(Page::chat, m_language)));
    values.SetValue("CHAT_AVAILABILITY", chat.sentence);
    for (const auto& address : page_addresses()) {
        if (address.content_id.empty()) continue;
        auto* link = values.AddSectionDictionary("INFO_LINK");
        link->SetValue("URL", std::string(path_of(address.page, m_language)));
        link->SetValue("LABEL", std::string(m_site.tr(m_language, address.nav_label)));
    }
    Response response =
        m_site.page_response(200, m_language, Page::home, m_site.tr(m_language, "Home"), "home.tpl", values);
    return std::make_shared<const Rendered>(Rendered{std::move(response), now, chat.valid_until, std::move(settings)});
}

}  // namespace meldpunt::web
