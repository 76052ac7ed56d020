// `meldpunt audit verify`: walks the whole audit log and checks its hash chain
// with the key from the keyring. Exit 0 when it holds, 1 when it is broken or
// cannot be read, so a cron job or monitoring can act on it.
#include <iostream>

#include "cli/commands.hpp"
#include "cli/data_folder.hpp"
#include "security/chained_audit_log.hpp"

namespace meldpunt::cli {

int audit_verify(const AuditOptions& options) {
    auto folder = open_data_folder(options.data_dir, CreateFolder::never);
    if (!folder) {
        std::cerr << "error: " << folder.error().message << "\n";
        return 1;
    }
    storage::sqlite::SqliteAuditStore store(folder->store);
    std::int64_t entries = 0;
    auto verified = security::verify_audit_log(store, folder->keyring.audit_chain_secret, &entries);
    if (!verified) {
        std::cerr << "error: cannot read the audit log: " << verified.error().message << "\n";
        return 1;
    }
    if (*verified) {
        std::cout << "audit log broken at entry " << (*verified)->sequence << ": " << (*verified)->reason << "\n";
        return 1;
    }
    std::cout << "audit log intact: " << entries << " entries\n";
    return 0;
}

}  // namespace meldpunt::cli
