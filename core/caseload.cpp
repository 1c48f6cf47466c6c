#include "caseload.h"

#include "storeinternals.h"

namespace fieldnotes::core {

Result<std::vector<CaseloadEntry>> caseload(Store& store, bool includeDischarged)
{
    FN_TRY_ASSIGN(Statement * st,
        StoreInternals::db(store).prepare(
            "SELECT p.id, p.display_name, p.status, p.steps, p.programme,"
            " (SELECT max(v.occurred_on) FROM visits v WHERE v.participant_id = p.id),"
            " (SELECT v.next_visit_on FROM visits v WHERE v.participant_id = p.id AND v.next_visit_on IS NOT NULL"
            "   ORDER BY v.occurred_on DESC, v._hlc DESC LIMIT 1),"
            " (SELECT count(*) FROM visits v WHERE v.participant_id = p.id)"
            " FROM participants p WHERE p._deleted = 0 AND (?1 OR p.status <> 'discharged')"
            " ORDER BY p.display_name COLLATE NOCASE, p.id"));
    st->bind(1, std::int64_t { includeDischarged ? 1 : 0 });
    std::vector<CaseloadEntry> out;
    for (;;) {
        FN_TRY_ASSIGN(const bool row, st->step());
        if (!row)
            break;
        CaseloadEntry e;
        e.participantId = st->text(0);
        e.displayName = st->text(1);
        if (!Codec<ParticipantStatus>::decode(st->column(2), e.status)
            || !Codec<std::set<int>>::decode(st->column(3), e.steps)
            || !Codec<Programme>::decode(st->column(4), e.programme)
            || !Codec<OptDate>::decode(st->column(5), e.lastContactOn)
            || !Codec<OptDate>::decode(st->column(6), e.nextContactOn)) {
            st->reset();
            return fail(detail::malformed("participants", "status"));
        }
        e.contactCount = static_cast<int>(st->integer(7));
        out.push_back(std::move(e));
    }
    st->reset();
    return out;
}

Result<std::vector<Participant>> allParticipants(Store& store)
{
    return StoreInternals::select<Participant>(store, "1", {}, "display_name, id");
}

} // namespace fieldnotes::core
