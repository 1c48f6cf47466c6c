// The records of the data model (see schema/0001_case_store.sql and domain.md), and for each the
// mapping of its members to table columns. The mapping is the only place a column name is spelled
// in C++; tst_schema checks it against the live schema in both directions.
#pragma once

#include "codec.h"
#include "date.h"
#include "enums.h"

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <vector>

namespace fieldnotes::core {

using Id = std::string;
using OptId = std::optional<std::string>;
using OptDate = std::optional<Date>;

template<class T, class M> struct Column {
    std::string_view name;
    M T::*member;
};

template<class T, class M> constexpr Column<T, M> column(std::string_view name, M T::*member)
{
    return { name, member };
}

// Specialised for each record: `table`, `journal` (append-only) and `columns` (a tuple of Column).
template<class T> struct RecordTraits;

// ---- People and their process -------------------------------------------------------------------

struct Staff {
    Id id;
    std::string name;
    StaffRole role = StaffRole::Specialist;
};

struct Device {
    Id id; // the device id that stamps every version the device writes
    Id staffId;
    std::string label;
    OptDate revokedOn;
};

struct Participant {
    Id id;
    std::string displayName; // pseudonymous; never a national ID number
    std::string phone;
    std::string email;
    std::string otherContact;
    Programme programme = Programme::UtvidetOppfolging;
    OptDate referralOn;
    std::string referralReason; // sensitive: hidden until tapped
    OptDate measureEndOn;
    std::set<int> steps; // EUSE steps 1-5 currently worked on; never forced in order
    ParticipantStatus status = ParticipantStatus::Referred;
    std::optional<DischargeReason> dischargeReason;
    OptDate dischargedOn;
    std::string preferredLanguage;
    bool interpreterNeeded = false;
    std::string childcareConstraint;
    std::string shiftConstraint;
    std::string transportConstraint;
    std::string refusedTasks;
    OptId specialistId;
    OptDate followedSince; // the day specialistId took over: the intake's, or the hand-over's (handover.h)
};

struct MeasureExtension {
    Id id;
    Id participantId;
    OptDate decidedOn;
    OptDate newEndOn;
    std::string justification;
};

struct LanguageLevel {
    Id id;
    Id participantId;
    OptDate assessedOn;
    CefrLevel level = CefrLevel::A1;
    std::string note;
};

struct Consent {
    Id id;
    Id participantId;
    ConsentKind kind = ConsentKind::Disclosure;
    std::optional<DisclosureItem> item; // disclosure consents only
    std::optional<RecipientKind> recipientKind;
    OptId recipientId; // the employer or mentor record
    std::string recipientName;
    std::string purpose;
    OptDate grantedOn;
    OptDate revokedOn; // once set, final: re-granting is a new consent
    std::string summary;
    std::string summarySimple; // plain language, for limited Norwegian
    std::optional<ConsentManner> grantedHow {}; // in writing, orally or on the tablet (migration 6)

    bool isActive() const { return grantedOn.has_value() && !revokedOn.has_value(); }
};

struct Profile {
    Id id; // the participant's id: one living profile per participant
    Id participantId;
    std::string interests;
    std::string skills;
    std::string experience;
    std::string strengths;
    std::string workValues;
    std::string supportNeeds; // accommodation needs, not diagnoses
    std::string mustHave;
    std::string mustAvoid;
    std::string dreamJob;
    std::optional<int> wantedHoursPct;
    std::string canToday;
    std::string needsToLearn;
};

// ---- Employers ----------------------------------------------------------------------------------

struct Employer {
    Id id;
    std::string name;
    std::string orgNumber;
    std::string sector;
    std::string address;
    std::string needs;
    std::string culture; // culture, tone, pace
    std::string inclusionExperience;
    std::string accommodationOptions;
    FollowUpPreference followUpPreference = FollowUpPreference::OnSite;
    OptId ownerId;
    RiskFlag riskFlag = RiskFlag::None;
    std::string riskNote;
    std::string notes;
};

struct EmployerContact {
    Id id;
    Id employerId;
    std::string name;
    std::string role;
    std::string phone;
    std::string email;
};

struct Workplace {
    Id id;
    Id employerId;
    std::string name;
    std::string address;
    std::string lunch;
    std::string lateness;
    std::string absenceReporting;
    std::string shifts;
    std::string notes;
};

struct WorkplaceTask {
    Id id;
    Id employerId;
    Id workplaceId;
    std::string title;
    std::string description;
};

// ---- Placements and follow-up -------------------------------------------------------------------

struct Placement {
    Id id;
    Id participantId;
    OptId employerId;
    OptId workplaceId;
    PlacementKind kind = PlacementKind::JobTasting;
    std::optional<ContractType> contract;
    std::string title;
    OptDate startOn;
    OptDate trialEndOn;
    OptDate contractEndOn;
    OptDate endedOn;
    std::string endReason;
    std::string carvedTasks;
    std::string accommodations;
};

struct PositionChange {
    Id id;
    Id participantId;
    Id placementId;
    OptDate fromOn;
    int percent = 0;
};

struct SupportMeasure {
    Id id;
    Id participantId;
    Id placementId;
    SupportMeasureKind kind = SupportMeasureKind::WageSubsidy;
    std::optional<int> percent;
    std::optional<int> hoursPerMonth;
    OptDate fromOn;
    OptDate toOn;
    OptDate reviewOn; // the next review
    OptDate reviewedOn; // the last review held (supportmeasures.h)
};

struct Plan {
    Id id; // the participant's id: one plan per participant
    Id participantId;
    std::string summary;
    std::string schedule;
    std::string tapering;
    OptDate agreedParticipantOn;
    OptDate agreedEmployerOn;
};

struct Goal {
    Id id;
    Id participantId;
    OptId parentId;
    std::string text;
    GoalStatus status = GoalStatus::Open;
    OptDate dueOn;
};

struct Mentor {
    Id id;
    Id employerId;
    OptId staffId; // the mentor's own login, if they have a device
    std::string name;
    std::string phone;
    std::string email;
    std::string training;
};

struct MentorAssignment {
    Id id;
    Id participantId;
    Id mentorId;
    OptId placementId;
    OptDate fromOn;
    OptDate toOn;
    std::string mandate;
    int talkIntervalDays = 14;
    OptDate handoverOn;
};

struct LearningGoal {
    Id id;
    Id participantId;
    OptId assignmentId;
    std::string text;
    GoalStatus status = GoalStatus::Open;
};

struct AgreedAction {
    Id id;
    OptId participantId;
    OptId employerId;
    OptId visitId;
    std::string text;
    ActionOwner owner = ActionOwner::Specialist;
    OptDate dueOn;
    OptDate doneOn;
};

struct Reminder {
    Id id;
    OptId participantId;
    std::string authorId;
    OptDate dueOn;
    std::string text;
    OptDate doneOn;
};

struct FidelityAssessment {
    Id id;
    OptDate assessedOn;
    std::vector<int> scores; // 19 items, 1-5 each; empty entries are not allowed
    std::string notes;
};

// One person's answers to the fidelity form for one round (migration 10, core/fidelity.h).
struct FidelityResponse {
    Id id;
    std::string respondentId; // the staff member who answered (their own 'u:' scope)
    OptDate roundOn; // the first day of the month answered for
    OptDate answeredOn;
    std::string answers; // 19 items joined with '|' (encodeFidelityAnswers)
};

// ---- Journal ------------------------------------------------------------------------------------

struct Visit {
    Id id;
    OptId participantId;
    OptId employerId;
    OptId workplaceId;
    std::string authorId;
    ContactType contactType = ContactType::WorkplaceFollowUp;
    Date occurredOn {};
    std::optional<std::string> startTime; // HH:MM
    std::optional<int> durationMin;
    std::string place;
    std::set<Attendee> attendees;
    std::string purpose;
    std::set<int> steps;
    std::string obsPerson;
    std::string obsTask;
    std::string obsEnvironment;
    OptDate nextVisitOn;
    std::string note;
    Audience audience = Audience::Team;
    bool fieldTime = false;
    OptId correctsId;
};

struct NaturalSupportEntry {
    Id id;
    Id participantId;
    OptId mentorId;
    std::string authorId;
    Date occurredOn {};
    int minutes = 0;
    SupportKind kind = SupportKind::TaskTraining;
    std::string situation;
    std::string handledWell;
    std::string needsWork;
    std::string expectedBehaviour;
    bool needsSpecialist = false;
    OptId correctsId;
};

struct Reflection {
    Id id;
    std::string authorId;
    Date occurredOn {};
    std::string situation;
    std::string whatIDid;
    std::string result;
    std::string couldDoDifferently;
    std::string whatWorked;
    std::optional<int> step;
    OptId correctsId;
    std::string theme; // migration 8
};

// ---- Follow-up schedule, contracted hours, mentoring and disclosures (migration 3) ------------------

// One proposed meeting of a placement's follow-up schedule (see schedule.h for the slots).
struct FollowUpMeeting {
    Id id;
    Id participantId;
    Id placementId;
    int slot = 0; // index into followUpSlots(start); the slot's window stays the rule
    OptDate proposedOn; // when the meeting is planned; a person may move it
    std::string note;
};

// Contracted working time of a staff member from `fromOn` (inclusive) until the next row's date.
struct WorkingHours {
    Id id;
    Id staffId;
    OptDate fromOn; // empty: since always
    int minutesPerWeek = 0; // 37.5 hours = 2250
};

struct MentorTraining {
    Id id;
    Id mentorId;
    Id employerId;
    OptDate completedOn;
    std::string title;
    std::optional<int> hours;
};

// One step of the tapering plan: from `fromOn`, support moves from the specialist towards the
// mentor and colleagues. The plan as a whole is agreed on the Plan record (agreedParticipantOn,
// agreedEmployerOn); see mentoring.h.
struct TaperingStep {
    Id id;
    Id participantId;
    OptId placementId;
    OptDate fromOn;
    std::optional<int> specialistIntervalDays; // the specialist meets the participant this often from then
    std::string specialistRole;
    std::string mentorRole;
    std::string colleaguesRole;
};

// Journal: something about the participant was shared with a recipient (an employer brief exported,
// say). Consents say what may be shared; these entries say what was, and feed "what is shared about me".
struct Disclosure {
    Id id;
    Id participantId;
    RecipientKind recipientKind = RecipientKind::Employer;
    OptId recipientId;
    std::string recipientName;
    std::set<DisclosureItem> items;
    DisclosureChannel channel = DisclosureChannel::Export;
    std::string purpose;
    Date occurredOn {};
    std::string authorId;
};

// Journal: a change of the participant's course with the day it took effect (migration 8,
// core/casecourse.h): the steps worked on, a status change, a pause or a resume. What it is follows
// from what it holds (see 0008_course_changes.sql).
struct CourseChange {
    Id id;
    Id participantId;
    std::string authorId;
    Date changedOn {};
    std::set<int> steps; // a change of the steps worked on: the steps from then on
    std::optional<ParticipantStatus> status; // the status from then on
    std::optional<ParticipantStatus> statusBefore; // the status it left; on a pause, what a resume returns to
    std::string reason; // why a pause

    bool isSteps() const { return !steps.empty(); }
    bool isPause() const { return status == ParticipantStatus::Paused; }
    bool isResume() const { return statusBefore == ParticipantStatus::Paused && status != ParticipantStatus::Paused; }
};

// An item of the weekly case review's queue (migration 11, core/casereview.h): a participant put up
// for the review, or an entry of the asker's own reflection log brought to it (exactly one of the
// two), with what the specialist wants to discuss and, once discussed, the lead's advice.
struct CaseReview {
    Id id;
    OptId participantId;
    OptId reflectionId;
    Id askedBy;
    Date askedOn {};
    std::string question;
    std::string advice;
    OptId advisedBy;
    OptDate advisedOn;
    OptDate withdrawnOn;

    bool isDiscussed() const { return advisedOn.has_value(); }
    bool isOpen() const { return !advisedOn && !withdrawnOn; }
};

// ---- Column mappings ----------------------------------------------------------------------------

#define FN_RECORD(Type, tableName, isJournal, ...)                                                                     \
    template<> struct RecordTraits<Type> {                                                                             \
        using T = Type;                                                                                                \
        static constexpr std::string_view table = tableName;                                                           \
        static constexpr bool journal = isJournal;                                                                     \
        static constexpr auto columns = std::make_tuple(__VA_ARGS__);                                                  \
    }
#define FN_COL(name, member) column(name, &T::member)

FN_RECORD(Staff, "staff", false, FN_COL("name", name), FN_COL("role", role));
FN_RECORD(
    Device, "devices", false, FN_COL("staff_id", staffId), FN_COL("label", label), FN_COL("revoked_on", revokedOn));
FN_RECORD(Participant, "participants", false, FN_COL("display_name", displayName), FN_COL("phone", phone),
    FN_COL("email", email), FN_COL("other_contact", otherContact), FN_COL("programme", programme),
    FN_COL("referral_on", referralOn), FN_COL("referral_reason", referralReason),
    FN_COL("measure_end_on", measureEndOn), FN_COL("steps", steps), FN_COL("status", status),
    FN_COL("discharge_reason", dischargeReason), FN_COL("discharged_on", dischargedOn),
    FN_COL("preferred_language", preferredLanguage), FN_COL("interpreter_needed", interpreterNeeded),
    FN_COL("childcare_constraint", childcareConstraint), FN_COL("shift_constraint", shiftConstraint),
    FN_COL("transport_constraint", transportConstraint), FN_COL("refused_tasks", refusedTasks),
    FN_COL("specialist_id", specialistId), FN_COL("followed_since", followedSince));
FN_RECORD(MeasureExtension, "measure_extensions", false, FN_COL("participant_id", participantId),
    FN_COL("decided_on", decidedOn), FN_COL("new_end_on", newEndOn), FN_COL("justification", justification));
FN_RECORD(LanguageLevel, "language_levels", false, FN_COL("participant_id", participantId),
    FN_COL("assessed_on", assessedOn), FN_COL("level", level), FN_COL("note", note));
FN_RECORD(Consent, "consents", false, FN_COL("participant_id", participantId), FN_COL("kind", kind),
    FN_COL("item", item), FN_COL("recipient_kind", recipientKind), FN_COL("recipient_id", recipientId),
    FN_COL("recipient_name", recipientName), FN_COL("purpose", purpose), FN_COL("granted_on", grantedOn),
    FN_COL("revoked_on", revokedOn), FN_COL("summary", summary), FN_COL("summary_simple", summarySimple),
    FN_COL("granted_how", grantedHow));
FN_RECORD(Profile, "profiles", false, FN_COL("participant_id", participantId), FN_COL("interests", interests),
    FN_COL("skills", skills), FN_COL("experience", experience), FN_COL("strengths", strengths),
    FN_COL("work_values", workValues), FN_COL("support_needs", supportNeeds), FN_COL("must_have", mustHave),
    FN_COL("must_avoid", mustAvoid), FN_COL("dream_job", dreamJob), FN_COL("wanted_hours_pct", wantedHoursPct),
    FN_COL("can_today", canToday), FN_COL("needs_to_learn", needsToLearn));
FN_RECORD(Employer, "employers", false, FN_COL("name", name), FN_COL("org_number", orgNumber), FN_COL("sector", sector),
    FN_COL("address", address), FN_COL("needs", needs), FN_COL("culture", culture),
    FN_COL("inclusion_experience", inclusionExperience), FN_COL("accommodation_options", accommodationOptions),
    FN_COL("follow_up_preference", followUpPreference), FN_COL("owner_id", ownerId), FN_COL("risk_flag", riskFlag),
    FN_COL("risk_note", riskNote), FN_COL("notes", notes));
FN_RECORD(EmployerContact, "employer_contacts", false, FN_COL("employer_id", employerId), FN_COL("name", name),
    FN_COL("role", role), FN_COL("phone", phone), FN_COL("email", email));
FN_RECORD(Workplace, "workplaces", false, FN_COL("employer_id", employerId), FN_COL("name", name),
    FN_COL("address", address), FN_COL("lunch", lunch), FN_COL("lateness", lateness),
    FN_COL("absence_reporting", absenceReporting), FN_COL("shifts", shifts), FN_COL("notes", notes));
FN_RECORD(WorkplaceTask, "workplace_tasks", false, FN_COL("employer_id", employerId),
    FN_COL("workplace_id", workplaceId), FN_COL("title", title), FN_COL("description", description));
FN_RECORD(Placement, "placements", false, FN_COL("participant_id", participantId), FN_COL("employer_id", employerId),
    FN_COL("workplace_id", workplaceId), FN_COL("kind", kind), FN_COL("contract", contract), FN_COL("title", title),
    FN_COL("start_on", startOn), FN_COL("trial_end_on", trialEndOn), FN_COL("contract_end_on", contractEndOn),
    FN_COL("ended_on", endedOn), FN_COL("end_reason", endReason), FN_COL("carved_tasks", carvedTasks),
    FN_COL("accommodations", accommodations));
FN_RECORD(PositionChange, "position_changes", false, FN_COL("participant_id", participantId),
    FN_COL("placement_id", placementId), FN_COL("from_on", fromOn), FN_COL("percent", percent));
FN_RECORD(SupportMeasure, "support_measures", false, FN_COL("participant_id", participantId),
    FN_COL("placement_id", placementId), FN_COL("kind", kind), FN_COL("percent", percent),
    FN_COL("hours_per_month", hoursPerMonth), FN_COL("from_on", fromOn), FN_COL("to_on", toOn),
    FN_COL("review_on", reviewOn), FN_COL("reviewed_on", reviewedOn));
FN_RECORD(Plan, "plans", false, FN_COL("participant_id", participantId), FN_COL("summary", summary),
    FN_COL("schedule", schedule), FN_COL("tapering", tapering), FN_COL("agreed_participant_on", agreedParticipantOn),
    FN_COL("agreed_employer_on", agreedEmployerOn));
FN_RECORD(Goal, "goals", false, FN_COL("participant_id", participantId), FN_COL("parent_id", parentId),
    FN_COL("text", text), FN_COL("status", status), FN_COL("due_on", dueOn));
FN_RECORD(Mentor, "mentors", false, FN_COL("employer_id", employerId), FN_COL("staff_id", staffId),
    FN_COL("name", name), FN_COL("phone", phone), FN_COL("email", email), FN_COL("training", training));
FN_RECORD(MentorAssignment, "mentor_assignments", false, FN_COL("participant_id", participantId),
    FN_COL("mentor_id", mentorId), FN_COL("placement_id", placementId), FN_COL("from_on", fromOn),
    FN_COL("to_on", toOn), FN_COL("mandate", mandate), FN_COL("talk_interval_days", talkIntervalDays),
    FN_COL("handover_on", handoverOn));
FN_RECORD(LearningGoal, "learning_goals", false, FN_COL("participant_id", participantId),
    FN_COL("assignment_id", assignmentId), FN_COL("text", text), FN_COL("status", status));
FN_RECORD(AgreedAction, "agreed_actions", false, FN_COL("participant_id", participantId),
    FN_COL("employer_id", employerId), FN_COL("visit_id", visitId), FN_COL("text", text), FN_COL("owner", owner),
    FN_COL("due_on", dueOn), FN_COL("done_on", doneOn));
FN_RECORD(Reminder, "reminders", false, FN_COL("participant_id", participantId), FN_COL("author_id", authorId),
    FN_COL("due_on", dueOn), FN_COL("text", text), FN_COL("done_on", doneOn));
FN_RECORD(FidelityAssessment, "fidelity_assessments", false, FN_COL("assessed_on", assessedOn),
    FN_COL("scores", scores), FN_COL("notes", notes));
FN_RECORD(FidelityResponse, "fidelity_responses", false, FN_COL("respondent_id", respondentId),
    FN_COL("round_on", roundOn), FN_COL("answered_on", answeredOn), FN_COL("answers", answers));
FN_RECORD(Visit, "visits", true, FN_COL("participant_id", participantId), FN_COL("employer_id", employerId),
    FN_COL("workplace_id", workplaceId), FN_COL("author_id", authorId), FN_COL("contact_type", contactType),
    FN_COL("occurred_on", occurredOn), FN_COL("start_time", startTime), FN_COL("duration_min", durationMin),
    FN_COL("place", place), FN_COL("attendees", attendees), FN_COL("purpose", purpose), FN_COL("steps", steps),
    FN_COL("obs_person", obsPerson), FN_COL("obs_task", obsTask), FN_COL("obs_environment", obsEnvironment),
    FN_COL("next_visit_on", nextVisitOn), FN_COL("note", note), FN_COL("audience", audience),
    FN_COL("field_time", fieldTime), FN_COL("corrects_id", correctsId));
FN_RECORD(NaturalSupportEntry, "natural_support_entries", true, FN_COL("participant_id", participantId),
    FN_COL("mentor_id", mentorId), FN_COL("author_id", authorId), FN_COL("occurred_on", occurredOn),
    FN_COL("minutes", minutes), FN_COL("kind", kind), FN_COL("situation", situation),
    FN_COL("handled_well", handledWell), FN_COL("needs_work", needsWork),
    FN_COL("expected_behaviour", expectedBehaviour), FN_COL("needs_specialist", needsSpecialist),
    FN_COL("corrects_id", correctsId));
FN_RECORD(Reflection, "reflections", true, FN_COL("author_id", authorId), FN_COL("occurred_on", occurredOn),
    FN_COL("situation", situation), FN_COL("what_i_did", whatIDid), FN_COL("result", result),
    FN_COL("could_do_differently", couldDoDifferently), FN_COL("what_worked", whatWorked), FN_COL("step", step),
    FN_COL("corrects_id", correctsId), FN_COL("theme", theme));

FN_RECORD(FollowUpMeeting, "follow_up_meetings", false, FN_COL("participant_id", participantId),
    FN_COL("placement_id", placementId), FN_COL("slot", slot), FN_COL("proposed_on", proposedOn), FN_COL("note", note));
FN_RECORD(WorkingHours, "working_hours", false, FN_COL("staff_id", staffId), FN_COL("from_on", fromOn),
    FN_COL("minutes_per_week", minutesPerWeek));
FN_RECORD(MentorTraining, "mentor_trainings", false, FN_COL("mentor_id", mentorId), FN_COL("employer_id", employerId),
    FN_COL("completed_on", completedOn), FN_COL("title", title), FN_COL("hours", hours));
FN_RECORD(TaperingStep, "tapering_steps", false, FN_COL("participant_id", participantId),
    FN_COL("placement_id", placementId), FN_COL("from_on", fromOn),
    FN_COL("specialist_interval_days", specialistIntervalDays), FN_COL("specialist_role", specialistRole),
    FN_COL("mentor_role", mentorRole), FN_COL("colleagues_role", colleaguesRole));
FN_RECORD(Disclosure, "disclosures", true, FN_COL("participant_id", participantId),
    FN_COL("recipient_kind", recipientKind), FN_COL("recipient_id", recipientId),
    FN_COL("recipient_name", recipientName), FN_COL("items", items), FN_COL("channel", channel),
    FN_COL("purpose", purpose), FN_COL("occurred_on", occurredOn), FN_COL("author_id", authorId));
FN_RECORD(CourseChange, "course_changes", true, FN_COL("participant_id", participantId), FN_COL("author_id", authorId),
    FN_COL("changed_on", changedOn), FN_COL("steps", steps), FN_COL("status", status),
    FN_COL("status_before", statusBefore), FN_COL("reason", reason));

FN_RECORD(CaseReview, "case_reviews", false, FN_COL("participant_id", participantId),
    FN_COL("reflection_id", reflectionId), FN_COL("asked_by", askedBy), FN_COL("asked_on", askedOn),
    FN_COL("question", question), FN_COL("advice", advice), FN_COL("advised_by", advisedBy),
    FN_COL("advised_on", advisedOn), FN_COL("withdrawn_on", withdrawnOn));

#undef FN_COL
#undef FN_RECORD

// ---- Generic field access -----------------------------------------------------------------------

using FieldValues = std::vector<std::pair<std::string, Value>>;

template<class T> FieldValues encodeRecord(const T& record)
{
    FieldValues out;
    std::apply(
        [&](const auto&... col) {
            (out.emplace_back(std::string(col.name),
                 Codec<std::decay_t<decltype(record.*(col.member))>>::encode(record.*(col.member))),
                ...);
        },
        RecordTraits<T>::columns);
    return out;
}

// Fields whose encoded values differ between `before` and `after`.
template<class T> FieldValues diffRecords(const T& before, const T& after)
{
    FieldValues out;
    std::apply(
        [&](const auto&... col) {
            (
                [&] {
                    using M = std::decay_t<decltype(before.*(col.member))>;
                    Value a = Codec<M>::encode(before.*(col.member));
                    Value b = Codec<M>::encode(after.*(col.member));
                    if (a != b)
                        out.emplace_back(std::string(col.name), std::move(b));
                }(),
                ...);
        },
        RecordTraits<T>::columns);
    return out;
}

// Sets one member from a stored value; false if the column is unknown or the value malformed.
template<class T> bool decodeField(T& record, std::string_view name, const Value& value)
{
    bool found = false;
    bool ok = false;
    std::apply(
        [&](const auto&... col) {
            (
                [&] {
                    if (found || col.name != name)
                        return;
                    found = true;
                    ok = Codec<std::decay_t<decltype(record.*(col.member))>>::decode(value, record.*(col.member));
                }(),
                ...);
        },
        RecordTraits<T>::columns);
    return found && ok;
}

template<class M> struct IsOptional : std::false_type {
};
template<class M> struct IsOptional<std::optional<M>> : std::true_type {
};

// True if `value` may be stored in column `name` of T's table: it decodes, and it is NULL only where
// the member is optional (every other column is NOT NULL in the schema; tst_schema checks both ways).
// Reading is more lenient (a NULL string reads as ""); writing must not depend on that.
template<class T> bool isValidField(std::string_view name, const Value& value)
{
    T probe {};
    bool found = false;
    bool ok = false;
    std::apply(
        [&](const auto&... col) {
            (
                [&] {
                    if (found || col.name != name)
                        return;
                    found = true;
                    using M = std::decay_t<decltype(probe.*(col.member))>;
                    ok = (IsOptional<M>::value || !isNull(value)) && Codec<M>::decode(value, probe.*(col.member));
                }(),
                ...);
        },
        RecordTraits<T>::columns);
    return found && ok;
}

template<class T> std::vector<std::string_view> columnNames()
{
    std::vector<std::string_view> out;
    std::apply([&](const auto&... col) { (out.push_back(col.name), ...); }, RecordTraits<T>::columns);
    return out;
}

} // namespace fieldnotes::core
