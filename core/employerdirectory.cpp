#include "employerdirectory.h"

#include "storeinternals.h"

namespace fieldnotes::core {

Result<std::vector<EmployerLine>> employerDirectory(Store& store)
{
    FN_TRY_ASSIGN(Statement * st,
        StoreInternals::db(store).prepare(
            "SELECT e.id, e.name, e.sector, e.follow_up_preference, e.risk_flag, e.owner_id,"
            " (SELECT max(v.occurred_on) FROM visits v WHERE v.employer_id = e.id),"
            " (SELECT count(*) FROM visits v WHERE v.employer_id = e.id),"
            " (SELECT count(*) FROM workplaces w WHERE w.employer_id = e.id AND w._deleted = 0),"
            " (SELECT count(*) FROM placements pl WHERE pl.employer_id = e.id AND pl._deleted = 0"
            "   AND pl.ended_on IS NULL)"
            " FROM employers e WHERE e._deleted = 0 ORDER BY e.name COLLATE NOCASE, e.id"));
    std::vector<EmployerLine> out;
    for (;;) {
        FN_TRY_ASSIGN(const bool row, st->step());
        if (!row)
            break;
        EmployerLine e;
        e.employerId = st->text(0);
        e.name = st->text(1);
        e.sector = st->text(2);
        if (!Codec<FollowUpPreference>::decode(st->column(3), e.followUpPreference)
            || !Codec<RiskFlag>::decode(st->column(4), e.riskFlag) || !Codec<OptId>::decode(st->column(5), e.ownerId)
            || !Codec<OptDate>::decode(st->column(6), e.lastContactOn)) {
            st->reset();
            return fail(detail::malformed("employers", "follow_up_preference"));
        }
        e.contactCount = static_cast<int>(st->integer(7));
        e.workplaceCount = static_cast<int>(st->integer(8));
        e.openPlacements = static_cast<int>(st->integer(9));
        out.push_back(std::move(e));
    }
    st->reset();
    return out;
}

Result<EmployerSites> employerSites(Store& store, const Id& employerId)
{
    EmployerSites sites;
    FN_TRY_ASSIGN(
        sites.contacts, StoreInternals::select<EmployerContact>(store, "employer_id = ?", { employerId }, "name"));
    FN_TRY_ASSIGN(auto workplaces, StoreInternals::select<Workplace>(store, "employer_id = ?", { employerId }, "name"));
    for (auto& w : workplaces) {
        WorkplaceSite site { std::move(w), {} };
        FN_TRY_ASSIGN(site.tasks,
            StoreInternals::select<WorkplaceTask>(store, "workplace_id = ?", { site.workplace.id }, "title"));
        sites.workplaces.push_back(std::move(site));
    }
    return sites;
}

} // namespace fieldnotes::core
