// Mentors and their assignments: a colleague at the workplace registered as a mentor, assigned to a
// participant with a mandate and the interval of their structured talks, ended, or handed over to a
// new mentor; and the learning goals the participant agrees with the mentor. The app's employer
// page, the participant's Work tab and `fieldnotes-cli mentor add|assign|end|handover` all call
// these; none of them writes mentor records of their own.
//
// Who may do what: any specialist or lead registers a mentor at an employer in the directory (the
// directory is the team's). Assigning, ending, handing over and adding learning goals is for the
// participant's own specialist or a lead. A mentor's device does none of it (intake.h: the same
// CaseError). Pairing the mentor's own tablet stays at the office (`fieldnotes-office enroll`).
//
// What a mentor sees of the learning goals stays governed by consent (mentorview.h:
// sharedLearningGoals): a goal is tied to the assignment here, and shown to the mentor only while
// the participant consents to share learning goals with that mentor.
#pragma once

#include "intake.h"

#include <optional>
#include <vector>

namespace fieldnotes::core {

// A mentor at an employer. Text is stored trimmed; no national ID numbers.
struct MentorRegistration {
    Id employerId; // required: an employer in the directory
    std::string name; // required
    std::string phone;
    std::string email;
    std::string training; // what mentor training they have had, in a few words
};

// The structured talk between mentor and participant: every other week is the model.
inline constexpr int defaultTalkIntervalDays = 14;
inline constexpr int minTalkIntervalDays = 7; // weekly
inline constexpr int maxTalkIntervalDays = 56; // every eighth week

// A mentor assigned to a participant.
struct MentorAssignmentStart {
    Id participantId;
    Id mentorId;
    OptId placementId; // the participant's placement at the mentor's employer, if there is one
    OptDate fromOn; // today when not given
    std::string mandate; // what the mentor does, and what stays with the specialist
    int talkIntervalDays = defaultTalkIntervalDays; // minTalkIntervalDays..maxTalkIntervalDays
};

// Registers a mentor at an employer; returns the mentor's id.
CaseResult<Id> registerMentor(Store& store, const Actor& actor, const MentorRegistration& mentor);

// Assigns a mentor to a participant who is not discharged. The same mentor cannot be assigned twice
// to the same participant at once. Returns the assignment's id.
CaseResult<Id> assignMentor(Store& store, const Actor& actor, const MentorAssignmentStart& start);

// Ends an assignment: `on` is the mentor's last day (not before the start; may be ahead). An ended
// assignment cannot be ended again.
CaseResult<void> endAssignment(Store& store, const Actor& actor, const Id& assignmentId, const Date& on);

// The mentor changes: the current assignment ends the day before `on` and a new one with `newMentorId`
// starts on `on`, with the same participant, placement, mandate and talk interval. The learning goals
// tied to the old assignment move to the new one. The new mentor works at the same employer when the
// assignment names a placement. Returns the new assignment's id.
CaseResult<Id> handOverMentor(
    Store& store, const Actor& actor, const Id& assignmentId, const Id& newMentorId, const Date& on);

// A learning goal agreed for the assignment's participant, tied to the assignment (status open).
// Not on an assignment that has ended. Returns the goal's id.
CaseResult<Id> addLearningGoal(Store& store, const Actor& actor, const Id& assignmentId, std::string_view text);

// ---- Reads for the screens ---------------------------------------------------------------------

// The mentors registered at an employer, by name.
Result<std::vector<Mentor>> mentorsAt(Store& store, const Id& employerId);

// A placement's mentor: the assignment tied to it that has not ended by `today` (the latest started,
// so a hand-over set for next week shows the new mentor), with the mentor's name and the learning
// goals tied to the assignment (open ones first, then in the order they were added). Whether the
// mentor sees them is consent's (mentorview.h); the specialist sees them all.
struct PlacementMentor {
    MentorAssignment assignment;
    std::string mentorName;
    std::vector<LearningGoal> learningGoals;
};
Result<std::optional<PlacementMentor>> placementMentor(Store& store, const Id& placementId, const Date& today);

} // namespace fieldnotes::core
