#include "storage/sqlite/sqlite_signal_repository.hpp"

#include <algorithm>

#include "storage/migrations/sqlite_migrations.hpp"

namespace meldpunt::storage::sqlite {

using namespace meldpunt::domain;

namespace {

constexpr std::string_view kSignalColumns =
    "id, version, kind, channel, status, reporter_role, sector, anonymity, municipality, "
    "minors_involved, acute, received_at, receipt_lookup, sealed_content, key_for_service, key_for_receipt";

// Codes in the database were written by us; an unknown one means a newer
// version or damage, and is reported rather than guessed.
template <typename T>
Result<T> decode(std::optional<T> value, std::string_view column) {
    if (!value) return Error::make(ErrorCode::internal, "unknown code in column " + std::string(column));
    return *value;
}

Result<StoredSignal> read_signal(Statement& row) {
    StoredSignal signal;
    signal.id = row.column_int(0);
    signal.version = static_cast<int>(row.column_int(1));
    auto kind = decode(parse_signal_kind(row.column_text(2)), "kind");
    auto channel = decode(parse_channel(row.column_text(3)), "channel");
    auto status = decode(parse_status(row.column_text(4)), "status");
    auto role = decode(parse_reporter_role(row.column_text(5)), "reporter_role");
    auto anonymity = decode(parse_anonymity(row.column_text(7)), "anonymity");
    auto municipality = decode(parse_municipality(row.column_text(8)), "municipality");
    auto minors = decode(parse_minors_involved(row.column_text(9)), "minors_involved");
    for (const Error* error :
         {kind.ok() ? nullptr : &kind.error(), channel.ok() ? nullptr : &channel.error(),
          status.ok() ? nullptr : &status.error(), role.ok() ? nullptr : &role.error(),
          anonymity.ok() ? nullptr : &anonymity.error(), municipality.ok() ? nullptr : &municipality.error(),
          minors.ok() ? nullptr : &minors.error()}) {
        if (error) return *error;
    }
    signal.kind = *kind;
    signal.channel = *channel;
    signal.status = *status;
    signal.reporter_role = *role;
    if (!row.column_is_null(6)) signal.sector = parse_sector(row.column_text(6));
    signal.anonymity = *anonymity;
    signal.municipality = *municipality;
    signal.minors_involved = *minors;
    signal.acute = row.column_int(10) != 0;
    signal.received_at = from_unix_millis(row.column_int(11));
    signal.receipt_lookup = row.column_blob(12);
    signal.sealed_content = row.column_blob(13);
    signal.key_for_service = row.column_blob(14);
    signal.key_for_receipt = row.column_blob(15);
    return signal;
}

// The first column of every row, as text.
Result<std::vector<std::string>> read_texts(Database& database, std::string_view sql, SignalId id) {
    auto query_loan = database.cached(sql);
    if (!query_loan) return query_loan.error();
    CachedStatement query = std::move(*query_loan);
    query->bind(1, id);
    std::vector<std::string> texts;
    while (true) {
        auto row = query->step();
        if (!row) return row.error();
        if (!*row) return texts;
        texts.push_back(query->column_text(0));
    }
}

Result<void> load_lists(Database& database, StoredSignal& signal) {
    auto forms = read_texts(database, "SELECT form FROM signal_forms WHERE signal_id = ?", signal.id);
    if (!forms) return forms.error();
    for (const auto& code : *forms) {
        if (auto form = parse_exploitation_form(code)) signal.forms.push_back(*form);
    }
    std::sort(signal.forms.begin(), signal.forms.end());  // canonical order, as the domain makes it
    auto codes = read_texts(database, "SELECT code FROM signal_indicators WHERE signal_id = ?", signal.id);
    if (!codes) return codes.error();
    signal.signal_codes = std::move(*codes);
    return Ok{};
}

}  // namespace

Result<std::unique_ptr<SqliteSignalRepository>> SqliteSignalRepository::open(const std::filesystem::path& file,
                                                                             std::size_t readers) {
    auto database = Database::open(file, Database::Mode::read_write);
    if (!database) return database.error();
    if (auto migrated = migrate_sqlite(*database); !migrated) return migrated.error();
    auto pool = ConnectionPool::open(file, readers);
    if (!pool) return pool.error();
    auto writer = std::make_unique<GroupCommitWriter>(std::move(*database));
    return std::unique_ptr<SqliteSignalRepository>(new SqliteSignalRepository(std::move(writer), std::move(*pool)));
}

Result<SignalId> SqliteSignalRepository::add_signal(const StoredSignal& signal) {
    return m_writer->write<SignalId>([&](Database& database) -> Result<SignalId> {
        auto insert_loan = database.cached(
            "INSERT INTO signals (version, kind, channel, status, reporter_role, sector, anonymity, municipality, "
            "minors_involved, acute, received_at, receipt_lookup, sealed_content, key_for_service, key_for_receipt) "
            "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!insert_loan) return insert_loan.error();
        CachedStatement insert = std::move(*insert_loan);
        insert->bind(1, code_of(signal.kind)).bind(2, code_of(signal.channel)).bind(3, code_of(signal.status));
        insert->bind(4, code_of(signal.reporter_role));
        if (signal.sector)
            insert->bind(5, code_of(*signal.sector));
        else
            insert->bind_null(5);
        insert->bind(6, code_of(signal.anonymity)).bind(7, code_of(signal.municipality));
        insert->bind(8, code_of(signal.minors_involved)).bind(9, std::int64_t{signal.acute ? 1 : 0});
        insert->bind(10, to_unix_millis(signal.received_at)).bind(11, signal.receipt_lookup);
        insert->bind(12, signal.sealed_content).bind(13, signal.key_for_service).bind(14, signal.key_for_receipt);
        if (auto done = insert->run(); !done) return done.error();
        const SignalId id = database.last_insert_id();

        auto form_loan = database.cached("INSERT INTO signal_forms (signal_id, form) VALUES (?, ?)");
        if (!form_loan) return form_loan.error();
        CachedStatement form = std::move(*form_loan);
        for (const auto value : signal.forms) {
            form->bind(1, id).bind(2, code_of(value));
            if (auto done = form->run(); !done) return done.error();
            form->reset();
        }
        auto code_loan = database.cached("INSERT INTO signal_indicators (signal_id, code) VALUES (?, ?)");
        if (!code_loan) return code_loan.error();
        CachedStatement code = std::move(*code_loan);
        for (const auto& value : signal.signal_codes) {
            code->bind(1, id).bind(2, value);
            if (auto done = code->run(); !done) return done.error();
            code->reset();
        }
        return id;
    });
}

Result<std::int64_t> SqliteSignalRepository::add_message(const StoredMessage& message) {
    return m_writer->write<std::int64_t>([&](Database& database) -> Result<std::int64_t> {
        auto insert_loan =
            database.cached("INSERT INTO messages (signal_id, author, sent_at, sealed_body) VALUES (?, ?, ?, ?)");
        if (!insert_loan) return insert_loan.error();
        CachedStatement insert = std::move(*insert_loan);
        insert->bind(1, message.signal_id).bind(2, code_of(message.author));
        insert->bind(3, to_unix_millis(message.sent_at)).bind(4, message.sealed_body);
        if (auto done = insert->run(); !done) return done.error();
        return database.last_insert_id();
    });
}

Result<std::optional<StoredSignal>> SqliteSignalRepository::find_where(std::string_view condition,
                                                                       const std::function<void(Statement&)>& bind) {
    auto database = m_readers->borrow();
    auto query =
        database->prepare("SELECT " + std::string(kSignalColumns) + " FROM signals WHERE " + std::string(condition));
    if (!query) return query.error();
    bind(*query);
    auto row = query->step();
    if (!row) return row.error();
    if (!*row) return std::optional<StoredSignal>{};
    auto signal = read_signal(*query);
    if (!signal) return signal.error();
    if (auto loaded = load_lists(*database, *signal); !loaded) return loaded.error();
    return std::optional<StoredSignal>{std::move(*signal)};
}

Result<std::optional<StoredSignal>> SqliteSignalRepository::find_signal(SignalId id) {
    return find_where("id = ?", [&](Statement& query) { query.bind(1, id); });
}

Result<std::optional<StoredSignal>> SqliteSignalRepository::find_signal_by_receipt(const Bytes& receipt_lookup) {
    return find_where("receipt_lookup = ?", [&](Statement& query) { query.bind(1, receipt_lookup); });
}

Result<std::vector<StoredMessage>> SqliteSignalRepository::list_messages(SignalId id) {
    auto database = m_readers->borrow();
    auto query =
        database->prepare("SELECT id, author, sent_at, sealed_body FROM messages WHERE signal_id = ? ORDER BY id");
    if (!query) return query.error();
    query->bind(1, id);
    std::vector<StoredMessage> messages;
    while (true) {
        auto row = query->step();
        if (!row) return row.error();
        if (!*row) return messages;
        StoredMessage message;
        message.id = query->column_int(0);
        message.signal_id = id;
        message.author = parse_message_author(query->column_text(1)).value_or(MessageAuthor::staff);
        message.sent_at = from_unix_millis(query->column_int(2));
        message.sealed_body = query->column_blob(3);
        messages.push_back(std::move(message));
    }
}

Result<std::int64_t> SqliteSignalRepository::count_signals() {
    auto database = m_readers->borrow();
    auto query = database->prepare("SELECT COUNT(*) FROM signals");
    if (!query) return query.error();
    if (auto row = query->step(); !row) return row.error();
    return query->column_int(0);
}

}  // namespace meldpunt::storage::sqlite
