#include "policy.h"

#include "consent.h"
#include "dump.h"
#include "replica.h"
#include "storeinternals.h"

#include <algorithm>

namespace fieldnotes::sync {

using namespace fieldnotes::core;

namespace {

constexpr std::string_view fullView = "s1";
// A lead's team view of a participant someone else follows (ScopeView::team); a tablet that held
// the participant whole before (any other fingerprint) drops the scope and takes it again narrowed.
// "l1" was the view before the case review's queue (case_reviews) was part of it.
constexpr std::string_view teamView = "l2";
// A lead's view of a colleague's own 'u:': reflection log, working hours, fidelity answers and the
// reflection entries brought to the case review ("r1" was the log alone, "r2" the log and the hours,
// "r3" the log, the hours and either the fidelity answers or the case review's entries).
constexpr std::string_view colleagueView = "r4";

// The case review's advice (core/casereview.h): recorded by a team lead, in their own name.
bool adviceColumn(std::string_view column)
{
    return column == "advice" || column == "advised_by" || column == "advised_on";
}

// What a lead's team view shows of a participant someone else follows: what the team overview, a
// hand-over and the team's figures (core/figures.cpp, core/schedule.cpp) read, and nothing typed as
// free text but one: the case review's queue, whose question the lead needs to hold the review (and
// whose advice is the lead's own). Tables not named here are not shown at all (notes of mentors, profiles, plans,
// goals, consents, disclosures, agreed actions, course changes, support measures, mentor assignments...).
bool teamColumn(std::string_view table, std::string_view column)
{
    static const std::map<std::string_view, std::set<std::string_view>> shown {
        { "participants",
            { "display_name", "programme", "referral_on", "measure_end_on", "steps", "status", "discharge_reason",
                "discharged_on", "specialist_id", "followed_since" } },
        { "visits",
            { "participant_id", "employer_id", "workplace_id", "author_id", "contact_type", "occurred_on", "start_time",
                "duration_min", "steps", "next_visit_on", "audience", "field_time", "corrects_id" } },
        { "placements",
            { "participant_id", "employer_id", "workplace_id", "kind", "contract", "start_on", "trial_end_on",
                "contract_end_on", "ended_on" } },
        { "follow_up_meetings", { "participant_id", "placement_id", "slot", "proposed_on" } },
        { "case_reviews",
            { "participant_id", "reflection_id", "asked_by", "asked_on", "question", "advice", "advised_by",
                "advised_on", "withdrawn_on" } },
    };
    const auto it = shown.find(table);
    return it != shown.end() && it->second.count(column) > 0;
}

bool teamTable(std::string_view table)
{
    return teamColumn(table, table == "participants" ? "status" : "participant_id");
}

Result<std::vector<std::string>> column0(Store& store, std::string_view sql, const std::vector<Value>& params)
{
    FN_TRY_ASSIGN(Statement * st, core::StoreInternals::db(store).prepare(sql));
    for (std::size_t i = 0; i < params.size(); ++i)
        st->bind(static_cast<int>(i + 1), params[i]);
    std::vector<std::string> out;
    for (;;) {
        FN_TRY_ASSIGN(const bool row, st->step());
        if (!row)
            break;
        if (!st->isNull(0))
            out.push_back(st->text(0));
    }
    st->reset();
    return out;
}

// The participants a specialist follows: assigned to them, or not yet assigned and created on one
// of their own devices (a participant a specialist just added stays on their tablet).
constexpr std::string_view caseloadSql
    = "SELECT id FROM participants WHERE specialist_id = ?1 OR (specialist_id IS NULL AND _dev IN "
      "(SELECT id FROM devices WHERE staff_id = ?1))";

// The employers a specialist works with: their own, or linked to `caseload` by a placement, a visit
// (of a participant there, or written by the specialist), an agreed action or a mentor assignment.
// Every branch reads an index alone (migration 12); the visit's two links are two branches because
// SQLite answers an OR over two indexes by reading each row it finds.
std::string linkedEmployersSql(std::string_view caseload, std::string_view onlyEmployer)
{
    const std::string only = onlyEmployer.empty() ? "" : std::string(" AND employer_id = ") + std::string(onlyEmployer);
    const std::string onlyId = onlyEmployer.empty() ? "" : std::string(" AND id = ") + std::string(onlyEmployer);
    const std::string onlyM
        = onlyEmployer.empty() ? "" : std::string(" AND m.employer_id = ") + std::string(onlyEmployer);
    const std::string c(caseload);
    return "SELECT id FROM employers WHERE (owner_id = ?1 OR _dev IN (SELECT id FROM devices WHERE staff_id = ?1))"
        + onlyId + " UNION SELECT employer_id FROM placements WHERE participant_id IN (" + c
        + ") AND employer_id IS NOT NULL" + only + " UNION SELECT employer_id FROM visits WHERE participant_id IN (" + c
        + ") AND employer_id IS NOT NULL" + only + " UNION SELECT employer_id FROM visits WHERE author_id = ?1"
        + " AND employer_id IS NOT NULL" + only
        + " UNION SELECT employer_id FROM agreed_actions WHERE participant_id IN (" + c
        + ") AND employer_id IS NOT NULL" + only
        + " UNION SELECT m.employer_id FROM mentor_assignments a JOIN mentors m ON m.id = a.mentor_id "
          "WHERE a.participant_id IN ("
        + c + ")" + onlyM;
}

// Everything a restricted view's projection depends on: the records it names, the items shared,
// and every mentor record linked to the person (their entries naming any of them are shown).
ScopeView fullScope(std::string scope)
{
    ScopeView v;
    v.scope = std::move(scope);
    v.fingerprint = fullView;
    return v;
}

ScopeView teamScope(std::string scope)
{
    ScopeView v = fullScope(std::move(scope));
    v.team = true;
    v.fingerprint = teamView;
    return v;
}

std::string fingerprintOf(const ScopeView& v, const std::set<Id>& linked)
{
    std::string text = "m2";
    auto add = [&](const std::set<Id>& ids) {
        text += '|';
        for (const auto& id : ids)
            text += id + ',';
    };
    add(linked);
    add(v.mentors);
    add(v.assignments);
    add(v.consents);
    add(v.placements);
    text += '|';
    for (DisclosureItem item : v.items)
        text += std::string(codeOf(item)) + ',';
    return "m2:" + sha256Hex(text).substr(0, 32);
}

const Value* fieldIn(const RowState& row, std::string_view column)
{
    for (const auto& [c, v] : row.fields)
        if (c == column)
            return &v;
    return nullptr;
}

std::string textIn(const RowState& row, std::string_view column)
{
    const Value* v = fieldIn(row, column);
    return v && std::holds_alternative<std::string>(*v) ? std::get<std::string>(*v) : std::string();
}

// Keeps the named columns (and the versions of what is kept), drops the rest.
RowState keepOnly(const RowState& row, const std::function<bool(std::string_view)>& keep)
{
    RowState out = row;
    out.fields.clear();
    out.fieldVersions.clear();
    for (const auto& f : row.fields)
        if (keep(f.first))
            out.fields.push_back(f);
    for (const auto& v : row.fieldVersions)
        if (v.first == "_deleted" || keep(v.first))
            out.fieldVersions.push_back(v);
    return out;
}

} // namespace

Result<Viewer> Viewer::load(Store& office, const Id& staffId)
{
    Viewer v;
    v.m_staffId = staffId;
    FN_TRY_ASSIGN(auto staff, office.find<Staff>(staffId));
    if (!staff)
        return fail(ErrorCode::Unauthorized,
            "This tablet's user is no longer on the office's staff list. Ask the office to enrol you again.");
    v.m_role = staff->role;
    const std::string self = "u:" + staffId;
    v.m_scopes[self] = fullScope(self);

    if (v.m_role == StaffRole::Specialist || v.m_role == StaffRole::Lead) {
        v.m_scopes["t"] = fullScope("t");
        std::vector<std::string> participants, employers;
        FN_TRY_ASSIGN(participants, column0(office, caseloadSql, { staffId }));
        if (v.m_role == StaffRole::Lead) {
            // Everyone else of the team, in the team view.
            FN_TRY_ASSIGN(auto others,
                column0(office, "SELECT id FROM participants EXCEPT " + std::string(caseloadSql), { staffId }));
            for (const auto& p : others)
                v.m_scopes["p:" + p] = teamScope("p:" + p);
            FN_TRY_ASSIGN(employers, column0(office, "SELECT id FROM employers", {}));
        } else {
            FN_TRY_ASSIGN(employers, column0(office, linkedEmployersSql(caseloadSql, {}), { staffId }));
        }
        for (const auto& p : participants)
            v.m_scopes["p:" + p] = fullScope("p:" + p);
        for (const auto& e : employers)
            v.m_scopes["e:" + e] = fullScope("e:" + e);
        if (v.m_role == StaffRole::Lead) {
            FN_TRY_ASSIGN(auto colleagues,
                column0(office,
                    "SELECT id FROM staff WHERE _deleted = 0 AND role IN ('specialist', 'lead') AND id <> ?",
                    { staffId }));
            for (const auto& colleague : colleagues) {
                ScopeView log = fullScope("u:" + colleague);
                log.reflectionsOnly = true;
                log.fingerprint = colleagueView;
                v.m_scopes[log.scope] = std::move(log);
            }
        }
        return v;
    }

    // A mentor: restricted views of the participants assigned to one of their mentor records.
    FN_TRY_ASSIGN(
        auto records, column0(office, "SELECT id FROM mentors WHERE staff_id = ? AND _deleted = 0", { staffId }));
    v.m_mentorRecords = { records.begin(), records.end() };
    if (records.empty())
        return v;
    // The employers the person mentors at: their own mentor records there, and the employer's name.
    for (const Id& mentor : records) {
        FN_TRY_ASSIGN(auto employer, column0(office, "SELECT employer_id FROM mentors WHERE id = ?", { mentor }));
        if (employer.empty())
            continue;
        const std::string scope = "e:" + employer.front();
        ScopeView& view = v.m_scopes[scope];
        view.scope = scope;
        view.restricted = true;
        view.employerId = employer.front();
        view.mentors.insert(mentor);
    }
    const Date today = office.today();
    std::map<Id, ScopeView> byParticipant;
    for (const Id& mentor : records) {
        FN_TRY_ASSIGN(auto assignments,
            core::StoreInternals::select<MentorAssignment>(office, "mentor_id = ?", { mentor }, "id"));
        for (const MentorAssignment& a : assignments) {
            const bool active = (!a.fromOn || *a.fromOn <= today) && (!a.toOn || *a.toOn >= today);
            if (!active)
                continue;
            ScopeView& view = byParticipant[a.participantId];
            view.participantId = a.participantId;
            view.mentors.insert(mentor);
            if (a.placementId)
                view.placements.insert(*a.placementId);
        }
    }
    for (auto& [participant, view] : byParticipant) {
        view.scope = "p:" + participant;
        view.restricted = true;
        for (const Id& mentor : v.m_mentorRecords) {
            // Every assignment row between the person and the participant, ended or removed ones too.
            FN_TRY_ASSIGN(auto rows,
                column0(office, "SELECT id FROM mentor_assignments WHERE participant_id = ? AND mentor_id = ?",
                    { participant, mentor }));
            view.assignments.insert(rows.begin(), rows.end());
        }
        for (const Id& mentor : view.mentors) {
            FN_TRY_ASSIGN(auto consents,
                column0(office,
                    "SELECT id FROM consents WHERE participant_id = ? AND recipient_kind = 'mentor' AND recipient_id = "
                    "?",
                    { participant, mentor }));
            view.consents.insert(consents.begin(), consents.end());
            FN_TRY_ASSIGN(auto items, sharedItems(office, participant, RecipientKind::Mentor, mentor, today));
            view.items.insert(items.begin(), items.end());
        }
        view.fingerprint = fingerprintOf(view, v.m_mentorRecords);
        v.m_scopes[view.scope] = std::move(view);
    }
    for (auto& [scope, view] : v.m_scopes)
        if (view.restricted && !view.employerId.empty())
            view.fingerprint = fingerprintOf(view, v.m_mentorRecords);
    return v;
}

const ScopeView* Viewer::view(const std::string& scope) const
{
    auto it = m_scopes.find(scope);
    return it == m_scopes.end() ? nullptr : &it->second;
}

Result<std::optional<RowState>> Viewer::project(Store& office, const RowState& row) const
{
    const ScopeView* v = view(row.scope);
    if (!v)
        return std::optional<RowState> {};
    if (v->reflectionsOnly)
        return row.table == "reflections" || row.table == "working_hours" || row.table == "fidelity_responses"
                || row.table == "case_reviews"
            ? std::optional<RowState>(row)
            : std::nullopt;
    if (row.table == "conflicts" && (v->restricted || v->team)) {
        // Shown when the record and field it is about are shown.
        const TableInfo* target = findTable(textIn(row, "tbl"));
        if (!target || target->recordClass == RecordClass::Conflict)
            return std::optional<RowState> {};
        FN_TRY_ASSIGN(auto targetRow, readRowState(office, *target, textIn(row, "row_id")));
        if (!targetRow)
            return std::optional<RowState> {};
        FN_TRY_ASSIGN(auto seen, project(office, *targetRow));
        if (!seen)
            return std::optional<RowState> {};
        const std::string column = textIn(row, "col");
        const bool fieldSeen = column.empty()
            || std::any_of(seen->fields.begin(), seen->fields.end(), [&](const auto& f) { return f.first == column; });
        return fieldSeen ? std::optional<RowState>(row) : std::nullopt;
    }
    if (v->team) {
        const std::string_view t = row.table;
        if (t == "visits" && textIn(row, "audience") == codeOf(Audience::Author)
            && textIn(row, "author_id") != m_staffId)
            return std::optional<RowState> {};
        // What the lead wrote themselves (a contact, a reminder) stays theirs to read whole.
        if ((t == "visits" || t == "reminders") && textIn(row, "author_id") == m_staffId)
            return std::optional<RowState>(row);
        if (!teamTable(t))
            return std::optional<RowState> {};
        return std::optional<RowState>(keepOnly(row, [&](std::string_view column) { return teamColumn(t, column); }));
    }
    if (!v->restricted) {
        if (row.table == "visits" && textIn(row, "audience") == codeOf(Audience::Author)
            && textIn(row, "author_id") != m_staffId)
            return std::optional<RowState> {};
        return std::optional<RowState>(row);
    }

    const TableInfo* table = findTable(row.table);
    if (!table)
        return std::optional<RowState> {};
    auto shared = [&](std::string_view column) {
        const ColumnInfo* c = table->column(column);
        return c && c->item && v->items.count(*c->item) > 0;
    };
    auto sharedFieldsOnly = [&](std::initializer_list<std::string_view> structural) -> std::optional<RowState> {
        const bool anyShared = std::any_of(
            table->columns.begin(), table->columns.end(), [&](const ColumnInfo& c) { return shared(c.name); });
        if (!anyShared)
            return std::nullopt;
        return keepOnly(row, [&](std::string_view column) {
            return shared(column) || std::find(structural.begin(), structural.end(), column) != structural.end();
        });
    };

    const std::string_view t = row.table;
    if (!v->employerId.empty()) {
        // An employer the person mentors at: its name, and their own mentor records there.
        if (t == "employers" && row.rowId == v->employerId)
            return std::optional<RowState>(keepOnly(row, [](std::string_view column) { return column == "name"; }));
        if (t == "mentors" && v->mentors.count(row.rowId))
            return std::optional<RowState>(row);
        return std::optional<RowState> {};
    }
    if (t == "participants" && row.rowId == v->participantId)
        return std::optional<RowState>(
            keepOnly(row, [&](std::string_view column) { return column == "display_name" || shared(column); }));
    if (t == "mentor_assignments")
        return v->assignments.count(row.rowId) ? std::optional<RowState>(row) : std::nullopt;
    if (t == "consents")
        return v->consents.count(row.rowId) ? std::optional<RowState>(row) : std::nullopt;
    if (t == "natural_support_entries") {
        const bool own = m_mentorRecords.count(textIn(row, "mentor_id")) > 0 || textIn(row, "author_id") == m_staffId;
        return own ? std::optional<RowState>(row) : std::nullopt;
    }
    if (t == "profiles" || t == "plans")
        return sharedFieldsOnly({ "participant_id" });
    if (t == "placements")
        return v->placements.count(row.rowId) ? sharedFieldsOnly({ "participant_id" }) : std::nullopt;
    if (t == "learning_goals")
        return sharedFieldsOnly({ "participant_id", "assignment_id" });
    return std::optional<RowState> {};
}

Result<bool> Viewer::holdsNow(Store& office, const std::string& scope)
{
    if (m_scopes.count(scope))
        return true;
    if (m_role == StaffRole::Mentor)
        return false;
    const std::string id = scope.size() > 2 ? scope.substr(2) : std::string();
    if (scope.rfind("p:", 0) == 0) {
        FN_TRY_ASSIGN(auto found,
            column0(office, "SELECT id FROM (" + std::string(caseloadSql) + ") WHERE id = ?2", { m_staffId, id }));
        if (!found.empty()) {
            m_scopes[scope] = fullScope(scope);
            return true;
        }
        if (m_role == StaffRole::Lead) {
            FN_TRY_ASSIGN(auto exists, column0(office, "SELECT id FROM participants WHERE id = ?", { id }));
            if (!exists.empty())
                m_scopes[scope] = teamScope(scope);
            return !exists.empty();
        }
        return false;
    }
    if (scope.rfind("e:", 0) == 0) {
        std::vector<std::string> found;
        if (m_role == StaffRole::Lead) {
            FN_TRY_ASSIGN(found, column0(office, "SELECT id FROM employers WHERE id = ?", { id }));
        } else {
            FN_TRY_ASSIGN(found, column0(office, linkedEmployersSql(caseloadSql, "?2"), { m_staffId, id }));
        }
        if (!found.empty())
            m_scopes[scope] = fullScope(scope);
        return !found.empty();
    }
    return false;
}

Result<bool> Viewer::holdsWhole(Store& office, const std::string& scope)
{
    FN_TRY_ASSIGN(const bool held, holdsNow(office, scope));
    const ScopeView* v = view(scope);
    return held && v && !v->team && !v->restricted && !v->reflectionsOnly;
}

Result<bool> Viewer::writtenBeforeHandOver(Store& office, const Change& c, const std::string& scope)
{
    if (m_role == StaffRole::Mentor || c.op != ChangeOp::Append || scope.rfind("p:", 0) != 0)
        return false;
    const TableInfo* table = findTable(c.table);
    if (!table || !table->column("author_id"))
        return false;
    const auto author
        = std::find_if(c.fields.begin(), c.fields.end(), [](const auto& f) { return f.first == "author_id"; });
    if (author == c.fields.end() || !std::holds_alternative<std::string>(author->second)
        || std::get<std::string>(author->second) != m_staffId)
        return false;
    FN_TRY_ASSIGN(const bool held, holdsWhole(office, scope));
    if (held)
        return false;
    FN_TRY_ASSIGN(Statement * st,
        core::StoreInternals::db(office).prepare(
            "SELECT max(at_ms) FROM audit_log WHERE event = ? AND staff_id = ? AND detail LIKE ?"));
    st->bind(1, std::string(handOverEvent)).bind(2, m_staffId).bind(3, "participant=" + scope.substr(2) + " %");
    FN_TRY_ASSIGN(const bool row, st->step());
    const bool any = row && !st->isNull(0);
    const std::int64_t handedOverMs = any ? st->integer(0) : 0;
    st->reset();
    if (!any)
        return false;
    const std::int64_t graceMs = std::chrono::duration_cast<std::chrono::milliseconds>(handOverGrace).count();
    return HybridClock::toMs(c.version.hlc) <= handedOverMs && office.clock().nowMs() <= handedOverMs + graceMs;
}

Result<std::string> Viewer::employerNamed(Store& office, const Change& c)
{
    const bool names = c.table == "placements" || c.table == "visits" || c.table == "agreed_actions";
    const std::string_view column = names ? "employer_id" : c.table == "mentor_assignments" ? "mentor_id" : "";
    if (column.empty() || !(c.op == ChangeOp::Set || c.op == ChangeOp::Create || c.op == ChangeOp::Append))
        return std::string();
    std::string id;
    if (c.op == ChangeOp::Set) {
        if (c.column == column && std::holds_alternative<std::string>(c.value))
            id = std::get<std::string>(c.value);
    } else {
        for (const auto& [n, v] : c.fields)
            if (n == column && std::holds_alternative<std::string>(v))
                id = std::get<std::string>(v);
    }
    if (id.empty() || names)
        return id;
    // A mentor assignment links the mentor's employer; a mentor the office does not know links
    // whichever employer such a record is made at later, so it counts as unknown.
    FN_TRY_ASSIGN(auto employer, column0(office, "SELECT employer_id FROM mentors WHERE id = ?", { id }));
    return employer.empty() ? std::string("?") : employer.front();
}

Result<std::string> Viewer::mayWrite(Store& office, const Change& c, const std::string& scope)
{
    const TableInfo* table = findTable(c.op == ChangeOp::Resolve ? "conflicts" : c.table);
    if (!table)
        return std::string("unknown kind of record");
    auto field = [&](std::string_view column) -> std::optional<Value> {
        for (const auto& [n, v] : c.fields)
            if (n == column)
                return v;
        return std::nullopt;
    };
    auto fieldText = [&](std::string_view column) {
        const auto v = field(column);
        return v && std::holds_alternative<std::string>(*v) ? std::get<std::string>(*v) : std::string();
    };

    // Corrections are written by the author of the entry they correct (an entry the office does not
    // hold yet cannot be judged and is let through: its own push is judged when it comes).
    auto correctsAnothers = [&]() -> Result<bool> {
        const std::string corrects = fieldText("corrects_id");
        if (c.op != ChangeOp::Append || corrects.empty() || !table->column("author_id"))
            return false;
        FN_TRY_ASSIGN(auto author,
            column0(office, "SELECT author_id FROM " + std::string(table->name) + " WHERE id = ?", { corrects }));
        return !author.empty() && author.front() != m_staffId;
    };
    FN_TRY_ASSIGN(const bool correctsOthers, correctsAnothers());
    if (correctsOthers)
        return std::string("entries are written in your own name: only the author of an entry corrects it");

    if (m_role == StaffRole::Mentor) {
        if (!(c.op == ChangeOp::Append && table->name == "natural_support_entries"))
            return std::string("a mentor's tablet may only add natural-support entries");
        const ScopeView* v = view(scope);
        if (!v || !v->restricted || v->participantId.empty())
            return std::string("this participant is not assigned to you as a mentor");
        if (fieldText("author_id") != m_staffId)
            return std::string("entries are written in your own name");
        const std::string mentor = fieldText("mentor_id");
        if (!mentor.empty() && !v->mentors.count(mentor))
            return std::string("the entry names a mentor assignment that is not yours");
        return std::string();
    }

    if (table->name == "staff" || table->name == "devices")
        return std::string("staff and devices are managed at the office");
    if (table->name == "mentors"
        && ((c.op == ChangeOp::Set && c.column == "staff_id")
            || (c.op == ChangeOp::Create && field("staff_id") && !isNull(*field("staff_id")))))
        return std::string("a mentor's login is linked at the office (fieldnotes-office assign)");
    if (table->name == "participants" && m_role == StaffRole::Lead) {
        // Who follows a participant, as a lead's tablet sets it: by the hand-over rule
        // (core/handover.h), a specialist or a team lead on the office's staff list.
        const std::optional<Value> followedBy = c.op == ChangeOp::Set && c.column == "specialist_id"
            ? std::optional<Value>(c.value)
            : c.op == ChangeOp::Create ? field("specialist_id")
                                       : std::nullopt;
        if (followedBy && std::holds_alternative<std::string>(*followedBy)) {
            FN_TRY_ASSIGN(auto role,
                column0(office, "SELECT role FROM staff WHERE id = ?", { std::get<std::string>(*followedBy) }));
            if (role.empty())
                return std::string("the person chosen to follow the participant is not on the office's staff list; "
                                   "choose a specialist from the team list after the next sync");
            if (role.front() == "mentor")
                return std::string("a mentor does not follow participants; hand the participant over to a specialist "
                                   "or a team lead");
        }
    }
    if (table->name == "participants" && m_role != StaffRole::Lead) {
        if (c.op == ChangeOp::Set && (c.column == "specialist_id" || c.column == "followed_since"))
            return std::string("who follows a participant is decided at the office");
        if (c.op == ChangeOp::Create) {
            const std::string assigned = fieldText("specialist_id");
            if (!assigned.empty() && assigned != m_staffId)
                return std::string("a new participant can only be followed by the person who adds them");
        }
    }
    if (c.op == ChangeOp::Append && table->column("author_id") && fieldText("author_id") != m_staffId)
        return std::string("entries are written in your own name");
    if (table->name == "case_reviews") {
        // The case review's queue (core/casereview.h): an item is put up in your own name; its advice
        // is a team lead's, in their own name, also on a colleague's item (through the team view, or
        // beside the colleague's reflection log), where the lead writes nothing else.
        if (c.op == ChangeOp::Create && fieldText("asked_by") != m_staffId)
            return std::string("a case review item is put up in your own name");
        const bool setsAdvice = (c.op == ChangeOp::Set && adviceColumn(c.column))
            || (c.op == ChangeOp::Create && std::any_of(c.fields.begin(), c.fields.end(), [](const auto& f) {
                   return adviceColumn(f.first) && !isNull(f.second)
                       && !(std::holds_alternative<std::string>(f.second) && std::get<std::string>(f.second).empty());
               }));
        if (setsAdvice && m_role != StaffRole::Lead)
            return std::string("the advice of the case review is recorded by the team lead");
        if (c.op == ChangeOp::Set && c.column == "advised_by"
            && !(std::holds_alternative<std::string>(c.value) && std::get<std::string>(c.value) == m_staffId))
            return std::string("advice is recorded in your own name");
        if (m_role == StaffRole::Lead && c.op == ChangeOp::Set && adviceColumn(c.column)) {
            FN_TRY_ASSIGN(const bool held, holdsNow(office, scope));
            if (held)
                return std::string();
        }
    }
    FN_TRY_ASSIGN(const bool lateEntry, writtenBeforeHandOver(office, c, scope));
    if (lateEntry) {
        // An employer it names was linked to the caseload by this participant, or is one they hold.
        FN_TRY_ASSIGN(const std::string employer, employerNamed(office, c));
        if (employer.empty())
            return std::string();
        FN_TRY_ASSIGN(auto linked,
            column0(office, linkedEmployersSql("SELECT ?3", "?2"), { m_staffId, employer, scope.substr(2) }));
        if (!linked.empty())
            return std::string();
    }
    if (m_role == StaffRole::Lead && scope.rfind("p:", 0) == 0) {
        // A participant someone else follows: the lead writes what the team view shows and is theirs
        // to decide (who follows the person, the work distributed), never a note or any free text.
        // A person this push itself brought to the office (taken on at the lead's tablet, for a
        // colleague) is the lead's own work until it reaches the office: the records sent with it
        // (the intake's Norwegian level and participation consent) are taken, as a hand-over in the
        // same push takes them (sync/README.md).
        FN_TRY_ASSIGN(const bool held, holdsNow(office, scope));
        const ScopeView* v = view(scope);
        if (held && v && v->team && !m_openedByThisPush.count(scope)) {
            auto empty = [](const Value& value) {
                return isNull(value)
                    || (std::holds_alternative<std::string>(value) && std::get<std::string>(value).empty());
            };
            const std::string_view t = table->name;
            bool allowed = false;
            if (c.op == ChangeOp::Resolve)
                allowed = true;
            else if (t == "participants")
                allowed = c.op == ChangeOp::Set && (c.column == "specialist_id" || c.column == "followed_since");
            else if ((t == "placements" || t == "follow_up_meetings") && c.op == ChangeOp::Set)
                allowed = teamColumn(t, c.column);
            else if ((t == "placements" || t == "follow_up_meetings") && c.op == ChangeOp::Create)
                allowed = std::all_of(c.fields.begin(), c.fields.end(),
                    [&](const auto& f) { return teamColumn(t, f.first) || empty(f.second); });
            if (!allowed)
                return std::string("this participant is followed by a colleague: notes and records about them are "
                                   "written by the specialist who follows them. Pass it on to them, or hand the "
                                   "participant over to yourself first");
        }
    }
    if (m_role == StaffRole::Specialist) {
        // A record that names an employer links it to the caseload (sync/README.md): only one the
        // specialist already works with may be named, or its whole record, risk note included,
        // would follow.
        FN_TRY_ASSIGN(const std::string employer, employerNamed(office, c));
        if (!employer.empty()) {
            FN_TRY_ASSIGN(const bool known, holdsNow(office, "e:" + employer));
            if (!known)
                return std::string("this names an employer you do not work with; its owner or the team lead can "
                                   "link it to your caseload");
        }
    }

    if (scope == "t")
        return std::string();
    if (scope.rfind("u:", 0) == 0)
        return scope == "u:" + m_staffId ? std::string() : std::string("another person's own records");
    FN_TRY_ASSIGN(const bool held, holdsNow(office, scope));
    if (held)
        return std::string();
    // A new participant or employer opens a scope of its own.
    if (c.op == ChangeOp::Create && (table->name == "participants" || table->name == "employers")) {
        FN_TRY_ASSIGN(auto exists, readRowState(office, *table, c.rowId));
        if (!exists) {
            m_openedByThisPush.insert(scope);
            return std::string();
        }
    }
    return std::string(scope.rfind("p:", 0) == 0 ? "this participant is not followed by you"
                                                 : "this employer is not linked to your caseload");
}

} // namespace fieldnotes::sync
