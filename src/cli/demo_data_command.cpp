// `meldpunt demo-data --signals N --seed S`: fills the store with made-up but
// realistic signals (DemoSignalGenerator), sealed exactly as store_new_signal
// seals a real one, so staff can open them with the service key like any other.
// While one batch is written, the next is generated and sealed on another
// thread; the writer commits each batch in one transaction.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <future>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/data_folder.hpp"
#include "cli/demo_data_generator.hpp"
#include "domain/reporter_desk.hpp"
#include "security/sodium_vault.hpp"
#include "storage/sqlite/sqlite_signal_repository.hpp"

namespace meldpunt::cli {

namespace {

constexpr std::size_t kBatch = 5000;

struct Batch {
    std::vector<domain::StoredSignal> signals;
    std::vector<std::vector<domain::Person>> persons;
};

Result<Batch> make_batch(DemoSignalGenerator& generator, std::size_t count, const domain::Vault& vault) {
    Batch batch;
    batch.signals.reserve(count);
    batch.persons.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        DemoSignal demo = generator.next();
        if (auto sealed = domain::seal_new_signal(demo.signal, demo.content, vault); !sealed) return sealed.error();
        batch.signals.push_back(std::move(demo.signal));
        batch.persons.push_back(std::move(demo.persons));
    }
    return batch;
}

// "\r[#####     ] 52% 520000/1000000 12.3 s" on a terminal; a plain line per
// tenth otherwise, so a log file does not fill with carriage returns.
class Progress {
  public:
    explicit Progress(std::size_t total) : m_total(total), m_terminal(::isatty(STDERR_FILENO) == 1) {}

    void update(std::size_t done) {
        const int percent = static_cast<int>(done * 100 / m_total);
        if (!m_terminal) {
            if (percent / 10 == m_last_tenth) return;
            m_last_tenth = percent / 10;
        }
        char line[128];
        const int filled = percent / 10;
        std::snprintf(line, sizeof line, "%s[%.*s%*s] %3d%% %zu/%zu %.1f s%s", m_terminal ? "\r" : "", filled,
                      "##########", 10 - filled, "", percent, done, m_total, seconds(), m_terminal ? "" : "\n");
        std::cerr << line << std::flush;
    }
    void finish() {
        if (m_terminal) std::cerr << "\n";
    }
    double seconds() const {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_started).count();
    }

  private:
    std::size_t m_total;
    bool m_terminal;
    int m_last_tenth = 0;
    std::chrono::steady_clock::time_point m_started = std::chrono::steady_clock::now();
};

}  // namespace

int demo_data(const DemoDataOptions& options) {
    auto folder = open_data_folder(options.data_dir, CreateFolder::if_missing);
    if (!folder) {
        std::cerr << "error: " << folder.error().message << "\n";
        return 1;
    }
    const SystemClock clock;
    const security::SodiumVault vault(folder->keyring, &clock);
    storage::sqlite::SqliteSignalRepository repository(folder->store);
    // Made-up signals must never mix with real ones by accident.
    if (!options.append) {
        auto existing = repository.count_signals();
        if (!existing) {
            std::cerr << "error: " << existing.error().message << "\n";
            return 1;
        }
        if (*existing > 0) {
            std::cerr << "error: " << options.data_dir.string() << " already holds " << *existing
                      << " signals; demo data goes into an empty data folder (--append adds to demo data)\n";
            return 1;
        }
    }
    DemoSignalGenerator generator(options.seed, options.signals, clock.now());
    Progress progress(options.signals);

    // One batch in the making while the one before is written. The generator
    // is only ever used by one task at a time, so its sequence stays the seed's.
    const auto start_batch = [&](std::size_t count) {
        return std::async(std::launch::async,
                          [&generator, &vault, count] { return make_batch(generator, count, vault); });
    };
    std::size_t done = 0;
    auto pending = start_batch(std::min(kBatch, options.signals));
    while (done < options.signals) {
        auto batch = pending.get();
        if (!batch) {
            std::cerr << "\nerror: " << batch.error().message << "\n";
            return 1;
        }
        const std::size_t after = done + batch->signals.size();
        if (after < options.signals) pending = start_batch(std::min(kBatch, options.signals - after));
        if (auto added = repository.add_signals_bulk(batch->signals, batch->persons); !added) {
            if (pending.valid()) pending.wait();
            std::cerr << "\nerror: cannot store the demo signals: " << added.error().message << "\n";
            return 1;
        }
        done = after;
        progress.update(done);
    }
    progress.finish();
    folder->store->stop_writes();
    std::cout << "added " << done << " demo signals in " << progress.seconds() << " s\n";
    return 0;
}

}  // namespace meldpunt::cli
