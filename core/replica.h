// A tablet's side of sync, over its Store: the outbox of local changes (oldest first) and the
// adoption of the office's row states.
//
// Rebase rule: a row state from the office replaces the local row, except the fields that still
// have a local edit waiting in the outbox; those keep the local value until the office has merged
// the edit and sends the result back. Once the outbox is empty and the feed is read to its head,
// the tablet holds exactly the office's state of its scopes.
#pragma once

#include "changes.h"
#include "store.h"

#include <string>
#include <vector>

namespace fieldnotes::core {

class Replica {
public:
    explicit Replica(Store& store)
        : m_store(&store)
    {
    }

    // Up to `limit` pending changes, in order, each complete (a journal entry carries its fields).
    Result<std::vector<Change>> pending(int limit = 500);
    Result<std::int64_t> pendingCount();
    // The office has applied every change up to `seq`: drop them from the outbox.
    Status acknowledge(std::int64_t seq);
    Result<std::int64_t> cursor();
    Result<std::vector<std::pair<std::string, std::string>>> heldScopes(); // (scope, fingerprint)

    // Adopts office row states and purges, and moves the cursor, in one transaction. States older
    // than what the replica already holds (by feed position) are ignored, so replays are harmless.
    Status applyFeed(const std::vector<RowState>& rows, const std::vector<Purge>& purges, std::int64_t cursorAfter);
    // Adopts a scope's snapshot; `complete` marks the scope as held with `fingerprint`.
    Status applySnapshot(
        const std::string& scope, const std::string& fingerprint, const std::vector<RowState>& rows, bool complete);
    // Removes every row of these scopes physically (secure delete): the scopes are no longer shared
    // with this user. A scope that still has changes waiting to be sent keeps its rows for now and
    // is returned, so no local work is dropped; it is no longer counted as held, so the office sends
    // it whole if it is shared again. Drafts and refused changes always stay: they are the user's
    // own work, and only an erasure of the person or a wipe of the tablet removes them.
    Result<std::vector<std::string>> evict(const std::vector<std::string>& scopes);
    // The office erased these people: everything about them goes, physically (erasePhysically),
    // and the write-ahead log is checkpointed so no copy lingers there.
    Status purge(const std::vector<std::string>& scopes);
    // Scopes of people this replica keeps local work about (drafts, refused changes), whether or not
    // it holds any of their records: the office is asked about them in each pull, so that an
    // erasure reaches that work too.
    Result<std::vector<std::string>> scopesKeptAbout();
    // Re-stamps the changes waiting to be sent that are stamped later than `ceiling` (this
    // replica's wall clock ran ahead when they were made, and the office refuses such stamps):
    // the clock is moved back to the latest timestamp held that is not ahead (or the wall clock,
    // if later) and each gets a fresh one, in order. The versions they wrote here, and the bases of
    // later waiting changes that named them, follow. Returns how many were re-stamped.
    Result<int> restamp(std::uint64_t ceiling);
    Status setCursor(std::int64_t cursor);
    // Takes the office's state of a row even though the replica holds one as new (the office
    // refused a local change to it, so the local row is not the office's). Fields with later local
    // edits still waiting to be sent keep their local values. `office` empty: this replica may not
    // hold the row at all, so it is removed (queued changes to it stay, and are refused in turn),
    // and its scope is no longer counted as held whole.
    Status restore(const std::string& table, const Id& id, const std::optional<RowState>& office);

    // Resolves a conflict locally and queues the resolution: "kept" keeps the value the office chose,
    // "other" takes the value it set aside, "value" takes `value` (a person's own merge).
    Status resolveConflict(const Id& conflictId, std::string_view choice, const Value& value = {});

    // Forgets everything synced (after a revoked device is told to wipe): the store is removed by the caller.
private:
    Status adopt(const RowState& row, bool force = false);
    Status removeScope(const std::string& scope);

    Store* m_store;
};

// Reading and writing row states; shared by the tablet and the office.
Result<std::optional<RowState>> readRowState(Store& store, const TableInfo& table, const Id& id);
// Physically removes every row of `scope` from every synced table, with its versions, queued
// changes and index entries (an eviction: drafts and refused changes stay).
Status removeScopeRows(Store& store, const std::string& scope);
// An erasure of the person: removeScopeRows, and also their drafts, the refused changes about them
// and the scope's place among those held. The caller checkpoints the write-ahead log afterwards.
Status erasePhysically(Store& store, const std::string& scope);

} // namespace fieldnotes::core
