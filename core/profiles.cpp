#include "profiles.h"

#include <algorithm>
#include <utility>

namespace fieldnotes::core {

std::optional<CaseError> checkProfileField(std::string_view field, const Value& value)
{
    if (std::find(std::begin(profileFields), std::end(profileFields), field) == std::end(profileFields))
        return caseRefusal(Refusal::ProfileFieldUnknown,
            "'" + std::string(field)
                + "' is not a field of the profile. Use one of: interests, skills, experience, "
                  "strengths, work_values, support_needs, must_have, must_avoid, dream_job, "
                  "wanted_hours_pct, can_today, needs_to_learn.",
            std::string(field));
    if (field == wantedHoursField) {
        if (std::holds_alternative<std::monostate>(value))
            return std::nullopt;
        const auto* pct = std::get_if<std::int64_t>(&value);
        if (!pct || *pct < 0 || *pct > 100)
            return caseRefusal(Refusal::WantedHoursOutOfRange,
                "Wanted hours is a percentage of full time from 0 to 100. Leave it empty if it is not known.",
                std::string(field));
        return std::nullopt;
    }
    if (std::holds_alternative<std::monostate>(value))
        return std::nullopt;
    const auto* text = std::get_if<std::string>(&value);
    if (!text)
        return caseRefusal(Refusal::ProfileFieldUnknown,
            "The profile's '" + std::string(field) + "' is text; write it as text.", std::string(field));
    if (containsNationalIdNumber(*text))
        return caseRefusal(Refusal::NationalIdNumber,
            "The profile's '" + std::string(field)
                + "' holds an 11-digit number, written like a national ID number. fieldnotes never keeps national ID "
                  "numbers: remove it.",
            std::string(field));
    return std::nullopt;
}

CaseResult<void> setProfileField(
    Store& store, const Actor& actor, const Id& participantId, std::string_view field, const Value& value)
{
    if (auto refused = checkCaseWriter(actor, "the profile has a specialist who wrote it",
            "A mentor's device cannot change a participant's profile."))
        return tl::unexpected(std::move(*refused));
    if (auto refused = checkProfileField(field, value))
        return tl::unexpected(std::move(*refused));
    Value stored = value;
    if (field != wantedHoursField)
        stored = trimmedText(std::holds_alternative<std::string>(value) ? std::get<std::string>(value) : "");

    auto written = inCaseTransaction(store, [&](auto stop) -> Status {
        FN_TRY_ASSIGN(auto participant, store.find<Participant>(participantId));
        if (!participant)
            return stop(caseRefusal(Refusal::NotFound,
                "There is no participant with that id on this device. Check the id (fieldnotes-cli list).",
                "participant_id"));
        if (auto e = checkFollowsParticipant(actor, *participant, "change their profile"))
            return stop(std::move(*e));
        FN_TRY_ASSIGN(auto existing, store.find<Profile>(participantId));
        Profile profile;
        if (existing) {
            profile = *existing;
        } else {
            profile.id = participantId;
            profile.participantId = participantId;
        }
        if (!decodeField(profile, field, stored))
            return fail(ErrorCode::Internal, "The profile's '" + std::string(field) + "' could not be set.");
        if (!existing)
            return store.create(profile).map([](const Id&) {});
        return store.update(profile);
    });
    if (!written)
        return tl::unexpected(std::move(written).error());
    return {};
}

} // namespace fieldnotes::core
