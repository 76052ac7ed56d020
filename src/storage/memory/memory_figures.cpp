#include "storage/memory/memory_figures.hpp"

#include <map>
#include <set>

#include "base/working_days.hpp"
#include "domain/municipality.hpp"

namespace meldpunt::storage::memory {

using namespace meldpunt::domain;

namespace {

// Every fact of one signal: its own, its forms', sub-forms' and referrals'.
std::vector<stats::Fact> facts_of(const StoredSignal& signal, const std::vector<Referral>& referrals) {
    const std::string_view minors = code_of(signal.minors_involved);
    const std::string_view scope = code_of(signal.scope);
    auto facts = stats::signal_facts({code_of(signal.kind), code_of(signal.channel), code_of(signal.reporter_role),
                                      minors, scope, code_of(signal.status)});
    for (ExploitationForm form : signal.forms)
        for (auto& fact : stats::form_facts(code_of(form), minors, scope)) facts.push_back(std::move(fact));
    for (const auto& sub_form : signal.sub_forms) facts.push_back({"sub_form", sub_form});
    for (const auto& referral : referrals)
        if (referral.signal_id == signal.id)
            for (auto& fact : stats::referral_facts(code_of(referral.partner), code_of(referral.outcome)))
                facts.push_back(std::move(fact));
    return facts;
}

}  // namespace

Result<std::vector<stats::FigureCount>> MemoryFigures::counts(stats::Unit unit, const stats::Period& period,
                                                              std::string_view area, std::string_view dimension) {
    if (auto valid = stats::check_figure_query(unit, area, dimension); !valid) return valid.error();
    const int first = stats::month_number(period.first_day());
    const int last = stats::month_number(period.last_day());
    // The area dimension counts the facts of "all" per municipality.
    const bool by_area = dimension == "municipality";
    const std::string_view wanted = by_area ? std::string_view("all") : dimension;
    std::lock_guard lock(m_signals.m_mutex);
    const auto counted = [&](const StoredSignal& signal) {
        const int month = stats::month_number(local_date(signal.received_at));
        return month >= first && month <= last && (area == stats::kRegion || code_of(signal.municipality) == area);
    };
    std::map<std::string, std::int64_t> signals;
    std::map<std::string, std::set<PersonId>> people;
    if (unit == stats::Unit::signals) {
        for (const auto& [id, signal] : m_signals.m_signals) {
            if (!counted(signal)) continue;
            for (const auto& fact : facts_of(signal, m_cases.m_referrals))
                if (fact.dimension == wanted) ++signals[by_area ? std::string(code_of(signal.municipality)) : fact.value];
        }
    } else {
        for (const auto& [id, person] : m_cases.m_persons) {
            const auto signal = m_signals.m_signals.find(person.signal_id);
            if (signal == m_signals.m_signals.end() || !counted(signal->second)) continue;
            for (const auto& fact : stats::person_facts({code_of(person.role), person.age, code_of(person.minor_at_start),
                                                         code_of(person.gender), person.nationality}))
                if (fact.dimension == wanted)
                    people[by_area ? std::string(code_of(signal->second.municipality)) : fact.value].insert(
                        person.identity);
        }
    }
    std::vector<stats::FigureCount> out;
    for (const auto& [value, count] : signals) out.push_back({value, count});
    for (const auto& [value, identities] : people)
        out.push_back({value, static_cast<std::int64_t>(identities.size())});
    return out;
}

}  // namespace meldpunt::storage::memory
