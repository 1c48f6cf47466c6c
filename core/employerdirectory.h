// The employers a specialist works with, as the employer list shows them: one line each with the
// follow-up preference, the risk flag and the last contact. No sensitive columns (risk_note is not here).
#pragma once

#include "store.h"

#include <vector>

namespace fieldnotes::core {

struct EmployerLine {
    Id employerId;
    std::string name;
    std::string sector;
    FollowUpPreference followUpPreference = FollowUpPreference::OnSite;
    RiskFlag riskFlag = RiskFlag::None;
    OptId ownerId;
    OptDate lastContactOn; // the latest visit logged with this employer
    int contactCount = 0;
    int workplaceCount = 0;
    int openPlacements = 0; // placements not ended
};

// Every employer on this replica (tombstoned ones excluded), ordered by name.
Result<std::vector<EmployerLine>> employerDirectory(Store& store);

} // namespace fieldnotes::core
