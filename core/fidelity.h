// The team's fidelity self-assessment on NAV's modified Supported Employment fidelity scale:
// 19 items, each scored 1-5 by the specialists themselves, a total out of 95 and its band
// (85-95 exemplary, 70-84 good, 44-69 fair, 43 or less: not Supported Employment). The history
// shows each assessment beside the one before and the items that moved. No national ID numbers,
// no names: an assessment belongs to the team.
#pragma once

#include "store.h"

#include <array>
#include <string_view>
#include <vector>

namespace fieldnotes::core {

inline constexpr int fidelityItemCount = 19;
inline constexpr int fidelityMaxScore = 5;
inline constexpr int fidelityMaxTotal = fidelityItemCount * fidelityMaxScore;

struct FidelityItem {
    int number; // 1-19
    std::string_view title; // English
    std::string_view titleNb; // Norwegian (bokmål)
    std::string_view scoreFive; // what a 5 means
};

const std::array<FidelityItem, fidelityItemCount>& fidelityItems();

enum class FidelityBand { NotSupportedEmployment, Fair, Good, Exemplary };

FidelityBand fidelityBand(int total); // the band of a total from 19 to 95
std::string_view fidelityBandCode(FidelityBand band); // "not_se", "fair", "good", "exemplary"

// 19 scores, each 1-5; otherwise an InvalidArgument that says which item is wrong.
Status validateFidelityScores(const std::vector<int>& scores);

struct ItemMove {
    int item = 0; // 1-19
    int from = 0;
    int to = 0;
};

// The items whose score changed between two valid assessments, in item order.
std::vector<ItemMove> movedItems(const std::vector<int>& before, const std::vector<int>& after);

struct FidelityResult {
    Id id;
    Date assessedOn {};
    std::vector<int> scores;
    int total = 0;
    FidelityBand band = FidelityBand::NotSupportedEmployment;
    std::optional<int> change; // total minus the previous assessment's total
    std::vector<ItemMove> moved; // against the previous assessment
};

struct FidelityHistory {
    std::vector<FidelityResult> assessments; // oldest first
    int unreadable = 0; // records without a date or with invalid scores (written elsewhere), left out
};

Result<FidelityHistory> fidelityHistory(Store& store);

// Validates and records an assessment.
Result<Id> recordFidelityAssessment(Store& store, const Date& assessedOn, std::vector<int> scores, std::string notes);

} // namespace fieldnotes::core
