// The two lists a tablet's sync screen shows beside the conflicts: what waits to be sent (the outbox,
// one line per record) and the changes the office refused, with what the person can do about each.
//
// A refused change has left the outbox and its record is back as the office has it, but what the
// person typed is kept in the encrypted store (rejected_changes) until they dismiss it, so nothing
// written is lost by a refusal. The office's reason is kept in its own words.
#pragma once

#include "changes.h"
#include "store.h"

#include <vector>

namespace fieldnotes::core {

// One record with local changes waiting in the outbox.
struct WaitingRecord {
    std::string table;
    Id rowId;
    ChangeOp op = ChangeOp::Set; // Create or Append if the record is new; else the first change's op
    std::vector<std::string> columns; // the fields changed, in the order first changed (Set)
    int changes = 0; // outbox rows for the record
    std::int64_t lastChangeMs = 0; // when the latest of them was made
    Id participantId; // when the record belongs to a participant
    std::string subject; // the participant's display name or the employer's name; empty if unknown
};

// Records with changes waiting to be sent, in the order their first change was made; at most `limit`.
Result<std::vector<WaitingRecord>> waitingRecords(Store& store, int limit = 200);
// How many records have changes waiting (all of them, whatever the limit above).
Result<std::int64_t> waitingRecordCount(Store& store);

// What the person can do about a refused change.
enum class RefusalRemedy {
    // A journal entry (a visit note, natural support): it is kept below; write it again where it
    // belongs (for someone the person follows), or give it to the office.
    CopyIntoNewEntry,
    // A record or field change: the record is back as the office has it; if the change is still
    // needed, the office (or the participant's own specialist) makes it.
    AskTheOffice,
};

struct RefusedChange {
    std::int64_t id = 0;
    ChangeOp op = ChangeOp::Set;
    std::string table;
    Id rowId;
    std::string column; // Set: the field
    Value value; // Set: the value that was typed
    FieldValues fields; // Create and Append: the fields as typed
    std::string reason; // the office's words
    std::int64_t refusedMs = 0;
    Id participantId;
    std::string subject;
    RefusalRemedy remedy = RefusalRemedy::AskTheOffice;
};

// Refused changes the person has not dismissed, newest first.
Result<std::vector<RefusedChange>> refusedChanges(Store& store);
// Dismisses one refused change (its text is removed from the store), or all with `id` empty.
Status dismissRefused(Store& store, std::optional<std::int64_t> id);

} // namespace fieldnotes::core
