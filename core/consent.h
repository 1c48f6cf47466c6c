// What a participant has agreed to share, with whom. The single reading of consent records that
// the office's sync scope, exports and the visit screen all use: nothing about a participant goes
// to an employer or a mentor without an active disclosure consent for that item and recipient.
#pragma once

#include "store.h"

#include <set>

namespace fieldnotes::core {

// A consent is active on `day` if it was granted on or before that day and not revoked on or before it.
bool isActiveOn(const Consent& consent, const Date& day);

// The disclosure items the participant has agreed to share with this recipient on `day`.
// `recipientId` names the employer or mentor record; a consent without a recipient id does not
// cover a named recipient (consent is given to someone, not to anyone).
Result<std::set<DisclosureItem>> sharedItems(
    Store& store, const Id& participantId, RecipientKind kind, const OptId& recipientId, const Date& day);

// Whether the participant's participation consent is active (the voluntary agreement to take part).
Result<bool> participates(Store& store, const Id& participantId, const Date& day);

// The participant's consents, as the consent tab lists them: participation before disclosures, then
// those in force before revoked ones, then by item.
Result<std::vector<Consent>> consentsOf(Store& store, const Id& participantId);

// The participant's disclosure consents to one recipient (an employer or a mentor record), revoked or
// not: those not revoked first, then by item. Whether each is in force on a day: isActiveOn.
Result<std::vector<Consent>> disclosuresTo(
    Store& store, const Id& participantId, RecipientKind kind, const Id& recipientId);

} // namespace fieldnotes::core
