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

// One workplace of an employer with the tasks there, by title.
struct WorkplaceSite {
    Workplace workplace;
    std::vector<WorkplaceTask> tasks;
};
// An employer's contact people and workplaces, each by name, as the employer's page shows them.
struct EmployerSites {
    std::vector<EmployerContact> contacts;
    std::vector<WorkplaceSite> workplaces;
};
Result<EmployerSites> employerSites(Store& store, const Id& employerId);

} // namespace fieldnotes::core
