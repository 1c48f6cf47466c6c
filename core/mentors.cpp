#include "mentors.h"

#include "mentoring.h"
#include "storeinternals.h"

#include <utility>

namespace fieldnotes::core {

namespace {

constexpr std::string_view mentorRefused = "A mentor's device cannot register or assign mentors.";

std::optional<CaseError> checkWriter(const Actor& actor)
{
    return checkCaseWriter(actor, "the mentor has a specialist who registered them", mentorRefused);
}

CaseError mentorNotFound()
{
    return caseRefusal(Refusal::MentorNotFound,
        "There is no mentor with that id on this device. Register the mentor at the employer first, or check the "
        "id.",
        "mentor_id");
}

CaseError assignmentNotFound()
{
    return caseRefusal(Refusal::AssignmentNotFound,
        "There is no mentor assignment with that id on this device. Check the id (it was printed when the mentor "
        "was assigned).");
}

constexpr std::string_view followsWhat = "assign, change or end their mentor";

bool hasEnded(const MentorAssignment& a, const Date& today)
{
    return a.toOn && *a.toOn < today;
}

} // namespace

CaseResult<Id> registerMentor(Store& store, const Actor& actor, const MentorRegistration& in)
{
    if (auto refused = checkWriter(actor))
        return tl::unexpected(std::move(*refused));
    Mentor m;
    m.employerId = in.employerId;
    m.name = trimmedText(in.name);
    m.phone = trimmedText(in.phone);
    m.email = trimmedText(in.email);
    m.training = trimmedText(in.training);
    if (m.name.empty())
        return tl::unexpected(caseRefusal(Refusal::MentorNameMissing,
            "Write the mentor's name: the colleague at the workplace the participant will turn to.", "name"));
    const std::pair<std::string_view, std::pair<std::string_view, const std::string*>> texts[] = {
        { "name", { "name", &m.name } },
        { "phone", { "phone", &m.phone } },
        { "email", { "e-mail", &m.email } },
        { "training", { "training", &m.training } },
    };
    for (const auto& [column, text] : texts)
        if (auto refused = checkNoNationalId(column, text.first, *text.second))
            return tl::unexpected(std::move(*refused));

    Id id;
    auto done = inCaseTransaction(store, [&](auto stop) -> Status {
        FN_TRY_ASSIGN(auto employer, store.find<Employer>(in.employerId));
        if (!employer)
            return stop(caseRefusal(Refusal::EmployerNotFound,
                "There is no employer with that id in the directory on this device. Register the employer first, or "
                "check the id.",
                "employer_id"));
        FN_TRY_ASSIGN(id, store.create(m));
        return {};
    });
    if (!done)
        return tl::unexpected(std::move(done).error());
    return id;
}

CaseResult<Id> assignMentor(Store& store, const Actor& actor, const MentorAssignmentStart& in)
{
    if (auto refused = checkWriter(actor))
        return tl::unexpected(std::move(*refused));
    if (in.talkIntervalDays < minTalkIntervalDays || in.talkIntervalDays > maxTalkIntervalDays)
        return tl::unexpected(caseRefusal(Refusal::TalkIntervalOutOfRange,
            "The structured talk is held every " + std::to_string(minTalkIntervalDays) + " to "
                + std::to_string(maxTalkIntervalDays) + " days; every other week (14) is the model.",
            "talk_interval_days"));
    const std::string mandate = trimmedText(in.mandate);
    if (auto refused = checkNoNationalId("mandate", "mandate", mandate))
        return tl::unexpected(std::move(*refused));

    Id id;
    auto done = inCaseTransaction(store, [&](auto stop) -> Status {
        FN_TRY_ASSIGN(auto participant, store.find<Participant>(in.participantId));
        if (!participant)
            return stop(caseRefusal(Refusal::NotFound,
                "There is no participant with that id on this device. Check the id (fieldnotes-cli list).",
                "participant_id"));
        if (auto e = checkFollowsParticipant(actor, *participant, followsWhat))
            return stop(std::move(*e));
        if (participant->status == ParticipantStatus::Discharged)
            return stop(caseRefusal(Refusal::ParticipantDischarged,
                "This participant is discharged. Take them on again before assigning a mentor.", "participant_id"));
        FN_TRY_ASSIGN(auto mentor, store.find<Mentor>(in.mentorId));
        if (!mentor)
            return stop(mentorNotFound());
        if (in.placementId) {
            FN_TRY_ASSIGN(auto placement, store.find<Placement>(*in.placementId));
            if (!placement || placement->participantId != in.participantId)
                return stop(caseRefusal(Refusal::PlacementNotWithMentor,
                    "That placement is not one of this participant's. Choose one of their placements, or leave it "
                    "out.",
                    "placement_id"));
            if (placement->employerId != mentor->employerId)
                return stop(caseRefusal(Refusal::PlacementNotWithMentor,
                    "The mentor works at another employer than this placement. Choose a mentor at the placement's "
                    "employer.",
                    "placement_id"));
            if (placement->endedOn)
                return stop(caseRefusal(Refusal::AlreadyEnded,
                    "This placement has ended (" + formatDate(*placement->endedOn)
                        + "). Assign the mentor to a current placement.",
                    "placement_id"));
        }
        MentorAssignment a;
        a.participantId = in.participantId;
        a.mentorId = in.mentorId;
        a.placementId = in.placementId;
        a.fromOn = in.fromOn.value_or(store.today());
        a.mandate = mandate;
        a.talkIntervalDays = in.talkIntervalDays;
        FN_TRY_ASSIGN(const auto existing,
            StoreInternals::select<MentorAssignment>(
                store, "participant_id = ? AND mentor_id = ?", { in.participantId, in.mentorId }));
        for (const MentorAssignment& other : existing)
            if (!other.toOn || *other.toOn >= *a.fromOn)
                return stop(caseRefusal(Refusal::MentorAlreadyAssigned,
                    "This mentor is already assigned to the participant. Change the mandate there, or end that "
                    "assignment first.",
                    "mentor_id"));
        FN_TRY_ASSIGN(id, store.create(a));
        return {};
    });
    if (!done)
        return tl::unexpected(std::move(done).error());
    return id;
}

CaseResult<void> endAssignment(Store& store, const Actor& actor, const Id& assignmentId, const Date& on)
{
    if (auto refused = checkWriter(actor))
        return tl::unexpected(std::move(*refused));
    return inCaseTransaction(store, [&](auto stop) -> Status {
        FN_TRY_ASSIGN(auto found, store.find<MentorAssignment>(assignmentId));
        if (!found)
            return stop(assignmentNotFound());
        MentorAssignment a = std::move(*found);
        FN_TRY_ASSIGN(const Participant participant, store.get<Participant>(a.participantId));
        if (auto e = checkFollowsParticipant(actor, participant, followsWhat))
            return stop(std::move(*e));
        if (a.toOn)
            return stop(caseRefusal(Refusal::AssignmentEnded,
                "This assignment already ends on " + formatDate(*a.toOn) + "; that end stands.", "to_on"));
        if (a.fromOn && on < *a.fromOn)
            return stop(caseRefusal(Refusal::AssignmentEndBeforeStart,
                "The end is before the assignment started (" + formatDate(*a.fromOn) + "). Check the date.", "to_on"));
        a.toOn = on;
        return store.update(a);
    });
}

CaseResult<Id> handOverMentor(
    Store& store, const Actor& actor, const Id& assignmentId, const Id& newMentorId, const Date& on)
{
    if (auto refused = checkWriter(actor))
        return tl::unexpected(std::move(*refused));
    Id id;
    auto done = inCaseTransaction(store, [&](auto stop) -> Status {
        FN_TRY_ASSIGN(auto found, store.find<MentorAssignment>(assignmentId));
        if (!found)
            return stop(assignmentNotFound());
        MentorAssignment old = std::move(*found);
        FN_TRY_ASSIGN(const Participant participant, store.get<Participant>(old.participantId));
        if (auto e = checkFollowsParticipant(actor, participant, followsWhat))
            return stop(std::move(*e));
        if (old.toOn)
            return stop(caseRefusal(Refusal::AssignmentEnded,
                "This assignment already ends on " + formatDate(*old.toOn)
                    + ". Assign the new mentor as a new assignment instead.",
                "to_on"));
        if (newMentorId == old.mentorId)
            return stop(caseRefusal(Refusal::SameMentor,
                "That is the participant's current mentor. Choose the colleague who takes over.", "mentor_id"));
        if (old.fromOn && on <= *old.fromOn)
            return stop(caseRefusal(Refusal::AssignmentEndBeforeStart,
                "The new mentor takes over after the current one started (" + formatDate(*old.fromOn)
                    + "). Choose a later day, or end the assignment and assign the new mentor.",
                "from_on"));
        FN_TRY_ASSIGN(auto mentor, store.find<Mentor>(newMentorId));
        if (!mentor)
            return stop(mentorNotFound());
        if (old.placementId) {
            FN_TRY_ASSIGN(const Placement placement, store.get<Placement>(*old.placementId));
            if (placement.employerId != mentor->employerId)
                return stop(caseRefusal(Refusal::PlacementNotWithMentor,
                    "The new mentor works at another employer than the placement. Choose a mentor at the "
                    "placement's employer.",
                    "mentor_id"));
        }
        FN_TRY_ASSIGN(const auto twice,
            StoreInternals::select<MentorAssignment>(store,
                "participant_id = ? AND mentor_id = ? AND (to_on IS NULL OR to_on >= ?)",
                { old.participantId, newMentorId, formatDate(on) }));
        if (!twice.empty())
            return stop(caseRefusal(Refusal::MentorAlreadyAssigned,
                "That mentor is already assigned to the participant. End one of the assignments instead.",
                "mentor_id"));

        MentorAssignment next = old;
        next.id.clear();
        next.mentorId = newMentorId;
        next.fromOn = on;
        next.toOn.reset();
        next.handoverOn.reset(); // the new mentor takes over day-to-day support when it is agreed again
        old.toOn = addDays(on, -1);
        FN_TRY(store.update(old));
        FN_TRY_ASSIGN(id, store.create(next));
        FN_TRY_ASSIGN(auto goals, StoreInternals::select<LearningGoal>(store, "assignment_id = ?", { assignmentId }));
        for (LearningGoal& g : goals) {
            g.assignmentId = id;
            FN_TRY(store.update(g));
        }
        return {};
    });
    if (!done)
        return tl::unexpected(std::move(done).error());
    return id;
}

CaseResult<Id> addLearningGoal(Store& store, const Actor& actor, const Id& assignmentId, std::string_view text)
{
    if (auto refused = checkWriter(actor))
        return tl::unexpected(std::move(*refused));
    const std::string goal = trimmedText(text);
    if (goal.empty())
        return tl::unexpected(caseRefusal(Refusal::LearningGoalTextMissing,
            "Write the learning goal in a few words, as the participant and the mentor agreed it.", "text"));
    if (auto refused = checkNoNationalId("text", "learning goal", goal))
        return tl::unexpected(std::move(*refused));
    Id id;
    auto done = inCaseTransaction(store, [&](auto stop) -> Status {
        FN_TRY_ASSIGN(auto found, store.find<MentorAssignment>(assignmentId));
        if (!found)
            return stop(assignmentNotFound());
        FN_TRY_ASSIGN(const Participant participant, store.get<Participant>(found->participantId));
        if (auto e = checkFollowsParticipant(actor, participant, followsWhat))
            return stop(std::move(*e));
        if (hasEnded(*found, store.today()))
            return stop(caseRefusal(Refusal::AssignmentEnded,
                "This assignment ended on " + formatDate(*found->toOn)
                    + ". Add the goal to the participant's current mentor.",
                "assignment_id"));
        LearningGoal g;
        g.participantId = found->participantId;
        g.assignmentId = assignmentId;
        g.text = goal;
        g.status = GoalStatus::Open;
        FN_TRY_ASSIGN(id, store.create(g));
        return {};
    });
    if (!done)
        return tl::unexpected(std::move(done).error());
    return id;
}

Result<std::vector<Mentor>> mentorsAt(Store& store, const Id& employerId)
{
    return StoreInternals::select<Mentor>(store, "employer_id = ?", { employerId }, "name COLLATE NOCASE, id");
}

Result<std::optional<PlacementMentor>> placementMentor(Store& store, const Id& placementId, const Date& today)
{
    FN_TRY_ASSIGN(const auto current,
        StoreInternals::select<MentorAssignment>(store, "placement_id = ? AND (to_on IS NULL OR to_on >= ?)",
            { placementId, formatDate(today) }, "from_on DESC, id"));
    if (current.empty())
        return std::optional<PlacementMentor> {};
    PlacementMentor out { current.front(), {}, {} };
    FN_TRY_ASSIGN(const auto mentor, store.find<Mentor>(out.assignment.mentorId));
    if (mentor)
        out.mentorName = mentor->name;
    FN_TRY_ASSIGN(out.learningGoals,
        StoreInternals::select<LearningGoal>(
            store, "assignment_id = ?", { out.assignment.id }, "status <> 'open', _hlc, id"));
    return std::optional<PlacementMentor>(std::move(out));
}

} // namespace fieldnotes::core
