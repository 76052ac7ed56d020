// figures_timing DB PERIOD [ROUNDS]: the figures benchmark's in-process part
// (bench/figures.sh). Times, on the same store and in the same run, the
// coordinator's dashboard and the region's publication made from the counts
// the triggers keep (SqliteFigures::counts); one breakdown of signals and one
// of people kept and counted by scanning the rows (SqliteFigures::recount);
// and a bare GROUP BY over every signal as the least a scan costs. Prints one
// line per measurement: "name p50_ms p99_ms rounds".
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "stats/dashboard.hpp"
#include "stats/published_figures.hpp"
#include "storage/sqlite/sqlite_figures.hpp"

namespace {

using namespace meldpunt;

template <typename Work>
void measure(const char* name, int rounds, Work work) {
    std::vector<double> ms;
    for (int round = 0; round < rounds; ++round) {
        const auto started = std::chrono::steady_clock::now();
        if (!work()) {
            std::cerr << name << ": failed\n";
            std::exit(1);
        }
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count());
    }
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double share) { return ms[std::min(ms.size() - 1, static_cast<std::size_t>(share * ms.size()))]; };
    std::printf("%s %.3f %.3f %d\n", name, at(0.5), at(0.99), rounds);
    std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: figures_timing DB PERIOD [ROUNDS]\n";
        return 2;
    }
    auto period = stats::parse_period(argv[2]);
    auto store = storage::sqlite::SqliteStore::open(argv[1]);
    if (!period || !store) {
        std::cerr << "figures_timing: bad period or store\n";
        return 2;
    }
    const int rounds = argc > 3 ? std::stoi(argv[3]) : 200;
    storage::sqlite::SqliteFigures kept(*store);
    const stats::DisclosureSettings published{stats::DisclosureMethod::suppression, 10, 5};

    measure("dashboard_kept", rounds, [&] { return build_dashboard(kept, *period, stats::kRegion).ok(); });
    measure("published_kept", rounds, [&] { return publish_figures(kept, *period, stats::kRegion, published).ok(); });
    // One breakdown each of signals and of people, kept and scanned. A scan is
    // slow on a million signals: three rounds, and the median is the figure.
    // (A whole dashboard by scanning is 34 such scans: minutes.)
    measure("signals_by_form_kept", rounds,
            [&] { return kept.counts(stats::Unit::signals, *period, stats::kRegion, "form").ok(); });
    measure("signals_by_form_recount", 3,
            [&] { return kept.recount(stats::Unit::signals, *period, stats::kRegion, "form").ok(); });
    measure("persons_by_age_kept", rounds,
            [&] { return kept.counts(stats::Unit::persons, *period, stats::kRegion, "age_band").ok(); });
    measure("persons_by_age_recount", 3,
            [&] { return kept.recount(stats::Unit::persons, *period, stats::kRegion, "age_band").ok(); });
    // The least any scan of the signals costs: one plain GROUP BY over every row.
    measure("bare_group_by_scan", 3, [&] {
        auto lease = (*store)->read();
        auto statement = lease->prepare("SELECT municipality, count(*) FROM signals GROUP BY municipality");
        if (!statement) return false;
        while (true) {
            auto row = statement->step();
            if (!row) return false;
            if (!*row) return true;
        }
    });
    return 0;
}
