// The data model's enumerations and their stable storage codes. Codes are written to the database
// and to the wire: never rename one; add new ones at the end. User-facing labels live in the UI.
#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace fieldnotes::core {

enum class StaffRole { Specialist, Mentor, Lead };
enum class Programme { UtvidetOppfolging, Ips, Jobbsjansen, IntroductionProgramme, Other };
enum class ParticipantStatus { Referred, Engagement, Profiling, JobSearch, JobTasting, InWork, Paused, Discharged };
enum class DischargeReason { Work, Education, HealthTreatment, BackToNavCounsellor, NoContact, Other };
enum class CefrLevel { A1, A2, B1, B2, C1, C2 };
enum class ConsentKind { Participation, Disclosure };
// What a disclosure consent covers. Every field a mentor or an employer could ever receive belongs
// to exactly one item (see catalogue.cpp).
enum class DisclosureItem {
    ContactDetails,
    Language,
    SupportNeeds,
    LearningGoals,
    WorkHistory,
    FollowUpPlan,
    HealthInformation
};
enum class RecipientKind { Employer, Mentor, NavCounsellor };
// How the person gave a consent: signed on paper, said so, or confirmed on the tablet.
enum class ConsentManner { Written, Oral, Tablet };
enum class FollowUpPreference { OnSite, MeetingsOnly };
enum class RiskFlag { None, UndeclaredWork, Exploitation };
enum class PlacementKind { JobTasting, WorkTrial, PaidJob };
enum class ContractType { Permanent, Temporary, OnCall };
enum class SupportMeasureKind { WageSubsidy, MentorSubsidy, InclusionSubsidy };
enum class GoalStatus { Open, Achieved, Dropped };
enum class ActionOwner { Specialist, Participant, Employer, Mentor, NavCounsellor };
enum class ContactType {
    NewEmployerVisit,
    EmployerFollowUp,
    WorkplaceFollowUp,
    ThreeWayMeeting,
    JobTastingDay,
    Phone,
    Sms,
    Email,
    HomeVisit,
    OutreachAttempt,
};
enum class Attendee { Participant, Employer, Mentor, Interpreter, NavCounsellor };
// Who may read a visit note: the team that follows the participant, or only its author.
enum class Audience { Team, Author };
// StructuredTalk: the planned talk between mentor and participant (every other week in the model
// mentor the research describes), logged like any other natural-support entry.
enum class SupportKind { TaskTraining, Language, Social, Feedback, StructuredTalk };
// How something was shared: a file handed over, a printout, or told in a conversation.
enum class DisclosureChannel { Export, Printout, Conversation };

template<class E>
struct EnumCodes; // specialised below: static constexpr std::array<std::pair<E, std::string_view>, N> codes

#define FN_ENUM_CODES(E, ...)                                                                                          \
    template<> struct EnumCodes<E> {                                                                                   \
        static constexpr auto codes = std::to_array<std::pair<E, std::string_view>>({ __VA_ARGS__ });                  \
    }

FN_ENUM_CODES(
    StaffRole, { StaffRole::Specialist, "specialist" }, { StaffRole::Mentor, "mentor" }, { StaffRole::Lead, "lead" });
FN_ENUM_CODES(Programme, { Programme::UtvidetOppfolging, "utvidet_oppfolging" }, { Programme::Ips, "ips" },
    { Programme::Jobbsjansen, "jobbsjansen" }, { Programme::IntroductionProgramme, "introduction_programme" },
    { Programme::Other, "other" });
FN_ENUM_CODES(ParticipantStatus, { ParticipantStatus::Referred, "referred" },
    { ParticipantStatus::Engagement, "engagement" }, { ParticipantStatus::Profiling, "profiling" },
    { ParticipantStatus::JobSearch, "job_search" }, { ParticipantStatus::JobTasting, "job_tasting" },
    { ParticipantStatus::InWork, "in_work" }, { ParticipantStatus::Paused, "paused" },
    { ParticipantStatus::Discharged, "discharged" });
FN_ENUM_CODES(DischargeReason, { DischargeReason::Work, "work" }, { DischargeReason::Education, "education" },
    { DischargeReason::HealthTreatment, "health_treatment" },
    { DischargeReason::BackToNavCounsellor, "back_to_nav_counsellor" }, { DischargeReason::NoContact, "no_contact" },
    { DischargeReason::Other, "other" });
FN_ENUM_CODES(CefrLevel, { CefrLevel::A1, "a1" }, { CefrLevel::A2, "a2" }, { CefrLevel::B1, "b1" },
    { CefrLevel::B2, "b2" }, { CefrLevel::C1, "c1" }, { CefrLevel::C2, "c2" });
FN_ENUM_CODES(ConsentKind, { ConsentKind::Participation, "participation" }, { ConsentKind::Disclosure, "disclosure" });
FN_ENUM_CODES(DisclosureItem, { DisclosureItem::ContactDetails, "contact_details" },
    { DisclosureItem::Language, "language" }, { DisclosureItem::SupportNeeds, "support_needs" },
    { DisclosureItem::LearningGoals, "learning_goals" }, { DisclosureItem::WorkHistory, "work_history" },
    { DisclosureItem::FollowUpPlan, "follow_up_plan" }, { DisclosureItem::HealthInformation, "health_information" });
FN_ENUM_CODES(RecipientKind, { RecipientKind::Employer, "employer" }, { RecipientKind::Mentor, "mentor" },
    { RecipientKind::NavCounsellor, "nav_counsellor" });
FN_ENUM_CODES(ConsentManner, { ConsentManner::Written, "written" }, { ConsentManner::Oral, "oral" },
    { ConsentManner::Tablet, "tablet" });
FN_ENUM_CODES(FollowUpPreference, { FollowUpPreference::OnSite, "on_site" },
    { FollowUpPreference::MeetingsOnly, "meetings_only" });
FN_ENUM_CODES(RiskFlag, { RiskFlag::None, "none" }, { RiskFlag::UndeclaredWork, "undeclared_work" },
    { RiskFlag::Exploitation, "exploitation" });
FN_ENUM_CODES(PlacementKind, { PlacementKind::JobTasting, "job_tasting" }, { PlacementKind::WorkTrial, "work_trial" },
    { PlacementKind::PaidJob, "paid_job" });
FN_ENUM_CODES(ContractType, { ContractType::Permanent, "permanent" }, { ContractType::Temporary, "temporary" },
    { ContractType::OnCall, "on_call" });
FN_ENUM_CODES(SupportMeasureKind, { SupportMeasureKind::WageSubsidy, "wage_subsidy" },
    { SupportMeasureKind::MentorSubsidy, "mentor_subsidy" },
    { SupportMeasureKind::InclusionSubsidy, "inclusion_subsidy" });
FN_ENUM_CODES(
    GoalStatus, { GoalStatus::Open, "open" }, { GoalStatus::Achieved, "achieved" }, { GoalStatus::Dropped, "dropped" });
FN_ENUM_CODES(ActionOwner, { ActionOwner::Specialist, "specialist" }, { ActionOwner::Participant, "participant" },
    { ActionOwner::Employer, "employer" }, { ActionOwner::Mentor, "mentor" },
    { ActionOwner::NavCounsellor, "nav_counsellor" });
FN_ENUM_CODES(ContactType, { ContactType::NewEmployerVisit, "new_employer_visit" },
    { ContactType::EmployerFollowUp, "employer_follow_up" }, { ContactType::WorkplaceFollowUp, "workplace_follow_up" },
    { ContactType::ThreeWayMeeting, "three_way_meeting" }, { ContactType::JobTastingDay, "job_tasting_day" },
    { ContactType::Phone, "phone" }, { ContactType::Sms, "sms" }, { ContactType::Email, "email" },
    { ContactType::HomeVisit, "home_visit" }, { ContactType::OutreachAttempt, "outreach_attempt" });
FN_ENUM_CODES(Attendee, { Attendee::Participant, "participant" }, { Attendee::Employer, "employer" },
    { Attendee::Mentor, "mentor" }, { Attendee::Interpreter, "interpreter" },
    { Attendee::NavCounsellor, "nav_counsellor" });
FN_ENUM_CODES(Audience, { Audience::Team, "team" }, { Audience::Author, "author" });
FN_ENUM_CODES(SupportKind, { SupportKind::TaskTraining, "task_training" }, { SupportKind::Language, "language" },
    { SupportKind::Social, "social" }, { SupportKind::Feedback, "feedback" },
    { SupportKind::StructuredTalk, "structured_talk" });
FN_ENUM_CODES(DisclosureChannel, { DisclosureChannel::Export, "export" }, { DisclosureChannel::Printout, "printout" },
    { DisclosureChannel::Conversation, "conversation" });

#undef FN_ENUM_CODES

template<class E> constexpr std::string_view codeOf(E value)
{
    for (const auto& [e, code] : EnumCodes<E>::codes)
        if (e == value)
            return code;
    return {};
}

template<class E> constexpr std::optional<E> enumFromCode(std::string_view code)
{
    for (const auto& [e, c] : EnumCodes<E>::codes)
        if (c == code)
            return e;
    return std::nullopt;
}

template<class E> constexpr auto allOf()
{
    std::array<E, EnumCodes<E>::codes.size()> out {};
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = EnumCodes<E>::codes[i].first;
    return out;
}

// Contact types that take place at an employer or workplace (they count towards employer contact).
constexpr bool isEmployerContact(ContactType t)
{
    return t == ContactType::NewEmployerVisit || t == ContactType::EmployerFollowUp
        || t == ContactType::WorkplaceFollowUp || t == ContactType::ThreeWayMeeting || t == ContactType::JobTastingDay;
}

} // namespace fieldnotes::core
