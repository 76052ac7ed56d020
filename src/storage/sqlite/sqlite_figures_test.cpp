// The summary counts kept by triggers against a full recount, after signals
// are added, changed (kind, municipality, forms, the route), and deleted, and
// over month borders in Amsterdam time.
#include "storage/sqlite/sqlite_figures.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <random>

#include "base/secure_random.hpp"
#include "base/text.hpp"

namespace meldpunt::storage::sqlite {
namespace {

namespace fs = std::filesystem;

constexpr std::array kDimensions = {"all",    "kind",  "channel", "municipality", "reporter_role",
                                    "minors", "scope", "status",  "form",         "sub_form"};

class SqliteFiguresTest : public ::testing::Test {
  protected:
    void SetUp() override {
        m_file = fs::temp_directory_path() / ("meldpunt-figures-" + to_hex(random_bytes(6)) + ".db");
        m_store = SqliteStore::open(m_file).value();
    }
    void TearDown() override {
        m_store.reset();
        for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(m_file.string() + suffix);
    }

    // Writes straight to the tables, as every writer does; the triggers do the rest.
    void run(const std::string& sql) {
        auto database = Database::open(m_file, Database::Mode::read_write).value();
        auto done = database.execute(sql);
        ASSERT_TRUE(done) << done.error().message << "\n" << sql.substr(0, 300);
    }

    void add_signal(int id, std::int64_t received_at, const std::string& kind, const std::string& municipality,
                    const std::vector<std::string>& forms) {
        std::string sql =
            "INSERT INTO signals (id, kind, channel, status, reporter_role, anonymity, municipality, minors_involved, "
            "acute, received_at, receipt_lookup, sealed_content, key_for_service, key_for_receipt) VALUES (" +
            std::to_string(id) + ", '" + kind + "', 'web', 'new', 'resident', 'anonymous', '" + municipality +
            "', 'unknown', 0, " + std::to_string(received_at) + ", x'" + to_hex(random_bytes(8)) +
            "', x'00', x'00', x'00');";
        for (const auto& form : forms)
            sql += "INSERT INTO signal_forms VALUES (" + std::to_string(id) + ", '" + form + "');";
        run(sql);
    }

    void expect_counts_match_recount(int first, int last) {
        SqliteFigures figures(m_store);
        for (const char* dimension : kDimensions) {
            const auto kept = figures.counts(first, last, dimension);
            const auto counted = figures.recount(first, last, dimension);
            ASSERT_TRUE(kept && counted) << dimension;
            EXPECT_EQ(*kept, *counted) << "dimension " << dimension;
        }
    }

    fs::path m_file;
    std::shared_ptr<SqliteStore> m_store;
};

// 31 March 2026 23:30 in Amsterdam (21:30 UTC) is March; 1 April 00:30 (22:30 UTC on 31 March) is April.
constexpr std::int64_t kMarchLate = 1774992600000;
constexpr std::int64_t kAprilEarly = 1774996200000;

TEST_F(SqliteFiguresTest, CountsFollowAddsChangesAndDeletesExactly) {
    add_signal(1, kMarchLate, "report", "GM0034", {"sexual", "labour"});
    add_signal(2, kAprilEarly, "advice", "GM0995", {"criminal"});
    add_signal(3, kAprilEarly + 1000, "report", "GM0034", {"unknown"});
    SqliteFigures figures(m_store);
    EXPECT_EQ(figures.counts(202603, 202603, "all").value(), (std::vector<DimensionCount>{{"", 1}}));
    EXPECT_EQ(figures.counts(202604, 202604, "kind").value(),
              (std::vector<DimensionCount>{{"advice", 1}, {"report", 1}}));
    expect_counts_match_recount(202601, 202612);

    run("UPDATE signals SET kind = 'report', municipality = 'GM0050', status = 'safety_assessment', "
        "scope = 'domestic' WHERE id = 2;"
        "DELETE FROM signal_forms WHERE signal_id = 1; INSERT INTO signal_forms VALUES (1, 'other');"
        "INSERT INTO signal_sub_forms VALUES (3, 'criminal_drugs');");
    expect_counts_match_recount(202601, 202612);
    expect_counts_match_recount(202604, 202604);
    EXPECT_EQ(figures.counts(202603, 202603, "form").value(), (std::vector<DimensionCount>{{"other", 1}}));

    run("DELETE FROM signals WHERE id = 3;");  // its forms and sub-forms go by cascade
    expect_counts_match_recount(202601, 202612);
    EXPECT_EQ(figures.counts(202604, 202604, "sub_form").value(), (std::vector<DimensionCount>{}));
    EXPECT_FALSE(figures.counts(202601, 202612, "nationality"));
}

TEST_F(SqliteFiguresTest, ManyRandomChangesStillMatchAFullRecount) {
    std::mt19937 random(7);
    const std::array municipalities = {"GM0034", "GM0050", "GM0171", "GM0184", "GM0303", "GM0995"};
    const std::array forms = {"sexual", "labour", "criminal", "other", "unknown"};
    const std::array statuses = {"new", "safety_assessment", "decided", "referred", "closed"};
    for (int id = 1; id <= 300; ++id) {
        const std::int64_t at = kMarchLate + static_cast<std::int64_t>(random() % (90ULL * 24 * 3600 * 1000));
        add_signal(id, at, random() % 2 ? "report" : "advice", municipalities[random() % municipalities.size()],
                   {forms[random() % forms.size()]});
    }
    std::string changes;
    for (int round = 0; round < 200; ++round) {
        const int id = 1 + static_cast<int>(random() % 300);
        switch (random() % 3) {
            case 0:
                changes += "UPDATE signals SET status = '" + std::string(statuses[random() % statuses.size()]) +
                           "', municipality = '" + municipalities[random() % municipalities.size()] +
                           "' WHERE id = " + std::to_string(id) + ";";
                break;
            case 1:
                changes += "INSERT OR IGNORE INTO signal_forms SELECT id, '" + std::string(forms[random() % forms.size()]) +
                           "' FROM signals WHERE id = " + std::to_string(id) + ";";
                break;
            default:
                changes += "DELETE FROM signals WHERE id = " + std::to_string(id) + ";";
        }
    }
    run(changes);
    expect_counts_match_recount(202601, 202612);
    for (int month = 202603; month <= 202606; ++month) expect_counts_match_recount(month, month);
}

}  // namespace
}  // namespace meldpunt::storage::sqlite
