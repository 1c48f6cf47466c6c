#include "consent.h"

#include "storeinternals.h"

namespace fieldnotes::core {

bool isActiveOn(const Consent& consent, const Date& day)
{
    if (!consent.grantedOn || *consent.grantedOn > day)
        return false;
    return !consent.revokedOn || *consent.revokedOn > day;
}

Result<std::set<DisclosureItem>> sharedItems(
    Store& store, const Id& participantId, RecipientKind kind, const OptId& recipientId, const Date& day)
{
    std::set<DisclosureItem> items;
    if (!recipientId)
        return items;
    FN_TRY_ASSIGN(auto consents,
        StoreInternals::select<Consent>(store,
            "participant_id = ? AND kind = 'disclosure' AND recipient_kind = ? AND recipient_id = ?",
            { participantId, std::string(codeOf(kind)), *recipientId }));
    for (const Consent& c : consents)
        if (c.item && isActiveOn(c, day))
            items.insert(*c.item);
    return items;
}

Result<bool> participates(Store& store, const Id& participantId, const Date& day)
{
    FN_TRY_ASSIGN(auto consents,
        StoreInternals::select<Consent>(store, "participant_id = ? AND kind = 'participation'", { participantId }));
    for (const Consent& c : consents)
        if (isActiveOn(c, day))
            return true;
    return false;
}

Result<std::vector<Consent>> consentsOf(Store& store, const Id& participantId)
{
    return StoreInternals::select<Consent>(
        store, "participant_id = ?", { participantId }, "kind DESC, revoked_on IS NOT NULL, item");
}

Result<std::vector<Consent>> disclosuresTo(
    Store& store, const Id& participantId, RecipientKind kind, const Id& recipientId)
{
    return StoreInternals::select<Consent>(store,
        "participant_id = ? AND kind = 'disclosure' AND recipient_kind = ? AND recipient_id = ?",
        { participantId, std::string(codeOf(kind)), recipientId }, "revoked_on IS NOT NULL, item");
}

} // namespace fieldnotes::core
