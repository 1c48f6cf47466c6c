// The weekly case review's queue (domain.md: the team lead holds weekly case reviews). A specialist
// puts one of the people they follow up for the review with what they want to discuss, or brings an
// entry of their own reflection log (never tied to a participant); the lead records the advice given
// and the day, which reaches the specialist on their next sync; the specialist may withdraw an item
// not yet discussed. The lead's Case review page, the participant page's "Put up for case review",
// the reflection log's "Bring to case review" and `fieldnotes-cli review` all call these; none of
// them writes case_reviews of their own.
//
// Who may do what: the participant's own specialist (or a lead) puts them up; the author of a
// reflection entry brings it; only a team lead records advice; only the person who asked withdraws.
// A mentor's device does none of it. The office holds tablets to the same rule (sync/policy.cpp): a
// participant's item goes where the person's record goes, to the lead with its question through the
// team view; a reflection entry's goes with the asker's own records, which the lead holds beside
// the colleague's reflection log.
#pragma once

#include "intake.h"

#include <vector>

namespace fieldnotes::core {

// Puts the participant up for the case review with `question` (required, stored trimmed, no
// national ID number), asked today. A participant has at most one item not yet discussed; a
// discharged participant is not put up. Returns the item's id.
CaseResult<Id> putUpForReview(Store& store, const Actor& actor, const Id& participantId, std::string_view question);

// Brings the acting person's own current reflection entry to the case review, with what they want
// to discuss (optional here: the entry says what happened), asked today. Returns the item's id.
CaseResult<Id> bringReflectionToReview(
    Store& store, const Actor& actor, const Id& reflectionId, std::string_view question);

// The lead records the advice given at the review on `on` (today or earlier, not before the item was
// put up): the item is discussed from then on. Advice is given once.
CaseResult<void> adviseOnReview(
    Store& store, const Actor& actor, const Id& reviewId, std::string_view advice, const Date& on);

// The person who put the item up takes it off the queue before it is discussed (today).
CaseResult<void> withdrawReview(Store& store, const Actor& actor, const Id& reviewId);

// One item as a screen or the command line shows it.
struct ReviewItem {
    CaseReview review;
    std::string participantName; // a participant's item: their display name
    std::string askedByName; // from the staff list; empty if the asker is not on it
    std::string advisedByName;
    // A reflection entry's item: the entry as it reads now (a change to the entry is followed);
    // reflectionGone when the author deleted it since.
    std::string reflectionSituation;
    std::optional<int> reflectionStep;
    std::string reflectionTheme;
    bool reflectionGone = false;
};

// The queue on this device: the items not yet discussed, newest asked first, then the discussed
// ones, most recently advised first. Withdrawn items are not listed. A lead's tablet holds the
// team's; a specialist's, those about the people they follow and their own reflection entries'.
Result<std::vector<ReviewItem>> reviewQueue(Store& store);

// The participant's items, withdrawn ones left out, newest asked first: what their page shows
// (the open question, the advice once given).
Result<std::vector<ReviewItem>> reviewsOf(Store& store, const Id& participantId);

} // namespace fieldnotes::core
