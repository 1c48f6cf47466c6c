// Re-encrypts a store and stops at every stage to be killed there; used by tst_crashsafety.
//
//   fieldnotes-crash-rekey DIR     (FIELDNOTES_PASSPHRASE: the current passphrase,
//                                   FIELDNOTES_NEW_PASSPHRASE: the new one)
//
// Prints "stage <name> <fraction>" as the rekey reaches each stage. At every stage but "copying"
// it then waits for a line on standard input before going on, so the test can kill it exactly
// there; while copying it goes on at once (the test kills it after a random pause). Prints "done"
// at the end, or "error <code> <message>".
#include "store.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <unistd.h>

using namespace fieldnotes::core;

namespace {

void say(const std::string& line)
{
    const std::string text = line + "\n";
    (void)!::write(STDOUT_FILENO, text.data(), text.size());
}

} // namespace

int main(int argc, char** argv)
{
    const char* current = std::getenv("FIELDNOTES_PASSPHRASE");
    const char* next = std::getenv("FIELDNOTES_NEW_PASSPHRASE");
    if (argc != 2 || !current || !next) {
        say("usage: fieldnotes-crash-rekey DIR (passphrases in FIELDNOTES_PASSPHRASE and FIELDNOTES_NEW_PASSPHRASE)");
        return 2;
    }
    StoreOptions options;
    options.kdf = KdfCost::minimum();
    auto st = Store::rekey(argv[1], current, next, options, [](const RekeyProgress& p) {
        say("stage " + std::string(p.stage) + " " + std::to_string(p.fraction));
        if (p.stage != "copying") {
            char line[16];
            if (!std::fgets(line, sizeof line, stdin))
                std::exit(4);
        }
    });
    if (!st) {
        say("error " + std::string(errorCodeName(st.error().code)) + " " + st.error().message);
        return 3;
    }
    say("done");
    return 0;
}
