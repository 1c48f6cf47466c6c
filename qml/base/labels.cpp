#include "labels.h"

#include "format.h"

#include <QLocale>

namespace fieldnotes::app {

using namespace core;

QString Labels::contactType(ContactType t)
{
    switch (t) {
    case ContactType::NewEmployerVisit:
        return tr("New employer visit");
    case ContactType::EmployerFollowUp:
        return tr("Employer follow-up");
    case ContactType::WorkplaceFollowUp:
        return tr("Workplace follow-up");
    case ContactType::ThreeWayMeeting:
        return tr("Three-way meeting");
    case ContactType::JobTastingDay:
        return tr("Job-tasting day");
    case ContactType::Phone:
        return tr("Phone call");
    case ContactType::Sms:
        return tr("SMS");
    case ContactType::Email:
        return tr("E-mail");
    case ContactType::HomeVisit:
        return tr("Home visit");
    case ContactType::OutreachAttempt:
        return tr("Outreach attempt");
    }
    return {};
}

QString Labels::status(ParticipantStatus s)
{
    switch (s) {
    case ParticipantStatus::Referred:
        return tr("Referred");
    case ParticipantStatus::Engagement:
        return tr("Engagement");
    case ParticipantStatus::Profiling:
        return tr("Vocational profile");
    case ParticipantStatus::JobSearch:
        return tr("Job search");
    case ParticipantStatus::JobTasting:
        return tr("Job tasting");
    case ParticipantStatus::InWork:
        return tr("In work, with follow-up");
    case ParticipantStatus::Paused:
        return tr("Paused");
    case ParticipantStatus::Discharged:
        return tr("Discharged");
    }
    return {};
}

QString Labels::programme(Programme p)
{
    switch (p) {
    case Programme::UtvidetOppfolging:
        return tr("Extended follow-up (Utvidet oppfølging)");
    case Programme::Ips:
        return tr("IPS");
    case Programme::Jobbsjansen:
        return tr("Jobbsjansen");
    case Programme::IntroductionProgramme:
        return tr("Introduction programme");
    case Programme::Other:
        return tr("Other programme");
    }
    return {};
}

QString Labels::attendee(Attendee a)
{
    switch (a) {
    case Attendee::Participant:
        return tr("Participant");
    case Attendee::Employer:
        return tr("Employer");
    case Attendee::Mentor:
        return tr("Mentor");
    case Attendee::Interpreter:
        return tr("Interpreter");
    case Attendee::NavCounsellor:
        return tr("NAV counsellor");
    }
    return {};
}

QString Labels::actionOwner(ActionOwner o)
{
    switch (o) {
    case ActionOwner::Specialist:
        return tr("Me (specialist)");
    case ActionOwner::Participant:
        return tr("Participant");
    case ActionOwner::Employer:
        return tr("Employer");
    case ActionOwner::Mentor:
        return tr("Mentor");
    case ActionOwner::NavCounsellor:
        return tr("NAV counsellor");
    }
    return {};
}

QString Labels::supportKind(SupportKind k)
{
    switch (k) {
    case SupportKind::TaskTraining:
        return tr("Task training");
    case SupportKind::Language:
        return tr("Language");
    case SupportKind::Social:
        return tr("Social");
    case SupportKind::Feedback:
        return tr("Feedback");
    case SupportKind::StructuredTalk:
        return tr("Structured talk");
    }
    return {};
}

QString Labels::disclosureItem(DisclosureItem i)
{
    switch (i) {
    case DisclosureItem::ContactDetails:
        return tr("Contact details");
    case DisclosureItem::Language:
        return tr("Language and interpreter");
    case DisclosureItem::SupportNeeds:
        return tr("Support needs and accommodations");
    case DisclosureItem::LearningGoals:
        return tr("Learning goals");
    case DisclosureItem::WorkHistory:
        return tr("Work history and skills");
    case DisclosureItem::FollowUpPlan:
        return tr("Follow-up plan");
    case DisclosureItem::HealthInformation:
        return tr("Health information");
    }
    return {};
}

QString Labels::consentManner(ConsentManner m)
{
    switch (m) {
    case ConsentManner::Written:
        return tr("In writing");
    case ConsentManner::Oral:
        return tr("Orally");
    case ConsentManner::Tablet:
        return tr("On the tablet");
    }
    return {};
}

QString Labels::recipientKind(RecipientKind k)
{
    switch (k) {
    case RecipientKind::Employer:
        return tr("Employer");
    case RecipientKind::Mentor:
        return tr("Mentor");
    case RecipientKind::NavCounsellor:
        return tr("NAV counsellor");
    }
    return {};
}

QString Labels::followUpPreference(FollowUpPreference p)
{
    switch (p) {
    case FollowUpPreference::OnSite:
        return tr("Follow-up on site");
    case FollowUpPreference::MeetingsOnly:
        return tr("Meetings only");
    }
    return {};
}

QString Labels::riskFlag(RiskFlag f)
{
    switch (f) {
    case RiskFlag::None:
        return tr("No risk noted");
    case RiskFlag::UndeclaredWork:
        return tr("Risk: undeclared work");
    case RiskFlag::Exploitation:
        return tr("Risk: exploitation");
    }
    return {};
}

QString Labels::placementKind(PlacementKind k)
{
    switch (k) {
    case PlacementKind::JobTasting:
        return tr("Job tasting");
    case PlacementKind::WorkTrial:
        return tr("Work trial");
    case PlacementKind::PaidJob:
        return tr("Paid job");
    }
    return {};
}

QString Labels::contractType(ContractType c)
{
    switch (c) {
    case ContractType::Permanent:
        return tr("Permanent");
    case ContractType::Temporary:
        return tr("Temporary");
    case ContractType::OnCall:
        return tr("On call");
    }
    return {};
}

QString Labels::goalStatus(GoalStatus s)
{
    switch (s) {
    case GoalStatus::Open:
        return tr("Open");
    case GoalStatus::Achieved:
        return tr("Achieved");
    case GoalStatus::Dropped:
        return tr("Dropped");
    }
    return {};
}

QString Labels::supportMeasure(SupportMeasureKind k)
{
    switch (k) {
    case SupportMeasureKind::WageSubsidy:
        return tr("Wage subsidy");
    case SupportMeasureKind::MentorSubsidy:
        return tr("Mentor subsidy");
    case SupportMeasureKind::InclusionSubsidy:
        return tr("Inclusion subsidy");
    }
    return {};
}

QString Labels::role(StaffRole r)
{
    switch (r) {
    case StaffRole::Specialist:
        return tr("Job specialist");
    case StaffRole::Mentor:
        return tr("Workplace mentor");
    case StaffRole::Lead:
        return tr("Team lead");
    }
    return {};
}

QString Labels::audience(Audience a)
{
    switch (a) {
    case Audience::Team:
        return tr("The team following the participant");
    case Audience::Author:
        return tr("Only me");
    }
    return {};
}

QString Labels::consentKind(ConsentKind k)
{
    switch (k) {
    case ConsentKind::Participation:
        return tr("Participation");
    case ConsentKind::Disclosure:
        return tr("Sharing");
    }
    return {};
}

QString Labels::dischargeReason(DischargeReason r)
{
    switch (r) {
    case DischargeReason::Work:
        return tr("Work");
    case DischargeReason::Education:
        return tr("Education");
    case DischargeReason::HealthTreatment:
        return tr("Health treatment");
    case DischargeReason::BackToNavCounsellor:
        return tr("Back to the NAV counsellor");
    case DischargeReason::NoContact:
        return tr("No contact");
    case DischargeReason::Other:
        return tr("Other reason");
    }
    return {};
}

QString Labels::attentionKind(AttentionKind k)
{
    switch (k) {
    case AttentionKind::FollowUpOverdue:
        return tr("Follow-up overdue");
    case AttentionKind::NoRecentContact:
        return tr("No contact for a long time");
    case AttentionKind::TrialPeriodEnding:
        return tr("Trial period ending");
    case AttentionKind::ContractEnding:
        return tr("Contract ending");
    case AttentionKind::WageSubsidyReview:
        return tr("Wage subsidy review due");
    case AttentionKind::MeasureEnding:
        return tr("Measure ending");
    case AttentionKind::NeedsSpecialist:
        return tr("Mentor asks for you");
    case AttentionKind::ActionDue:
        return tr("Agreed action due");
    case AttentionKind::ReminderDue:
        return tr("Reminder");
    case AttentionKind::OpenConflict:
        return tr("Conflicting edits to decide");
    case AttentionKind::FollowUpMeetingDue:
        return tr("Follow-up meeting due");
    case AttentionKind::FollowUpMeetingMissed:
        return tr("Follow-up meeting missed");
    case AttentionKind::PlannedVisit:
        return tr("Planned visit");
    case AttentionKind::EmployerNotContacted:
        return tr("Employer not contacted for long");
    case AttentionKind::GoneQuiet:
        return tr("No answer: reach out again");
    case AttentionKind::ExtensionDeadline:
        return tr("Deadline to extend the measure");
    case AttentionKind::MentorTalkDue:
        return tr("Mentor talk due");
    case AttentionKind::TaperingNotAgreed:
        return tr("Tapering plan not agreed");
    }
    return {};
}

QString Labels::attentionLine(const Attention& a)
{
    const QString when = Format::relativeDay(a.daysLeft);
    switch (a.kind) {
    case AttentionKind::FollowUpOverdue:
        return tr("Follow-up was planned %1").arg(when);
    case AttentionKind::NoRecentContact:
        return tr("No contact: one was due %1").arg(when);
    case AttentionKind::TrialPeriodEnding:
        return tr("Trial period ends %1").arg(when);
    case AttentionKind::ContractEnding:
        return tr("Contract ends %1").arg(when);
    case AttentionKind::WageSubsidyReview:
        return tr("Wage subsidy review %1").arg(when);
    case AttentionKind::MeasureEnding:
        return tr("Measure ends %1").arg(when);
    case AttentionKind::NeedsSpecialist:
        return tr("Mentor flagged an entry %1").arg(when);
    case AttentionKind::ActionDue:
        return a.detail.empty()
            ? tr("Agreed action due %1").arg(when)
            : tr("%1, due %2", "its own words, then when it is due").arg(QString::fromStdString(a.detail), when);
    case AttentionKind::ReminderDue:
        return a.detail.empty()
            ? tr("Reminder due %1").arg(when)
            : tr("%1, due %2", "its own words, then when it is due").arg(QString::fromStdString(a.detail), when);
    case AttentionKind::OpenConflict:
        return tr("Two edits crossed: decide which to keep");
    case AttentionKind::FollowUpMeetingDue:
        return tr("Follow-up meeting %1").arg(when);
    case AttentionKind::FollowUpMeetingMissed:
        return tr("A follow-up meeting was due %1").arg(when);
    case AttentionKind::PlannedVisit:
        return tr("Visit planned %1").arg(when);
    case AttentionKind::EmployerNotContacted:
        return tr("Employer contact was due %1").arg(when);
    case AttentionKind::GoneQuiet:
        return tr("Not reached since %1: reach out, do not close").arg(when);
    case AttentionKind::ExtensionDeadline:
        return tr("Extension must be asked for %1").arg(when);
    case AttentionKind::MentorTalkDue:
        return tr("Mentor talk due %1").arg(when);
    case AttentionKind::TaperingNotAgreed:
        return tr("Tapering plan not agreed (due %1)").arg(when);
    }
    return {};
}

QString Labels::steps(const std::set<int>& steps)
{
    if (steps.empty())
        return tr("No step");
    QStringList numbers;
    for (int s : steps)
        numbers << QLocale().toString(s);
    return tr("Step %1", "EUSE steps; %1 is a list like 2, 3, 4", static_cast<int>(steps.size()))
        .arg(QLocale().createSeparatedList(numbers));
}

QString Labels::processStep(int step)
{
    QString name;
    switch (step) {
    case 1:
        name = status(ParticipantStatus::Engagement);
        break;
    case 2:
        name = status(ParticipantStatus::Profiling);
        break;
    case 3:
        name = tr("Job finding");
        break;
    case 4:
        name = tr("Employer engagement");
        break;
    case 5:
        name = tr("Support on and off the job");
        break;
    default:
        return {};
    }
    return QStringLiteral("%1 \u00b7 %2").arg(QLocale().toString(step), name);
}

namespace {

struct ColumnLabel {
    std::string_view table;
    std::string_view column;
    const char* text;
};

// Every column a person may see or be asked about (profile, conflicts, details).
constexpr ColumnLabel columnLabels[] = {
    { "participants", "display_name", QT_TRANSLATE_NOOP("Labels", "Name") },
    { "participants", "phone", QT_TRANSLATE_NOOP("Labels", "Phone") },
    { "participants", "email", QT_TRANSLATE_NOOP("Labels", "E-mail") },
    { "participants", "other_contact", QT_TRANSLATE_NOOP("Labels", "Other contact") },
    { "participants", "programme", QT_TRANSLATE_NOOP("Labels", "Programme") },
    { "participants", "referral_on", QT_TRANSLATE_NOOP("Labels", "Referred on") },
    { "participants", "referral_reason", QT_TRANSLATE_NOOP("Labels", "Reason for referral") },
    { "participants", "measure_end_on", QT_TRANSLATE_NOOP("Labels", "Measure ends") },
    { "participants", "steps", QT_TRANSLATE_NOOP("Labels", "Steps") },
    { "participants", "status", QT_TRANSLATE_NOOP("Labels", "Status") },
    { "participants", "discharge_reason", QT_TRANSLATE_NOOP("Labels", "Discharge reason") },
    { "participants", "discharged_on", QT_TRANSLATE_NOOP("Labels", "Discharged on") },
    { "participants", "preferred_language", QT_TRANSLATE_NOOP("Labels", "Preferred language") },
    { "participants", "interpreter_needed", QT_TRANSLATE_NOOP("Labels", "Interpreter needed") },
    { "participants", "childcare_constraint", QT_TRANSLATE_NOOP("Labels", "Childcare") },
    { "participants", "shift_constraint", QT_TRANSLATE_NOOP("Labels", "Shifts") },
    { "participants", "transport_constraint", QT_TRANSLATE_NOOP("Labels", "Transport") },
    { "participants", "refused_tasks", QT_TRANSLATE_NOOP("Labels", "Tasks they will not do") },
    { "participants", "specialist_id", QT_TRANSLATE_NOOP("Labels", "Job specialist") },
    { "participants", "followed_since", QT_TRANSLATE_NOOP("Labels", "Followed since") },
    { "profiles", "interests", QT_TRANSLATE_NOOP("Labels", "Interests") },
    { "profiles", "skills", QT_TRANSLATE_NOOP("Labels", "Skills") },
    { "profiles", "experience", QT_TRANSLATE_NOOP("Labels", "Experience") },
    { "profiles", "strengths", QT_TRANSLATE_NOOP("Labels", "Strengths") },
    { "profiles", "work_values", QT_TRANSLATE_NOOP("Labels", "What matters at work") },
    { "profiles", "support_needs", QT_TRANSLATE_NOOP("Labels", "Support needs") },
    { "profiles", "must_have", QT_TRANSLATE_NOOP("Labels", "Must be there") },
    { "profiles", "must_avoid", QT_TRANSLATE_NOOP("Labels", "Must avoid") },
    { "profiles", "dream_job", QT_TRANSLATE_NOOP("Labels", "Dream job") },
    { "profiles", "wanted_hours_pct", QT_TRANSLATE_NOOP("Labels", "Wanted hours (%)") },
    { "profiles", "can_today", QT_TRANSLATE_NOOP("Labels", "Can do today") },
    { "profiles", "needs_to_learn", QT_TRANSLATE_NOOP("Labels", "Needs to learn") },
    { "employers", "name", QT_TRANSLATE_NOOP("Labels", "Name") },
    { "employers", "org_number", QT_TRANSLATE_NOOP("Labels", "Organisation number") },
    { "employers", "sector", QT_TRANSLATE_NOOP("Labels", "Sector") },
    { "employers", "address", QT_TRANSLATE_NOOP("Labels", "Address") },
    { "employers", "needs", QT_TRANSLATE_NOOP("Labels", "Needs") },
    { "employers", "culture", QT_TRANSLATE_NOOP("Labels", "Culture, tone and pace") },
    { "employers", "inclusion_experience", QT_TRANSLATE_NOOP("Labels", "Inclusion experience") },
    { "employers", "accommodation_options", QT_TRANSLATE_NOOP("Labels", "Accommodation options") },
    { "employers", "follow_up_preference", QT_TRANSLATE_NOOP("Labels", "Follow-up preference") },
    { "employers", "owner_id", QT_TRANSLATE_NOOP("Labels", "Responsible specialist") },
    { "employers", "risk_flag", QT_TRANSLATE_NOOP("Labels", "Risk") },
    { "employers", "risk_note", QT_TRANSLATE_NOOP("Labels", "Risk note") },
    { "employers", "notes", QT_TRANSLATE_NOOP("Labels", "Notes") },
    { "employer_contacts", "name", QT_TRANSLATE_NOOP("Labels", "Name") },
    { "employer_contacts", "role", QT_TRANSLATE_NOOP("Labels", "Role") },
    { "employer_contacts", "phone", QT_TRANSLATE_NOOP("Labels", "Phone") },
    { "employer_contacts", "email", QT_TRANSLATE_NOOP("Labels", "E-mail") },
    { "workplaces", "name", QT_TRANSLATE_NOOP("Labels", "Name") },
    { "workplaces", "address", QT_TRANSLATE_NOOP("Labels", "Address") },
    { "workplaces", "lunch", QT_TRANSLATE_NOOP("Labels", "Lunch") },
    { "workplaces", "lateness", QT_TRANSLATE_NOOP("Labels", "If late") },
    { "workplaces", "absence_reporting", QT_TRANSLATE_NOOP("Labels", "Reporting absence") },
    { "workplaces", "shifts", QT_TRANSLATE_NOOP("Labels", "Shifts") },
    { "workplaces", "notes", QT_TRANSLATE_NOOP("Labels", "Notes") },
    { "workplace_tasks", "title", QT_TRANSLATE_NOOP("Labels", "Task") },
    { "workplace_tasks", "description", QT_TRANSLATE_NOOP("Labels", "Description") },
    { "placements", "title", QT_TRANSLATE_NOOP("Labels", "Job title") },
    { "placements", "employer_id", QT_TRANSLATE_NOOP("Labels", "Employer") },
    { "placements", "workplace_id", QT_TRANSLATE_NOOP("Labels", "Workplace") },
    { "placements", "kind", QT_TRANSLATE_NOOP("Labels", "Kind of placement") },
    { "placements", "contract", QT_TRANSLATE_NOOP("Labels", "Contract") },
    { "placements", "start_on", QT_TRANSLATE_NOOP("Labels", "Start") },
    { "placements", "trial_end_on", QT_TRANSLATE_NOOP("Labels", "Trial period ends") },
    { "placements", "contract_end_on", QT_TRANSLATE_NOOP("Labels", "Contract ends") },
    { "placements", "ended_on", QT_TRANSLATE_NOOP("Labels", "Ended") },
    { "placements", "end_reason", QT_TRANSLATE_NOOP("Labels", "Why it ended") },
    { "placements", "carved_tasks", QT_TRANSLATE_NOOP("Labels", "Carved tasks") },
    { "placements", "accommodations", QT_TRANSLATE_NOOP("Labels", "Accommodations") },
    { "plans", "summary", QT_TRANSLATE_NOOP("Labels", "Goal of the cooperation") },
    { "plans", "schedule", QT_TRANSLATE_NOOP("Labels", "Agreed schedule") },
    { "plans", "tapering", QT_TRANSLATE_NOOP("Labels", "Tapering plan") },
    { "goals", "text", QT_TRANSLATE_NOOP("Labels", "Goal") },
    { "goals", "status", QT_TRANSLATE_NOOP("Labels", "Goal status") },
    { "goals", "due_on", QT_TRANSLATE_NOOP("Labels", "Goal due") },
    { "learning_goals", "text", QT_TRANSLATE_NOOP("Labels", "Learning goal") },
    { "learning_goals", "status", QT_TRANSLATE_NOOP("Labels", "Learning goal status") },
    { "consents", "revoked_on", QT_TRANSLATE_NOOP("Labels", "Revoked on") },
    { "consents", "granted_on", QT_TRANSLATE_NOOP("Labels", "Granted on") },
    { "consents", "purpose", QT_TRANSLATE_NOOP("Labels", "Purpose") },
    { "agreed_actions", "text", QT_TRANSLATE_NOOP("Labels", "Agreed action") },
    { "visits", "place", QT_TRANSLATE_NOOP("Labels", "Place") },
    { "visits", "purpose", QT_TRANSLATE_NOOP("Labels", "Purpose") },
    { "visits", "obs_person", QT_TRANSLATE_NOOP("Labels", "The person") },
    { "visits", "obs_task", QT_TRANSLATE_NOOP("Labels", "The tasks") },
    { "visits", "obs_environment", QT_TRANSLATE_NOOP("Labels", "The environment") },
    { "visits", "note", QT_TRANSLATE_NOOP("Labels", "Note") },
    { "visits", "text", QT_TRANSLATE_NOOP("Labels", "Agreed action") },
    { "agreed_actions", "owner", QT_TRANSLATE_NOOP("Labels", "Who does it") },
    { "agreed_actions", "due_on", QT_TRANSLATE_NOOP("Labels", "Due") },
    { "agreed_actions", "done_on", QT_TRANSLATE_NOOP("Labels", "Done") },
    { "reminders", "text", QT_TRANSLATE_NOOP("Labels", "Reminder") },
    { "reminders", "due_on", QT_TRANSLATE_NOOP("Labels", "Due") },
    { "reminders", "done_on", QT_TRANSLATE_NOOP("Labels", "Done") },
    { "mentors", "name", QT_TRANSLATE_NOOP("Labels", "Mentor's name") },
    { "mentors", "phone", QT_TRANSLATE_NOOP("Labels", "Phone") },
    { "mentors", "training", QT_TRANSLATE_NOOP("Labels", "Mentor training") },
    { "mentor_assignments", "mandate", QT_TRANSLATE_NOOP("Labels", "Mentor's mandate") },
    { "mentor_assignments", "talk_interval_days", QT_TRANSLATE_NOOP("Labels", "Days between structured talks") },
    { "mentor_assignments", "to_on", QT_TRANSLATE_NOOP("Labels", "Mentoring ends") },
    { "support_measures", "percent", QT_TRANSLATE_NOOP("Labels", "Subsidy (%)") },
    { "support_measures", "review_on", QT_TRANSLATE_NOOP("Labels", "Review date") },
    { "support_measures", "reviewed_on", QT_TRANSLATE_NOOP("Labels", "Last reviewed") },
    { "support_measures", "to_on", QT_TRANSLATE_NOOP("Labels", "Subsidy ends") },
    { "position_changes", "percent", QT_TRANSLATE_NOOP("Labels", "Position (%)") },
    { "measure_extensions", "new_end_on", QT_TRANSLATE_NOOP("Labels", "New end date") },
    { "measure_extensions", "justification", QT_TRANSLATE_NOOP("Labels", "Justification") },
    { "language_levels", "level", QT_TRANSLATE_NOOP("Labels", "Norwegian level") },
    { "staff", "name", QT_TRANSLATE_NOOP("Labels", "Name") },
    { "devices", "label", QT_TRANSLATE_NOOP("Labels", "Device name") },
    { "course_changes", "reason", QT_TRANSLATE_NOOP("Labels", "Why paused") },
};

struct TableLabel {
    std::string_view table;
    const char* text;
};

constexpr TableLabel tableLabels[] = {
    { "participants", QT_TRANSLATE_NOOP("Labels", "Participant") },
    { "profiles", QT_TRANSLATE_NOOP("Labels", "Vocational profile") },
    { "consents", QT_TRANSLATE_NOOP("Labels", "Consent") },
    { "employers", QT_TRANSLATE_NOOP("Labels", "Employer") },
    { "employer_contacts", QT_TRANSLATE_NOOP("Labels", "Employer contact") },
    { "workplaces", QT_TRANSLATE_NOOP("Labels", "Workplace") },
    { "workplace_tasks", QT_TRANSLATE_NOOP("Labels", "Task at a workplace") },
    { "placements", QT_TRANSLATE_NOOP("Labels", "Placement") },
    { "position_changes", QT_TRANSLATE_NOOP("Labels", "Position size") },
    { "support_measures", QT_TRANSLATE_NOOP("Labels", "Support measure") },
    { "plans", QT_TRANSLATE_NOOP("Labels", "Follow-up plan") },
    { "goals", QT_TRANSLATE_NOOP("Labels", "Goal") },
    { "mentors", QT_TRANSLATE_NOOP("Labels", "Mentor") },
    { "mentor_assignments", QT_TRANSLATE_NOOP("Labels", "Mentor assignment") },
    { "learning_goals", QT_TRANSLATE_NOOP("Labels", "Learning goal") },
    { "agreed_actions", QT_TRANSLATE_NOOP("Labels", "Agreed action") },
    { "reminders", QT_TRANSLATE_NOOP("Labels", "Reminder") },
    { "measure_extensions", QT_TRANSLATE_NOOP("Labels", "Measure extension") },
    { "language_levels", QT_TRANSLATE_NOOP("Labels", "Norwegian level") },
    { "fidelity_assessments", QT_TRANSLATE_NOOP("Labels", "Fidelity self-assessment") },
    { "fidelity_responses", QT_TRANSLATE_NOOP("Labels", "Fidelity form answers") },
    { "staff", QT_TRANSLATE_NOOP("Labels", "Staff member") },
    { "devices", QT_TRANSLATE_NOOP("Labels", "Device") },
    { "visits", QT_TRANSLATE_NOOP("Labels", "Visit note") },
    { "natural_support_entries", QT_TRANSLATE_NOOP("Labels", "Natural support entry") },
    { "reflections", QT_TRANSLATE_NOOP("Labels", "Reflection") },
    { "course_changes", QT_TRANSLATE_NOOP("Labels", "Change of steps or status") },
};

} // namespace

QString Labels::table(std::string_view t)
{
    for (const auto& l : tableLabels)
        if (l.table == t)
            return tr(l.text);
    return QString::fromUtf8(t.data(), static_cast<qsizetype>(t.size()));
}

QString Labels::column(std::string_view t, std::string_view c)
{
    for (const auto& l : columnLabels)
        if (l.table == t && l.column == c)
            return tr(l.text);
    return QString::fromUtf8(t.data(), static_cast<qsizetype>(t.size())) + QLatin1Char('.')
        + QString::fromUtf8(c.data(), static_cast<qsizetype>(c.size()));
}

QString Labels::searchSource(std::string_view t)
{
    if (t == "visits")
        return tr("Visit note");
    if (t == "natural_support_entries")
        return tr("Mentor's entry");
    if (t == "participants")
        return tr("Name");
    return table(t);
}

} // namespace fieldnotes::app
