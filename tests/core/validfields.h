// Field values for any synced table, valid for every column, with `text` in every column that takes
// free text. Found through the catalogue's own validators, so a new table or column needs no change
// here. Used where a test must write through every table.
#pragma once

#include "catalogue.h"
#include "enums.h"
#include "records.h"
#include "store.h"

#include <string>
#include <vector>

namespace fieldnotes::test {

struct ValidFields {
    core::FieldValues fields;
    std::vector<std::string> textColumns; // the columns that hold `text`
};

namespace detail {

template<class E> void addCodes(std::vector<core::Value>& out)
{
    for (const auto& [e, code] : core::EnumCodes<E>::codes)
        out.emplace_back(std::string(code));
}

// `text` first; then an empty list, NULL, a number, a date, a list, and every enumeration code.
inline std::vector<core::Value> candidates(const std::string& text)
{
    using core::Value;
    std::vector<Value> out { Value(text), Value(std::string()), Value(), Value(std::int64_t { 1 }),
        Value(std::string("2026-03-02")), Value(std::string("1,2")) };
    using namespace core;
    addCodes<StaffRole>(out);
    addCodes<Programme>(out);
    addCodes<ParticipantStatus>(out);
    addCodes<DischargeReason>(out);
    addCodes<CefrLevel>(out);
    addCodes<ConsentKind>(out);
    addCodes<DisclosureItem>(out);
    addCodes<RecipientKind>(out);
    addCodes<FollowUpPreference>(out);
    addCodes<RiskFlag>(out);
    addCodes<PlacementKind>(out);
    addCodes<ContractType>(out);
    addCodes<SupportMeasureKind>(out);
    addCodes<GoalStatus>(out);
    addCodes<ActionOwner>(out);
    addCodes<ContactType>(out);
    addCodes<Attendee>(out);
    addCodes<Audience>(out);
    addCodes<SupportKind>(out);
    addCodes<DisclosureChannel>(out);
    return out;
}

} // namespace detail

// The records a new row may point at: a store accepts a participant_id or employer_id only when
// that record is on the device.
struct References {
    std::string participantId;
    std::string employerId;
};

// A participant and an employer for rows to point at.
inline core::Result<References> makeReferences(core::Store& store)
{
    core::Participant p;
    p.displayName = "Referanse Deltaker";
    FN_TRY_ASSIGN(const core::Id participant, store.create(p));
    core::Employer e;
    e.name = "Referansebedriften AS";
    FN_TRY_ASSIGN(const core::Id employer, store.create(e));
    return References { participant, employer };
}

// Every column gets the first candidate its validator accepts, except the references, which get
// `refs` where given. Conflicts have no validator: their
// versions get a number, everything else `text`.
inline ValidFields validFields(const core::TableInfo& table, const std::string& text, const References& refs = {})
{
    using core::Value;
    ValidFields out;
    const auto options = detail::candidates(text);
    for (const auto& c : table.columns) {
        const std::string& ref = c.name == "participant_id" ? refs.participantId
            : c.name == "employer_id"                       ? refs.employerId
                                                            : text;
        if (&ref != &text && !ref.empty()) {
            out.fields.emplace_back(std::string(c.name), Value(ref));
            continue;
        }
        if (!table.validate) {
            const bool version = c.name.ends_with("_hlc");
            out.fields.emplace_back(std::string(c.name), version ? Value(std::int64_t { 1 }) : Value(text));
            if (!version)
                out.textColumns.emplace_back(c.name);
            continue;
        }
        for (const auto& v : options) {
            if (table.validate(c.name, v)) {
                out.fields.emplace_back(std::string(c.name), v);
                if (v == Value(text))
                    out.textColumns.emplace_back(c.name);
                break;
            }
        }
    }
    return out;
}

} // namespace fieldnotes::test
