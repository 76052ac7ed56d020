#include "storage/contract_stores.hpp"

#include "storage/memory/memory_audit_store.hpp"
#include "storage/memory/memory_case_repository.hpp"
#include "storage/memory/memory_chat_settings_repository.hpp"
#include "storage/memory/memory_figures.hpp"
#include "storage/memory/memory_user_repository.hpp"
#include "storage/sqlite/sqlite_audit_store.hpp"
#include "storage/sqlite/sqlite_case_repository.hpp"
#include "storage/sqlite/sqlite_chat_settings_repository.hpp"
#include "storage/sqlite/sqlite_figures.hpp"
#include "storage/sqlite/sqlite_signal_repository.hpp"
#include "storage/sqlite/sqlite_user_repository.hpp"

namespace meldpunt::storage {

using namespace meldpunt::domain;
namespace fs = std::filesystem;

std::vector<StoresFactory> all_store_factories() {
    return {
        StoresFactory{"memory",
                      [](const fs::path&) {
                          Stores stores;
                          auto signals = std::make_shared<memory::MemorySignalRepository>();
                          auto cases = std::make_unique<memory::MemoryCaseRepository>(*signals);
                          stores.figures = std::make_unique<memory::MemoryFigures>(*signals, *cases);
                          stores.cases = std::move(cases);
                          stores.users = std::make_unique<memory::MemoryUserRepository>();
                          stores.audit = std::make_unique<memory::MemoryAuditStore>();
                          stores.chat_settings = std::make_unique<memory::MemoryChatSettingsRepository>();
                          stores.signals = std::move(signals);
                          return stores;
                      }},
        StoresFactory{"sqlite",
                      [](const fs::path& dir) {
                          Stores stores;
                          auto store = sqlite::SqliteStore::open(dir / "meldpunt.db");
                          if (!store) {
                              ADD_FAILURE() << store.error().message;
                              return stores;
                          }
                          stores.signals = std::make_shared<sqlite::SqliteSignalRepository>(*store);
                          stores.cases = std::make_unique<sqlite::SqliteCaseRepository>(*store);
                          stores.users = std::make_unique<sqlite::SqliteUserRepository>(*store);
                          stores.audit = std::make_unique<sqlite::SqliteAuditStore>(*store);
                          stores.chat_settings = std::make_unique<sqlite::SqliteChatSettingsRepository>(*store);
                          stores.figures = std::make_unique<sqlite::SqliteFigures>(*store);
                          return stores;
                      }},
    };
}

void StoreContract::SetUp() {
    m_dir =
        fs::temp_directory_path() / ("meldpunt-store-contract-" + std::to_string(::getpid()) + "-" + GetParam().name +
                                     "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(m_dir);
    fs::create_directories(m_dir);
    m_stores = GetParam().make(m_dir);
    ASSERT_NE(m_stores.cases, nullptr);
}

void StoreContract::TearDown() {
    m_stores.reset();
    fs::remove_all(m_dir);
}

StoredSignal StoreContract::sample(std::uint8_t tag) {
    StoredSignal signal;
    signal.kind = SignalKind::report;
    signal.channel = Channel::web;
    signal.reporter_role = ReporterRole::professional;
    signal.anonymity = Anonymity::shielded;
    signal.forms = {ExploitationForm::sexual};
    signal.municipality = Municipality::lelystad;
    signal.received_at = from_unix_millis(1'780'000'000'000 + tag);
    signal.updated_at = signal.received_at;
    signal.receipt_lookup = Bytes(32, tag);
    signal.sealed_content = Bytes{tag};
    signal.key_for_service = Bytes(80, 7);
    signal.key_for_receipt = Bytes(72, 9);
    return signal;
}

}  // namespace meldpunt::storage
