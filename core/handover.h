// A participant handed over to another specialist: by a team lead on their tablet, or by the office
// (`fieldnotes-office assign --participant ID --specialist STAFF`). The lead's participant page, its
// Hand over dialog, `fieldnotes-cli handover` and the office command all call these; none of them
// writes participants.specialist_id of its own.
//
// Who may do what: a team lead, or the office. A specialist does not hand their own people over (they
// ask their lead), and a mentor's device does neither. The office enforces the same rule on push
// (sync/policy.cpp: only a lead's tablet may set specialist_id).
//
// Neither side loses unsent work (sync/README.md, "A hand-over"): the journal entries the former
// specialist wrote before the hand-over reached the office are still taken from their tablet, and
// their drafts stay there.
#pragma once

#include "intake.h"

#include <vector>

namespace fieldnotes::core {

// Hands the participant over to `toStaffId`, an active specialist or lead on the staff list (not a
// mentor, not the one who follows them now), on `on` (today or earlier: the day the new specialist
// takes over). A discharged participant is not handed over. Written in one transaction with change
// tracking: participants.specialist_id, and `on` as participants.followed_since (the page's "followed
// by X since DATE"). The office's rule for entries written before the hand-over (sync/README.md)
// goes by when it received the hand-over, not by this day.
CaseResult<void> handOverParticipant(
    Store& store, const Actor& actor, const Id& participantId, const Id& toStaffId, const Date& on);

// The same hand-over made by the office itself on its own store (it manages who follows whom), with
// the same rules about the participant and the receiver.
CaseResult<void> handOverParticipantAtOffice(
    Store& office, const Id& participantId, const Id& toStaffId, const Date& on);

// Whom the participant can be handed over to: the specialists and leads on the staff list on this
// device (removed ones are not), without the one who follows them now, by name.
Result<std::vector<Staff>> handOverCandidates(Store& store, const Id& participantId);

} // namespace fieldnotes::core
