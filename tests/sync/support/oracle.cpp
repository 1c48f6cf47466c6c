#include "oracle.h"

#include "storeinternals.h"

#include <algorithm>

namespace fieldnotes::test::oracle {

namespace {

using Row = std::map<std::string, std::string>;

// Every row of `sql`, each column by name; NULL reads as "".
std::vector<Row> rowsOf(core::Store& store, const std::string& sql)
{
    std::vector<Row> out;
    auto st = core::StoreInternals::db(store).prepare(sql);
    if (!st)
        return out;
    while (auto more = (*st)->step()) {
        if (!*more)
            break;
        Row row;
        for (int i = 0; i < (*st)->columnCount(); ++i)
            row[(*st)->columnName(i)] = (*st)->isNull(i) ? std::string() : (*st)->text(i);
        out.push_back(std::move(row));
    }
    (*st)->reset();
    return out;
}

// Rows not deleted (journals have no _deleted column: all their rows count).
std::string live(const std::string& table)
{
    static const std::set<std::string> journals { "visits", "natural_support_entries", "reflections" };
    return "SELECT * FROM " + table + (journals.count(table) ? "" : " WHERE _deleted = 0") + " ORDER BY id";
}

// The tables whose rows are about one participant (participant_id), which a specialist who follows
// the person holds whole.
const std::vector<std::string> personTables { "profiles", "plans", "goals", "consents", "agreed_actions", "placements",
    "learning_goals", "mentor_assignments", "natural_support_entries", "visits" };

// The fields a mentor may hold only with the participant's consent to that disclosure item
// (domain.md: every field a mentor could receive belongs to exactly one item).
struct Guarded {
    std::string table, column, item;
};
const std::vector<Guarded> guarded {
    { "participants", "phone", "contact_details" },
    { "participants", "email", "contact_details" },
    { "participants", "other_contact", "contact_details" },
    { "participants", "preferred_language", "language" },
    { "participants", "interpreter_needed", "language" },
    { "participants", "refused_tasks", "support_needs" },
    { "profiles", "support_needs", "support_needs" },
    { "profiles", "must_have", "support_needs" },
    { "profiles", "must_avoid", "support_needs" },
    { "profiles", "experience", "work_history" },
    { "profiles", "skills", "work_history" },
    { "profiles", "can_today", "learning_goals" },
    { "profiles", "needs_to_learn", "learning_goals" },
    { "placements", "accommodations", "support_needs" },
    { "placements", "carved_tasks", "learning_goals" },
    { "learning_goals", "text", "learning_goals" },
    { "plans", "summary", "follow_up_plan" },
    { "plans", "schedule", "follow_up_plan" },
    { "plans", "tapering", "follow_up_plan" },
};

// What a field holds when it was never given: empty text, or the schema's default.
bool blank(const std::string& value)
{
    return value.empty() || value == "0";
}

// The tables whose rows are about one employer (employer_id), which whoever holds the employer whole
// holds whole.
const std::vector<std::string> employerTables { "employer_contacts", "workplaces", "workplace_tasks", "mentors",
    "mentor_trainings" };

// Each column's default in the schema, as text: what a column never sent reads as.
std::map<std::string, std::string> defaultsOf(core::Store& store, const std::string& table)
{
    std::map<std::string, std::string> out;
    for (const Row& r : rowsOf(store, "SELECT name, dflt_value FROM pragma_table_info('" + table + "')")) {
        std::string d = r.at("dflt_value");
        if (d.size() >= 2 && d.front() == '\'' && d.back() == '\'')
            d = d.substr(1, d.size() - 2);
        out[r.at("name")] = d;
    }
    return out;
}

// What a lead holds of a colleague's participant (the team view), table by table; other tables of
// the person not at all. (follow_up_meetings and case_reviews, also in the view, are not checked.)
const std::map<std::string, std::set<std::string>> teamView {
    { "participants",
        { "id", "display_name", "programme", "referral_on", "measure_end_on", "steps", "status", "discharge_reason",
            "discharged_on", "specialist_id", "followed_since" } },
    { "visits",
        { "id", "participant_id", "employer_id", "workplace_id", "author_id", "contact_type", "occurred_on",
            "start_time", "duration_min", "steps", "next_visit_on", "audience", "field_time", "corrects_id" } },
    { "placements",
        { "id", "participant_id", "employer_id", "workplace_id", "kind", "contract", "start_on", "trial_end_on",
            "contract_end_on", "ended_on" } },
};

// Free text a mentor never receives, whatever was consented (no disclosure item covers it).
const std::vector<std::pair<std::string, std::string>> neverToMentor { { "participants", "referral_reason" },
    { "participants", "childcare_constraint" }, { "profiles", "interests" } };

// Tables of which a mentor holds no row at all: the specialist's journal, plan and work.
const std::vector<std::string> noRowsForMentor { "visits", "goals", "agreed_actions", "reflections" };

std::string participantOf(const std::string& table, const Row& row)
{
    if (table == "participants")
        return row.at("id");
    auto it = row.find("participant_id");
    return it == row.end() ? std::string() : it->second;
}

// Whether `sight` lets its user hold `row` of `table` at all.
bool mayHoldRow(const Sight& sight, const std::string& table, const Row& row)
{
    const std::string p = participantOf(table, row);
    if (table == "employers") // a mentor's by name alone (mayHoldField)
        return sight.employers.count(row.at("id")) > 0;
    if (std::find(employerTables.begin(), employerTables.end(), table) != employerTables.end()) {
        if (!sight.mentor)
            return sight.employers.count(row.at("employer_id")) > 0;
        if (table == "mentors")
            return sight.mentorRecords.count(row.at("id")) > 0;
        if (table == "mentor_trainings")
            return sight.mentorRecords.count(row.at("mentor_id")) > 0;
        return false;
    }
    if (p.empty() && row.count("employer_id") && !row.at("employer_id").empty())
        // A visit or agreed action about the workplace alone goes with the employer, whole.
        return !sight.mentor && sight.employers.count(row.at("employer_id")) > 0;
    if (!sight.mentor) {
        if (table == "visits" && row.at("audience") == "author" && row.at("author_id") != sight.staff)
            return false;
        if (sight.team.count(p))
            return teamView.count(table) > 0;
        return sight.whole.count(p) > 0;
    }
    if (!sight.items.count(p))
        return false;
    if (std::find(noRowsForMentor.begin(), noRowsForMentor.end(), table) != noRowsForMentor.end())
        return false;
    if (table == "mentor_assignments")
        return sight.mentorRecords.count(row.at("mentor_id")) > 0;
    if (table == "consents")
        return row.at("recipient_kind") == "mentor" && sight.mentorRecords.count(row.at("recipient_id")) > 0;
    if (table == "natural_support_entries")
        return row.at("author_id") == sight.staff || sight.mentorRecords.count(row.at("mentor_id")) > 0;
    return true;
}

// Whether `sight` lets its user hold this field's value (a row they may hold).
bool mayHoldField(const Sight& sight, const std::string& table, const std::string& column, const Row& row)
{
    if (!sight.mentor) {
        if (!sight.team.count(participantOf(table, row)))
            return true;
        // A visit the lead wrote themselves stays readable to them whole.
        if (table == "visits" && row.at("author_id") == sight.staff)
            return true;
        auto view = teamView.find(table);
        return view != teamView.end() && view->second.count(column) > 0;
    }
    if (table == "employers")
        return column == "id" || column == "name";
    for (const auto& [t, c] : neverToMentor)
        if (t == table && c == column)
            return false;
    for (const Guarded& g : guarded)
        if (g.table == table && g.column == column) {
            auto it = sight.items.find(participantOf(table, row));
            return it != sight.items.end() && it->second.count(g.item) > 0;
        }
    return true;
}

bool isDateAfter(const std::string& a, const std::string& b)
{
    return a > b; // YYYY-MM-DD compares as text
}

std::string describe(const std::string& table, const Row& row)
{
    return table + " " + row.at("id") + " (participant " + participantOf(table, row) + ")";
}

} // namespace

Facts factsOf(core::Store& office, const std::string& today)
{
    Facts f;
    f.today = today;
    for (const Row& r : rowsOf(office, live("participants")))
        f.followedBy[r.at("id")] = r.at("specialist_id");
    for (const Row& r : rowsOf(office, live("mentors")))
        if (!r.at("staff_id").empty())
            f.mentorLogin[r.at("id")] = r.at("staff_id");
    for (const Row& r : rowsOf(office, live("mentor_assignments")))
        f.assignments.push_back({ r.at("participant_id"), r.at("mentor_id"), r.at("from_on"), r.at("to_on") });
    for (const Row& r : rowsOf(office, live("consents")))
        f.consents.push_back({ r.at("participant_id"), r.at("kind"), r.at("item"), r.at("recipient_kind"),
            r.at("recipient_id"), r.at("granted_on"), r.at("revoked_on") });
    // Who added an employer: the staff of the device that created the row (revoked devices included).
    std::map<std::string, std::string> staffOfDevice;
    for (const Row& r : rowsOf(office, "SELECT id, staff_id FROM devices"))
        staffOfDevice[r.at("id")] = r.at("staff_id");
    for (const Row& r : rowsOf(office, live("participants")))
        if (auto by = staffOfDevice.find(r.at("_dev")); by != staffOfDevice.end())
            f.participantAddedBy[r.at("id")] = by->second;
    for (const Row& r : rowsOf(office, live("employers"))) {
        auto by = staffOfDevice.find(r.at("_dev"));
        f.employers.push_back({ r.at("id"), r.at("owner_id"), by == staffOfDevice.end() ? std::string() : by->second });
    }
    for (const Row& r : rowsOf(office, live("mentors")))
        f.mentorEmployer[r.at("id")] = r.at("employer_id");
    for (const std::string table : { "placements", "visits", "agreed_actions" })
        for (const Row& r : rowsOf(office, live(table)))
            if (!r.at("participant_id").empty() && !r.at("employer_id").empty())
                f.employerLinks.emplace(r.at("participant_id"), r.at("employer_id"));
    // A visit to the workplace alone, naming no participant, was written by someone holding the
    // employer: it keeps the employer theirs.
    for (const Row& r : rowsOf(office, live("visits")))
        if (r.at("participant_id").empty() && !r.at("employer_id").empty())
            f.employerVisitedBy.emplace(r.at("author_id"), r.at("employer_id"));
    for (const Assignment& a : f.assignments)
        if (auto e = f.mentorEmployer.find(a.mentor); e != f.mentorEmployer.end())
            f.employerLinks.emplace(a.participant, e->second);
    return f;
}

Sight sightOf(const Facts& f, const std::string& staff, Role role)
{
    Sight s;
    s.mentor = role == Role::Mentor;
    s.lead = role == Role::Lead;
    s.staff = staff;
    if (!s.mentor) {
        // A specialist or lead holds the people they follow (design.md: "a specialist receives their
        // caseload"), a person not yet given to anyone included when a tablet of theirs added them.
        for (const auto& [participant, specialist] : f.followedBy) {
            const auto added = f.participantAddedBy.find(participant);
            if (specialist == staff
                || (specialist.empty() && added != f.participantAddedBy.end() && added->second == staff))
                s.whole.insert(participant);
            else if (s.lead)
                s.team.insert(participant);
        }
        if (s.lead) {
            for (const EmployerFact& e : f.employers)
                s.employers.insert(e.id);
            return s;
        }
        for (const EmployerFact& e : f.employers)
            if (e.owner == staff || e.addedBy == staff)
                s.employers.insert(e.id);
        for (const auto& [participant, employer] : f.employerLinks)
            if (s.whole.count(participant))
                s.employers.insert(employer);
        for (auto [it, end] = f.employerVisitedBy.equal_range(staff); it != end; ++it)
            s.employers.insert(it->second);
        return s;
    }
    for (const auto& [record, login] : f.mentorLogin)
        if (login == staff) {
            s.mentorRecords.insert(record);
            if (auto e = f.mentorEmployer.find(record); e != f.mentorEmployer.end())
                s.employers.insert(e->second);
        }
    // An assignment runs from its first day through its last (to_on), both included.
    std::map<std::string, std::set<std::string>> assignedTo; // participant -> my records assigned today
    for (const Assignment& a : f.assignments) {
        if (!s.mentorRecords.count(a.mentor) || !f.followedBy.count(a.participant))
            continue;
        if (!a.fromOn.empty() && isDateAfter(a.fromOn, f.today))
            continue;
        if (!a.toOn.empty() && isDateAfter(f.today, a.toOn))
            continue;
        assignedTo[a.participant].insert(a.mentor);
    }
    for (const auto& [participant, records] : assignedTo) {
        auto& items = s.items[participant];
        // A disclosure is in force from the day it was given until the day it was revoked, that day
        // excluded; it covers only the recipient it names.
        for (const ConsentFact& c : f.consents) {
            if (c.participant != participant || c.kind != "disclosure" || c.recipientKind != "mentor"
                || !records.count(c.recipientId) || c.item.empty())
                continue;
            if (c.grantedOn.empty() || isDateAfter(c.grantedOn, f.today))
                continue;
            if (!c.revokedOn.empty() && !isDateAfter(c.revokedOn, f.today))
                continue;
            items.insert(c.item);
        }
    }
    return s;
}

std::optional<std::string> checkNothingBeyond(core::Store& tablet, const std::vector<Sight>& allowed)
{
    if (allowed.empty())
        return std::nullopt;
    const Sight& any = allowed.front();
    std::vector<std::string> tables { "participants", "employers" };
    tables.insert(tables.end(), personTables.begin(), personTables.end());
    tables.insert(tables.end(), employerTables.begin(), employerTables.end());
    // Fields the tablet's user has edited and not yet sent: their own typing, not something given.
    std::set<std::tuple<std::string, std::string, std::string>> typed;
    for (const Row& r : rowsOf(tablet, "SELECT tbl, row_id, col FROM outbox WHERE op = 'set'"))
        typed.insert({ r.at("tbl"), r.at("row_id"), r.at("col") });
    for (const std::string& table : tables) {
        const auto defaults = defaultsOf(tablet, table);
        for (const Row& row : rowsOf(tablet, live(table))) {
            // A tablet's own unsent work is its author's, whatever the office will make of it.
            if (row.at("_seq") == "0")
                continue;
            if (table == "natural_support_entries" && row.at("author_id") == any.staff)
                continue;
            const bool rowAllowed = std::any_of(
                allowed.begin(), allowed.end(), [&](const Sight& s) { return mayHoldRow(s, table, row); });
            if (!rowAllowed)
                return "holds " + describe(table, row) + ", which its user may not see";
            for (const auto& [column, value] : row) {
                if (column.empty() || column[0] == '_' || blank(value))
                    continue;
                if (auto d = defaults.find(column); d != defaults.end() && d->second == value)
                    continue;
                if (typed.count({ table, row.at("id"), column }))
                    continue;
                const bool fieldAllowed = std::any_of(allowed.begin(), allowed.end(),
                    [&](const Sight& s) { return mayHoldRow(s, table, row) && mayHoldField(s, table, column, row); });
                if (!fieldAllowed)
                    return "holds " + describe(table, row) + "." + column + " = '" + value
                        + "', which its user's view does not give (a mentor's consents, a lead's team view)";
            }
        }
    }
    return std::nullopt;
}

std::optional<std::string> checkExactly(core::Store& tablet, core::Store& office, const Sight& sight)
{
    if (auto beyond = checkNothingBeyond(tablet, { sight }))
        return beyond;
    std::vector<std::string> tables { "participants" };
    tables.insert(tables.end(), personTables.begin(), personTables.end());
    if (!sight.mentor) {
        // A mentor's employers are held to nothing beyond their name and own records (above); which
        // of those a mentor's tablet must hold is mentor mode's choice, not a rule of sight.
        tables.push_back("employers");
        tables.insert(tables.end(), employerTables.begin(), employerTables.end());
    }
    for (const std::string& table : tables) {
        std::map<std::string, Row> held;
        for (Row& row : rowsOf(tablet, live(table)))
            held[row.at("id")] = std::move(row);
        for (const Row& row : rowsOf(office, live(table))) {
            if (!mayHoldRow(sight, table, row))
                continue;
            // A mentor's restricted view: rows of a table whose every field is guarded come only with
            // the consent; other rows always.
            auto it = held.find(row.at("id"));
            if (it == held.end()) {
                // A mentor's row of a table whose fields are guarded (profiles, plans, placements,
                // learning goals) is owed only for the fields the consents let through.
                const bool owed = !sight.mentor || std::none_of(guarded.begin(), guarded.end(), [&](const Guarded& g) {
                    return g.table == table;
                }) || std::any_of(guarded.begin(), guarded.end(), [&](const Guarded& g) {
                    return g.table == table && !blank(row.at(g.column)) && mayHoldField(sight, table, g.column, row);
                });
                if (!owed)
                    continue;
                return "lacks " + describe(table, row) + ", which its user may see";
            }
            for (const auto& [column, value] : row) {
                if (column.empty() || column[0] == '_' || !mayHoldField(sight, table, column, row))
                    continue;
                if (sight.mentor && table != "participants" && table != "learning_goals"
                    && !std::any_of(guarded.begin(), guarded.end(),
                        [&](const Guarded& g) { return g.table == table && g.column == column; }))
                    continue; // a mentor's copy of other columns is the projection's choice
                if (sight.mentor && table == "participants" && column != "display_name"
                    && !std::any_of(guarded.begin(), guarded.end(),
                        [&](const Guarded& g) { return g.table == table && g.column == column; }))
                    continue;
                const auto mine = it->second.find(column);
                if (mine == it->second.end() || mine->second != value)
                    return "holds " + describe(table, row) + "." + column + " = '"
                        + (mine == it->second.end() ? "(no column)" : mine->second) + "' where the office has '" + value
                        + "'";
            }
            held.erase(it);
        }
        for (const auto& [id, row] : held)
            return "holds " + describe(table, row) + ", which the office does not give its user";
    }
    return std::nullopt;
}

} // namespace fieldnotes::test::oracle
