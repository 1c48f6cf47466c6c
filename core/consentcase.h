// Consent given and withdrawn: participation consent, and the per-item disclosure consents that say
// what may be told to whom and why. The app's consent form, its revoke action and
// `fieldnotes-cli consent grant|revoke` all call these; none of them writes consent records of its
// own. How a consent is read (active from grant to revocation) is consent.h.
//
// Who may do what: the specialist who follows the participant, or a team lead. A mentor's device
// does neither (intake.h: the same rule, the same CaseError).
//
// A revocation is final and takes effect on its day: the consent is never changed again (the store
// refuses it), and at the office a revocation wins every conflict (ledger.cpp). Agreeing again is a
// new consent.
#pragma once

#include "intake.h"

#include <vector>

namespace fieldnotes::core {

// What the person agreed to. Text is stored trimmed.
struct ConsentGrant {
    Id participantId;
    ConsentKind kind = ConsentKind::Disclosure;
    std::optional<DisclosureItem> item; // required for a disclosure consent; none for participation
    std::optional<RecipientKind> recipientKind; // required for a disclosure consent
    OptId recipientId; // the employer or mentor record; required for those kinds, none for NAV
    std::string recipientName; // for the NAV counsellor (who has no record); an employer or mentor's own name otherwise
    std::string purpose; // required for a disclosure consent; participation defaults to taking part
    OptDate grantedOn; // today when not given; never in the future
    std::optional<ConsentManner> how;
    std::string summary; // what the person was told they agree to
    std::string summarySimple; // the plain-language summary the person was shown
};

// Records a consent in one transaction with change tracking. Returns the consent's id.
CaseResult<Id> grantConsent(Store& store, const Actor& actor, const ConsentGrant& grant);

// Revokes a consent on `on` (today or earlier, not before it was granted). A revoked consent cannot
// be revoked again: the first revocation stands.
CaseResult<void> revokeConsent(Store& store, const Actor& actor, const Id& consentId, const Date& on);

// Whom a disclosure consent can name on this device: the employers in the directory, then the
// mentors with the employer they work at, each by name.
struct ConsentRecipient {
    RecipientKind kind = RecipientKind::Employer;
    Id id;
    std::string name;
    std::string employerName; // a mentor's employer; empty for an employer
};
Result<std::vector<ConsentRecipient>> consentRecipients(Store& store);

} // namespace fieldnotes::core
