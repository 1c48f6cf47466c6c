#include "consentcase.h"

#include "storeinternals.h"

#include <cctype>
#include <map>
#include <utility>

namespace fieldnotes::core {

namespace {

std::optional<CaseError> checkWriter(const Actor& actor)
{
    return checkCaseWriter(
        actor, "the consent has a specialist who recorded it", "A mentor's device cannot record or revoke consents.");
}

// Everything about the grant that needs no store; fills `c` with what will be written.
std::optional<CaseError> checkGrant(const ConsentGrant& g, const Date& today, Consent& c)
{
    c.participantId = g.participantId;
    c.kind = g.kind;
    c.purpose = trimmedText(g.purpose);
    c.summary = trimmedText(g.summary);
    c.summarySimple = trimmedText(g.summarySimple);
    c.recipientName = trimmedText(g.recipientName);
    c.grantedOn = g.grantedOn.value_or(today);
    c.grantedHow = g.how;
    if (g.kind == ConsentKind::Participation) {
        if (g.item || g.recipientKind || g.recipientId)
            return caseRefusal(Refusal::ItemMissing,
                "A participation consent is the agreement to take part: it names no item and no recipient. Record "
                "what may be told to whom as a disclosure consent.",
                "item");
        if (c.purpose.empty())
            c.purpose = "Delta i oppfølgingen";
    } else {
        if (!g.item)
            return caseRefusal(Refusal::ItemMissing,
                "Say what may be told (contact details, language, support needs, learning goals, work history, "
                "follow-up plan or health information).",
                "item");
        if (!g.recipientKind)
            return caseRefusal(Refusal::RecipientMissing,
                "Say to whom it may be told: an employer, a mentor or the NAV counsellor.", "recipient_kind");
        if (*g.recipientKind != RecipientKind::NavCounsellor && !g.recipientId)
            return caseRefusal(Refusal::RecipientMissing,
                *g.recipientKind == RecipientKind::Employer
                    ? "Say which employer: a consent is given to someone, not to any employer."
                    : "Say which mentor: a consent is given to someone, not to any mentor.",
                "recipient_id");
        if (*g.recipientKind == RecipientKind::NavCounsellor && g.recipientId)
            return caseRefusal(Refusal::RecipientNotFound,
                "The NAV counsellor has no record on this device: give their name, not an id.", "recipient_id");
        if (c.purpose.empty())
            return caseRefusal(Refusal::PurposeMissing,
                "Write what the information is for (for example: adapting the tasks at the workplace).", "purpose");
        c.item = g.item;
        c.recipientKind = g.recipientKind;
        c.recipientId = g.recipientId;
    }
    if (*c.grantedOn > today)
        return caseRefusal(Refusal::ConsentInFuture,
            "The consent's date is in the future. Record consent on the day the person gives it.", "granted_on");
    const std::pair<std::string_view, std::pair<std::string_view, const std::string*>> texts[] = {
        { "purpose", { "purpose", &c.purpose } },
        { "recipient_name", { "recipient's name", &c.recipientName } },
        { "summary", { "consent summary", &c.summary } },
        { "summary_simple", { "plain-language consent summary", &c.summarySimple } },
    };
    for (const auto& [column, text] : texts)
        if (containsNationalIdNumber(*text.second))
            return caseRefusal(Refusal::NationalIdNumber,
                "The " + std::string(text.first)
                    + " holds an 11-digit number, written like a national ID number. fieldnotes never keeps national "
                      "ID numbers: remove it.",
                std::string(column));
    return std::nullopt;
}

} // namespace

CaseResult<Id> grantConsent(Store& store, const Actor& actor, const ConsentGrant& grant)
{
    if (auto refused = checkWriter(actor))
        return tl::unexpected(std::move(*refused));
    Consent c;
    if (auto refused = checkGrant(grant, store.today(), c))
        return tl::unexpected(std::move(*refused));

    Id id;
    auto written = inCaseTransaction(store, [&](auto stop) -> Status {
        FN_TRY_ASSIGN(auto participant, store.find<Participant>(grant.participantId));
        if (!participant)
            return stop(caseRefusal(Refusal::NotFound,
                "There is no participant with that id on this device. Check the id (fieldnotes-cli list).",
                "participant_id"));
        if (auto e = checkFollowsParticipant(actor, *participant, "record or revoke their consents"))
            return stop(std::move(*e));
        if (c.recipientKind == RecipientKind::Employer) {
            FN_TRY_ASSIGN(auto employer, store.find<Employer>(*c.recipientId));
            if (!employer)
                return stop(caseRefusal(Refusal::RecipientNotFound,
                    "There is no employer with that id in the directory on this device. Check the id, or register "
                    "the employer first.",
                    "recipient_id"));
            if (c.recipientName.empty())
                c.recipientName = employer->name;
        } else if (c.recipientKind == RecipientKind::Mentor) {
            FN_TRY_ASSIGN(auto mentor, store.find<Mentor>(*c.recipientId));
            if (!mentor)
                return stop(caseRefusal(Refusal::RecipientNotFound,
                    "There is no mentor with that id on this device. Check the id, or register the mentor first.",
                    "recipient_id"));
            if (c.recipientName.empty())
                c.recipientName = mentor->name;
        }
        FN_TRY_ASSIGN(id, store.create(c));
        return {};
    });
    if (!written)
        return tl::unexpected(std::move(written).error());
    return id;
}

CaseResult<void> revokeConsent(Store& store, const Actor& actor, const Id& consentId, const Date& on)
{
    if (auto refused = checkWriter(actor))
        return tl::unexpected(std::move(*refused));

    auto written = inCaseTransaction(store, [&](auto stop) -> Status {
        FN_TRY_ASSIGN(auto found, store.find<Consent>(consentId));
        if (!found)
            return stop(caseRefusal(Refusal::ConsentNotFound,
                "There is no consent with that id on this device. Check the id (it was printed when the consent was "
                "recorded)."));
        Consent c = std::move(*found);
        FN_TRY_ASSIGN(const auto participant, store.find<Participant>(c.participantId));
        if (!participant)
            return stop(caseRefusal(Refusal::NotFound, "The consent's participant is not on this device."));
        if (auto e = checkFollowsParticipant(actor, *participant, "record or revoke their consents"))
            return stop(std::move(*e));
        if (c.revokedOn)
            return stop(caseRefusal(Refusal::AlreadyRevoked,
                "This consent was already revoked (" + formatDate(*c.revokedOn) + "); the first revocation stands.",
                "revoked_on"));
        if (on > store.today())
            return stop(caseRefusal(Refusal::RevokeInFuture,
                "The revocation date is in the future. Revoke on the day the person withdraws (today or earlier): "
                "it takes effect at once.",
                "revoked_on"));
        if (c.grantedOn && on < *c.grantedOn)
            return stop(caseRefusal(Refusal::RevokeBeforeGrant,
                "The revocation date is before the consent was given (" + formatDate(*c.grantedOn)
                    + "). Check the date.",
                "revoked_on"));
        c.revokedOn = on;
        return store.update(c);
    });
    if (!written)
        return tl::unexpected(std::move(written).error());
    return {};
}

Result<std::vector<ConsentRecipient>> consentRecipients(Store& store)
{
    std::vector<ConsentRecipient> out;
    FN_TRY_ASSIGN(const auto employers, StoreInternals::select<Employer>(store, "1", {}, "name, id"));
    std::map<Id, std::string> employerNames;
    for (const Employer& e : employers) {
        employerNames[e.id] = e.name;
        out.push_back({ RecipientKind::Employer, e.id, e.name, {} });
    }
    FN_TRY_ASSIGN(const auto mentors, StoreInternals::select<Mentor>(store, "1", {}, "name, id"));
    for (const Mentor& m : mentors) {
        const auto at = employerNames.find(m.employerId);
        out.push_back({ RecipientKind::Mentor, m.id, m.name, at == employerNames.end() ? std::string {} : at->second });
    }
    return out;
}

} // namespace fieldnotes::core
