// The fidelity self-assessment on NAV's modified Supported Employment fidelity scale, as the form
// the team knows (../shared/fidelity-form.md): each specialist answers the 19 items for themselves,
// and the team's result is worked out from everyone's answers.
//
// - Single-choice items (S) take the one option that fits best, 1-5: the option is the score.
// - Tick-all items (T: 3, 7, 8, 19) take the practices that hold, by letter; the score is the number
//   of scored practices ticked, 0-5. Item 3 offers six tasks: a) is recorded but scores nothing,
//   b)-f) score one each. Item 19's fifth practice is our edit: the printed form repeats its fourth,
//   so we split "home and workplace visits, coordinated with others" into d) the visits and e) the
//   coordination (the Dartmouth original's two strategies).
// - A person's total is the sum of their 19 item scores (15-95), given only when all 19 are answered.
// - A round is the month the team answers for (its first day): answers naming the same month belong
//   together. Nobody opens a round; the tablet names the current month, the command line any month.
// - The team's result of a round: each item's mean over the complete answers, the total (the mean of
//   those answers' totals, which is the sum of the item means), its band (unrounded: >= 85
//   exemplary, >= 70 good, >= 44 fair, else not Supported Employment), how many answered, and the
//   items whose mean moved since the round before. Answers with items left open are counted as
//   incomplete and left out of the figures.
// - An answer is its author's own record (fidelity_responses, scope u:<respondent>): it reaches their
//   own tablets and the lead's (sync/policy.h), never a colleague's. A person has one answer per
//   round; answering again replaces it. A mentor's device answers nothing.
// - Respondents are their app accounts. The paper form asks for a national ID number: the app never
//   asks for one and stores none.
// - The team assessments recorded before this form (fidelity_assessments: 19 scores for the team)
//   stay readable as earlier team results in the same history.
#pragma once

#include "intake.h"

#include <array>
#include <string_view>
#include <vector>

namespace fieldnotes::core {

inline constexpr int fidelityItemCount = 19;
inline constexpr int fidelityMaxScore = 5;
inline constexpr int fidelityMaxTotal = fidelityItemCount * fidelityMaxScore;

enum class FidelityItemKind { SingleChoice, TickAll };

struct FidelityItem {
    int number; // 1-19
    FidelityItemKind kind;
    std::string_view practices; // tick-all: the letters offered ("abcde"); single choice: none
    std::string_view scored; // tick-all: the letters that score a point each
    std::string_view title; // English
    std::string_view titleNb; // Norwegian (bokmål)
    std::string_view scoreFive; // what the top of the item means
};

const std::array<FidelityItem, fidelityItemCount>& fidelityItems();

enum class FidelityBand { NotSupportedEmployment, Fair, Good, Exemplary };

// The band of a total, person's or team's, unrounded: >= 85, >= 70, >= 44, else not SE.
FidelityBand fidelityBand(double total);
std::string_view fidelityBandCode(FidelityBand band); // "not_se", "fair", "good", "exemplary"

// One item's answer.
struct FidelityItemAnswer {
    bool answered = false; // false: left open
    int option = 0; // single choice: 1-5
    std::string ticks; // tick-all: the letters ticked, in order, each once ("bcd"); "" none ticked

    bool operator==(const FidelityItemAnswer&) const = default;
};
using FidelityAnswers = std::vector<FidelityItemAnswer>; // one per item, in item order

// The item's score (0-5); 0 for an item left open.
int fidelityItemScore(int item, const FidelityItemAnswer& answer);
// The sum of the 19 scores, or none if an item is left open.
std::optional<int> fidelityTotal(const FidelityAnswers& answers);
int fidelityAnsweredCount(const FidelityAnswers& answers);

// 19 answers, each within its item: an option 1-5, or ticks among the item's practices.
std::optional<CaseError> checkFidelityAnswers(const FidelityAnswers& answers);

// One item as a person types it: "4" for an option, the letters ticked for a tick-all item ("bcd",
// "b,c,d"; "0" or "none" for nothing ticked), "-" or "" for left open. Ticks are stored in order.
CaseResult<FidelityItemAnswer> parseFidelityItemAnswer(int item, std::string_view text);
// As stored (fidelity_responses.answers): the 19 items joined with '|', each as parse takes it
// ("4|2|bcd|...", "0" for nothing ticked). Unreadable text gives std::nullopt.
std::string encodeFidelityAnswers(const FidelityAnswers& answers);
std::optional<FidelityAnswers> decodeFidelityAnswers(std::string_view text);

// The round a day belongs to: the first day of its month.
Date fidelityRoundOf(const Date& day);

// Records the acting person's answers for the round `roundOf(round)`, replacing their earlier
// answer to it; returns the record's id. Answers may leave items open (shown as incomplete). A
// `draftId` (the tablet's form) is discarded in the same transaction.
CaseResult<Id> recordFidelityAnswers(Store& store, const Actor& actor, const Date& round,
    const FidelityAnswers& answers, const std::optional<Id>& draftId = std::nullopt);

// The acting person's answer to a round, if any.
CaseResult<std::optional<FidelityAnswers>> ownFidelityAnswers(Store& store, const Actor& actor, const Date& round);

struct FidelityItemMove {
    int item = 0; // 1-19
    double from = 0;
    double to = 0;
};

struct FidelityRound {
    Date round {}; // the first day of the month answered for
    bool teamRecord = false; // an earlier team assessment (fidelity_assessments), not members' answers
    int answered = 0; // complete answers the figures come from (0 for a team record)
    int incomplete = 0; // answers with items left open: counted, left out of the figures
    std::vector<double> itemMeans; // 19 item means; empty when nothing complete
    std::optional<double> total; // the mean of the complete answers' totals
    std::optional<FidelityBand> band;
    std::optional<double> change; // total minus the previous round's total
    std::vector<FidelityItemMove> moved; // items whose mean changed since the previous round
};

struct FidelityHistoryView {
    std::vector<FidelityRound> rounds; // oldest first; earlier team records before answers of a month
    int unreadable = 0; // records whose answers or scores cannot be read (written elsewhere), left out
};

// Every round on this device: on a lead's tablet the team's, on a specialist's their own answers.
Result<FidelityHistoryView> fidelityRounds(Store& store);

} // namespace fieldnotes::core
