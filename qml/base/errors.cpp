#include "errors.h"

#include "labels.h"

namespace fieldnotes::app {

QString ErrorText::waitFor(qint64 seconds)
{
    if (seconds >= 120)
        return tr("Wait %n minute(s) before the next try.", nullptr, static_cast<int>((seconds + 59) / 60));
    return tr("Wait %n second(s) before the next try.", nullptr, static_cast<int>(seconds));
}

QString ErrorText::of(const core::Error& error)
{
    using core::ErrorCode;
    switch (error.code) {
    case ErrorCode::WrongPassphrase:
        return tr("That passphrase is not right.") + QLatin1Char(' ') + waitFor(error.retryAfter.count());
    case ErrorCode::MustWait:
        return tr("Too soon after a wrong passphrase.") + QLatin1Char(' ') + waitFor(error.retryAfter.count());
    case ErrorCode::KeyDestroyed:
        return tr("Too many wrong passphrases: the data on this tablet can no longer be opened. Pair the tablet "
                  "with the office again to get your synced work back.");
    case ErrorCode::NotInitialised:
        return tr("There is no case store on this tablet yet. Set one up first.");
    case ErrorCode::AlreadyExists:
        return tr("This is already saved on this tablet.");
    case ErrorCode::NotADatabase:
    case ErrorCode::Corrupt:
        return tr("The case store on this tablet is damaged. Contact support; synced work can be restored by "
                  "pairing again.");
    case ErrorCode::ReadOnly:
        return tr("The tablet does not allow saving here. Check the storage settings, then try again.");
    case ErrorCode::DiskFull:
        return tr("The tablet's storage is full. Free some space, then try again; nothing typed is lost.");
    case ErrorCode::Busy:
        return tr("The case store is busy. Try again in a moment.");
    case ErrorCode::Io:
        return tr("The tablet could not read or write its storage. Try again; if it keeps happening, contact "
                  "support.");
    case ErrorCode::NotFound:
        return tr("This record is no longer on this tablet. It may have been removed; go back and refresh.");
    case ErrorCode::InvalidArgument:
        return tr("Something in the form is not valid. Check what you typed and try again.");
    case ErrorCode::Immutable:
        return tr("This is final and cannot be changed. Add a correction instead.");
    case ErrorCode::SchemaTooNew:
        return tr("This case store was written by a newer fieldnotes. Update the app.");
    case ErrorCode::Locked:
        return tr("The tablet is locked. Unlock it and try again.");
    case ErrorCode::Network:
        return tr("The office could not be reached. Check the network and try again.");
    case ErrorCode::Protocol:
        return tr("The office answered something unexpected. Try again later; your work stays on the tablet.");
    case ErrorCode::Unauthorized:
        return tr("The office did not accept this tablet. Ask the office to pair it again.");
    case ErrorCode::Revoked:
        return tr("This tablet has been removed from the office. Its data will be wiped.");
    case ErrorCode::ClockWrong:
        return tr("This tablet's clock is ahead of the office's, so it did not sync. Set the tablet's date, time "
                  "and time zone (automatic is best), then sync again. Nothing is lost: your changes wait on the "
                  "tablet.");
    case ErrorCode::Internal:
        break;
    }
    return tr("Something went wrong. Try again; if it keeps happening, contact support.");
}

QString ErrorText::of(const core::CaseError& error, std::string_view table)
{
    using core::Refusal;
    switch (error.refusal) {
    case Refusal::StoreFailed:
        return of(error.error);
    case Refusal::NoIdentity:
        return tr("This tablet is not paired with the office yet, so nobody would follow the new participant. Pair "
                  "the tablet first (Sync), then try again.");
    case Refusal::NotAllowed:
        return tr("Only the specialist who follows this participant, or a team lead, can do this.");
    case Refusal::NotFound:
        return tr("This participant is no longer on this tablet. Go back and refresh.");
    case Refusal::NameMissing:
        return tr("Write the participant's name. A first name, or a name they choose, is enough.");
    case Refusal::NationalIdNumber: {
        const bool consentText
            = table == "participants" && (error.field == "summary" || error.field == "summary_simple");
        const QString field = consentText ? tr("The consent text") : Labels::column(table, error.field);
        return tr("“%1” holds an 11-digit number, written like a national ID number (fødselsnummer). fieldnotes never "
                  "keeps national ID numbers: remove it and save again.")
            .arg(field);
    }
    case Refusal::ReferralInFuture:
        return tr("The referral date is in the future. Choose the day NAV referred the person: today or earlier.");
    case Refusal::MeasureEndBeforeReferral:
        return tr("The measure cannot end before the referral date. Check the end date.");
    case Refusal::LevelAssessedInFuture:
        return tr("The Norwegian level's date is in the future. Choose the day it was assessed.");
    case Refusal::ConsentInFuture:
        return tr("Consent is recorded on the day it is given: choose today or an earlier date.");
    case Refusal::AlreadyDischarged:
        return tr("This participant is already discharged.");
    case Refusal::DischargeInFuture:
        return tr("The discharge date is in the future. Choose the day it happened: today or earlier.");
    case Refusal::DischargeBeforeReferral:
        return tr("The discharge date is before the participant was referred. Check the date.");
    case Refusal::EmployerNotFound:
        return tr("This employer is not in the directory on this tablet. Choose one from the list.");
    case Refusal::WorkplaceNotAtEmployer:
        return tr("That workplace belongs to another employer. Choose one of this employer's workplaces.");
    case Refusal::ParticipantDischarged:
        return tr("This participant is discharged. Take them on again before starting a job.");
    case Refusal::PositionOutOfRange:
        return tr("The position must be between 1 and 100 %.");
    case Refusal::ContractMissing:
        return tr("A paid job needs its contract kind: permanent, temporary or on call. A trial has none.");
    case Refusal::DateBeforeStart:
        if (table == "support_measures")
            return tr("A date is before the measure or its new period begins. Check the dates.");
        return tr("An end or review date is before the job starts. Check the dates.");
    case Refusal::SubsidyOutOfRange:
        return tr("The subsidy must be between 1 and 100 %, and mentor hours above 0.");
    case Refusal::PlacementNotFound:
        return tr("This placement is no longer on this tablet. Go back and refresh.");
    case Refusal::AlreadyEnded:
        return tr("This placement has already ended.");
    case Refusal::EndInFuture:
        return tr("The end date is in the future. Choose the day the job ended: today or earlier.");
    case Refusal::EndBeforeStart:
        return tr("The end date is before the job started. Check the date.");
    case Refusal::EndReasonMissing:
        return tr("Write why the job ended, in a few words.");
    // Consents
    case Refusal::ItemMissing:
        return tr("Choose what may be told.");
    case Refusal::RecipientMissing:
        return tr("Choose who may be told: an employer, a mentor or the NAV counsellor.");
    case Refusal::RecipientNotFound:
        return tr("This employer or mentor is not on this tablet. Choose one from the list.");
    case Refusal::PurposeMissing:
        return tr("Write what the information is for.");
    case Refusal::ConsentNotFound:
        return tr("This consent is no longer on this tablet. Go back and refresh.");
    case Refusal::AlreadyRevoked:
        return tr("This consent has already been revoked.");
    case Refusal::RevokeInFuture:
        return tr("The revocation date is in the future. Revoke on the day the person withdraws: today or earlier.");
    case Refusal::RevokeBeforeGrant:
        return tr("The revocation date is before the consent was given. Check the date.");
    // Agreed actions, reminders and planned meetings
    case Refusal::ActionNotFound:
        return tr("This action or reminder is no longer on this tablet. Go back and refresh.");
    case Refusal::AlreadyDone:
        return tr("This was already marked done.");
    case Refusal::AlreadyCancelled:
        return tr("This was already cancelled.");
    case Refusal::MeetingNotFound:
        return tr("This meeting is no longer on this tablet. Go back and refresh.");
    case Refusal::MeetingKept:
        return tr("A visit already kept this meeting, so there is nothing to move or cancel.");
    case Refusal::ScheduleEnded:
        return tr("The follow-up ended before this meeting (the job ended or the participant was discharged).");
    case Refusal::CancelReasonMissing:
        return tr("Write why the meeting is cancelled, in a few words.");
    case Refusal::MoveInPast:
        return tr("Choose today or a later day. A meeting that was held is logged as a visit.");
    case Refusal::MoveAfterWindow:
        return tr("A meeting that late no longer counts for this follow-up. Choose an earlier day, or cancel the "
                  "meeting with a reason.");
    // The reflection log
    case Refusal::SituationMissing:
        return tr("Write the situation: what happened, in a sentence or two.");
    case Refusal::ReflectionInFuture:
        return tr("The date is in the future. Choose the day it happened: today or earlier.");
    case Refusal::StepOutOfRange:
        return tr("Choose one of the five steps, or none.");
    case Refusal::NamesParticipant:
        return tr("Remove the name: the reflection log is never tied to a participant. Write about the situation, "
                  "not the person.");
    case Refusal::ReflectionNotFound:
        return tr("This entry was changed or deleted since. Go back and open the log again.");
    // Plans and goals
    case Refusal::PlanEmpty:
        return tr("A new plan says something: write the goal of the cooperation, the schedule or the tapering plan.");
    case Refusal::AgreedInFuture:
        return tr("The day the plan was agreed is in the future. Choose the day it was agreed: today or earlier.");
    case Refusal::GoalTextMissing:
        return tr("Write the goal, in the participant's own words if you can.");
    case Refusal::GoalNotFound:
        return tr("This goal is no longer on this tablet. Go back and refresh.");
    case Refusal::ParentGoalNotFound:
        return tr("That main goal is no longer in the plan. Choose another one, or none.");
    case Refusal::SubGoalUnderSubGoal:
        return tr("That goal is itself a sub-goal. Put the new goal under its main goal.");
    case Refusal::GoalStatusUnchanged:
        return tr("The goal is already marked so; nothing changed.");
    case Refusal::PlanOfDischarged:
        return tr("This participant is discharged: their plan and goals stay as they were.");
    // Mentors
    case Refusal::MentorNameMissing:
        return tr("Write the mentor's name. A first name and a surname is enough.");
    case Refusal::MentorNotFound:
        return tr("This mentor is not on this tablet. Choose one from the list.");
    case Refusal::AssignmentNotFound:
        return tr("This mentor assignment is no longer on this tablet. Go back and refresh.");
    case Refusal::PlacementNotWithMentor:
        return tr("The mentor works at another employer than this job. Choose a mentor at the job's employer.");
    case Refusal::TalkIntervalOutOfRange:
        return tr("The structured talk is held every 7 to 56 days; every other week is the model.");
    case Refusal::MentorAlreadyAssigned:
        return tr("This mentor is already assigned to the participant.");
    case Refusal::SameMentor:
        return tr("That is the current mentor. Choose the colleague who takes over.");
    case Refusal::AssignmentEnded:
        return tr("This mentor assignment has already ended.");
    case Refusal::AssignmentEndBeforeStart:
        return tr("The date is before the mentor started. Check the date.");
    case Refusal::LearningGoalTextMissing:
        return tr("Write the learning goal in a few words.");
    // Hand-over of a participant
    case Refusal::StaffNotFound:
        return tr("That colleague is not on the team list on this tablet. Sync, then choose from the list.");
    case Refusal::ReceiverNotSpecialist:
        return tr("A mentor does not follow participants. Choose a specialist or a team lead.");
    case Refusal::SameSpecialist:
        return tr("That colleague already follows this participant. Choose who takes over.");
    case Refusal::HandOverInFuture:
        return tr("The hand-over date is in the future. Hand over on the day the colleague takes over.");
    // Steps, status, pause and the measure's period
    case Refusal::CourseOfDischarged:
        return tr("This participant is discharged: their steps, status and measure stay as they were.");
    case Refusal::StepsMissing:
        return tr("Choose at least one step. Several at once is fine.");
    case Refusal::StepsUnchanged:
        return tr("These are the steps worked on already; nothing changed.");
    case Refusal::StatusUnchanged:
        return tr("The participant already has this status; nothing changed.");
    case Refusal::StatusHasOwnRule:
        return tr("Pause and discharge have their own buttons, which record why.");
    case Refusal::StatusWhilePaused:
        return tr("The participant is paused. Resume first; you can choose the status they return to.");
    case Refusal::CourseChangeInFuture:
        return tr("The day is in the future. Choose the day it happened: today or earlier.");
    case Refusal::CourseChangeBeforeReferral:
        return tr("The day is before the participant was referred. Check the date.");
    case Refusal::CourseChangeBeforeLast:
        return tr("The day is before the last change of the same kind. Check the date.");
    case Refusal::AlreadyPaused:
        return tr("This participant is paused already.");
    case Refusal::NotPaused:
        return tr("This participant is not paused.");
    case Refusal::PauseReasonMissing:
        return tr("Write why the follow-up is paused, in a few words.");
    case Refusal::ResumeStatusUnknown:
        return tr("The status before this pause was not recorded. Choose the status the participant returns to.");
    case Refusal::ExtensionNotLater:
        return tr("The new end must be after the current end of the measure. Check the date.");
    case Refusal::ExtensionDecidedInFuture:
        return tr("The day the extension was decided is in the future. Choose today or an earlier day.");
    case Refusal::JustificationMissing:
        return tr("Write why the measure is extended: an extension needs its justification.");
    // Visits and their corrections
    case Refusal::VisitWithNobody:
        return tr("Choose who the visit was with: a participant, an employer, or both.");
    case Refusal::VisitEmployerMissing:
        return tr("Choose the employer you visited.");
    case Refusal::VisitInFuture:
        return tr("A visit note is for something that has happened: choose today or an earlier date.");
    case Refusal::TimeOfDayInvalid:
        return tr("Write the time as hours and minutes, for example 09:30.");
    case Refusal::DurationOutOfRange:
        return tr("The duration is in minutes, up to a day. Leave it empty if you do not know it.");
    case Refusal::NextVisitNotAfter:
        return tr("The next visit must come after this one.");
    case Refusal::VisitTextMissing:
        return tr("Write what the visit was about: a note, or at least its purpose.");
    case Refusal::VisitNotFound:
        return tr("This visit is no longer on this tablet. Go back and refresh.");
    case Refusal::NotAVisit:
        return tr("This is a mentor's natural-support entry, not a visit: only the mentor corrects it.");
    case Refusal::AlreadyCorrected:
        return tr("This visit has been corrected already. Open the correction and correct that instead.");
    // Changing a running placement
    case Refusal::PlacementUnchanged:
        return tr("Nothing was changed. Change the position, the contract, a date, the tasks or the accommodations.");
    case Refusal::PlacementOfDischarged:
        return tr("This participant is discharged; their placements stay as they were.");
    case Refusal::PositionChangeBeforeStart:
        return tr("The new position cannot count from before the job started. Choose the day it changes.");
    case Refusal::PositionChangeNotAfterLast:
        return tr("The position was last changed on that day or later. Choose a later day for the new position.");
    case Refusal::PositionUnchanged:
        return tr("The position is that % already. Write the new %.");
    case Refusal::TastingHasNoContract:
        return tr("A job tasting has no contract. If it led to a job, end the tasting and start the job.");
    case Refusal::ContractEndOnPermanent:
        return tr("A permanent contract has no end date. Leave the contract end out, or choose a temporary contract.");
    // The employer directory, natural support and the profile
    case Refusal::EmployerNameMissing:
        return tr("Write the employer's name.");
    case Refusal::OrgNumberInvalid:
        return tr("The organisation number is not a valid one: it has nine digits, the last a check digit. Copy it "
                  "from the Brønnøysund register (brreg.no), or leave it empty.");
    case Refusal::OrgNumberTaken:
        return tr("An employer with this organisation number is already registered. Open that employer in the "
                  "list and add a workplace there instead.");
    case Refusal::ContactNameMissing:
        return tr("Write the contact person's name, then add them.");
    case Refusal::WorkplaceNameMissing:
        return tr("Write the workplace's name, then add it.");
    case Refusal::TaskTitleMissing:
        return tr("Write what the task is, then add it.");
    case Refusal::NotAssignedMentor:
        return tr("This person is not assigned to you as a mentor. Ask the job specialist.");
    case Refusal::SupportInFuture:
        return tr("Choose today or an earlier date.");
    case Refusal::SupportTextMissing:
        return tr("Write a few words about what happened.");
    case Refusal::MinutesOutOfRange:
        return tr("The time is in minutes, up to a day.");
    case Refusal::ProfileFieldUnknown:
        return tr("This is not a field of the profile. Go back and refresh.");
    case Refusal::WantedHoursOutOfRange:
        return tr("Wanted hours is a percentage from 0 to 100.");
    // Support measures over time
    case Refusal::MeasureNotFound:
        return tr("This support measure is no longer on this tablet. Go back and refresh.");
    case Refusal::MeasureSuperseded:
        return tr("This measure has a later period. Change the latest one.");
    case Refusal::MeasurePeriodNotAfter:
        return tr("A new period starts after the current one began. Choose a later day.");
    case Refusal::MeasureEnded:
        return tr("The measure had ended by that day. Choose a day while it ran, or start a new period.");
    case Refusal::MeasureEndNotEarlier:
        return tr("The measure already ends by that day. Choose an earlier last day, or start a new period to make "
                  "it longer.");
    case Refusal::ReviewInFuture:
        return tr("Record the review once it is held: today or earlier. A coming review is the next review date.");
    case Refusal::NextReviewNotAfterHeld:
        return tr("The next review comes after the one held. Choose a later day.");
    case Refusal::ReviewAfterPeriod:
        return tr("The review is after the measure's period ends. Choose a day by the end, or start a new period.");
    // Correcting a misdated position change
    case Refusal::NoPositionChangeToCorrect:
        return tr("The position has not changed since the start: there is no change to correct.");
    // The fidelity self-assessment
    case Refusal::FidelityItemCount:
        return tr("The fidelity form has 19 items. Go back and refresh the form.");
    case Refusal::FidelityOptionOutOfRange:
        return tr("Choose one of the item's five options.");
    case Refusal::FidelityPracticeUnknown:
        return tr("Tick only the practices the item lists.");
    // The case review's queue
    case Refusal::QuestionMissing:
        return tr("Write what you want to discuss at the case review, in a sentence or two.");
    case Refusal::AlreadyUpForReview:
        return tr("This is in the case review's queue already and not yet discussed. Add to that question at the "
                  "review, or withdraw it first.");
    case Refusal::ReviewNotFound:
        return tr("This item is no longer in the case review's queue on this tablet. Go back and refresh.");
    case Refusal::ReviewWithdrawn:
        return tr("This item was withdrawn and is no longer in the queue.");
    case Refusal::ReviewDiscussed:
        return tr("This item has been discussed and its advice stands. Put it up again for a new question.");
    case Refusal::AdviceMissing:
        return tr("Write the advice the review gave: it reaches the specialist who asked.");
    case Refusal::AdviceInFuture:
        return tr("Record the advice on the day it was given: today or earlier.");
    case Refusal::AdviceBeforeAsked:
        return tr("The advice cannot be from before the item was put up. Check the day of the review.");
    }
    return of(error.error);
}

} // namespace fieldnotes::app
