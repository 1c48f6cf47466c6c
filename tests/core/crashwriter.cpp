// Saves visits as fast as it can until it is killed; used by tst_crashsafety.
//
//   fieldnotes-crash-writer DIR PARTICIPANT EMPLOYER SEED     (passphrase in FIELDNOTES_PASSPHRASE)
//
// Visit n is crashVisit(n); n continues from the number of visits already saved. After each commit
// returns it prints "committed <n> <id>" for every visit in it; sometimes a few visits share one
// transaction. Any error is printed as "error <code>" and ends the program.
#include "crashvisit.h"
#include "store.h"
#include "storeinternals.h"

#include <cstdlib>
#include <random>
#include <string>
#include <unistd.h>
#include <vector>

using namespace fieldnotes;
using namespace fieldnotes::core;

namespace {

void say(const std::string& line)
{
    // One write per line: a line is whole in the pipe, or absent if the process was killed first.
    const std::string text = line + "\n";
    (void)!::write(STDOUT_FILENO, text.data(), text.size());
}

int stop(const Error& e)
{
    say("error " + std::string(errorCodeName(e.code)) + " " + e.message);
    return 3;
}

} // namespace

int main(int argc, char** argv)
{
    const char* passphrase = std::getenv("FIELDNOTES_PASSPHRASE");
    if (argc != 5 || !passphrase) {
        say("usage: fieldnotes-crash-writer DIR PARTICIPANT EMPLOYER SEED (passphrase in FIELDNOTES_PASSPHRASE)");
        return 2;
    }
    const std::string participant = argv[2];
    const std::string employer = argv[3];
    std::mt19937 rng(static_cast<unsigned>(std::strtoul(argv[4], nullptr, 10)));

    auto opened = Store::open(argv[1], passphrase);
    if (!opened)
        return stop(opened.error());
    Store& store = **opened;
    auto count = core::StoreInternals::db(store).prepare("SELECT count(*) FROM visits");
    if (!count)
        return stop(count.error());
    auto row = (*count)->step();
    if (!row)
        return stop(row.error());
    int n = static_cast<int>((*count)->integer(0));
    (*count)->reset();
    say("ready " + std::to_string(n));

    for (;;) {
        const int batch = rng() % 4 == 0 ? 2 + static_cast<int>(rng() % 3) : 1;
        std::vector<std::string> ids;
        auto saved = store.transaction([&]() -> Status {
            for (int k = 0; k < batch; ++k) {
                FN_TRY_ASSIGN(Id id, store.append(test::crashVisit(n + k, participant, employer)));
                ids.push_back(std::move(id));
            }
            return {};
        });
        if (!saved)
            return stop(saved.error());
        for (int k = 0; k < batch; ++k)
            say("committed " + std::to_string(n + k) + " " + ids[static_cast<std::size_t>(k)]);
        n += batch;
    }
}
