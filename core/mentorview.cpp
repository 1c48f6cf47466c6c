#include "mentorview.h"

#include "consent.h"
#include "storeinternals.h"

namespace fieldnotes::core {

Result<std::vector<MentorCase>> mentorCaseload(Store& store, const Id& staffId, const Date& today)
{
    std::vector<MentorCase> out;
    if (staffId.empty())
        return out;
    FN_TRY_ASSIGN(Statement * st,
        StoreInternals::db(store).prepare(
            "SELECT a.id, a.mentor_id, a.participant_id, coalesce(p.display_name, ''), coalesce(e.name, ''),"
            " a.from_on, a.talk_interval_days,"
            " (SELECT max(n.occurred_on) FROM natural_support_entries n"
            "   WHERE n.participant_id = a.participant_id AND n.author_id = ?1),"
            " (SELECT count(*) FROM natural_support_entries n"
            "   WHERE n.participant_id = a.participant_id AND n.author_id = ?1)"
            " FROM mentor_assignments a JOIN mentors m ON m.id = a.mentor_id AND m._deleted = 0"
            " LEFT JOIN participants p ON p.id = a.participant_id AND p._deleted = 0"
            " LEFT JOIN employers e ON e.id = m.employer_id"
            " WHERE a._deleted = 0 AND m.staff_id = ?1"
            " AND (a.from_on IS NULL OR a.from_on <= ?2) AND (a.to_on IS NULL OR a.to_on >= ?2)"
            " ORDER BY p.display_name COLLATE NOCASE, a.id"));
    st->bind(1, staffId).bind(2, formatDate(today));
    for (;;) {
        FN_TRY_ASSIGN(const bool row, st->step());
        if (!row)
            break;
        MentorCase c;
        c.assignmentId = st->text(0);
        c.mentorId = st->text(1);
        c.participantId = st->text(2);
        c.displayName = st->text(3);
        c.employerName = st->text(4);
        if (!Codec<OptDate>::decode(st->column(5), c.fromOn) || !Codec<OptDate>::decode(st->column(7), c.lastEntryOn)) {
            st->reset();
            return fail(detail::malformed("mentor_assignments", "from_on"));
        }
        c.talkIntervalDays = static_cast<int>(st->integer(6));
        c.entryCount = static_cast<int>(st->integer(8));
        out.push_back(std::move(c));
    }
    st->reset();
    for (MentorCase& c : out) {
        FN_TRY_ASSIGN(const MentorAssignment a, store.get<MentorAssignment>(c.assignmentId));
        c.mandate = a.mandate;
        FN_TRY_ASSIGN(c.talks, talkSchedule(store, a, today));
        c.nextTalkOn = c.talks.nextDueOn;
    }
    return out;
}

Result<std::vector<LearningGoal>> sharedLearningGoals(
    Store& store, const Id& participantId, const Id& mentorId, const Date& today)
{
    FN_TRY_ASSIGN(const auto items, sharedItems(store, participantId, RecipientKind::Mentor, mentorId, today));
    if (!items.contains(DisclosureItem::LearningGoals))
        return std::vector<LearningGoal> {};
    return StoreInternals::select<LearningGoal>(store,
        "participant_id = ? AND status <> 'dropped'"
        " AND (assignment_id IS NULL OR assignment_id IN"
        "  (SELECT id FROM mentor_assignments WHERE mentor_id = ? AND _deleted = 0))",
        { participantId, mentorId }, "status DESC, id");
}

Result<std::vector<NaturalSupportEntry>> ownEntries(
    Store& store, const Id& participantId, const Id& authorId, int limit)
{
    return StoreInternals::select<NaturalSupportEntry>(store, "participant_id = ? AND author_id = ?",
        { participantId, authorId }, "occurred_on DESC, _hlc DESC LIMIT " + std::to_string(limit));
}

} // namespace fieldnotes::core
