// GET /api/v1/chat/status at fixed moments: the exact JSON while open, while
// closed (next_open in UTC), and with an administrator's closure in the settings.
#include <boost/json.hpp>

#include "web/staff_test_site.hpp"

namespace meldpunt::web {
namespace {

class ChatStatusApi : public test_support::StaffSiteTest {
  protected:
    boost::json::value status_at(std::string_view time) {
        TimePoint at;
        EXPECT_TRUE(parse_iso8601(time, at)) << time;
        m_clock.set(at);
        Request request;
        request.path = "/api/v1/chat/status";
        const Response response = dispatch(request);
        EXPECT_EQ(response.status, 200);
        EXPECT_TRUE(response.content_type.starts_with("application/json")) << response.content_type;
        return boost::json::parse(response.body);
    }
};

TEST_F(ChatStatusApi, OpenDuringOfficeHours) {
    EXPECT_EQ(boost::json::serialize(status_at("2026-04-28T16:59:00+02:00")),
              R"({"open":true,"next_open":null,"phone":"088 2220500"})");
}

TEST_F(ChatStatusApi, ClosedOnKingsDayWithTheNextOpeningInUtc) {
    EXPECT_EQ(boost::json::serialize(status_at("2026-04-27T10:00:00+02:00")),
              R"({"open":false,"next_open":"2026-04-28T07:00:00Z","phone":"088 2220500"})");
}

TEST_F(ChatStatusApi, FollowsTheSiteSettings) {
    // A settings value with a closure on Tuesday 28 April moves the next opening to Wednesday.
    domain::OfficeHoursSettings hours;
    hours.closures.push_back({Date{std::chrono::year{2026} / 4 / 28}, "Training day"});
    SiteSettings settings;
    settings.office_hours = std::make_shared<const domain::FixedOfficeHours>(hours);
    m_site = std::make_unique<Site>(m_site->desk, m_clock, m_site->translations, m_site->templates, settings);
    m_site->staff = m_staff.get();
    m_routes = all_routes(*m_site);
    EXPECT_EQ(status_at("2026-04-27T10:00:00+02:00").at("next_open"), "2026-04-29T07:00:00Z");
}

}  // namespace
}  // namespace meldpunt::web
