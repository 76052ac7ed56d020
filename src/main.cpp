// meldpunt: one binary, many subcommands (see cli/commands.hpp).
#include "cli/commands.hpp"

int main(int argc, char** argv) {
    return meldpunt::cli::run(argc, argv);
}
