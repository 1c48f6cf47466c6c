#include "naturalsupport.h"

#include "mentorview.h"

#include <utility>

namespace fieldnotes::core {

CaseResult<Id> logNaturalSupport(Store& store, const Actor& actor, const NaturalSupportLog& in)
{
    if (actor.staffId.empty())
        return tl::unexpected(caseRefusal(Refusal::NoIdentity,
            "This device is not linked to a person yet. Pair it with the office first, so that the entry has the "
            "mentor who wrote it."));
    NaturalSupportEntry e;
    e.participantId = in.participantId;
    e.authorId = actor.staffId;
    e.occurredOn = in.occurredOn;
    e.minutes = in.minutes;
    e.kind = in.kind;
    e.situation = trimmedText(in.situation);
    e.handledWell = trimmedText(in.handledWell);
    e.needsWork = trimmedText(in.needsWork);
    e.expectedBehaviour = trimmedText(in.expectedBehaviour);
    e.needsSpecialist = in.needsSpecialist;
    if (e.situation.empty() && e.handledWell.empty() && e.needsWork.empty() && e.expectedBehaviour.empty())
        return tl::unexpected(caseRefusal(Refusal::SupportTextMissing,
            "Write a few words about what happened: the situation, what went well or what needs work.", "situation"));
    if (e.minutes < 0 || e.minutes > maxSupportMinutes)
        return tl::unexpected(caseRefusal(Refusal::MinutesOutOfRange,
            "The time is in minutes, up to a day (1440). Leave it at 0 if you did not note it.", "minutes"));
    const std::pair<std::string_view, std::pair<std::string_view, const std::string*>> texts[] = {
        { "situation", { "situation", &e.situation } },
        { "handled_well", { "what went well", &e.handledWell } },
        { "needs_work", { "what needs work", &e.needsWork } },
        { "expected_behaviour", { "expected behaviour", &e.expectedBehaviour } },
    };
    for (const auto& [column, text] : texts)
        if (containsNationalIdNumber(*text.second))
            return tl::unexpected(caseRefusal(Refusal::NationalIdNumber,
                "The " + std::string(text.first)
                    + " holds an 11-digit number, written like a national ID number. fieldnotes never keeps national "
                      "ID numbers: remove it.",
                std::string(column)));

    Id id;
    auto written = inCaseTransaction(store, [&](auto stop) -> Status {
        const Date today = store.today();
        if (e.occurredOn > today)
            return stop(caseRefusal(Refusal::SupportInFuture,
                "The day is in the future. Note support on the day it was given: today or earlier.", "occurred_on"));
        // The mentor record of the acting person assigned to this participant today.
        FN_TRY_ASSIGN(const auto cases, mentorCaseload(store, actor.staffId, today));
        for (const auto& c : cases)
            if (c.participantId == e.participantId)
                e.mentorId = c.mentorId;
        if (!e.mentorId)
            return stop(caseRefusal(Refusal::NotAssignedMentor,
                "This participant is not assigned to you as a mentor. Only the people assigned to you can be noted "
                "here; the specialist assigns mentors.",
                "participant_id"));
        FN_TRY_ASSIGN(id, store.append(e));
        if (in.draftId && !in.draftId->empty())
            FN_TRY(store.discardDraft(*in.draftId));
        return {};
    });
    if (!written)
        return tl::unexpected(std::move(written).error());
    return id;
}

} // namespace fieldnotes::core
