#include "actions.h"

#include "catalogue.h"
#include "schedule.h"
#include "storeinternals.h"

#include <cctype>
#include <utility>

namespace fieldnotes::core {

namespace {

std::optional<CaseError> checkWriter(const Actor& actor)
{
    return checkCaseWriter(actor, "the change has someone who made it",
        "A mentor's device cannot close agreed actions, reminders or meetings.");
}

Result<std::optional<CaseError>> checkFollows(Store& store, const Actor& actor, const Id& participantId)
{
    if (actor.role == StaffRole::Lead)
        return std::optional<CaseError> {};
    FN_TRY_ASSIGN(const auto participant, store.find<Participant>(participantId));
    if (participant && participant->specialistId == actor.staffId)
        return std::optional<CaseError> {};
    return std::optional<CaseError>(caseRefusal(Refusal::NotAllowed,
        "Only the specialist who follows this participant, or a team lead, can close their actions and meetings."));
}

// A row read past the store's filter: tombstones are cancelled items, still on record.
struct ItemRow {
    bool exists = false;
    bool deleted = false;
    OptDate doneOn;
};

Result<ItemRow> rowState(Store& store, std::string_view table, const Id& id, bool withDoneOn)
{
    FN_TRY_ASSIGN(Statement * st,
        StoreInternals::db(store).prepare("SELECT _deleted, " + std::string(withDoneOn ? "done_on" : "NULL") + " FROM "
            + std::string(table) + " WHERE id = ?"));
    st->bind(1, id);
    FN_TRY_ASSIGN(const bool row, st->step());
    ItemRow s;
    if (row) {
        s.exists = true;
        s.deleted = st->integer(0) != 0;
        s.doneOn = parseDate(st->text(1));
    }
    st->reset();
    return s;
}

// Runs `work` in one transaction and sorts what came back into a refusal or a store failure.
template<class F> CaseResult<void> write(Store& store, F&& work)
{
    return inCaseTransaction(store, [&](auto stop) -> Status { return work(stop); });
}

template<class T, class Stop>
Status closeItem(Store& store, const Actor& actor, T item, bool cancel, const std::string& reason, Stop& stop)
{
    if (item.participantId) {
        FN_TRY_ASSIGN(auto e, checkFollows(store, actor, *item.participantId));
        if (e)
            return stop(std::move(*e));
    } else if constexpr (std::is_same_v<T, Reminder>) {
        if (actor.role != StaffRole::Lead && item.authorId != actor.staffId)
            return stop(caseRefusal(
                Refusal::NotAllowed, "Only the person who wrote this reminder, or a team lead, can close it."));
    }
    if (item.doneOn)
        return stop(caseRefusal(Refusal::AlreadyDone,
            "This was already marked done (" + formatDate(*item.doneOn) + "); nothing is left to close.", "done_on"));
    item.doneOn = store.today();
    if (cancel && !reason.empty())
        item.text += (item.text.empty() ? "" : "\n") + std::string(cancelledLabel) + reason;
    FN_TRY(store.update(item));
    if (cancel)
        FN_TRY(store.remove(RecordTraits<T>::table, item.id));
    return {};
}

CaseResult<void> closeAction(Store& store, const Actor& actor, const Id& id, bool cancel, std::string_view why)
{
    if (auto refused = checkWriter(actor))
        return tl::unexpected(std::move(*refused));
    const std::string reason = trimmedText(why);
    if (containsNationalIdNumber(reason))
        return tl::unexpected(caseRefusal(Refusal::NationalIdNumber,
            "The reason holds an 11-digit number, written like a national ID number. fieldnotes never keeps national "
            "ID numbers: remove it.",
            "text"));
    return write(store, [&](auto& stop) -> Status {
        FN_TRY_ASSIGN(auto action, store.find<AgreedAction>(id));
        if (action)
            return closeItem(store, actor, std::move(*action), cancel, reason, stop);
        FN_TRY_ASSIGN(auto reminder, store.find<Reminder>(id));
        if (reminder)
            return closeItem(store, actor, std::move(*reminder), cancel, reason, stop);
        for (std::string_view table : { RecordTraits<AgreedAction>::table, RecordTraits<Reminder>::table }) {
            FN_TRY_ASSIGN(const ItemRow s, rowState(store, table, id, true));
            if (s.exists && s.deleted)
                return stop(caseRefusal(Refusal::AlreadyCancelled,
                    "This was already cancelled" + (s.doneOn ? " (" + formatDate(*s.doneOn) + ")" : std::string {})
                        + "; nothing is left to close."));
        }
        return stop(caseRefusal(Refusal::ActionNotFound,
            "There is no agreed action or reminder with that id on this device. Check the id (fieldnotes-cli "
            "attention lists them)."));
    });
}

// The meeting, its slot's state and the checks every change of a meeting makes.
template<class Stop>
Result<std::optional<std::pair<FollowUpMeeting, FollowUpSlot>>> openMeeting(
    Store& store, const Actor& actor, const Id& meetingId, Stop& stop)
{
    using Found = std::optional<std::pair<FollowUpMeeting, FollowUpSlot>>;
    FN_TRY_ASSIGN(auto meeting, store.find<FollowUpMeeting>(meetingId));
    if (!meeting) {
        FN_TRY_ASSIGN(const ItemRow s, rowState(store, RecordTraits<FollowUpMeeting>::table, meetingId, false));
        FN_TRY(stop(s.exists ? caseRefusal(Refusal::AlreadyCancelled, "This meeting was already cancelled.")
                             : caseRefusal(Refusal::MeetingNotFound,
                                 "There is no planned meeting with that id on this device. Check the id "
                                 "(fieldnotes-cli attention lists the meetings due).")));
        return Found {};
    }
    FN_TRY_ASSIGN(auto e, checkFollows(store, actor, meeting->participantId));
    if (e) {
        FN_TRY(stop(std::move(*e)));
        return Found {};
    }
    FN_TRY_ASSIGN(const FollowUpTrack track, followUpStatus(store, meeting->placementId, store.today()));
    if (track.slotStatus.empty() || meeting->slot < 0 || meeting->slot >= followUpSlotCount) {
        FN_TRY(
            stop(caseRefusal(Refusal::ScheduleEnded, "This meeting's placement has no follow-up schedule any more.")));
        return Found {};
    }
    const SlotStatus& status = track.slotStatus[static_cast<std::size_t>(meeting->slot)];
    if (status.state == SlotState::Kept) {
        FN_TRY(stop(caseRefusal(Refusal::MeetingKept,
            "A visit on " + (status.keptOn ? formatDate(*status.keptOn) : std::string("a day in its window"))
                + " already kept this meeting; there is nothing left to move or cancel.")));
        return Found {};
    }
    if (status.state == SlotState::Dropped) {
        FN_TRY(stop(caseRefusal(Refusal::ScheduleEnded,
            "The follow-up schedule ended (the placement ended or the participant was discharged) before this "
            "meeting's time; it is no longer due.")));
        return Found {};
    }
    return Found(std::in_place, std::move(*meeting), status.slot);
}

} // namespace

CaseResult<void> markActionDone(Store& store, const Actor& actor, const Id& id)
{
    return closeAction(store, actor, id, false, {});
}

CaseResult<void> cancelAction(Store& store, const Actor& actor, const Id& id, std::string_view reason)
{
    return closeAction(store, actor, id, true, reason);
}

CaseResult<void> moveMeeting(Store& store, const Actor& actor, const Id& meetingId, const Date& to)
{
    if (auto refused = checkWriter(actor))
        return tl::unexpected(std::move(*refused));
    return write(store, [&](auto& stop) -> Status {
        FN_TRY_ASSIGN(auto found, openMeeting(store, actor, meetingId, stop));
        if (!found)
            return fail(ErrorCode::InvalidArgument, "refused"); // stop() has recorded why
        auto& [meeting, slot] = *found;
        if (to < store.today())
            return stop(caseRefusal(Refusal::MoveInPast,
                "The new date is in the past. Move the meeting to today or later; a meeting already held is logged "
                "as a visit.",
                "proposed_on"));
        if (to > slot.windowTo)
            return stop(caseRefusal(Refusal::MoveAfterWindow,
                "A meeting after " + formatDate(slot.windowTo)
                    + " cannot keep this follow-up. Choose a day up to then, or cancel the meeting with a reason.",
                "proposed_on"));
        meeting.proposedOn = to;
        return store.update(meeting);
    });
}

CaseResult<void> cancelMeeting(Store& store, const Actor& actor, const Id& meetingId, std::string_view why)
{
    if (auto refused = checkWriter(actor))
        return tl::unexpected(std::move(*refused));
    const std::string reason = trimmedText(why);
    if (reason.empty())
        return tl::unexpected(caseRefusal(Refusal::CancelReasonMissing,
            "Write why the meeting is cancelled (in a few words: the person is on sick leave, the employer asked to "
            "wait...).",
            "note"));
    if (containsNationalIdNumber(reason))
        return tl::unexpected(caseRefusal(Refusal::NationalIdNumber,
            "The reason holds an 11-digit number, written like a national ID number. fieldnotes never keeps national "
            "ID numbers: remove it.",
            "note"));
    return write(store, [&](auto& stop) -> Status {
        FN_TRY_ASSIGN(auto found, openMeeting(store, actor, meetingId, stop));
        if (!found)
            return fail(ErrorCode::InvalidArgument, "refused");
        FollowUpMeeting& meeting = found->first;
        meeting.note = reason;
        FN_TRY(store.update(meeting));
        return store.remove(RecordTraits<FollowUpMeeting>::table, meeting.id);
    });
}

Result<ActionClosing> actionClosing(Store& store, const Id& id)
{
    for (std::string_view table : { RecordTraits<AgreedAction>::table, RecordTraits<Reminder>::table }) {
        FN_TRY_ASSIGN(const ItemRow s, rowState(store, table, id, true));
        if (!s.exists)
            continue;
        ActionClosing c;
        c.on = s.doneOn;
        c.as = s.deleted ? ClosedAs::Cancelled : s.doneOn ? ClosedAs::Done : ClosedAs::Open;
        if (c.as == ClosedAs::Open)
            return c;
        const TableInfo* info = findTable(table);
        FN_TRY_ASSIGN(const FieldVersions versions, store.fieldVersions(*info, id));
        for (const auto& [column, version] : versions)
            if (column == "done_on") {
                FN_TRY_ASSIGN(c.by, writerOf(store, version.device));
            }
        return c;
    }
    return fail(ErrorCode::NotFound, "There is no agreed action or reminder with that id on this device.");
}

Result<std::vector<AgreedAction>> actionsOfVisit(Store& store, const Id& visitId)
{
    return StoreInternals::select<AgreedAction>(store, "visit_id = ?", { visitId }, "due_on");
}

} // namespace fieldnotes::core
