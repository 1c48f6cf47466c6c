// The participant's profile, written field by field as the person and the specialist fill it in
// (interests, skills, what they must have or avoid, the dream job...). The participant page's
// profile tab calls this; it writes no profile of its own.
//
// Who may: the participant's own specialist or a lead; a mentor's device does not. No national ID
// numbers in any text.
#pragma once

#include "intake.h"

#include <string_view>

namespace fieldnotes::core {

// The profile's fields (profiles columns), in the order the profile is shown.
inline constexpr std::string_view profileFields[] = { "interests", "skills", "experience", "strengths", "work_values",
    "support_needs", "must_have", "must_avoid", "dream_job", "wanted_hours_pct", "can_today", "needs_to_learn" };

// The one field that is a number: the share of full time the person wants, 0-100.
inline constexpr std::string_view wantedHoursField = "wanted_hours_pct";

// Whether `value` may be written to `field`, without a store: the field is one of profileFields; a
// text field gets text (or nothing, which empties it) with no national ID number; wanted hours a
// whole number 0-100 (or nothing).
std::optional<CaseError> checkProfileField(std::string_view field, const Value& value);

// Writes one field of the participant's profile, creating the profile on its first field, in one
// transaction with change tracking. Text is stored trimmed.
CaseResult<void> setProfileField(
    Store& store, const Actor& actor, const Id& participantId, std::string_view field, const Value& value);

} // namespace fieldnotes::core
