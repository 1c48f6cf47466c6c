#include "attention.h"

#include "mentoring.h"
#include "schedule.h"
#include "storeinternals.h"

#include <algorithm>

namespace fieldnotes::core {

namespace {

// The participant parameter: when the list is asked for one participant, every rule's query names
// them as ?9 (see `only` below); the other parameters are numbered from ?1.
constexpr int participantParam = 9;

// Runs `sql` (one row per item: participant id, subject id, due date and, where the item has words
// of its own, its detail) and adds an item per row.
Status collect(Store& store, std::vector<Attention>& out, AttentionKind kind, std::string_view table,
    const std::string& sql, const std::vector<Value>& params, const Date& today, const Id* participant = nullptr)
{
    FN_TRY_ASSIGN(Statement * st, StoreInternals::db(store).prepare(sql));
    for (std::size_t i = 0; i < params.size(); ++i)
        st->bind(static_cast<int>(i + 1), params[i]);
    if (participant)
        st->bind(participantParam, *participant);
    for (;;) {
        FN_TRY_ASSIGN(const bool row, st->step());
        if (!row)
            break;
        const auto due = parseDate(st->text(2));
        if (!due)
            continue; // a record without a usable date raises nothing
        out.push_back({ kind, st->text(0), std::string(table), st->text(1), *due, daysBetween(today, *due),
            st->columnCount() > 3 ? st->text(3) : std::string() });
    }
    st->reset();
    return {};
}

constexpr std::string_view active = "p._deleted = 0 AND p.status NOT IN ('paused', 'discharged')";

Attention item(AttentionKind kind, const Id& participant, std::string_view table, const Id& subject, const Date& due,
    const Date& today)
{
    return { kind, participant, std::string(table), subject, due, daysBetween(today, due), {} };
}

// Proposed follow-up meetings that are near, late or missed; and the tapering plan once the first
// month in a job is over.
Status followUpItems(Store& store, std::vector<Attention>& out, const Participant& participant, const Date& today,
    const AttentionRules& rules)
{
    FN_TRY_ASSIGN(const auto placements,
        StoreInternals::select<Placement>(store, "participant_id = ?", { participant.id }, "start_on, id"));
    std::vector<Visit> contacts;
    bool contactsRead = false;
    bool taperingChecked = false;
    for (const Placement& pl : placements) {
        if (!hasFollowUpSchedule(pl))
            continue;
        const OptDate endsOn = followUpEndsOn(pl, participant);
        if (!contactsRead) {
            FN_TRY_ASSIGN(contacts, followUpContacts(store, participant.id));
            contactsRead = true;
        }
        FN_TRY_ASSIGN(const auto meetings,
            StoreInternals::select<FollowUpMeeting>(store, "placement_id = ?", { pl.id }, "slot, id"));
        for (const FollowUpMeeting& m : meetings) {
            const auto slot = followUpSlot(*pl.startOn, m.slot);
            if (!slot || !m.proposedOn || (endsOn && *endsOn < slot->windowTo))
                continue;
            const Date from = std::min(slot->windowFrom, *m.proposedOn);
            const Date to = std::max(slot->windowTo, *m.proposedOn);
            const bool held = std::any_of(contacts.begin(), contacts.end(),
                [&](const Visit& v) { return v.occurredOn >= from && v.occurredOn <= to && v.occurredOn <= today; });
            if (held)
                continue;
            if (today <= to) {
                if (daysBetween(today, *m.proposedOn) <= rules.meetingWarningDays)
                    out.push_back(item(AttentionKind::FollowUpMeetingDue, participant.id, "follow_up_meetings", m.id,
                        *m.proposedOn, today));
            } else if (daysBetween(to, today) <= rules.missedShownDays) {
                out.push_back(
                    item(AttentionKind::FollowUpMeetingMissed, participant.id, "follow_up_meetings", m.id, to, today));
            }
        }
        const Date monthOne = addMonths(*pl.startOn, 1);
        if (!taperingChecked && monthOne <= today && !endsOn) {
            taperingChecked = true;
            FN_TRY_ASSIGN(const TaperingAgreement agreement, taperingAgreement(store, participant.id));
            if (agreement != TaperingAgreement::Agreed)
                out.push_back(
                    item(AttentionKind::TaperingNotAgreed, participant.id, "placements", pl.id, monthOne, today));
        }
    }
    return {};
}

// The last day to ask for an extension, while the measure can still be extended.
Status extensionItem(Store& store, std::vector<Attention>& out, const Participant& participant, const Date& today,
    const AttentionRules& rules)
{
    OptDate ends = participant.measureEndOn;
    FN_TRY_ASSIGN(const auto extensions,
        StoreInternals::select<MeasureExtension>(store, "participant_id = ?", { participant.id }));
    for (const auto& x : extensions)
        if (x.newEndOn && (!ends || *x.newEndOn > *ends))
            ends = x.newEndOn;
    if (!ends || *ends <= today)
        return {};
    if (participant.referralOn && *ends >= addMonths(*participant.referralOn, rules.measureMaxMonths))
        return {};
    const Date deadline = addDays(*ends, -rules.extensionLeadDays);
    if (daysBetween(today, deadline) <= rules.extensionWarningDays)
        out.push_back(
            item(AttentionKind::ExtensionDeadline, participant.id, "participants", participant.id, deadline, today));
    return {};
}

// Structured talks due, for every assignment running today: mentor support may go on after
// discharge, so the participant's status does not matter here.
Status mentorTalkItems(
    Store& store, std::vector<Attention>& out, const Date& today, const AttentionRules& rules, const Id* only = nullptr)
{
    FN_TRY_ASSIGN(const auto assignments,
        only ? StoreInternals::select<MentorAssignment>(store, "participant_id = ?", { *only }, "id")
             : StoreInternals::select<MentorAssignment>(store, "1", {}, "participant_id, id"));
    for (const MentorAssignment& a : assignments) {
        if (!isAssignmentActive(a, today))
            continue;
        FN_TRY_ASSIGN(const auto participant, store.find<Participant>(a.participantId));
        if (!participant)
            continue;
        FN_TRY_ASSIGN(const TalkSchedule talks, talkSchedule(store, a, today));
        if (talks.nextDueOn && daysBetween(today, *talks.nextDueOn) <= rules.talkWarningDays)
            out.push_back(item(
                AttentionKind::MentorTalkDue, a.participantId, "mentor_assignments", a.id, *talks.nextDueOn, today));
    }
    return {};
}

void sortByUrgency(std::vector<Attention>& out)
{
    std::stable_sort(out.begin(), out.end(), [](const Attention& a, const Attention& b) {
        if (a.daysLeft != b.daysLeft)
            return a.daysLeft < b.daysLeft;
        return static_cast<int>(a.kind) < static_cast<int>(b.kind);
    });
}

// Every rule, for the whole device or (`only`) for one participant. Asked for one participant, each
// query that reads participants names them (?9), and the rules that are not about a participant
// (employers going cold) are left out.
Result<std::vector<Attention>> collectAll(Store& store, const Date& today, const AttentionRules& rules, const Id* only)
{
    std::vector<Attention> out;
    if (store.role() == StaffRole::Mentor) {
        FN_TRY(mentorTalkItems(store, out, today, rules, only));
        sortByUrgency(out);
        return out;
    }
    const std::string t = formatDate(today);
    auto within = [&](int days) { return formatDate(addDays(today, days)); };
    const std::string activeSql
        = std::string(active) + (only ? " AND p.id = ?" + std::to_string(participantParam) : std::string());
    auto collect = [&](std::vector<Attention>& into, AttentionKind kind, std::string_view table, const std::string& sql,
                       const std::vector<Value>& params, const Date& day) {
        return fieldnotes::core::collect(store, into, kind, table, sql, params, day, only);
    };

    // The last contact's planned next visit, if it has passed.
    FN_TRY(collect(out, AttentionKind::FollowUpOverdue, "visits",
        "SELECT p.id, v.id, v.next_visit_on FROM participants p JOIN visits v ON v.id = ("
        " SELECT v2.id FROM visits v2 WHERE v2.participant_id = p.id ORDER BY v2.occurred_on DESC, v2._hlc DESC LIMIT "
        "1)"
        " WHERE "
            + activeSql + " AND v.next_visit_on IS NOT NULL AND v.next_visit_on < ?1",
        { t }, today));

    // Quiet for too long. Due = last contact + the allowed gap (or referral, if never contacted).
    FN_TRY(collect(out, AttentionKind::NoRecentContact, "participants",
        "SELECT p.id, p.id, date(coalesce((SELECT max(v.occurred_on) FROM visits v WHERE v.participant_id = p.id),"
        " p.referral_on), '+' || CASE p.status WHEN 'in_work' THEN ?2 ELSE ?3 END || ' days') AS due"
        " FROM participants p WHERE "
            + activeSql + " AND due IS NOT NULL AND due < ?1",
        { t, std::int64_t { rules.noContactDaysInWork }, std::int64_t { rules.noContactDays } }, today));

    const std::string openPlacement = "pl._deleted = 0 AND pl.ended_on IS NULL";
    FN_TRY(collect(out, AttentionKind::TrialPeriodEnding, "placements",
        "SELECT pl.participant_id, pl.id, pl.trial_end_on FROM placements pl JOIN participants p ON p.id = "
        "pl.participant_id"
        " WHERE "
            + openPlacement + " AND " + activeSql + " AND pl.trial_end_on BETWEEN ?1 AND ?2",
        { t, within(rules.trialWarningDays) }, today));
    FN_TRY(collect(out, AttentionKind::ContractEnding, "placements",
        "SELECT pl.participant_id, pl.id, pl.contract_end_on FROM placements pl JOIN participants p ON p.id = "
        "pl.participant_id"
        " WHERE "
            + openPlacement + " AND " + activeSql + " AND pl.contract_end_on BETWEEN ?1 AND ?2",
        { t, within(rules.contractWarningDays) }, today));
    FN_TRY(collect(out, AttentionKind::WageSubsidyReview, "support_measures",
        "SELECT s.participant_id, s.id, s.review_on FROM support_measures s JOIN participants p ON p.id = "
        "s.participant_id"
        " WHERE s._deleted = 0 AND "
            + activeSql + " AND s.review_on <= ?2 AND (s.to_on IS NULL OR s.to_on >= ?1)",
        { t, within(rules.subsidyWarningDays) }, today));
    FN_TRY(collect(out, AttentionKind::MeasureEnding, "participants",
        "SELECT p.id, p.id, coalesce((SELECT max(x.new_end_on) FROM measure_extensions x"
        "   WHERE x.participant_id = p.id AND x._deleted = 0), p.measure_end_on) AS ends"
        " FROM participants p WHERE "
            + activeSql + " AND ends IS NOT NULL AND ends <= ?1",
        { within(rules.measureWarningDays) }, today));

    // Mentor entries flagged for the specialist since the last contact with the participant.
    FN_TRY(collect(out, AttentionKind::NeedsSpecialist, "natural_support_entries",
        "SELECT e.participant_id, e.id, e.occurred_on FROM natural_support_entries e"
        " JOIN participants p ON p.id = e.participant_id"
        " WHERE p._deleted = 0"
            + std::string(only ? " AND p.id = ?" + std::to_string(participantParam) : "")
            + " AND e.needs_specialist = 1 AND e.occurred_on >= coalesce("
              "  (SELECT max(v.occurred_on) FROM visits v WHERE v.participant_id = e.participant_id), '0000-00-00')"
              " AND NOT EXISTS (SELECT 1 FROM natural_support_entries c WHERE c.corrects_id = e.id)",
        {}, today));

    FN_TRY(collect(out, AttentionKind::ActionDue, "agreed_actions",
        "SELECT coalesce(a.participant_id, ''), a.id, a.due_on, a.text FROM agreed_actions a"
        " LEFT JOIN participants p ON p.id = a.participant_id"
        " WHERE a._deleted = 0 AND a.done_on IS NULL AND a.owner = 'specialist' AND a.due_on <= ?1"
        " AND (a.participant_id IS NULL OR "
            + activeSql + ")",
        { within(rules.actionWarningDays) }, today));
    FN_TRY(collect(out, AttentionKind::ReminderDue, "reminders",
        "SELECT coalesce(r.participant_id, ''), r.id, r.due_on, r.text FROM reminders r"
        " WHERE r._deleted = 0 AND r.done_on IS NULL AND r.due_on <= ?1",
        { within(rules.reminderWarningDays) }, today));

    // Open conflicts: due the day they were raised (today, as far as the device knows).
    FN_TRY(collect(out, AttentionKind::OpenConflict, "conflicts",
        "SELECT CASE WHEN c._scope LIKE 'p:%' THEN substr(c._scope, 3) ELSE '' END, c.id, ?1 FROM conflicts c"
        " WHERE c._deleted = 0 AND c.resolution IS NULL",
        { t }, today));

    // The next visit planned at the last contact, today or tomorrow.
    FN_TRY(collect(out, AttentionKind::PlannedVisit, "visits",
        "SELECT p.id, v.id, v.next_visit_on FROM participants p JOIN visits v ON v.id = ("
        " SELECT v2.id FROM visits v2 WHERE v2.participant_id = p.id ORDER BY v2.occurred_on DESC, v2._hlc DESC LIMIT "
        "1)"
        " WHERE "
            + activeSql + " AND v.next_visit_on BETWEEN ?1 AND ?2",
        { t, within(rules.plannedVisitDays) }, today));

    if (!only) {
        // Employers going cold. Due = last contact (or the day the employer was recorded) + the allowed gap.
        FN_TRY(collect(out, AttentionKind::EmployerNotContacted, "employers",
            "SELECT '', e.id, date(coalesce((SELECT max(v.occurred_on) FROM visits v WHERE v.employer_id = e.id),"
            "   date((e._hlc >> 16) / 1000, 'unixepoch')), '+' || ?2 || ' days') AS due"
            " FROM employers e WHERE e._deleted = 0 AND due < ?1 AND (e.owner_id = ?3 OR EXISTS ("
            "   SELECT 1 FROM placements pl JOIN participants p ON p.id = pl.participant_id"
            "   WHERE pl.employer_id = e.id AND pl._deleted = 0 AND pl.ended_on IS NULL"
            "   AND pl.kind IN ('paid_job', 'work_trial') AND "
                + activeSql + "))",
            { t, std::int64_t { rules.employerQuietDays }, store.staffId() }, today));
    }

    // Gone quiet: unanswered outreach since the last contact that reached them (or the referral).
    FN_TRY(collect(out, AttentionKind::GoneQuiet, "participants",
        "WITH reach AS (SELECT p.id AS pid, p.referral_on AS referral, (SELECT max(v.occurred_on) FROM visits v"
        "   WHERE v.participant_id = p.id AND v.contact_type <> 'outreach_attempt') AS reached"
        "   FROM participants p WHERE "
            + activeSql
            + ")"
              " SELECT pid, pid, date(coalesce(reached, referral), '+' || ?2 || ' days') AS due FROM reach"
              " WHERE due < ?1 AND (SELECT count(*) FROM visits v WHERE v.participant_id = pid"
              "   AND v.contact_type = 'outreach_attempt' AND v.occurred_on > coalesce(reached, '')) >= ?3",
        { t, std::int64_t { rules.goneQuietDays }, std::int64_t { rules.goneQuietAttempts } }, today));

    const std::string current = "status NOT IN ('paused', 'discharged')";
    FN_TRY_ASSIGN(const auto participants,
        only ? StoreInternals::select<Participant>(store, current + " AND id = ?", { *only })
             : StoreInternals::select<Participant>(store, current, {}, "display_name, id"));
    for (const Participant& p : participants) {
        FN_TRY(followUpItems(store, out, p, today, rules));
        FN_TRY(extensionItem(store, out, p, today, rules));
    }
    FN_TRY(mentorTalkItems(store, out, today, rules, only));

    // Agreed actions, reminders and conflicts may name no participant; asked for one, those stay out.
    if (only)
        std::erase_if(out, [&](const Attention& a) { return a.participantId != *only; });
    sortByUrgency(out);
    return out;
}

} // namespace

Result<std::vector<Attention>> attention(Store& store, const Date& today, const AttentionRules& rules)
{
    return collectAll(store, today, rules, nullptr);
}

Result<std::vector<Attention>> attentionFor(
    Store& store, const Id& participantId, const Date& today, const AttentionRules& rules)
{
    return collectAll(store, today, rules, &participantId);
}

} // namespace fieldnotes::core
