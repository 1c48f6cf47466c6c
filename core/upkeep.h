// Work the store keeps off the save path, done when nobody is waiting on it.
//
// A durable save appends its pages to the write-ahead log (WAL) and its search entry to the full-text
// index as a small segment of its own. Two follow-up jobs cost many times a save: folding the WAL
// back into the case file (a checkpoint), and merging the index's small segments into larger ones.
// Left to SQLite and FTS5, each lands on whichever save crosses a threshold, and those saves make
// the slow tail. The store therefore turns both off on the save path, keeping only backstops for a
// store that is never idle (see store.cpp), and the app runs upkeep() when its store has been idle
// for a moment (qml/base/storehost.h) and before a sync.
//
// Nothing here touches what a record holds or who may see it: the merged index answers every search
// as the unmerged one did, and the checkpoint copies encrypted pages from the WAL into the
// (encrypted) case file.
#pragma once

#include "result.h"

namespace fieldnotes::core {

class Store;

struct UpkeepOptions {
    // At most this many pages of the search index are merged per call (FTS5 'merge'), in one durable
    // transaction of its own; a few milliseconds at the default.
    int mergePages = 250;
};

// One bounded step: merges the search index's small segments (where some level holds four or more),
// then checkpoints the WAL into the case file without waiting for readers (PASSIVE). Returns true
// when the merge did work, so more may be left: call again after the next idle moment. Call it
// outside a transaction; a failure loses nothing saved (the next step starts over).
Result<bool> upkeep(Store& store, const UpkeepOptions& options = {});

} // namespace fieldnotes::core
