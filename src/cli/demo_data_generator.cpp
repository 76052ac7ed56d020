#include "cli/demo_data_generator.hpp"

#include <algorithm>
#include <cmath>

#include "cli/demo_data_text.hpp"
#include "domain/municipality.hpp"
#include "domain/route.hpp"

namespace meldpunt::cli {

using namespace domain;
using std::chrono::days;
using std::chrono::hours;

namespace {

constexpr auto kSpan = days(3 * 365);
// Below 1 the density grows towards now: the point gets a little busier each year.
constexpr double kGrowth = 0.85;

template <typename T>
bool contains(const std::vector<T>& values, T value) {
    return std::find(values.begin(), values.end(), value) != values.end();
}

}  // namespace

DemoSignalGenerator::DemoSignalGenerator(std::uint64_t seed, std::size_t total, TimePoint now)
    : m_random(seed), m_total(std::max<std::size_t>(total, 1)), m_now(now) {
    m_areas.resize(static_cast<std::size_t>(Municipality::unknown) + 1);
    for (int area = 1000; area <= 9999; ++area)
        m_areas[static_cast<std::size_t>(municipality_of_postcode_area(area))].push_back(area);
}

double DemoSignalGenerator::uniform() {
    return static_cast<double>(m_random() >> 11) * 0x1.0p-53;
}

std::size_t DemoSignalGenerator::below(std::size_t count) {
    return static_cast<std::size_t>(uniform() * static_cast<double>(count));
}

// Our own weighted draw (not std::discrete_distribution), so the output does
// not change with the standard library.
template <typename T>
T DemoSignalGenerator::pick(std::initializer_list<std::pair<T, double>> weighted) {
    double total = 0;
    for (const auto& [value, weight] : weighted) total += weight;
    double at = uniform() * total;
    for (const auto& [value, weight] : weighted) {
        if (at < weight) return value;
        at -= weight;
    }
    return (weighted.end() - 1)->first;
}

TimePoint DemoSignalGenerator::received_at() {
    // Signal i sits at fraction ((i + jitter) / total) ^ growth of the span:
    // ascending, so the numbers rise with time as they would in real life.
    const double fraction =
        std::pow((static_cast<double>(m_index) + uniform()) / static_cast<double>(m_total), kGrowth);
    const auto span_ms = std::chrono::duration_cast<std::chrono::milliseconds>(kSpan).count();
    return m_now - kSpan +
           std::chrono::milliseconds(static_cast<std::int64_t>(fraction * static_cast<double>(span_ms)));
}

Status DemoSignalGenerator::status_of(SignalKind kind, hours age) {
    using enum Status;
    if (kind == SignalKind::advice) return age > days(14) || uniform() < 0.5 ? closed : new_signal;
    if (age < days(30)) {
        return pick<Status>({{new_signal, 35},
                             {safety_assessment, 25},
                             {decided, 10},
                             {referred, 10},
                             {investigation, 5},
                             {handed_over, 3},
                             {closed, 12}});
    }
    if (age < days(180)) {
        return pick<Status>({{new_signal, 2},
                             {safety_assessment, 4},
                             {decided, 5},
                             {referred, 15},
                             {handed_over, 10},
                             {conditions_follow_up, 5},
                             {investigation, 12},
                             {monitoring, 10},
                             {closed, 37}});
    }
    return pick<Status>({{closed, 94}, {monitoring, 2}, {investigation, 2}, {referred, 1}, {conditions_follow_up, 1}});
}

void DemoSignalGenerator::add_route_details(StoredSignal& signal) {
    const auto age = std::chrono::duration_cast<hours>(m_now - signal.received_at);
    signal.status = status_of(signal.kind, age);
    const auto some_time_after = [&](days at_most) {
        const auto room = std::min<std::chrono::milliseconds>(m_now - signal.received_at, at_most);
        return signal.received_at + std::chrono::milliseconds(static_cast<std::int64_t>(uniform() * room.count()));
    };
    const bool past_safety = signal.kind == SignalKind::report && signal.status != Status::new_signal &&
                             signal.status != Status::safety_assessment;
    if (past_safety) {
        signal.safety_outcome = pick<SafetyOutcome>(
            {{SafetyOutcome::safe, 50}, {SafetyOutcome::concerns, 35}, {SafetyOutcome::unsafe, 15}});
        signal.scope = pick<Scope>({{Scope::domestic, 50}, {Scope::cross_border, 30}, {Scope::unknown, 20}});
        signal.sub_forms = sub_forms(signal.forms);
    }
    if (signal.status == Status::investigation) signal.investigation_started_at = some_time_after(days(30));
    if (signal.status == Status::closed) signal.closed_at = some_time_after(days(120));
    signal.deadline = deadline_of_step(signal.kind, signal.status, signal.received_at, signal.investigation_started_at);
    signal.updated_at = signal.closed_at ? *signal.closed_at : some_time_after(days(60));
    signal.version = 1;
}

std::vector<ExploitationForm> DemoSignalGenerator::forms() {
    using enum ExploitationForm;
    const auto draw = [&] {
        return pick<ExploitationForm>({{labour, 40}, {sexual, 35}, {criminal, 15}, {other, 5}, {unknown, 5}});
    };
    std::vector<ExploitationForm> chosen{draw()};
    if (chosen[0] != unknown && uniform() < 0.1) {
        const ExploitationForm second = draw();
        if (second != unknown && second != chosen[0]) chosen.push_back(second);
    }
    return chosen;
}

std::vector<std::string> DemoSignalGenerator::indicators(const std::vector<ExploitationForm>& forms, bool minors) {
    std::vector<std::string> codes;
    const std::size_t wanted = below(5);
    const auto checklist = signal_checklist();
    for (std::size_t tries = 0; codes.size() < wanted && tries < 20; ++tries) {
        const SignalDefinition& definition = checklist[below(checklist.size())];
        const bool fits = definition.group == SignalGroup::general ||
                          (definition.group == SignalGroup::school && minors) ||
                          (definition.group == SignalGroup::sexual && contains(forms, ExploitationForm::sexual)) ||
                          (definition.group == SignalGroup::labour && contains(forms, ExploitationForm::labour)) ||
                          (definition.group == SignalGroup::criminal && contains(forms, ExploitationForm::criminal));
        if (fits && !contains(codes, std::string(definition.code))) codes.emplace_back(definition.code);
    }
    return codes;
}

std::vector<std::string> DemoSignalGenerator::sub_forms(const std::vector<ExploitationForm>& forms) {
    std::vector<std::string> codes;
    for (ExploitationForm form : forms) {
        if (uniform() < 0.25) continue;  // not every file gets a sub-form
        std::vector<std::string_view> options;
        for (const auto& definition : all_sub_forms())
            if (definition.form == form) options.push_back(definition.code);
        if (!options.empty()) codes.emplace_back(options[below(options.size())]);
    }
    return codes;
}

std::optional<int> DemoSignalGenerator::postcode_area(Municipality municipality) {
    if (municipality == Municipality::unknown || uniform() < 0.3) return std::nullopt;
    const auto& areas = m_areas[static_cast<std::size_t>(municipality)];
    if (areas.empty()) return std::nullopt;
    return areas[below(areas.size())];
}

std::vector<Person> DemoSignalGenerator::persons(const StoredSignal& signal) {
    std::vector<Person> found;
    if (signal.kind != SignalKind::report) return found;
    const int count = pick<int>({{0, 20}, {1, 50}, {2, 20}, {3, 10}});
    const bool sexual = contains(signal.forms, ExploitationForm::sexual);
    for (int i = 0; i < count; ++i) {
        Person person;
        person.role = i > 0 && uniform() < 0.35 ? PersonRole::suspect : PersonRole::victim;
        const bool victim = person.role == PersonRole::victim;
        if (uniform() < 0.85) {
            const bool young = victim && signal.minors_involved == MinorsInvolved::yes && uniform() < 0.8;
            person.age = young ? 13 + static_cast<int>(below(5)) : 18 + static_cast<int>(below(victim ? 40 : 35));
            person.age_estimated = uniform() < 0.3;
        }
        person.minor_at_start = person.age && *person.age < 18 ? MinorsInvolved::yes
                                : uniform() < 0.7              ? MinorsInvolved::no
                                                               : MinorsInvolved::unknown;
        const double female = victim ? (sexual ? 0.85 : 0.3) : 0.15;
        person.gender = uniform() < 0.05 ? Gender::unknown : (uniform() < female ? Gender::female : Gender::male);
        person.nationality = pick<std::string>({{"NL", 40},
                                                {"RO", 15},
                                                {"PL", 12},
                                                {"BG", 8},
                                                {"NG", 5},
                                                {"UA", 5},
                                                {"HU", 3},
                                                {"VN", 2},
                                                {"CN", 2},
                                                {"IN", 2},
                                                {"SY", 2},
                                                {"ER", 2},
                                                {"", 2}});
        found.push_back(std::move(person));
    }
    return found;
}

DemoSignal DemoSignalGenerator::next() {
    DemoSignal demo;
    StoredSignal& signal = demo.signal;
    signal.received_at = received_at();
    ++m_index;
    signal.kind = uniform() < 0.7 ? SignalKind::report : SignalKind::advice;
    using enum Channel;
    signal.channel = pick<Channel>({{web, 45}, {phone, 30}, {email, 10}, {chat, 10}, {in_person, 5}});
    signal.reporter_role = pick<ReporterRole>({{ReporterRole::resident, 35},
                                               {ReporterRole::professional, 40},
                                               {ReporterRole::victim, 10},
                                               {ReporterRole::other, 15}});
    if (signal.reporter_role == ReporterRole::professional) {
        const auto sectors = all_sectors();
        signal.sector = sectors[below(sectors.size())];
    }
    signal.anonymity =
        pick<Anonymity>({{Anonymity::anonymous, 40}, {Anonymity::shielded, 30}, {Anonymity::identified, 30}});
    signal.forms = forms();
    using enum Municipality;
    signal.municipality = pick<Municipality>({{almere, 48},
                                              {lelystad, 18},
                                              {noordoostpolder, 10.5},
                                              {dronten, 9.5},
                                              {zeewolde, 4.8},
                                              {urk, 4.7},
                                              {outside, 3},
                                              {unknown, 1.5}});
    signal.minors_involved =
        pick<MinorsInvolved>({{MinorsInvolved::yes, 12}, {MinorsInvolved::no, 60}, {MinorsInvolved::unknown, 28}});
    signal.signal_codes = indicators(signal.forms, signal.minors_involved == MinorsInvolved::yes);
    signal.acute = signal.kind == SignalKind::report && uniform() < 0.03;
    add_route_details(signal);
    demo.persons = persons(signal);
    demo.content.description = demo_description(m_random, signal);
    if (signal.anonymity != Anonymity::anonymous) demo.content.contact = demo_contact(m_random, signal);
    demo.content.postcode_area = postcode_area(signal.municipality);
    return demo;
}

}  // namespace meldpunt::cli
