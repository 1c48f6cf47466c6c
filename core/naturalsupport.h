// The natural-support log: a workplace mentor notes, in under a minute, the support they gave the
// person assigned to them (what happened, what went well, what needs work). The mentor's entry
// screen calls this; it writes no entry of its own.
//
// Who may: only the person whose mentor record is assigned, today, to the participant (a mentor's
// tablet, paired at the office). The office enforces the same rule on push (sync/policy.h).
#pragma once

#include "intake.h"

#include <string>

namespace fieldnotes::core {

// One entry as the mentor writes it. Text is stored trimmed; no national ID numbers.
struct NaturalSupportLog {
    Id participantId;
    Date occurredOn {}; // not in the future
    int minutes = 0; // 0..1440; 0 when not noted
    SupportKind kind = SupportKind::TaskTraining;
    std::string situation;
    std::string handledWell;
    std::string needsWork;
    std::string expectedBehaviour;
    bool needsSpecialist = false; // the mentor asks the specialist to get in touch
    OptId draftId; // the draft on this device the entry was typed in: removed in the same transaction
};

// The longest a support entry can say it took: a day.
inline constexpr int maxSupportMinutes = 24 * 60;

// Appends the entry in the acting person's name, tied to their mentor record assigned to the
// participant (and removes its draft), in one transaction. At least one of the four texts is
// written. Returns the entry's id.
CaseResult<Id> logNaturalSupport(Store& store, const Actor& actor, const NaturalSupportLog& entry);

} // namespace fieldnotes::core
