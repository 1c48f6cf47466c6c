#include "attention.h"

#include <algorithm>

namespace fieldnotes::core {

namespace {

// Runs `sql` (one row per item: participant id, subject id, due date) and adds an item per row.
Status collect(Store& store, std::vector<Attention>& out, AttentionKind kind, std::string_view table,
    const std::string& sql, const std::vector<Value>& params, const Date& today)
{
    FN_TRY_ASSIGN(Statement * st, store.db().prepare(sql));
    for (std::size_t i = 0; i < params.size(); ++i)
        st->bind(static_cast<int>(i + 1), params[i]);
    for (;;) {
        FN_TRY_ASSIGN(const bool row, st->step());
        if (!row)
            break;
        const auto due = parseDate(st->text(2));
        if (!due)
            continue; // a record without a usable date raises nothing
        out.push_back({ kind, st->text(0), std::string(table), st->text(1), *due, daysBetween(today, *due) });
    }
    st->reset();
    return {};
}

constexpr std::string_view active = "p._deleted = 0 AND p.status NOT IN ('paused', 'discharged')";

} // namespace

Result<std::vector<Attention>> attention(Store& store, const Date& today, const AttentionRules& rules)
{
    std::vector<Attention> out;
    const std::string t = formatDate(today);
    auto within = [&](int days) { return formatDate(addDays(today, days)); };
    const std::string activeSql(active);

    // The last contact's planned next visit, if it has passed.
    FN_TRY(collect(store, out, AttentionKind::FollowUpOverdue, "visits",
        "SELECT p.id, v.id, v.next_visit_on FROM participants p JOIN visits v ON v.id = ("
        " SELECT v2.id FROM visits v2 WHERE v2.participant_id = p.id ORDER BY v2.occurred_on DESC, v2._hlc DESC LIMIT "
        "1)"
        " WHERE "
            + activeSql + " AND v.next_visit_on IS NOT NULL AND v.next_visit_on < ?1",
        { t }, today));

    // Quiet for too long. Due = last contact + the allowed gap (or referral, if never contacted).
    FN_TRY(collect(store, out, AttentionKind::NoRecentContact, "participants",
        "SELECT p.id, p.id, date(coalesce((SELECT max(v.occurred_on) FROM visits v WHERE v.participant_id = p.id),"
        " p.referral_on), '+' || CASE p.status WHEN 'in_work' THEN ?2 ELSE ?3 END || ' days') AS due"
        " FROM participants p WHERE "
            + activeSql + " AND due IS NOT NULL AND due < ?1",
        { t, std::int64_t { rules.noContactDaysInWork }, std::int64_t { rules.noContactDays } }, today));

    const std::string openPlacement = "pl._deleted = 0 AND pl.ended_on IS NULL";
    FN_TRY(collect(store, out, AttentionKind::TrialPeriodEnding, "placements",
        "SELECT pl.participant_id, pl.id, pl.trial_end_on FROM placements pl JOIN participants p ON p.id = "
        "pl.participant_id"
        " WHERE "
            + openPlacement + " AND " + activeSql + " AND pl.trial_end_on BETWEEN ?1 AND ?2",
        { t, within(rules.trialWarningDays) }, today));
    FN_TRY(collect(store, out, AttentionKind::ContractEnding, "placements",
        "SELECT pl.participant_id, pl.id, pl.contract_end_on FROM placements pl JOIN participants p ON p.id = "
        "pl.participant_id"
        " WHERE "
            + openPlacement + " AND " + activeSql + " AND pl.contract_end_on BETWEEN ?1 AND ?2",
        { t, within(rules.contractWarningDays) }, today));
    FN_TRY(collect(store, out, AttentionKind::WageSubsidyReview, "support_measures",
        "SELECT s.participant_id, s.id, s.review_on FROM support_measures s JOIN participants p ON p.id = "
        "s.participant_id"
        " WHERE s._deleted = 0 AND "
            + activeSql + " AND s.review_on <= ?2 AND (s.to_on IS NULL OR s.to_on >= ?1)",
        { t, within(rules.subsidyWarningDays) }, today));
    FN_TRY(collect(store, out, AttentionKind::MeasureEnding, "participants",
        "SELECT p.id, p.id, coalesce((SELECT max(x.new_end_on) FROM measure_extensions x"
        "   WHERE x.participant_id = p.id AND x._deleted = 0), p.measure_end_on) AS ends"
        " FROM participants p WHERE "
            + activeSql + " AND ends IS NOT NULL AND ends <= ?1",
        { within(rules.measureWarningDays) }, today));

    // Mentor entries flagged for the specialist since the last contact with the participant.
    FN_TRY(collect(store, out, AttentionKind::NeedsSpecialist, "natural_support_entries",
        "SELECT e.participant_id, e.id, e.occurred_on FROM natural_support_entries e"
        " JOIN participants p ON p.id = e.participant_id"
        " WHERE p._deleted = 0 AND e.needs_specialist = 1 AND e.occurred_on >= coalesce("
        "  (SELECT max(v.occurred_on) FROM visits v WHERE v.participant_id = e.participant_id), '0000-00-00')"
        " AND NOT EXISTS (SELECT 1 FROM natural_support_entries c WHERE c.corrects_id = e.id)",
        {}, today));

    FN_TRY(collect(store, out, AttentionKind::ActionDue, "agreed_actions",
        "SELECT coalesce(a.participant_id, ''), a.id, a.due_on FROM agreed_actions a"
        " LEFT JOIN participants p ON p.id = a.participant_id"
        " WHERE a._deleted = 0 AND a.done_on IS NULL AND a.owner = 'specialist' AND a.due_on <= ?1"
        " AND (a.participant_id IS NULL OR "
            + activeSql + ")",
        { within(rules.actionWarningDays) }, today));
    FN_TRY(collect(store, out, AttentionKind::ReminderDue, "reminders",
        "SELECT coalesce(r.participant_id, ''), r.id, r.due_on FROM reminders r"
        " WHERE r._deleted = 0 AND r.done_on IS NULL AND r.due_on <= ?1",
        { within(rules.reminderWarningDays) }, today));

    // Open conflicts: due the day they were raised (today, as far as the device knows).
    FN_TRY(collect(store, out, AttentionKind::OpenConflict, "conflicts",
        "SELECT CASE WHEN c._scope LIKE 'p:%' THEN substr(c._scope, 3) ELSE '' END, c.id, ?1 FROM conflicts c"
        " WHERE c._deleted = 0 AND c.resolution IS NULL",
        { t }, today));

    std::stable_sort(out.begin(), out.end(), [](const Attention& a, const Attention& b) {
        if (a.daysLeft != b.daysLeft)
            return a.daysLeft < b.daysLeft;
        return static_cast<int>(a.kind) < static_cast<int>(b.kind);
    });
    return out;
}

} // namespace fieldnotes::core
