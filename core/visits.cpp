#include "visits.h"

#include "schedule.h"
#include "storeinternals.h"

#include <algorithm>
#include <utility>

namespace fieldnotes::core {

namespace {

std::optional<CaseError> checkWriter(const Actor& actor)
{
    return checkCaseWriter(actor, "the visit note has an author",
        "A mentor's device notes natural support, not visits. Write a natural-support entry instead.");
}

tl::unexpected<CaseError> refuse(Refusal refusal, std::string message, std::string field = {})
{
    return tl::unexpected(caseRefusal(refusal, std::move(message), std::move(field)));
}

// Everything about the note that needs no store, in the order it is told. `v` is the visit as it
// will be stored.
std::vector<CaseError> noteProblems(const Visit& v, const std::vector<AgreedAction>& actions, const Date& today)
{
    std::vector<CaseError> out;
    auto add = [&](Refusal refusal, std::string message, std::string field) {
        out.push_back(caseRefusal(refusal, std::move(message), std::move(field)));
    };
    if (!v.participantId && !v.employerId)
        add(Refusal::VisitWithNobody, "Say who the visit was with: a participant, an employer, or both.",
            "participant_id");
    if ((v.contactType == ContactType::NewEmployerVisit || v.contactType == ContactType::EmployerFollowUp)
        && !v.employerId)
        add(Refusal::VisitEmployerMissing, "An employer visit names the employer you visited.", "employer_id");
    if (v.occurredOn > today)
        add(Refusal::VisitInFuture, "A visit note is for something that has happened: choose today or an earlier date.",
            "occurred_on");
    if (v.startTime && !isTimeOfDay(*v.startTime))
        add(Refusal::TimeOfDayInvalid, "Write the time as hours and minutes, for example 09:30.", "start_time");
    if (v.durationMin && (*v.durationMin < 1 || *v.durationMin > 24 * 60))
        add(Refusal::DurationOutOfRange,
            "The duration is in minutes, between 1 and 1440 (a day). Leave it out if you do not know it.",
            "duration_min");
    for (int s : v.steps)
        if (s < 1 || s > 5) {
            add(Refusal::StepOutOfRange, "The process steps are the five steps, 1 to 5.", "steps");
            break;
        }
    if (v.nextVisitOn && *v.nextVisitOn <= v.occurredOn)
        add(Refusal::NextVisitNotAfter, "The next visit must come after this one. Check the date.", "next_visit_on");
    if (v.note.empty() && v.purpose.empty())
        add(Refusal::VisitTextMissing, "Write what the visit was about: a note, or at least its purpose.", "note");
    const std::pair<std::string_view, const std::string*> texts[] = {
        { "place", &v.place },
        { "purpose", &v.purpose },
        { "obs_person", &v.obsPerson },
        { "obs_task", &v.obsTask },
        { "obs_environment", &v.obsEnvironment },
        { "note", &v.note },
    };
    auto idNumber = [&](std::string_view column, std::string_view label) {
        add(Refusal::NationalIdNumber,
            "The " + std::string(label)
                + " holds an 11-digit number, written like a national ID number. fieldnotes never keeps national ID "
                  "numbers: remove it.",
            std::string(column));
    };
    for (const auto& [column, text] : texts)
        if (containsNationalIdNumber(*text))
            idNumber(column,
                column == "obs_person"            ? "observation of the person"
                    : column == "obs_task"        ? "observation of the task"
                    : column == "obs_environment" ? "observation of the environment"
                                                  : column);
    for (const AgreedAction& a : actions)
        if (containsNationalIdNumber(a.text)) {
            idNumber("text", "agreed action");
            break;
        }
    return out;
}

// Whether a correction leaves what `field`'s rule reads as the original had it.
bool unchangedFor(const Visit& a, const Visit& b, std::string_view field)
{
    if (field == "participant_id" || field == "employer_id")
        return a.participantId == b.participantId && a.employerId == b.employerId && a.contactType == b.contactType;
    if (field == "occurred_on")
        return a.occurredOn == b.occurredOn;
    if (field == "start_time")
        return a.startTime == b.startTime;
    if (field == "duration_min")
        return a.durationMin == b.durationMin;
    if (field == "steps")
        return a.steps == b.steps;
    if (field == "next_visit_on")
        return a.nextVisitOn == b.nextVisitOn && a.occurredOn == b.occurredOn;
    if (field == "note")
        return a.note == b.note && a.purpose == b.purpose;
    if (field == "place")
        return a.place == b.place;
    if (field == "purpose")
        return a.purpose == b.purpose;
    if (field == "obs_person")
        return a.obsPerson == b.obsPerson;
    if (field == "obs_task")
        return a.obsTask == b.obsTask;
    if (field == "obs_environment")
        return a.obsEnvironment == b.obsEnvironment;
    return false;
}

// The visit as typed, trimmed, before the store fills in author and steps.
Visit visitOf(const VisitNote& n, const Date& today)
{
    Visit v;
    v.participantId = n.participantId;
    v.employerId = n.employerId;
    v.workplaceId = n.workplaceId;
    v.contactType = n.contactType;
    v.occurredOn = n.occurredOn.value_or(today);
    if (n.startTime && !trimmedText(*n.startTime).empty())
        v.startTime = trimmedText(*n.startTime);
    v.durationMin = n.durationMin;
    v.place = trimmedText(n.place);
    v.attendees = n.attendees;
    v.purpose = trimmedText(n.purpose);
    v.steps = n.steps;
    v.obsPerson = trimmedText(n.obsPerson);
    v.obsTask = trimmedText(n.obsTask);
    v.obsEnvironment = trimmedText(n.obsEnvironment);
    v.nextVisitOn = n.nextVisitOn;
    v.note = trimmedText(n.note);
    v.audience = n.audience;
    v.fieldTime = n.fieldTime;
    return v;
}

// Checks against the store: who the visit names, and whether the actor may write about them. Fills
// in the participant's current steps when the note gives none. Runs inside the write's transaction.
CaseResult<void> checkNamed(Store& store, const Actor& actor, Visit& v)
{
    if (v.participantId) {
        auto found = store.find<Participant>(*v.participantId);
        if (!found)
            return tl::unexpected(CaseError { Refusal::StoreFailed, {}, std::move(found).error() });
        if (!*found)
            return refuse(Refusal::NotFound,
                "There is no participant with that id on this device. Check the id (fieldnotes-cli list).",
                "participant_id");
        if (auto e = checkFollowsParticipant(actor, **found, "note visits with them"))
            return tl::unexpected(std::move(*e));
        if (v.steps.empty())
            v.steps = (*found)->steps; // the steps the participant is in when the contact happens
    }
    if (v.employerId) {
        auto found = store.find<Employer>(*v.employerId);
        if (!found)
            return tl::unexpected(CaseError { Refusal::StoreFailed, {}, std::move(found).error() });
        if (!*found)
            return refuse(Refusal::EmployerNotFound,
                "There is no employer with that id in the directory on this device. Register the employer first, or "
                "check the id.",
                "employer_id");
    }
    if (v.workplaceId) {
        auto found = store.find<Workplace>(*v.workplaceId);
        if (!found)
            return tl::unexpected(CaseError { Refusal::StoreFailed, {}, std::move(found).error() });
        if (!*found || !v.employerId || (*found)->employerId != *v.employerId)
            return refuse(Refusal::WorkplaceNotAtEmployer,
                "That workplace does not belong to the employer. Choose one of the employer's workplaces.",
                "workplace_id");
    }
    return {};
}

// Writes `v` (and its actions, and removes the draft) in one transaction, after checkNamed.
CaseResult<Id> written(
    Store& store, const Actor& actor, Visit v, std::vector<AgreedAction> actions, const OptId& draftId)
{
    Id id;
    auto done = inCaseTransaction(store, [&](auto stop) -> Status {
        if (auto named = checkNamed(store, actor, v); !named)
            return stop(std::move(named).error());
        v.authorId = actor.staffId;
        FN_TRY_ASSIGN(id, store.append(v));
        for (AgreedAction& a : actions) {
            a.participantId = v.participantId;
            a.employerId = v.employerId;
            a.visitId = id;
            FN_TRY(store.create(a));
        }
        if (draftId && !draftId->empty())
            FN_TRY(store.discardDraft(*draftId));
        return {};
    });
    if (!done)
        return tl::unexpected(std::move(done).error());
    return id;
}

} // namespace

CaseResult<Id> finalizeVisit(Store& store, const Actor& actor, const VisitNote& note)
{
    if (auto refused = checkWriter(actor))
        return tl::unexpected(std::move(*refused));
    const Date today = store.today();
    Visit v = visitOf(note, today);
    std::vector<AgreedAction> actions;
    for (const VisitAction& a : note.actions) {
        AgreedAction act;
        act.text = trimmedText(a.text);
        if (act.text.empty())
            continue; // an action row left empty is not an action
        act.owner = a.owner;
        act.dueOn = a.dueOn;
        actions.push_back(std::move(act));
    }
    if (auto problems = noteProblems(v, actions, today); !problems.empty())
        return tl::unexpected(std::move(problems.front()));
    return written(store, actor, std::move(v), std::move(actions), note.draftId);
}

CaseResult<Id> correctVisit(Store& store, const Actor& actor, const Id& visitId, const VisitCorrection& c)
{
    if (auto refused = checkWriter(actor))
        return tl::unexpected(std::move(*refused));
    auto found = store.find<Visit>(visitId);
    if (!found)
        return tl::unexpected(CaseError { Refusal::StoreFailed, {}, std::move(found).error() });
    if (!*found) {
        auto support = store.find<NaturalSupportEntry>(visitId);
        if (!support)
            return tl::unexpected(CaseError { Refusal::StoreFailed, {}, std::move(support).error() });
        if (*support)
            return refuse(Refusal::NotAVisit,
                "That is a mentor's natural-support entry, not a visit: only its mentor corrects it.");
        return refuse(Refusal::VisitNotFound,
            "There is no visit with that id on this device. Check the id (fieldnotes-cli list visits).");
    }
    const Visit& original = **found;
    auto later = StoreInternals::select<Visit>(store, "corrects_id = ?", { Value(visitId) }, "_hlc");
    if (!later)
        return tl::unexpected(CaseError { Refusal::StoreFailed, {}, std::move(later).error() });
    if (!later->empty())
        return refuse(Refusal::AlreadyCorrected,
            "This visit has been corrected already. Correct the correction instead (" + later->back().id + ").");
    if (original.authorId != actor.staffId)
        return refuse(Refusal::NotAllowed,
            "Only the person who wrote a visit note can correct it. Ask them to, or write a new note of your own.");

    Visit v = original;
    v.id.clear();
    v.correctsId = visitId;
    if (c.contactType)
        v.contactType = *c.contactType;
    if (c.occurredOn)
        v.occurredOn = *c.occurredOn;
    if (c.startTime) {
        v.startTime.reset();
        if (*c.startTime && !trimmedText(**c.startTime).empty())
            v.startTime = trimmedText(**c.startTime);
    }
    if (c.durationMin)
        v.durationMin = *c.durationMin;
    if (c.place)
        v.place = trimmedText(*c.place);
    if (c.attendees)
        v.attendees = *c.attendees;
    if (c.purpose)
        v.purpose = trimmedText(*c.purpose);
    if (c.steps)
        v.steps = *c.steps;
    if (c.obsPerson)
        v.obsPerson = trimmedText(*c.obsPerson);
    if (c.obsTask)
        v.obsTask = trimmedText(*c.obsTask);
    if (c.obsEnvironment)
        v.obsEnvironment = trimmedText(*c.obsEnvironment);
    if (c.nextVisitOn)
        v.nextVisitOn = *c.nextVisitOn;
    if (c.note)
        v.note = trimmedText(*c.note);
    if (c.audience)
        v.audience = *c.audience;
    if (c.fieldTime)
        v.fieldTime = *c.fieldTime;
    // A correction is refused for what it gets wrong, not for what the original already had wrong
    // in a field it leaves alone (an older note may predate a rule).
    const auto before = noteProblems(original, {}, store.today());
    for (CaseError& problem : noteProblems(v, {}, store.today())) {
        const bool inherited = unchangedFor(original, v, problem.field)
            && std::any_of(before.begin(), before.end(),
                [&](const CaseError& b) { return b.refusal == problem.refusal && b.field == problem.field; });
        if (!inherited)
            return tl::unexpected(std::move(problem));
    }
    return written(store, actor, std::move(v), {}, {});
}

template<class Entry> Result<std::vector<Entry>> correctionsOf(Store& store, const Id& id)
{
    static_assert(RecordTraits<Entry>::journal, "only journal entries are corrected by new entries");
    return StoreInternals::select<Entry>(store, "corrects_id = ?", { id });
}
template Result<std::vector<Visit>> correctionsOf<Visit>(Store&, const Id&);
template Result<std::vector<NaturalSupportEntry>> correctionsOf<NaturalSupportEntry>(Store&, const Id&);

Result<std::vector<Visit>> visitList(Store& store, const OptId& participantId)
{
    std::string where(uncorrectedVisit);
    std::vector<Value> params;
    if (participantId) {
        where += " AND participant_id = ?";
        params.push_back(*participantId);
    }
    return StoreInternals::select<Visit>(store, where, params, "occurred_on, start_time, id");
}

} // namespace fieldnotes::core
