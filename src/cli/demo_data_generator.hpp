// DemoSignalGenerator: realistic made-up signals for `meldpunt demo-data`,
// spread over the last three years with the mix a Flevoland report point sees
// (kinds, channels, forms, municipalities by population, persons, the route).
// Everything comes from one std::mt19937_64, so a seed always gives the same
// signals in the same order; sealing is left to the caller.
// A value; not thread-safe (one generator per thread).
#pragma once

#include <cstdint>
#include <random>
#include <vector>

#include "domain/case_file.hpp"
#include "domain/ports.hpp"
#include "domain/sealed_content.hpp"

namespace meldpunt::cli {

struct DemoSignal {
    domain::StoredSignal signal;    // categorical fields and dates; nothing sealed yet
    domain::SealedContent content;  // what a person would have typed
    std::vector<domain::Person> persons;
};

class DemoSignalGenerator {
  public:
    // `total` signals ending at `now`, oldest first.
    DemoSignalGenerator(std::uint64_t seed, std::size_t total, TimePoint now);
    DemoSignal next();

  private:
    double uniform();  // [0, 1)
    std::size_t below(std::size_t count);
    template <typename T>
    T pick(std::initializer_list<std::pair<T, double>> weighted);

    TimePoint received_at();
    domain::Status status_of(domain::SignalKind kind, std::chrono::hours age);
    void add_route_details(domain::StoredSignal& signal);
    std::vector<domain::ExploitationForm> forms();
    std::vector<std::string> indicators(const std::vector<domain::ExploitationForm>& forms, bool minors);
    std::vector<std::string> sub_forms(const std::vector<domain::ExploitationForm>& forms);
    std::vector<domain::Person> persons(const domain::StoredSignal& signal);
    std::optional<int> postcode_area(domain::Municipality municipality);

    std::mt19937_64 m_random;
    std::size_t m_total;
    std::size_t m_index = 0;
    TimePoint m_now;
    std::vector<std::vector<int>> m_areas;  // postcode areas per municipality
};

}  // namespace meldpunt::cli
