#include "handover.h"

#include "storeinternals.h"

#include <utility>

namespace fieldnotes::core {

namespace {

CaseResult<void> handOver(Store& store, const Id& participantId, const Id& toStaffId, const Date& on)
{
    if (on > store.today())
        return tl::unexpected(caseRefusal(Refusal::HandOverInFuture,
            "The hand-over date is in the future. Hand the participant over on the day the new specialist takes "
            "over (today or earlier).",
            "specialist_id"));
    auto written = inCaseTransaction(store, [&](auto stop) -> Status {
        FN_TRY_ASSIGN(auto found, store.find<Participant>(participantId));
        if (!found)
            return stop(caseRefusal(Refusal::NotFound,
                "There is no participant with that id on this device. Check the id (fieldnotes-cli list).",
                "participant_id"));
        Participant p = std::move(*found);
        if (p.status == ParticipantStatus::Discharged)
            return stop(caseRefusal(Refusal::ParticipantDischarged,
                "This participant is discharged; there is no one to hand over. Take them on again first.", "status"));
        FN_TRY_ASSIGN(auto receiver, store.find<Staff>(toStaffId));
        if (!receiver)
            return stop(caseRefusal(Refusal::StaffNotFound,
                "There is no one with that id on the staff list. Choose a specialist from the team list "
                "(fieldnotes-office staff lists everyone).",
                "specialist_id"));
        if (receiver->role == StaffRole::Mentor)
            return stop(caseRefusal(Refusal::ReceiverNotSpecialist,
                "A mentor does not follow participants. Hand the participant over to a specialist or a team lead.",
                "specialist_id"));
        if (p.specialistId == toStaffId)
            return stop(caseRefusal(Refusal::SameSpecialist,
                receiver->name + " already follows this participant. Choose another specialist.", "specialist_id"));
        p.specialistId = toStaffId;
        p.followedSince = on;
        return store.update(p);
    });
    if (!written)
        return tl::unexpected(std::move(written).error());
    return {};
}

} // namespace

CaseResult<void> handOverParticipant(
    Store& store, const Actor& actor, const Id& participantId, const Id& toStaffId, const Date& on)
{
    if (auto refused = checkCaseWriter(actor, "a team lead can hand participants over from it",
            "A mentor's device cannot hand participants over."))
        return tl::unexpected(std::move(*refused));
    if (actor.role != StaffRole::Lead)
        return tl::unexpected(caseRefusal(Refusal::NotAllowed,
            "Only a team lead hands a participant over to another specialist. Ask your team lead, or the office "
            "(fieldnotes-office assign --participant ID --specialist STAFF)."));
    return handOver(store, participantId, toStaffId, on);
}

CaseResult<void> handOverParticipantAtOffice(
    Store& office, const Id& participantId, const Id& toStaffId, const Date& on)
{
    return handOver(office, participantId, toStaffId, on);
}

Result<std::vector<Staff>> handOverCandidates(Store& store, const Id& participantId)
{
    FN_TRY_ASSIGN(const Participant p, store.get<Participant>(participantId));
    FN_TRY_ASSIGN(auto staff, StoreInternals::select<Staff>(store, "role IN ('specialist', 'lead')", {}, "name, id"));
    std::erase_if(staff, [&](const Staff& s) { return p.specialistId == s.id; });
    return staff;
}

} // namespace fieldnotes::core
