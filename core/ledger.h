// The office's side of sync: the merge authority and the changes feed.
//
// Every change from every device is applied here, in the order the office receives it, with the
// merge rules of design.md:
// - journal entries are appended once and never conflict (a replay is a no-op);
// - a field edit whose base is the field's current version fast-forwards; otherwise the edits
//   crossed: the greater version wins and the other value is kept in a conflict record;
// - a delete is a tombstone; a delete that crossed an edit (or an edit that reached a deleted row)
//   leaves the row deleted, with a conflict record, so a person can restore it. A restore is an
//   edit of the removal: a delete that did not see it crossed it, with the same result;
// - a person's resolution of a conflict is an edit of the field (or of the removal) made from the
//   version the conflict kept: two people deciding differently, neither seeing the other, crossed
//   like any two edits, and leave a new conflict; the first record keeps what its resolver chose;
// - a revoked consent always wins: nothing un-revokes it or edits it afterwards;
// - a change stamped more than HybridClock::maxLead ahead of the office's clock is refused (it would
//   win every crossed edit while it is ahead), and the office's clock does not follow it;
// - a change about a person erased here is dropped (Outcome::Erased) and nothing of it is kept.
// Each row the office changes gets a new feed position, so tablets pull by cursor. A device's change
// that the office accepts but does not take as it stands (it lost to a crossed edit, repeated a
// value, deleted a deleted row, resolved a resolved conflict) still gives the row a new position:
// the device has dropped the change from its outbox and must adopt the office's result.
// A change the office cannot store (no owner, a broken rule of the data) is rejected on its own;
// the rest of the batch is applied.
#pragma once

#include "changes.h"
#include "store.h"

#include <functional>
#include <set>
#include <string>
#include <vector>

namespace fieldnotes::core {

enum class Outcome {
    Applied,
    Duplicate,
    Conflict,
    Rejected,
    Erased, // about a person erased at the office: dropped, and nothing of it kept anywhere
};
std::string_view outcomeName(Outcome outcome);

struct ChangeOutcome {
    std::int64_t seq = 0;
    Outcome outcome = Outcome::Applied;
    std::string reason; // for Rejected: why, in words (no personal data)
    std::string scope; // for Erased: the erased person's scope, for the device to erase too
};

struct FeedEntry {
    std::int64_t seq = 0;
    std::string table; // "_purge" for an erasure marker
    Id rowId;
    std::string scope;
};

class Ledger {
public:
    explicit Ledger(Store& store)
        : m_store(&store)
    {
    }

    // May `device` make this change? Called before it is applied; a non-empty answer rejects it.
    using Permission = std::function<std::string(const Change&, const std::string& scope)>;

    // Applies a device's changes in one transaction, in increasing sequence order. The office keeps,
    // per device and per generation of its store, the highest sequence it has taken: a change at or
    // below it in the same generation is a replay (Duplicate, or Rejected again if it was refused
    // the first time). Rejected changes are reported, not applied; the high-water moves past them
    // so the device stops sending them.
    Result<std::vector<ChangeOutcome>> applyBatch(
        const std::string& deviceId, const std::vector<Change>& changes, const Permission& permitted = {});
    Result<std::int64_t> highWater(const std::string& deviceId, std::int64_t generation = 0);
    // The highest sequence taken from the device in any generation. Within one store sequence
    // numbers only grow, so a store that has numbered fewer changes than this has lost part of its
    // past: it was restored from a backup, or copied from this device's store.
    Result<std::int64_t> highestSeq(const std::string& deviceId);
    // True when `generation` is new for the device and starts at or below a sequence already taken
    // from another of its generations: two stores are numbering changes as this device (a restored
    // or copied one beside, or after, the store that sent those). Nothing is lost either way, as
    // replays are told by generation; this is for telling the person and the office.
    Result<bool> startsAnotherLine(const std::string& deviceId, std::int64_t generation, std::int64_t firstSeq);

    // The office's own edits (assignments, staff, devices) go through the same rules.
    Result<ChangeOutcome> applyOwn(Change change);
    // The office's own edits made through the typed Store API wait in its outbox like a tablet's.
    // They need no merging (the office edits its current state), so this gives every row they
    // touched its place in the feed and empties the outbox. Call it in the writing transaction.
    Status publishLocal();

    Result<std::int64_t> head();
    Result<std::vector<FeedEntry>> feedAfter(std::int64_t cursor, std::int64_t upTo, int limit);
    Result<std::optional<RowState>> rowState(const std::string& table, const Id& id);
    Result<std::vector<RowState>> scopeRows(const std::string& scope);

    // GDPR erasure of a participant: every row of the scope is removed physically here, the feed
    // keeps only a purge marker, and every device that pulls it does the same.
    Status purge(const std::string& scope);
    // Whether the scope was erased here (its purge marker is in the feed).
    Result<bool> isErased(const std::string& scope);

    // The scope a new change would have (from its own fields, or from the row it edits).
    Result<std::string> scopeOf(const Change& change);

private:
    Result<ChangeOutcome> apply(const std::string& deviceId, const Change& change);
    Result<ChangeOutcome> applyOne(const Change& change);
    Status observePersistedClock();
    Result<ChangeOutcome> applyCreate(const TableInfo& t, const Change& c);
    Result<ChangeOutcome> applySet(const TableInfo& t, const Change& c, const Version& base);
    Result<ChangeOutcome> applyAppend(const TableInfo& t, const Change& c);
    Result<ChangeOutcome> applyDelete(const TableInfo& t, const Change& c);
    Result<ChangeOutcome> applyResolve(const Change& c);
    // Removes (or restores) a row as an edit of its removal made from `base`; see the merge rules.
    Result<ChangeOutcome> setRemoved(
        const TableInfo& t, const Id& id, bool removed, const Change& c, const Version& base);
    Status writeRemoved(const TableInfo& t, const Id& id, const std::string& scope, bool removed, const Version& v);
    // The scope of a person erased here that `c` is about, or "" (see Change::scope).
    Result<std::string> erasedScopeOf(const Change& c);
    Status bump(const TableInfo& t, const Id& id, const std::string& scope);
    // Gives the row a fresh feed position unless this change already did.
    Status touch(std::string_view table, const Id& id);
    Status recordConflict(const std::string& kind, const TableInfo& t, const Id& rowId, const std::string& scope,
        const std::string& column, const Value& keptValue, const Version& kept, const Value& otherValue,
        const Version& other);
    Status persistClock();
    Status rememberRejection(
        const std::string& deviceId, std::int64_t generation, std::int64_t seq, const std::string& reason);

    Store* m_store;
    // Rows given a feed position while applying the current change (or publishing the local ones:
    // tens of thousands for a demo caseload, so looked up by key, not by a scan).
    std::set<std::pair<std::string, Id>> m_bumped;
};

} // namespace fieldnotes::core
