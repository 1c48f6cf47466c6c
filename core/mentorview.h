// What a workplace mentor sees on a mentor device: the participants assigned to them with the
// mandate agreed for each, the learning goals each participant agreed to share with them, their own
// natural-support entries, and when the next structured talk is due. Everything is read through
// consent (consent.h), so a revoked consent hides the goals here even before the office evicts them.
#pragma once

#include "mentoring.h"
#include "store.h"

#include <vector>

namespace fieldnotes::core {

struct MentorCase {
    Id assignmentId;
    Id mentorId;
    Id participantId;
    std::string displayName;
    std::string employerName;
    OptDate fromOn;
    std::string mandate; // what the mentor does, and what stays with the specialist
    int talkIntervalDays = 14;
    // The structured talks by the one rule of mentoring.h (talkSchedule): the next is due an interval
    // after the last talk held (after the start, before the first), and stays due - overdue - until
    // a talk is logged. nextTalkOn is talks.nextDueOn.
    TalkSchedule talks;
    OptDate nextTalkOn;
    OptDate lastEntryOn; // the mentor user's own latest entry for this participant
    int entryCount = 0;
};

// The participants assigned, on `today`, to a mentor record belonging to the staff member
// `staffId`, ordered by display name.
Result<std::vector<MentorCase>> mentorCaseload(Store& store, const Id& staffId, const Date& today);

// The participant's open and achieved learning goals that the participant has actively consented,
// on `today`, to share with this mentor (disclosure item learning_goals); empty without consent.
// Goals tied to another mentor's assignment are left out.
Result<std::vector<LearningGoal>> sharedLearningGoals(
    Store& store, const Id& participantId, const Id& mentorId, const Date& today);

// The natural-support entries `authorId` wrote about the participant, newest first.
Result<std::vector<NaturalSupportEntry>> ownEntries(
    Store& store, const Id& participantId, const Id& authorId, int limit = 200);

} // namespace fieldnotes::core
