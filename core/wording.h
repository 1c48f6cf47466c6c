// The words documents use for the data model's codes, in Norwegian (bokmål) and English, and for
// what a participant reads, in plain Norwegian too. The app's screens translate with Qt; documents
// are built in core (reports.h), so the words they need live here, beside the codes they name.
#pragma once

#include "enums.h"

#include <string>
#include <string_view>

namespace fieldnotes::core {

enum class Language { Norwegian, English };

std::string_view languageCode(Language language); // "nb", "en"

// What a disclosure item covers. `plain`: the version for a participant with limited Norwegian.
std::string_view itemLabel(DisclosureItem item, Language language, bool plain = false);

// The label of a column a recipient may be shown (catalogue annotations); empty if it has none.
std::string_view columnLabel(std::string_view table, std::string_view column, Language language);

std::string_view label(ParticipantStatus value, Language language);
std::string_view label(Programme value, Language language);
std::string_view label(DischargeReason value, Language language);
std::string_view label(PlacementKind value, Language language);
std::string_view label(ContractType value, Language language);
std::string_view label(RecipientKind value, Language language);
std::string_view label(ConsentManner value, Language language);
std::string_view label(DisclosureChannel value, Language language);
std::string_view label(GoalStatus value, Language language);
std::string_view label(SupportMeasureKind value, Language language);

// The follow-up slot's name: "Before the start", "Week 2", "Month 7".
std::string slotLabel(int slotIndex, Language language);

// A yes/no in the document's language.
std::string_view yesNo(bool value, Language language);

} // namespace fieldnotes::core
