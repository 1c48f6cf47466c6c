// A person's time with the service, opened and closed: taking a participant on (intake) and
// discharging them. The app's intake form, its discharge dialog and `fieldnotes-cli participant`
// all call these; none of them writes participant records of its own.
//
// Who may do what: a specialist takes people on for their own caseload and discharges only the
// people they follow; a lead may do both for the whole team; a mentor's device does neither. The
// office enforces the same rule on push (sync/policy.h).
#pragma once

#include "store.h"

#include <optional>
#include <string>

namespace fieldnotes::core {

// Why a use case did not do what was asked. Every reason but StoreFailed is something the person
// can put right; the app words each in the person's language, the command line prints `error`.
enum class Refusal {
    StoreFailed, // the store itself failed (locked, disk full...): `error` says what
    NoIdentity, // this device is not linked to a person yet
    NotAllowed, // the acting person may not make this change
    NotFound, // no such participant on this device
    NameMissing,
    NationalIdNumber, // an 11-digit number, as a fødselsnummer or D-number is written; `field` says where
    ReferralInFuture,
    MeasureEndBeforeReferral,
    LevelAssessedInFuture,
    ConsentInFuture,
    AlreadyDischarged,
    DischargeInFuture,
    DischargeBeforeReferral,
    // Placements (placement.h)
    EmployerNotFound, // no such employer in the directory on this device
    WorkplaceNotAtEmployer,
    ParticipantDischarged, // a discharged participant starts no new job
    PositionOutOfRange, // position % outside 1-100
    ContractMissing, // a paid job needs its contract kind; a trial or a tasting has none
    DateBeforeStart, // a trial, contract or subsidy end (or a review) before the start; `field` says which
    SubsidyOutOfRange, // a subsidy % outside 1-100, or mentor hours not above 0
    PlacementNotFound,
    AlreadyEnded,
    EndInFuture,
    EndBeforeStart,
    EndReasonMissing,
    // Consents (consentcase.h)
    ItemMissing, // a disclosure consent names what may be told
    RecipientMissing, // an employer or mentor consent names which employer or mentor (`field` recipient_id)
    RecipientNotFound, // no such employer or mentor on this device
    PurposeMissing,
    ConsentNotFound,
    AlreadyRevoked,
    RevokeInFuture,
    RevokeBeforeGrant,
    // Agreed actions, reminders and planned meetings (actions.h)
    ActionNotFound, // no agreed action or reminder with that id on this device
    AlreadyDone,
    AlreadyCancelled,
    MeetingNotFound,
    MeetingKept, // a visit kept the meeting's slot: nothing left to move or cancel
    ScheduleEnded, // the placement ended or the participant was discharged before the slot
    CancelReasonMissing,
    MoveInPast,
    MoveAfterWindow, // after the last day of the slot's window; `error` names the day
    // The reflection log (reflection.h)
    SituationMissing,
    ReflectionInFuture,
    StepOutOfRange, // a process step outside 1-5
    NamesParticipant, // the text holds the name of a participant on this device; `field` says where
    ReflectionNotFound, // no such entry, or it was changed or deleted since
    // Plans and goals (plans.h)
    PlanEmpty, // a new plan says something: a summary, a schedule or a tapering plan
    AgreedInFuture, // the day the plan was agreed with the person or the employer; `field` says which
    GoalTextMissing,
    GoalNotFound, // no such goal on this device
    ParentGoalNotFound, // no such goal in this participant's plan
    SubGoalUnderSubGoal, // goals have one level of sub-goals
    GoalStatusUnchanged, // the goal already has the status asked for
    PlanOfDischarged, // a discharged participant's plan and goals stay as they were
    // Mentors (mentors.h)
    MentorNameMissing,
    MentorNotFound, // no such mentor on this device
    AssignmentNotFound, // no such mentor assignment on this device
    PlacementNotWithMentor, // not the participant's placement, or at another employer than the mentor's
    TalkIntervalOutOfRange, // the structured talk's interval outside 7-56 days
    MentorAlreadyAssigned, // the same mentor assigned twice to the participant at once
    SameMentor, // a hand-over to the current mentor
    AssignmentEnded,
    AssignmentEndBeforeStart, // an end or hand-over not after the assignment started
    LearningGoalTextMissing,
    // Hand-over of a participant (handover.h)
    StaffNotFound, // no such person on the staff list (or removed from it)
    ReceiverNotSpecialist, // a mentor does not follow participants
    SameSpecialist, // a hand-over to the specialist who follows them now
    HandOverInFuture,
    // Steps, status, pause and the measure's period (casecourse.h)
    CourseOfDischarged, // a discharged participant's steps, status and measure stay as they were
    StepsMissing, // at least one of the five steps is worked on
    StepsUnchanged, // the steps asked for are the ones worked on already
    StatusUnchanged, // the participant already has the status asked for
    StatusHasOwnRule, // paused or discharged is reached by a pause or a discharge, not a status change
    StatusWhilePaused, // a paused participant is resumed, not given another status
    CourseChangeInFuture, // the day a step, status, pause or resume takes effect; `field` changed_on
    CourseChangeBeforeReferral,
    CourseChangeBeforeLast, // before the last change of the same kind, or a resume before the pause began
    AlreadyPaused,
    NotPaused,
    PauseReasonMissing,
    ResumeStatusUnknown, // paused before pauses were recorded: the resume names the status
    ExtensionNotLater, // the new end is not after the current end (or the referral); `field` new_end_on
    ExtensionDecidedInFuture,
    JustificationMissing,
    // Visits and their corrections (visits.h)
    VisitWithNobody, // neither a participant nor an employer
    VisitEmployerMissing, // an employer visit or follow-up names the employer
    VisitInFuture,
    TimeOfDayInvalid, // the start time is not HH:MM; `field` start_time
    DurationOutOfRange, // minutes outside 1-1440
    NextVisitNotAfter, // the next visit is not after this one
    VisitTextMissing, // neither a note nor a purpose
    VisitNotFound, // no such visit on this device
    NotAVisit, // the id is a mentor's natural-support entry, not a visit
    AlreadyCorrected, // correct the correction instead; `error` names it
    // Changing a running placement (placement.h: changePlacement)
    PlacementUnchanged, // the change names nothing: no position, contract, date or text
    PlacementOfDischarged, // a discharged participant's placements stay as they were
    PositionChangeBeforeStart, // a new position % from before the placement started
    PositionChangeNotAfterLast, // on or before the last position change; `error` names its day
    PositionUnchanged, // the new position % is the one the last change set
    TastingHasNoContract, // a job tasting does not become a job: end it and start the job
    ContractEndOnPermanent, // a permanent contract has no end date
    // The employer directory (employers.h), natural support (naturalsupport.h), the profile (profiles.h)
    EmployerNameMissing,
    OrgNumberInvalid, // not nine digits, or the check digit does not add up; `field` org_number
    OrgNumberTaken, // another employer on this device has that organisation number; `error` names it
    ContactNameMissing,
    WorkplaceNameMissing,
    TaskTitleMissing,
    NotAssignedMentor, // the participant is not assigned to the acting person as a mentor
    SupportInFuture,
    SupportTextMissing, // neither a situation, what went well, what needs work nor the expected behaviour
    MinutesOutOfRange, // minutes outside 0-1440 (0: not noted)
    ProfileFieldUnknown, // not one of the profile's fields; `field` says which was asked for
    WantedHoursOutOfRange, // wanted hours, a % of full time, outside 0-100
    // Support measures over time (supportmeasures.h)
    MeasureNotFound, // no such support measure on this device
    MeasureSuperseded, // a later period of the measure exists: change that one
    MeasurePeriodNotAfter, // a new period from on or before the current period's start
    MeasureEnded, // the measure ended before that day; `error` names its last day
    MeasureEndNotEarlier, // an early end on or after the end the measure has
    ReviewInFuture, // a review is recorded once held: today or earlier
    NextReviewNotAfterHeld, // the next review on or before the one held
    ReviewAfterPeriod, // a review after the measure's period ends
    // Correcting a misdated position change (placement.h: correctPositionChange)
    NoPositionChangeToCorrect, // the position has not changed since the start
    // The fidelity self-assessment (fidelity.h); `field` names the item ("item 7")
    FidelityItemCount, // not 19 items
    FidelityOptionOutOfRange, // a single-choice item outside 1-5, or a count for a tick-all item
    FidelityPracticeUnknown, // a letter that is not one of the item's practices, or ticked twice
    // The weekly case review's queue (casereview.h)
    QuestionMissing, // a participant put up for review says what the specialist wants to discuss
    AlreadyUpForReview, // the participant has an item in the queue not yet discussed; `error` names its day
    ReviewNotFound, // no such item in the case review's queue on this device
    ReviewWithdrawn, // the item was withdrawn: nothing to advise on or withdraw
    ReviewDiscussed, // the advice was given: the item is no longer withdrawn or advised on again
    AdviceMissing,
    AdviceInFuture, // the advice is recorded on the day of the review: today or earlier
    AdviceBeforeAsked, // before the day the item was put up; `error` names it
};

struct CaseError {
    Refusal refusal = Refusal::StoreFailed;
    std::string field; // the participants (or consents, language_levels) column concerned, if any
    Error error; // a code for programs and an English message for logs and the command line
};

template<class T> using CaseResult = tl::expected<T, CaseError>;

// Who is making a change: the person this device belongs to (Store::staffId and role).
struct Actor {
    Id staffId;
    StaffRole role = StaffRole::Specialist;
};
Actor actorOf(const Store& store);

// What every use case on a participant's record shares (intake, placement, consent, actions,
// reflection): text as stored, refusals with the error code that fits them, and who may write.

// `text` without leading or trailing white space.
std::string trimmedText(std::string_view text);

// A refusal carrying the error code programs act on: Unauthorized for who may not, NotFound for
// what is not on this device, InvalidArgument for everything the person can correct.
CaseError caseRefusal(Refusal refusal, std::string message, std::string field = {});

// A person this device belongs to, and not a mentor. `soThat` ends "Pair it with the office first,
// so that …" (e.g. "the consent has a specialist who recorded it"); `mentorRefused` is the whole
// sentence a mentor's device gets.
std::optional<CaseError> checkCaseWriter(const Actor& actor, std::string_view soThat, std::string_view mentorRefused);

// The participant's own specialist or a lead. `what` ends "… or a team lead, can …" (e.g. "start
// or end their placements").
std::optional<CaseError> checkFollowsParticipant(const Actor& actor, const Participant& p, std::string_view what);

// True if `text` holds a number of exactly 11 digits, also when written as 6 + 5 digits with one
// space, dot or hyphen between (DDMMYY NNNNN). A number that starts with '+' is a phone number.
bool containsNationalIdNumber(std::string_view text);

// Free text a person typed, named `label` in the message and `column` in the refusal: refused if it
// holds a national ID number (containsNationalIdNumber).
std::optional<CaseError> checkNoNationalId(std::string_view column, std::string_view label, const std::string& text);

// Runs `body(stop)` in one transaction with change tracking. `stop(refusal)` ends it with that
// refusal, which wins over the store's own error; a store failure is Refusal::StoreFailed.
template<class F> CaseResult<void> inCaseTransaction(Store& store, F body)
{
    std::optional<CaseError> refused;
    auto written = store.transaction([&]() -> Status {
        auto stop = [&](CaseError e) -> Status {
            refused = std::move(e);
            return fail(refused->error);
        };
        return body(stop);
    });
    if (refused)
        return tl::unexpected(std::move(*refused));
    if (!written)
        return tl::unexpected(CaseError { Refusal::StoreFailed, {}, std::move(written).error() });
    return {};
}

// What is known when a person is taken on. Text is stored trimmed.
struct Intake {
    std::string displayName; // required; a pseudonymous name is fine
    std::string phone;
    std::string email;
    std::string otherContact;
    Programme programme = Programme::UtvidetOppfolging;
    OptDate referralOn; // the day NAV referred them; today when not given; never in the future
    std::string referralReason;
    OptDate measureEndOn; // not before the referral
    std::string preferredLanguage;
    bool interpreterNeeded = false;
    std::string childcareConstraint;
    std::string shiftConstraint;
    std::string transportConstraint;
    std::string refusedTasks;

    // The Norwegian level (CEFR) assessed at intake: the first entry of the level's history.
    std::optional<CefrLevel> norwegianLevel;
    OptDate norwegianLevelOn; // today when not given

    // The voluntary agreement to take part, when the person gave it at intake.
    struct ParticipationConsent {
        OptDate grantedOn; // today when not given
        std::string summary; // what the person was told they agree to
        std::string summarySimple; // the same in plain language, if they were shown that
    };
    std::optional<ParticipationConsent> consent;
};

// Takes a person on: the participant (status referred, followed by the acting person), their
// Norwegian level and participation consent when given, written in one transaction with change
// tracking. Returns the new participant's id.
CaseResult<Id> takeOnParticipant(Store& store, const Actor& actor, const Intake& intake);

// Discharges a participant on `on` (not in the future, not before the referral) for `reason`.
// A discharged participant cannot be discharged again.
CaseResult<void> dischargeParticipant(
    Store& store, const Actor& actor, const Id& participantId, DischargeReason reason, const Date& on);

} // namespace fieldnotes::core
