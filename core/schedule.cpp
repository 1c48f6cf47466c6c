#include "schedule.h"

#include "storeinternals.h"

#include <algorithm>
#include <set>

namespace fieldnotes::core {

std::vector<FollowUpSlot> followUpSlots(const Date& start)
{
    std::vector<FollowUpSlot> out;
    out.reserve(followUpSlotCount);
    out.push_back({ 0, FollowUpSlotKind::BeforeStart, 0, addDays(start, -7), addDays(start, -1) });
    out.push_back({ 1, FollowUpSlotKind::AfterStart, 0, start, addDays(start, 3) });
    const Date monthOne = addMonths(start, 1);
    for (int week = 2; week <= 4; ++week) {
        const Date to = week == 4 ? addDays(monthOne, -1) : addDays(start, 7 * week - 1);
        out.push_back({ week, FollowUpSlotKind::Weekly, week, addDays(start, 7 * (week - 1)), to });
    }
    for (int month = 2; month <= 12; ++month)
        out.push_back({ month + 3, FollowUpSlotKind::Monthly, month, addMonths(start, month - 1),
            addDays(addMonths(start, month), -1) });
    return out;
}

std::optional<FollowUpSlot> followUpSlot(const Date& start, int index)
{
    if (index < 0 || index >= followUpSlotCount)
        return std::nullopt;
    return followUpSlots(start)[static_cast<std::size_t>(index)];
}

bool hasFollowUpSchedule(const Placement& placement)
{
    return placement.startOn.has_value()
        && (placement.kind == PlacementKind::PaidJob || placement.kind == PlacementKind::WorkTrial);
}

bool countsAsFollowUpMeeting(const Visit& contact)
{
    if (!contact.participantId)
        return false;
    switch (contact.contactType) {
    case ContactType::WorkplaceFollowUp:
    case ContactType::ThreeWayMeeting:
    case ContactType::EmployerFollowUp:
    case ContactType::HomeVisit:
        return true;
    case ContactType::NewEmployerVisit:
    case ContactType::JobTastingDay:
    case ContactType::Phone:
    case ContactType::Sms:
    case ContactType::Email:
    case ContactType::OutreachAttempt:
        return false;
    }
    return false;
}

OptDate followUpEndsOn(const Placement& placement, const Participant& participant)
{
    if (placement.endedOn && participant.dischargedOn)
        return std::min(*placement.endedOn, *participant.dischargedOn);
    return placement.endedOn ? placement.endedOn : participant.dischargedOn;
}

std::optional<Date> proposedDate(const FollowUpSlot& slot, const Date& today)
{
    const Date first = std::max(slot.windowFrom, today);
    if (first > slot.windowTo)
        return std::nullopt;
    for (Date d = first; d <= slot.windowTo; d = addDays(d, 1))
        if (!isWeekend(d))
            return d;
    return first;
}

std::vector<SlotStatus> trackFollowUp(
    const Date& start, const OptDate& endsOn, const std::vector<Visit>& contacts, const Date& today)
{
    std::vector<const Visit*> meetings;
    for (const Visit& v : contacts)
        if (countsAsFollowUpMeeting(v) && v.occurredOn <= today)
            meetings.push_back(&v);
    std::sort(meetings.begin(), meetings.end(), [](const Visit* a, const Visit* b) {
        return a->occurredOn != b->occurredOn ? a->occurredOn < b->occurredOn : a->id < b->id;
    });

    std::vector<SlotStatus> out;
    for (const FollowUpSlot& slot : followUpSlots(start)) {
        SlotStatus s;
        s.slot = slot;
        for (const Visit* v : meetings)
            if (v->occurredOn >= slot.windowFrom && v->occurredOn <= slot.windowTo) {
                s.keptBy = v->id;
                s.keptOn = v->occurredOn;
                break;
            }
        if (endsOn && *endsOn < slot.windowTo)
            s.state = SlotState::Dropped;
        else if (s.keptBy)
            s.state = SlotState::Kept;
        else if (today < slot.windowFrom)
            s.state = SlotState::Upcoming;
        else if (today <= slot.windowTo)
            s.state = SlotState::Open;
        else
            s.state = SlotState::Missed;
        out.push_back(std::move(s));
    }
    return out;
}

CadenceCount countCadence(const std::vector<SlotStatus>& statuses, const Date& from, const Date& to)
{
    CadenceCount c;
    for (const SlotStatus& s : statuses) {
        if (s.slot.windowTo < from || s.slot.windowTo > to)
            continue;
        if (s.state == SlotState::Kept) {
            ++c.due;
            ++c.kept;
        } else if (s.state == SlotState::Missed) {
            ++c.due;
        }
    }
    return c;
}

Result<std::vector<Visit>> followUpContacts(Store& store, const Id& participantId)
{
    FN_TRY_ASSIGN(auto visits,
        StoreInternals::select<Visit>(
            store, "participant_id = ? AND " + std::string(uncorrectedVisit), { participantId }, "occurred_on, id"));
    std::erase_if(visits, [](const Visit& v) { return !countsAsFollowUpMeeting(v); });
    return visits;
}

Result<FollowUpTrack> followUpStatus(Store& store, const Id& placementId, const Date& today)
{
    FollowUpTrack track;
    FN_TRY_ASSIGN(track.placement, store.get<Placement>(placementId));
    if (!hasFollowUpSchedule(track.placement))
        return track;
    FN_TRY_ASSIGN(const Participant participant, store.get<Participant>(track.placement.participantId));
    track.endsOn = followUpEndsOn(track.placement, participant);
    FN_TRY_ASSIGN(const auto contacts, followUpContacts(store, participant.id));
    track.slotStatus = trackFollowUp(*track.placement.startOn, track.endsOn, contacts, today);
    FN_TRY_ASSIGN(const auto meetings,
        StoreInternals::select<FollowUpMeeting>(store, "placement_id = ?", { placementId }, "slot, id"));
    for (const FollowUpMeeting& m : meetings) {
        if (m.slot < 0 || m.slot >= followUpSlotCount)
            continue;
        SlotStatus& s = track.slotStatus[static_cast<std::size_t>(m.slot)];
        if (!s.meetingId) {
            s.meetingId = m.id;
            s.proposedOn = m.proposedOn;
        }
    }
    return track;
}

Result<std::vector<Id>> proposeFollowUp(Store& store, const Id& placementId, const Date& today)
{
    std::vector<Id> created;
    FN_TRY(store.transaction([&]() -> Status {
        FN_TRY_ASSIGN(const Placement placement, store.get<Placement>(placementId));
        if (!hasFollowUpSchedule(placement))
            return fail(ErrorCode::InvalidArgument,
                "Only a paid job or a work trial with a start date gets a follow-up schedule. Set the start date "
                "first.");
        FN_TRY_ASSIGN(const Participant participant, store.get<Participant>(placement.participantId));
        const OptDate endsOn = followUpEndsOn(placement, participant);

        // Cancelled meetings are tombstones, still on record: read past the store's filter.
        std::set<int> onRecord;
        FN_TRY_ASSIGN(Statement * st,
            StoreInternals::db(store).prepare("SELECT slot FROM follow_up_meetings WHERE placement_id = ?"));
        st->bind(1, placementId);
        for (;;) {
            FN_TRY_ASSIGN(const bool row, st->step());
            if (!row)
                break;
            onRecord.insert(static_cast<int>(st->integer(0)));
        }
        st->reset();

        for (const FollowUpSlot& slot : followUpSlots(*placement.startOn)) {
            if (onRecord.count(slot.index) || (endsOn && *endsOn < slot.windowTo))
                continue;
            const auto on = proposedDate(slot, today);
            if (!on)
                continue;
            FollowUpMeeting m;
            m.participantId = placement.participantId;
            m.placementId = placementId;
            m.slot = slot.index;
            m.proposedOn = *on;
            FN_TRY_ASSIGN(Id id, store.create(m));
            created.push_back(std::move(id));
        }
        return {};
    }));
    return created;
}

} // namespace fieldnotes::core
