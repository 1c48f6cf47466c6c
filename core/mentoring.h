// Mentors and natural support: the mentor's assignment (mandate, learning goals, training record),
// the schedule of structured talks, the handover from the specialist, and the tapering plan that
// moves support from the specialist to the mentor and colleagues.
#pragma once

#include "store.h"

#include <vector>

namespace fieldnotes::core {

// An assignment is active from its start (fromOn) through its end (toOn), whatever the participant's
// status: mentor support may go on after the participant is discharged from the service.
bool isAssignmentActive(const MentorAssignment& assignment, const Date& day);

// Structured talks between mentor and participant: natural-support entries of kind StructuredTalk by
// the assignment's mentor for its participant. The first talk is due talkIntervalDays after the
// assignment starts, each next one talkIntervalDays after the last talk held; a talk held on or
// before its due date is on time.
struct TalkSchedule {
    int intervalDays = 0;
    int talksHeld = 0; // from the start up to today
    int talksOnTime = 0;
    OptDate lastTalkOn;
    OptDate nextDueOn; // empty when the assignment is not active today, has no start, or no interval
};

// Pure: from the dates of the talks held (any order; those outside the assignment are ignored).
TalkSchedule planTalks(const MentorAssignment& assignment, std::vector<Date> talks, const Date& today);
Result<TalkSchedule> talkSchedule(Store& store, const MentorAssignment& assignment, const Date& today);

// Records that the specialist handed day-to-day support to the mentor on `on`. A mentor can only
// take over what has been agreed: the assignment must be active that day, have a mandate and at
// least one learning goal that is not dropped.
Status recordHandover(Store& store, const Id& assignmentId, const Date& on);

// The mentor's training record, oldest first.
Result<std::vector<MentorTraining>> trainingRecord(Store& store, const Id& mentorId);

// What a participant's mentors do, for the caseload and the individual report. No entry contents.
struct MentorSupport {
    MentorAssignment assignment;
    std::string mentorName;
    bool active = false;
    int learningGoals = 0; // not dropped
    int learningGoalsAchieved = 0;
    int trainingCourses = 0;
    int entries = 0; // natural-support entries by this mentor, corrections counted once
    int minutes = 0;
    int flaggedForSpecialist = 0;
    TalkSchedule talks;
};
Result<std::vector<MentorSupport>> mentorSupport(Store& store, const Id& participantId, const Date& today);

// ---- Tapering --------------------------------------------------------------------------------------

enum class TaperingAgreement { NoPlan, AwaitingBoth, AwaitingParticipant, AwaitingEmployer, Agreed };

// A tapering plan is its steps (or, in older records, the plan's tapering text). It is agreed when
// both the participant and the employer have agreed to it; setTaperingPlan clears both agreements,
// so a changed plan must be agreed again.
TaperingAgreement taperingAgreement(const std::optional<Plan>& plan, const std::vector<TaperingStep>& steps);
Result<TaperingAgreement> taperingAgreement(Store& store, const Id& participantId);

Result<std::vector<TaperingStep>> taperingSteps(Store& store, const Id& participantId); // by date

// Replaces the participant's tapering steps. Every step needs a date; dates must differ, and the
// specialist's interval may only grow from one step to the next (support tapers off).
Status setTaperingPlan(Store& store, const Id& participantId, std::vector<TaperingStep> steps);

enum class AgreeingParty { Participant, Employer };
Status agreeTaperingPlan(Store& store, const Id& participantId, AgreeingParty party, const Date& on);

} // namespace fieldnotes::core
