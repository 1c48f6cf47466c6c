// The words a person sees for the data model's codes: contact types, statuses, disclosure items,
// field names. Codes are stable and never shown; these labels are translated (context "Labels").
#pragma once

#include "attention.h"
#include "enums.h"

#include <QCoreApplication>
#include <QString>

#include <set>
#include <string_view>

namespace fieldnotes::app {

class Labels {
    Q_DECLARE_TR_FUNCTIONS(Labels)
public:
    static QString contactType(core::ContactType t);
    static QString status(core::ParticipantStatus s);
    static QString programme(core::Programme p);
    static QString attendee(core::Attendee a);
    static QString actionOwner(core::ActionOwner o);
    static QString supportKind(core::SupportKind k);
    static QString disclosureItem(core::DisclosureItem i);
    static QString recipientKind(core::RecipientKind k);
    static QString followUpPreference(core::FollowUpPreference p);
    static QString riskFlag(core::RiskFlag f);
    static QString placementKind(core::PlacementKind k);
    static QString contractType(core::ContractType c);
    static QString goalStatus(core::GoalStatus s);
    static QString supportMeasure(core::SupportMeasureKind k);
    static QString role(core::StaffRole r);
    static QString audience(core::Audience a);
    static QString consentKind(core::ConsentKind k);
    static QString dischargeReason(core::DischargeReason r);
    // Consents: how the person gave it ("In writing", "Orally", "On the tablet")
    static QString consentManner(core::ConsentManner m);

    // "Follow-up overdue", "Trial period ends", ...
    static QString attentionKind(core::AttentionKind k);
    // One line for an attention item, with its date: "Trial period ends in 5 days".
    static QString attentionLine(const core::Attention& a);

    // "Steps 2, 3 and 4" / "No step" (EUSE steps, never forced in order).
    static QString steps(const std::set<int>& steps);
    // One EUSE step by number and name: "2 · Vocational profile" (1-5; "" otherwise).
    static QString processStep(int step);

    // What a record of `table` is called ("Profile", "Employer"); the table name if unknown.
    static QString table(std::string_view table);
    // What a column is called on screen ("Dream job"); "table.column" if unknown.
    static QString column(std::string_view table, std::string_view column);
    // Where a search hit was found ("Visit note", "Profile").
    static QString searchSource(std::string_view table);
};

// Code <-> enum helpers for QML-facing strings.
template<class E> QString codeString(E e)
{
    return QString::fromUtf8(core::codeOf(e).data(), static_cast<qsizetype>(core::codeOf(e).size()));
}

template<class E> std::optional<E> enumFromQString(const QString& code)
{
    return core::enumFromCode<E>(code.toStdString());
}

} // namespace fieldnotes::app
