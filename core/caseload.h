// The caseload as a specialist sees it: one line per participant with where they are in the
// process and when the last and next contacts are. No sensitive fields: this feeds list views.
#pragma once

#include "store.h"

#include <vector>

namespace fieldnotes::core {

struct CaseloadEntry {
    Id participantId;
    std::string displayName;
    ParticipantStatus status = ParticipantStatus::Referred;
    std::set<int> steps;
    Programme programme = Programme::UtvidetOppfolging;
    OptDate lastContactOn;
    OptDate nextContactOn; // the next visit planned in the latest contact that planned one
    int contactCount = 0;
};

// Every participant on this replica who is not discharged (or all, with includeDischarged),
// ordered by display name.
Result<std::vector<CaseloadEntry>> caseload(Store& store, bool includeDischarged = false);

// Every participant on this replica, discharged ones too, by display name (as stored, case counts)
// and id: the order the individual report's pages come in.
Result<std::vector<Participant>> allParticipants(Store& store);

} // namespace fieldnotes::core
