// The summary counts kept by migration v5's triggers against a full recount,
// after signals, forms, sub-forms, referrals and people are added, changed
// (kind, municipality, minors, the route, ages, linked identities) and
// deleted, over month borders in Amsterdam time; people counted once.
#include "storage/sqlite/sqlite_figures.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <random>

#include "base/secure_random.hpp"
#include "base/text.hpp"
#include "storage/migrations/sqlite_migrations.hpp"

namespace meldpunt::storage::sqlite {
namespace {

namespace fs = std::filesystem;
using stats::FigureCount;
using stats::Unit;

stats::Period period(std::string_view code) {
    return stats::parse_period(code).value();
}

constexpr std::array kAreas = {"", "GM0034", "GM0050", "GM0171", "GM0184", "GM0303", "GM0995", "outside"};

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
                    const std::vector<std::string>& forms, const std::string& minors = "unknown") {
        std::string sql =
            "INSERT INTO signals (id, kind, channel, status, reporter_role, anonymity, municipality, minors_involved, "
            "acute, received_at, receipt_lookup, sealed_content, key_for_service, key_for_receipt) VALUES (" +
            std::to_string(id) + ", '" + kind + "', 'web', 'new', 'resident', 'anonymous', '" + municipality + "', '" +
            minors + "', 0, " + std::to_string(received_at) + ", x'" + to_hex(random_bytes(8)) + "', x'00', x'00', x'00');";
        for (const auto& form : forms)
            sql += "INSERT INTO signal_forms VALUES (" + std::to_string(id) + ", '" + form + "');";
        run(sql);
    }

    // A possible victim; identity 0 makes the record its own identity, as the repository does.
    static std::string add_person_sql(int id, int signal, int age, const std::string& gender, int identity = 0) {
        return "INSERT INTO persons (id, signal_id, role, age, age_estimated, minor_at_start, gender, nationality, "
               "identity) VALUES (" + std::to_string(id) + ", " + std::to_string(signal) + ", 'victim', " +
               std::to_string(age) + ", 0, 'unknown', '" + gender + "', 'RO', 0);" +
               "UPDATE persons SET identity = " + (identity ? std::to_string(identity) : std::string("id")) +
               " WHERE id = " + std::to_string(id) + ";";
    }

    void expect_counts_match_recount(std::string_view code) {
        SqliteFigures figures(m_store);
        for (const Unit unit : {Unit::signals, Unit::persons}) {
            const auto dimensions = unit == Unit::signals ? stats::signal_dimensions() : stats::person_dimensions();
            for (const char* area : kAreas)
                for (const std::string_view dimension : dimensions) {
                    const auto kept = figures.counts(unit, period(code), area, dimension);
                    const auto counted = figures.recount(unit, period(code), area, dimension);
                    ASSERT_TRUE(kept && counted) << dimension;
                    EXPECT_EQ(*kept, *counted) << code << " area '" << area << "' dimension " << dimension
                                               << (unit == Unit::signals ? " (signals)" : " (people)");
                }
        }
    }

    void expect_all_periods_match() {
        for (const char* code : {"2026", "2026Q1", "2026Q2", "2026-03", "2026-04", "2026-05", "2026-06"})
            expect_counts_match_recount(code);
    }

    fs::path m_file;
    std::shared_ptr<SqliteStore> m_store;
};

// 31 March 2026 23:30 in Amsterdam (21:30 UTC) is March; 1 April 00:30 (22:30 UTC on 31 March) is April.
constexpr std::int64_t kMarchLate = 1774992600000;
constexpr std::int64_t kAprilEarly = 1774996200000;

TEST_F(SqliteFiguresTest, SignalCountsFollowAddsChangesAndDeletesExactly) {
    add_signal(1, kMarchLate, "report", "GM0034", {"sexual", "labour"}, "yes");
    add_signal(2, kAprilEarly, "advice", "GM0995", {"criminal"});
    add_signal(3, kAprilEarly + 1000, "report", "GM0034", {"unknown"});
    SqliteFigures figures(m_store);
    EXPECT_EQ(figures.counts(Unit::signals, period("2026-03"), "", "all").value(), (std::vector<FigureCount>{{"", 1}}));
    EXPECT_EQ(figures.counts(Unit::signals, period("2026-04"), "", "kind").value(),
              (std::vector<FigureCount>{{"advice", 1}, {"report", 1}}));
    EXPECT_EQ(figures.counts(Unit::signals, period("2026Q2"), "", "municipality").value(),
              (std::vector<FigureCount>{{"GM0034", 1}, {"GM0995", 1}}));
    EXPECT_EQ(figures.counts(Unit::signals, period("2026"), "GM0034", "minors_form").value(),
              (std::vector<FigureCount>{{"unknown|unknown", 1}, {"yes|labour", 1}, {"yes|sexual", 1}}));
    expect_all_periods_match();

    run("UPDATE signals SET kind = 'report', municipality = 'GM0050', status = 'safety_assessment', "
        "scope = 'domestic', minors_involved = 'no' WHERE id = 2;"
        "DELETE FROM signal_forms WHERE signal_id = 1; INSERT INTO signal_forms VALUES (1, 'other');"
        "INSERT INTO signal_sub_forms VALUES (3, 'criminal_drugs');"
        "INSERT INTO referrals (signal_id, partner, referred_at, outcome, by) VALUES (2, 'police', 0, 'pending', 1);"
        "INSERT INTO referrals (signal_id, partner, referred_at, outcome, by) VALUES (3, 'comensha', 0, 'pending', 1);"
        "UPDATE referrals SET outcome = 'accepted' WHERE signal_id = 2;");
    expect_all_periods_match();
    EXPECT_EQ(figures.counts(Unit::signals, period("2026-03"), "", "form").value(), (std::vector<FigureCount>{{"other", 1}}));
    EXPECT_EQ(figures.counts(Unit::signals, period("2026-04"), "GM0050", "scope_form").value(),
              (std::vector<FigureCount>{{"domestic|criminal", 1}}));
    EXPECT_EQ(figures.counts(Unit::signals, period("2026"), "", "referral_outcome").value(),
              (std::vector<FigureCount>{{"accepted", 1}, {"pending", 1}}));

    run("DELETE FROM signals WHERE id = 3;");  // its forms, sub-forms and referrals go by cascade
    expect_all_periods_match();
    EXPECT_EQ(figures.counts(Unit::signals, period("2026-04"), "", "sub_form").value(), (std::vector<FigureCount>{}));
    EXPECT_EQ(figures.counts(Unit::signals, period("2026"), "", "partner").value(), (std::vector<FigureCount>{{"police", 1}}));
    EXPECT_FALSE(figures.counts(Unit::signals, period("2026"), "", "nationality"));
    EXPECT_FALSE(figures.counts(Unit::signals, period("2026"), "GM9999", "all"));
}

TEST_F(SqliteFiguresTest, APersonInSeveralSignalsCountsOnce) {
    add_signal(1, kMarchLate, "report", "GM0034", {"sexual"});
    add_signal(2, kAprilEarly, "report", "GM0995", {"sexual"});
    add_signal(3, kAprilEarly + 5000, "report", "GM0034", {"labour"});
    // Person 10 is in signal 1 (March, Almere, 17) and, linked, in signals 2 (April, Lelystad, 18) and 3.
    run(add_person_sql(10, 1, 17, "female") + add_person_sql(11, 2, 18, "female", 10) +
        add_person_sql(12, 3, 18, "female", 10) + add_person_sql(13, 3, 30, "male"));
    SqliteFigures figures(m_store);
    const auto people = [&](std::string_view code, std::string_view area, std::string_view dimension) {
        return figures.counts(Unit::persons, period(code), area, dimension).value();
    };
    EXPECT_EQ(people("2026", "", "all"), (std::vector<FigureCount>{{"", 2}}));
    EXPECT_EQ(people("2026Q2", "", "all"), (std::vector<FigureCount>{{"", 2}}));
    EXPECT_EQ(people("2026-03", "", "all"), (std::vector<FigureCount>{{"", 1}}));
    // One person, two ages in the year: once in each band, once in all.
    EXPECT_EQ(people("2026", "", "age_band"), (std::vector<FigureCount>{{"16-17", 1}, {"18-22", 1}, {"30-49", 1}}));
    EXPECT_EQ(people("2026", "", "gender"), (std::vector<FigureCount>{{"female", 1}, {"male", 1}}));
    EXPECT_EQ(people("2026", "", "municipality"), (std::vector<FigureCount>{{"GM0034", 2}, {"GM0995", 1}}));
    EXPECT_EQ(people("2026", "GM0034", "all"), (std::vector<FigureCount>{{"", 2}}));
    expect_all_periods_match();

    // Unlinking record 12 makes it a person of its own.
    run("UPDATE persons SET identity = 12 WHERE id = 12;");
    EXPECT_EQ(people("2026", "", "all"), (std::vector<FigureCount>{{"", 3}}));
    expect_all_periods_match();
    // Linking 13 into 12's identity (a merge, as the repository does it: every record of one identity).
    run("UPDATE persons SET identity = 12 WHERE identity = 13;");
    EXPECT_EQ(people("2026", "", "all"), (std::vector<FigureCount>{{"", 2}}));
    expect_all_periods_match();
    // A signal moved to another municipality and month takes its people along.
    run("UPDATE signals SET municipality = 'GM0303', received_at = " + std::to_string(kMarchLate - 1000) + " WHERE id = 2;");
    EXPECT_EQ(people("2026-04", "", "all"), (std::vector<FigureCount>{{"", 1}}));
    expect_all_periods_match();
    run("UPDATE persons SET age = 40, gender = 'unknown' WHERE id = 10; DELETE FROM persons WHERE id = 11;");
    expect_all_periods_match();
    run("DELETE FROM signals WHERE id = 1;");
    expect_all_periods_match();
    EXPECT_EQ(people("2026-03", "", "all"), (std::vector<FigureCount>{}));
}

TEST_F(SqliteFiguresTest, ManyRandomChangesStillMatchAFullRecount) {
    std::mt19937 random(7);
    const std::array municipalities = {"GM0034", "GM0050", "GM0171", "GM0184", "GM0303", "GM0995", "outside"};
    const std::array forms = {"sexual", "labour", "criminal", "other", "unknown"};
    const std::array statuses = {"new", "safety_assessment", "decided", "referred", "closed"};
    const std::array minors = {"yes", "no", "unknown"};
    const std::array genders = {"female", "male", "unknown"};
    for (int id = 1; id <= 300; ++id) {
        const std::int64_t at = kMarchLate + static_cast<std::int64_t>(random() % (90ULL * 24 * 3600 * 1000));
        add_signal(id, at, random() % 2 ? "report" : "advice", municipalities[random() % municipalities.size()],
                   {forms[random() % forms.size()]}, minors[random() % minors.size()]);
    }
    std::string people;
    for (int person = 1; person <= 400; ++person) {
        const int signal = 1 + static_cast<int>(random() % 300);
        // A third are linked to an earlier person.
        const int identity = person > 1 && random() % 3 == 0 ? 1 + static_cast<int>(random() % (person - 1)) : 0;
        people += add_person_sql(person, signal, 10 + static_cast<int>(random() % 50), genders[random() % 3], 0);
        if (identity)
            people += "UPDATE persons SET identity = (SELECT identity FROM persons WHERE id = " +
                      std::to_string(identity) + ") WHERE id = " + std::to_string(person) + ";";
    }
    run(people);
    expect_all_periods_match();
    std::string changes;
    for (int round = 0; round < 300; ++round) {
        const std::string id = std::to_string(1 + random() % 300);
        const std::string person = std::to_string(1 + random() % 400);
        switch (random() % 7) {
            case 0:
                changes += "UPDATE signals SET status = '" + std::string(statuses[random() % statuses.size()]) +
                           "', municipality = '" + municipalities[random() % municipalities.size()] + "', minors_involved = '" +
                           minors[random() % minors.size()] + "' WHERE id = " + id + ";";
                break;
            case 1:
                changes += "INSERT OR IGNORE INTO signal_forms SELECT id, '" + std::string(forms[random() % forms.size()]) +
                           "' FROM signals WHERE id = " + id + ";";
                break;
            case 2:
                changes += "INSERT INTO referrals (signal_id, partner, referred_at, outcome, by) SELECT id, 'police', 0, "
                           "'pending', 1 FROM signals WHERE id = " + id + ";";
                break;
            case 3:
                changes += "UPDATE persons SET age = " + std::to_string(10 + random() % 50) + " WHERE id = " + person + ";";
                break;
            case 4:
                // The person linked to may be gone already: then nothing changes.
                changes += "UPDATE persons SET identity = coalesce((SELECT identity FROM persons WHERE id = " +
                           std::to_string(1 + random() % 400) + "), identity) WHERE identity = (SELECT identity FROM "
                           "persons WHERE id = " + person + ");";
                break;
            case 5:
                changes += "DELETE FROM persons WHERE id = " + person + ";";
                break;
            default:
                changes += "DELETE FROM signals WHERE id = " + id + ";";
        }
    }
    run(changes);
    expect_all_periods_match();
}

}  // namespace
}  // namespace meldpunt::storage::sqlite
