// What a workplace mentor sees on a mentor device: the participants assigned to them, the learning
// goals each participant agreed to share with them, their own natural-support entries, and when
// the next structured talk is due. Everything is read through consent (consent.h), so a revoked
// consent hides the goals here even before the office evicts them.
#pragma once

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
    int talkIntervalDays = 14;
    OptDate nextTalkOn;
    OptDate lastEntryOn; // the mentor user's own latest entry for this participant
    int entryCount = 0;
};

// The structured talks follow the assignment's cadence: the first on the day the assignment
// starts, then every `intervalDays`. The next talk is the first date on that cadence on or after
// `today`; none without a start date or a positive interval. (Talks are not recorded separately,
// so a talk held early does not move the next one.)
OptDate nextTalk(const OptDate& fromOn, int intervalDays, const Date& today);

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
