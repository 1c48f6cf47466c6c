#include "timeline.h"

namespace fieldnotes::core {

namespace {

// Both queries return the same columns, in this order.
constexpr std::string_view visitColumns
    = "SELECT 'visits', v.id, v.occurred_on, v.start_time, v.contact_type, NULL, v.author_id,"
      " coalesce(s.name, ''), CASE WHEN v.note <> '' THEN v.note ELSE v.purpose END, coalesce(v.duration_min, 0), 0,"
      " v.participant_id, coalesce(p.display_name, ''), v.employer_id, coalesce(e.name, ''),"
      " v.corrects_id, v._hlc, NULL, NULL, NULL"
      " FROM visits v LEFT JOIN staff s ON s.id = v.author_id"
      " LEFT JOIN participants p ON p.id = v.participant_id"
      " LEFT JOIN employers e ON e.id = v.employer_id";

constexpr std::string_view supportColumns
    = "SELECT 'natural_support_entries', n.id, n.occurred_on, NULL, NULL, n.kind, n.author_id,"
      " coalesce(s.name, m.name, ''), n.situation, n.minutes, n.needs_specialist,"
      " n.participant_id, coalesce(p.display_name, ''), m.employer_id, coalesce(e.name, ''),"
      " n.corrects_id, n._hlc, NULL, NULL, NULL"
      " FROM natural_support_entries n LEFT JOIN staff s ON s.id = n.author_id"
      " LEFT JOIN mentors m ON m.id = n.mentor_id"
      " LEFT JOIN participants p ON p.id = n.participant_id"
      " LEFT JOIN employers e ON e.id = m.employer_id";

constexpr std::string_view courseColumns
    = "SELECT 'course_changes', c.id, c.changed_on, NULL, NULL, NULL, c.author_id, coalesce(s.name, ''), c.reason,"
      " 0, 0, c.participant_id, coalesce(p.display_name, ''), NULL, '', NULL, c._hlc, c.steps, c.status,"
      " c.status_before"
      " FROM course_changes c LEFT JOIN staff s ON s.id = c.author_id"
      " LEFT JOIN participants p ON p.id = c.participant_id";

// Entries no later entry corrects: what the timeline lists.
constexpr std::string_view currentVisit = "NOT EXISTS (SELECT 1 FROM visits c WHERE c.corrects_id = v.id)";
constexpr std::string_view currentSupport
    = "NOT EXISTS (SELECT 1 FROM natural_support_entries c WHERE c.corrects_id = n.id)";

constexpr std::string_view newestFirst = " ORDER BY 3 DESC, 4 DESC, 17 DESC LIMIT ?2";

Result<std::vector<TimelineEntry>> read(Store& store, const std::string& sql, const Id& key, int limit)
{
    FN_TRY_ASSIGN(Statement * st, store.db().prepare(sql));
    st->bind(1, key).bind(2, std::int64_t { limit });
    std::vector<TimelineEntry> out;
    for (;;) {
        FN_TRY_ASSIGN(const bool row, st->step());
        if (!row)
            break;
        TimelineEntry e;
        e.table = st->text(0);
        e.id = st->text(1);
        bool ok = Codec<Date>::decode(st->column(2), e.occurredOn)
            && Codec<std::optional<std::string>>::decode(st->column(3), e.startTime)
            && Codec<std::optional<ContactType>>::decode(st->column(4), e.contactType)
            && Codec<std::optional<SupportKind>>::decode(st->column(5), e.supportKind)
            && Codec<OptId>::decode(st->column(11), e.participantId)
            && Codec<OptId>::decode(st->column(13), e.employerId) && Codec<OptId>::decode(st->column(15), e.correctsId);
        if (!ok) {
            st->reset();
            return fail(detail::malformed(e.table, "occurred_on"));
        }
        e.authorId = st->text(6);
        e.authorName = st->text(7);
        e.summary = st->text(8);
        e.minutes = static_cast<int>(st->integer(9));
        e.needsSpecialist = st->integer(10) != 0;
        e.participantName = st->text(12);
        e.employerName = st->text(14);
        if (e.table == "course_changes") {
            CourseChange c;
            c.id = e.id;
            c.participantId = e.participantId.value_or(Id {});
            c.authorId = e.authorId;
            c.changedOn = e.occurredOn;
            c.reason = e.summary;
            if (!Codec<std::set<int>>::decode(st->column(17), c.steps)
                || !Codec<std::optional<ParticipantStatus>>::decode(st->column(18), c.status)
                || !Codec<std::optional<ParticipantStatus>>::decode(st->column(19), c.statusBefore)) {
                st->reset();
                return fail(detail::malformed(e.table, "status"));
            }
            e.course = std::move(c);
        }
        out.push_back(std::move(e));
    }
    st->reset();
    return out;
}

} // namespace

Result<std::vector<TimelineEntry>> participantTimeline(Store& store, const Id& participantId, int limit)
{
    const std::string sql = std::string(visitColumns) + " WHERE v.participant_id = ?1 AND " + std::string(currentVisit)
        + " UNION ALL " + std::string(supportColumns) + " WHERE n.participant_id = ?1 AND "
        + std::string(currentSupport) + " UNION ALL " + std::string(courseColumns) + " WHERE c.participant_id = ?1"
        + std::string(newestFirst);
    return read(store, sql, participantId, limit);
}

Result<std::vector<TimelineEntry>> employerHistory(Store& store, const Id& employerId, int limit)
{
    const std::string sql = std::string(visitColumns) + " WHERE v.employer_id = ?1 AND " + std::string(currentVisit)
        + std::string(newestFirst);
    return read(store, sql, employerId, limit);
}

} // namespace fieldnotes::core
