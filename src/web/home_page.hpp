// HomePage: the home page in one language, answered from memory on the I/O
// thread (it is the most requested page). Only the chat card changes, with the
// opening hours, so the rendered page is kept together with the time until
// which its chat sentence stays true and the calendar snapshot it was made
// from; it is rendered again only when that time has passed or the calendar
// has changed. One per language, shared by the routes that show it.
// Thread-safe: readers take the cached page with one atomic load; a reader that
// finds it stale renders a new one and swaps it in (two may at once, harmlessly).
#pragma once

#include <atomic>
#include <memory>

#include "web/site.hpp"

namespace meldpunt::web {

class HomePage {
  public:
    HomePage(const Site& site, Language language) : m_site(site), m_language(language) {}
    HomePage(const HomePage&) = delete;
    HomePage& operator=(const HomePage&) = delete;

    Response answer() const;

  private:
    struct Rendered {
        Response response;
        TimePoint rendered_at;
        TimePoint valid_until;
        std::shared_ptr<const domain::OfficeHoursSettings> settings;
    };
    std::shared_ptr<const Rendered> render(TimePoint now,
                                           std::shared_ptr<const domain::OfficeHoursSettings> settings) const;

    const Site& m_site;
    const Language m_language;
    mutable std::atomic<std::shared_ptr<const Rendered>> m_rendered;
};

}  // namespace meldpunt::web
