// Test support: every port of the storage layer, built over one implementation
// (memory or SQLite), so that one contract suite runs against each. Used by the
// *_contract_test.cpp files only. Not thread-safe itself; the ports are.
#pragma once

#include <gtest/gtest.h>

#include <unistd.h>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

#include "domain/chat_settings_ports.hpp"
#include "domain/staff_ports.hpp"
#include "stats/figures.hpp"

namespace meldpunt::storage {

// Declared so that the borrowers go first: the memory case repository borrows
// the memory signal repository. The SQLite ones share their store.
struct Stores {
    std::shared_ptr<domain::SignalRepository> signals;
    std::unique_ptr<domain::CaseRepository> cases;
    std::unique_ptr<domain::UserRepository> users;
    std::unique_ptr<domain::AuditStore> audit;
    std::unique_ptr<domain::ChatSettingsRepository> chat_settings;
    std::unique_ptr<stats::FiguresSource> figures;  // borrows the signals and cases
    void reset() {
        figures.reset();
        chat_settings.reset();
        audit.reset();
        users.reset();
        cases.reset();
        signals.reset();
    }
};

struct StoresFactory {
    std::string name;
    std::function<Stores(const std::filesystem::path& dir)> make;
};

// memory and sqlite
std::vector<StoresFactory> all_store_factories();

// Gives each test its own folder and its own stores.
class StoreContract : public ::testing::TestWithParam<StoresFactory> {
  protected:
    void SetUp() override;
    void TearDown() override;
    static domain::StoredSignal sample(std::uint8_t tag);

    std::filesystem::path m_dir;
    Stores m_stores;
};

}  // namespace meldpunt::storage
