// One contract for every SignalRepository: what the domain may rely on, run
// against the in-memory and the SQLite implementation alike.
#include <gtest/gtest.h>

#include <filesystem>
#include <functional>
#include <thread>

#include "storage/memory/memory_signal_repository.hpp"
#include "storage/sqlite/sqlite_signal_repository.hpp"

namespace meldpunt::storage {

using namespace meldpunt::domain;
namespace fs = std::filesystem;

struct RepositoryFactory {
    std::string name;
    std::function<std::unique_ptr<SignalRepository>(const fs::path&)> make;
};

class SignalRepositoryContract : public ::testing::TestWithParam<RepositoryFactory> {
  protected:
    void SetUp() override {
        m_dir = fs::temp_directory_path() / ("meldpunt-contract-" + std::to_string(::getpid()) + "-" + GetParam().name +
                                             "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
        m_repository = GetParam().make(m_dir);
        ASSERT_NE(m_repository, nullptr);
    }
    void TearDown() override {
        m_repository.reset();
        fs::remove_all(m_dir);
    }

    static StoredSignal sample(std::uint8_t tag) {
        StoredSignal signal;
        signal.kind = SignalKind::advice;
        signal.channel = Channel::web;
        signal.reporter_role = ReporterRole::professional;
        signal.sector = Sector::education;
        signal.anonymity = Anonymity::shielded;
        signal.forms = {ExploitationForm::sexual, ExploitationForm::criminal};  // canonical order
        signal.signal_codes = {"criminal_truancy", "school_waited_for"};
        signal.municipality = Municipality::lelystad;
        signal.minors_involved = MinorsInvolved::yes;
        signal.acute = true;
        signal.received_at = from_unix_millis(1'780'000'000'123);
        signal.receipt_lookup = Bytes(32, tag);
        signal.sealed_content = Bytes{1, 2, 3, tag};
        signal.key_for_service = Bytes(80, 7);
        signal.key_for_receipt = Bytes(72, 9);
        return signal;
    }

    fs::path m_dir;
    std::unique_ptr<SignalRepository> m_repository;
};

TEST_P(SignalRepositoryContract, StoresAndFindsASignalWithAllFields) {
    const auto id = m_repository->add_signal(sample(1));
    ASSERT_TRUE(id.ok()) << id.error().message;
    const auto found = m_repository->find_signal(*id).value();
    ASSERT_TRUE(found.has_value());
    const StoredSignal expected = sample(1);
    EXPECT_EQ(found->id, *id);
    EXPECT_EQ(found->version, 1);
    EXPECT_EQ(found->kind, expected.kind);
    EXPECT_EQ(found->status, Status::new_signal);
    EXPECT_EQ(found->sector, expected.sector);
    EXPECT_EQ(found->anonymity, expected.anonymity);
    EXPECT_EQ(found->forms, expected.forms);
    EXPECT_EQ(found->signal_codes.size(), 2u);
    EXPECT_EQ(found->municipality, expected.municipality);
    EXPECT_EQ(found->minors_involved, expected.minors_involved);
    EXPECT_TRUE(found->acute);
    EXPECT_EQ(found->received_at, expected.received_at);
    EXPECT_EQ(found->sealed_content, expected.sealed_content);
    EXPECT_EQ(found->key_for_service, expected.key_for_service);
    EXPECT_EQ(found->key_for_receipt, expected.key_for_receipt);
}

TEST_P(SignalRepositoryContract, FindsByReceiptLookupOnly) {
    const auto id = m_repository->add_signal(sample(1)).value();
    (void)m_repository->add_signal(sample(2)).value();
    EXPECT_EQ(m_repository->find_signal_by_receipt(Bytes(32, 1)).value()->id, id);
    EXPECT_FALSE(m_repository->find_signal_by_receipt(Bytes(32, 3)).value().has_value());
    EXPECT_FALSE(m_repository->find_signal(9999).value().has_value());
    EXPECT_EQ(m_repository->count_signals().value(), 2);
}

TEST_P(SignalRepositoryContract, ADuplicateReceiptIsRefusedAndNothingElseIsLost) {
    ASSERT_TRUE(m_repository->add_signal(sample(1)).ok());
    EXPECT_FALSE(m_repository->add_signal(sample(1)).ok());
    EXPECT_EQ(m_repository->count_signals().value(), 1);
}

TEST_P(SignalRepositoryContract, MessagesKeepTheirOrder) {
    const auto id = m_repository->add_signal(sample(1)).value();
    for (std::uint8_t i = 0; i < 3; ++i) {
        StoredMessage message{0, id, i == 1 ? MessageAuthor::staff : MessageAuthor::reporter,
                              from_unix_millis(1000 + i), Bytes{i}};
        ASSERT_TRUE(m_repository->add_message(message).ok());
    }
    const auto messages = m_repository->list_messages(id).value();
    ASSERT_EQ(messages.size(), 3u);
    EXPECT_EQ(messages[1].author, MessageAuthor::staff);
    EXPECT_EQ(messages[2].sealed_body, Bytes{2});
    EXPECT_TRUE(m_repository->list_messages(id + 1).value().empty());
}

TEST_P(SignalRepositoryContract, ConcurrentWritersAllLand) {
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 25; ++i) {
                StoredSignal signal = sample(0);
                signal.receipt_lookup = Bytes(32, 0);
                signal.receipt_lookup[0] = static_cast<std::uint8_t>(t);
                signal.receipt_lookup[1] = static_cast<std::uint8_t>(i);
                ASSERT_TRUE(m_repository->add_signal(signal).ok());
            }
        });
    }
    for (auto& thread : threads) thread.join();
    EXPECT_EQ(m_repository->count_signals().value(), 200);
}

INSTANTIATE_TEST_SUITE_P(
    AllStores, SignalRepositoryContract,
    ::testing::Values(RepositoryFactory{"memory",
                                        [](const fs::path&) -> std::unique_ptr<SignalRepository> {
                                            return std::make_unique<memory::MemorySignalRepository>();
                                        }},
                      RepositoryFactory{"sqlite",
                                        [](const fs::path& dir) -> std::unique_ptr<SignalRepository> {
                                            auto opened = sqlite::SqliteSignalRepository::open(dir / "meldpunt.db");
                                            return opened ? std::move(*opened) : nullptr;
                                        }}),
    [](const auto& info) { return info.param.name; });

}  // namespace meldpunt::storage
