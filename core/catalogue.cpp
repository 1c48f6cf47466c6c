#include "catalogue.h"

#include "records.h"

#include <algorithm>
#include <tuple>

namespace fieldnotes::core {

namespace {

struct Annotation {
    std::string_view table;
    std::string_view column;
    std::optional<DisclosureItem> item;
    bool sensitive;
};

// What may ever leave the team: each column a mentor may receive under consent, and the columns
// that are hidden until tapped. Anything not listed is neither.
constexpr Annotation annotations[] = {
    { "participants", "phone", DisclosureItem::ContactDetails, false },
    { "participants", "email", DisclosureItem::ContactDetails, false },
    { "participants", "other_contact", DisclosureItem::ContactDetails, false },
    { "participants", "preferred_language", DisclosureItem::Language, false },
    { "participants", "interpreter_needed", DisclosureItem::Language, false },
    { "participants", "referral_reason", std::nullopt, true },
    { "participants", "childcare_constraint", std::nullopt, true },
    { "participants", "refused_tasks", DisclosureItem::SupportNeeds, false },
    { "profiles", "support_needs", DisclosureItem::SupportNeeds, true },
    { "profiles", "must_have", DisclosureItem::SupportNeeds, false },
    { "profiles", "must_avoid", DisclosureItem::SupportNeeds, false },
    { "profiles", "experience", DisclosureItem::WorkHistory, false },
    { "profiles", "skills", DisclosureItem::WorkHistory, false },
    { "profiles", "can_today", DisclosureItem::LearningGoals, false },
    { "profiles", "needs_to_learn", DisclosureItem::LearningGoals, false },
    { "placements", "accommodations", DisclosureItem::SupportNeeds, false },
    { "placements", "carved_tasks", DisclosureItem::LearningGoals, false },
    { "learning_goals", "text", DisclosureItem::LearningGoals, false },
    { "learning_goals", "status", DisclosureItem::LearningGoals, false },
    { "plans", "summary", DisclosureItem::FollowUpPlan, false },
    { "plans", "schedule", DisclosureItem::FollowUpPlan, false },
    { "plans", "tapering", DisclosureItem::FollowUpPlan, false },
    { "visits", "obs_person", std::nullopt, true },
    { "employers", "risk_note", std::nullopt, true },
    { "follow_up_meetings", "slot", DisclosureItem::FollowUpPlan, false },
    { "follow_up_meetings", "proposed_on", DisclosureItem::FollowUpPlan, false },
    { "tapering_steps", "from_on", DisclosureItem::FollowUpPlan, false },
    { "tapering_steps", "specialist_interval_days", DisclosureItem::FollowUpPlan, false },
    { "tapering_steps", "specialist_role", DisclosureItem::FollowUpPlan, false },
    { "tapering_steps", "mentor_role", DisclosureItem::FollowUpPlan, false },
    { "tapering_steps", "colleagues_role", DisclosureItem::FollowUpPlan, false },
};

template<class T> TableInfo tableFor(std::vector<ScopeRule> scope, std::vector<std::string_view> searchable)
{
    TableInfo t { RecordTraits<T>::table, RecordTraits<T>::journal ? RecordClass::Journal : RecordClass::Mutable, {},
        std::move(scope), std::move(searchable),
        [](std::string_view column, const Value& value) { return isValidField<T>(column, value); }, {} };
    for (std::string_view name : columnNames<T>()) {
        ColumnInfo c { name, std::nullopt, false };
        for (const auto& a : annotations)
            if (a.table == t.name && a.column == name) {
                c.item = a.item;
                c.sensitive = a.sensitive;
            }
        t.columns.push_back(c);
    }
    return t;
}

std::vector<TableInfo> build()
{
    const ScopeRule team { 't', {} };
    const ScopeRule ownParticipant { 'p', "id" };
    const ScopeRule participant { 'p', "participant_id" };
    const ScopeRule employer { 'e', "employer_id" };
    std::vector<TableInfo> all;
    all.push_back(tableFor<Staff>({ team }, {}));
    all.push_back(tableFor<Device>({ team }, {}));
    all.push_back(tableFor<Participant>({ ownParticipant }, { "display_name" }));
    all.push_back(tableFor<MeasureExtension>({ participant }, {}));
    all.push_back(tableFor<LanguageLevel>({ participant }, {}));
    all.push_back(tableFor<Consent>({ participant }, {}));
    all.push_back(tableFor<Profile>({ participant },
        { "interests", "skills", "experience", "strengths", "dream_job", "can_today", "needs_to_learn" }));
    all.push_back(tableFor<Employer>({ { 'e', "id" } }, { "name", "sector", "needs", "notes" }));
    all.push_back(tableFor<EmployerContact>({ employer }, { "name" }));
    all.push_back(tableFor<Workplace>({ employer }, { "name" }));
    all.push_back(tableFor<WorkplaceTask>({ employer }, { "title", "description" }));
    all.push_back(tableFor<Placement>({ participant }, { "title", "carved_tasks" }));
    all.push_back(tableFor<PositionChange>({ participant }, {}));
    all.push_back(tableFor<SupportMeasure>({ participant }, {}));
    all.push_back(tableFor<Plan>({ participant }, { "summary", "tapering" }));
    all.push_back(tableFor<Goal>({ participant }, { "text" }));
    all.push_back(tableFor<Mentor>({ employer }, { "name" }));
    all.push_back(tableFor<MentorAssignment>({ participant }, {}));
    all.push_back(tableFor<LearningGoal>({ participant }, { "text" }));
    all.push_back(tableFor<AgreedAction>({ participant, employer }, { "text" }));
    all.push_back(tableFor<Reminder>({ participant, { 'u', "author_id" } }, { "text" }));
    all.push_back(tableFor<FidelityAssessment>({ team }, {}));
    all.push_back(tableFor<FidelityResponse>({ { 'u', "respondent_id" } }, {}));
    all.push_back(tableFor<Visit>(
        { participant, employer }, { "note", "purpose", "place", "obs_person", "obs_task", "obs_environment" }));
    all.back().required = { "contact_type", "occurred_on", "author_id" };
    all.push_back(tableFor<NaturalSupportEntry>(
        { participant }, { "situation", "handled_well", "needs_work", "expected_behaviour" }));
    all.back().required = { "participant_id", "occurred_on", "author_id" };
    all.push_back(tableFor<Reflection>({ { 'u', "author_id" } },
        { "situation", "what_i_did", "result", "could_do_differently", "what_worked", "theme" }));
    all.back().required = { "author_id", "occurred_on" };

    all.push_back(tableFor<FollowUpMeeting>({ participant }, { "note" }));
    all.push_back(tableFor<WorkingHours>({ { 'u', "staff_id" } }, {}));
    all.push_back(tableFor<MentorTraining>({ employer }, { "title" }));
    all.push_back(tableFor<TaperingStep>({ participant }, { "mentor_role", "colleagues_role" }));
    all.push_back(tableFor<Disclosure>({ participant }, {}));
    all.back().required = { "participant_id", "recipient_kind", "occurred_on", "author_id" };
    all.push_back(tableFor<CourseChange>({ participant }, {}));
    all.back().required = { "participant_id", "changed_on", "author_id" };
    // The case review's queue: a participant's item goes with the person, a reflection entry's with
    // the asker's own records (sync/policy.cpp shows both to the lead).
    all.push_back(tableFor<CaseReview>({ participant, { 'u', "asked_by" } }, {}));

    TableInfo conflicts { "conflicts", RecordClass::Conflict, {}, {}, {}, nullptr, {} };
    for (std::string_view c : { "kind", "tbl", "row_id", "col", "kept_value", "kept_hlc", "kept_dev", "other_value",
             "other_hlc", "other_dev", "resolution", "resolved_by", "resolved_hlc" })
        conflicts.columns.push_back({ c, std::nullopt, false });
    all.push_back(std::move(conflicts));
    return all;
}

} // namespace

const ColumnInfo* TableInfo::column(std::string_view n) const
{
    auto it = std::find_if(columns.begin(), columns.end(), [&](const ColumnInfo& c) { return c.name == n; });
    return it == columns.end() ? nullptr : &*it;
}

bool TableInfo::isScopeColumn(std::string_view n) const
{
    return std::any_of(scope.begin(), scope.end(), [&](const ScopeRule& r) { return r.column == n; });
}

const std::vector<TableInfo>& catalogue()
{
    static const std::vector<TableInfo> all = build();
    return all;
}

const TableInfo* findTable(std::string_view name)
{
    const auto& all = catalogue();
    auto it = std::find_if(all.begin(), all.end(), [&](const TableInfo& t) { return t.name == name; });
    return it == all.end() ? nullptr : &*it;
}

std::optional<std::string> deriveScope(
    const TableInfo& table, std::string_view rowId, const std::function<Value(std::string_view)>& field)
{
    for (const ScopeRule& rule : table.scope) {
        if (rule.column.empty())
            return std::string(1, rule.prefix);
        const Value v = rule.column == "id" ? Value(std::string(rowId)) : field(rule.column);
        if (const auto* s = std::get_if<std::string>(&v); s && !s->empty())
            return std::string(1, rule.prefix) + ":" + *s;
    }
    return std::nullopt;
}

std::string participantOfScope(std::string_view scope)
{
    if (scope.size() > 2 && scope.substr(0, 2) == "p:")
        return std::string(scope.substr(2));
    return {};
}

} // namespace fieldnotes::core
