#include "intake.h"

#include <algorithm>
#include <cctype>
#include <utility>

namespace fieldnotes::core {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

tl::unexpected<CaseError> refuse(Refusal refusal, std::string message, std::string field = {})
{
    return tl::unexpected(caseRefusal(refusal, std::move(message), std::move(field)));
}

tl::unexpected<CaseError> storeFailed(Error error)
{
    return tl::unexpected(CaseError { Refusal::StoreFailed, {}, std::move(error) });
}

std::optional<tl::unexpected<CaseError>> checkWriter(const Actor& actor)
{
    if (auto refused = checkCaseWriter(actor, "the participant has a specialist who follows them",
            "A mentor's device cannot take people on or discharge them."))
        return tl::unexpected(std::move(*refused));
    return std::nullopt;
}

// The human name of a column, for the command line's message.
std::string_view fieldLabel(std::string_view column)
{
    static constexpr std::pair<std::string_view, std::string_view> labels[] = {
        { "display_name", "name" },
        { "phone", "phone" },
        { "email", "e-mail" },
        { "other_contact", "other contact" },
        { "referral_reason", "referral reason" },
        { "preferred_language", "preferred language" },
        { "childcare_constraint", "childcare" },
        { "shift_constraint", "shifts" },
        { "transport_constraint", "transport" },
        { "refused_tasks", "tasks they will not do" },
        { "summary", "consent summary" },
        { "summary_simple", "plain-language consent summary" },
    };
    for (const auto& [c, label] : labels)
        if (c == column)
            return label;
    return column;
}

} // namespace

Actor actorOf(const Store& store)
{
    return { store.staffId(), store.role() };
}

std::string trimmedText(std::string_view text)
{
    auto space = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
    while (!text.empty() && space(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && space(text.back()))
        text.remove_suffix(1);
    return std::string(text);
}

CaseError caseRefusal(Refusal refusal, std::string message, std::string field)
{
    ErrorCode code = ErrorCode::InvalidArgument;
    switch (refusal) {
    case Refusal::NotAllowed:
    case Refusal::NoIdentity:
    case Refusal::NotAssignedMentor:
        code = ErrorCode::Unauthorized;
        break;
    case Refusal::NotFound:
    case Refusal::EmployerNotFound:
    case Refusal::PlacementNotFound:
    case Refusal::RecipientNotFound:
    case Refusal::ConsentNotFound:
    case Refusal::ActionNotFound:
    case Refusal::MeetingNotFound:
    case Refusal::ReflectionNotFound:
    case Refusal::GoalNotFound:
    case Refusal::ParentGoalNotFound:
    case Refusal::MentorNotFound:
    case Refusal::AssignmentNotFound:
    case Refusal::StaffNotFound:
    case Refusal::VisitNotFound:
    case Refusal::MeasureNotFound:
    case Refusal::ReviewNotFound:
        code = ErrorCode::NotFound;
        break;
    default:
        break;
    }
    return CaseError { refusal, std::move(field), Error { code, std::move(message), {} } };
}

std::optional<CaseError> checkCaseWriter(const Actor& actor, std::string_view soThat, std::string_view mentorRefused)
{
    if (actor.staffId.empty())
        return caseRefusal(Refusal::NoIdentity,
            "This device is not linked to a person yet. Pair it with the office first, so that " + std::string(soThat)
                + ".");
    if (actor.role == StaffRole::Mentor)
        return caseRefusal(Refusal::NotAllowed, std::string(mentorRefused));
    return std::nullopt;
}

std::optional<CaseError> checkFollowsParticipant(const Actor& actor, const Participant& p, std::string_view what)
{
    if (actor.role != StaffRole::Lead && p.specialistId != actor.staffId)
        return caseRefusal(Refusal::NotAllowed,
            "Only the specialist who follows this participant, or a team lead, can " + std::string(what) + ".");
    return std::nullopt;
}

std::optional<CaseError> checkNoNationalId(std::string_view column, std::string_view label, const std::string& text)
{
    if (containsNationalIdNumber(text))
        return caseRefusal(Refusal::NationalIdNumber,
            "The " + std::string(label)
                + " holds an 11-digit number, written like a national ID number. fieldnotes never keeps national ID "
                  "numbers: remove it.",
            std::string(column));
    return std::nullopt;
}

bool containsNationalIdNumber(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        if (!isDigit(text[i])) {
            ++i;
            continue;
        }
        const bool phone = i > 0 && text[i - 1] == '+';
        // A run of digits, allowing one separator after the sixth (DDMMYY NNNNN).
        std::size_t digits = 0;
        std::size_t j = i;
        bool separated = false;
        while (j < text.size()) {
            if (isDigit(text[j])) {
                ++digits;
                ++j;
            } else if (!separated && digits == 6 && j + 1 < text.size() && isDigit(text[j + 1])
                && (text[j] == ' ' || text[j] == '.' || text[j] == '-')) {
                separated = true;
                ++j;
            } else {
                break;
            }
        }
        if (digits == 11 && !phone)
            return true;
        i = j;
    }
    return false;
}

CaseResult<Id> takeOnParticipant(Store& store, const Actor& actor, const Intake& intake)
{
    if (auto refused = checkWriter(actor))
        return *refused;

    Participant p;
    p.displayName = trimmedText(intake.displayName);
    p.phone = trimmedText(intake.phone);
    p.email = trimmedText(intake.email);
    p.otherContact = trimmedText(intake.otherContact);
    p.programme = intake.programme;
    p.referralReason = trimmedText(intake.referralReason);
    p.preferredLanguage = trimmedText(intake.preferredLanguage);
    p.interpreterNeeded = intake.interpreterNeeded;
    p.childcareConstraint = trimmedText(intake.childcareConstraint);
    p.shiftConstraint = trimmedText(intake.shiftConstraint);
    p.transportConstraint = trimmedText(intake.transportConstraint);
    p.refusedTasks = trimmedText(intake.refusedTasks);
    p.status = ParticipantStatus::Referred;
    p.specialistId = actor.staffId;
    p.followedSince = store.today();

    if (p.displayName.empty())
        return refuse(Refusal::NameMissing,
            "Write the participant's name (a first name or a name they choose is enough).", "display_name");

    const std::pair<std::string_view, const std::string*> texts[] = {
        { "display_name", &p.displayName },
        { "phone", &p.phone },
        { "email", &p.email },
        { "other_contact", &p.otherContact },
        { "referral_reason", &p.referralReason },
        { "preferred_language", &p.preferredLanguage },
        { "childcare_constraint", &p.childcareConstraint },
        { "shift_constraint", &p.shiftConstraint },
        { "transport_constraint", &p.transportConstraint },
        { "refused_tasks", &p.refusedTasks },
        { "summary", intake.consent ? &intake.consent->summary : nullptr },
        { "summary_simple", intake.consent ? &intake.consent->summarySimple : nullptr },
    };
    for (const auto& [column, text] : texts)
        if (text && containsNationalIdNumber(*text))
            return refuse(Refusal::NationalIdNumber,
                "The " + std::string(fieldLabel(column))
                    + " holds an 11-digit number, written like a national ID number. fieldnotes never keeps national "
                      "ID numbers: remove it.",
                std::string(column));

    const Date today = store.today();
    p.referralOn = intake.referralOn.value_or(today);
    if (*p.referralOn > today)
        return refuse(Refusal::ReferralInFuture,
            "The referral date is in the future. Write the day NAV referred the person (today or earlier).",
            "referral_on");
    p.measureEndOn = intake.measureEndOn;
    if (p.measureEndOn && *p.measureEndOn < *p.referralOn)
        return refuse(Refusal::MeasureEndBeforeReferral,
            "The measure cannot end before the referral date. Check the end date.", "measure_end_on");

    std::optional<LanguageLevel> level;
    if (intake.norwegianLevel) {
        level.emplace();
        level->level = *intake.norwegianLevel;
        level->assessedOn = intake.norwegianLevelOn.value_or(today);
        if (*level->assessedOn > today)
            return refuse(Refusal::LevelAssessedInFuture,
                "The Norwegian level's date is in the future. Write the day it was assessed.", "assessed_on");
    }
    std::optional<Consent> consent;
    if (intake.consent) {
        consent.emplace();
        consent->kind = ConsentKind::Participation;
        consent->purpose = "Delta i oppfølgingen";
        consent->grantedOn = intake.consent->grantedOn.value_or(today);
        consent->summary = trimmedText(intake.consent->summary);
        consent->summarySimple = trimmedText(intake.consent->summarySimple);
        if (consent->summary.empty())
            consent->summary = "Frivillig deltakelse i Supported Employment.";
        if (*consent->grantedOn > today)
            return refuse(Refusal::ConsentInFuture,
                "The consent's date is in the future. Record consent on the day the person gives it.", "granted_on");
    }

    Id id;
    auto written = store.transaction([&]() -> Status {
        FN_TRY_ASSIGN(id, store.create(p));
        if (level) {
            level->participantId = id;
            FN_TRY(store.create(*level));
        }
        if (consent) {
            consent->participantId = id;
            FN_TRY(store.create(*consent));
        }
        return {};
    });
    if (!written)
        return storeFailed(std::move(written).error());
    return id;
}

CaseResult<void> dischargeParticipant(
    Store& store, const Actor& actor, const Id& participantId, DischargeReason reason, const Date& on)
{
    if (auto refused = checkWriter(actor))
        return *refused;
    return inCaseTransaction(store, [&](auto refused) -> Status {
        FN_TRY_ASSIGN(auto found, store.find<Participant>(participantId));
        auto stop = [&](tl::unexpected<CaseError> e) -> Status { return refused(std::move(e).value()); };
        if (!found)
            return stop(refuse(Refusal::NotFound,
                "There is no participant with that id on this device. Check the id (fieldnotes-cli list)."));
        Participant p = std::move(*found);
        if (actor.role != StaffRole::Lead && p.specialistId != actor.staffId)
            return stop(refuse(Refusal::NotAllowed,
                "Only the specialist who follows this participant, or a team lead, can discharge them."));
        if (p.status == ParticipantStatus::Discharged)
            return stop(refuse(Refusal::AlreadyDischarged,
                "This participant is already discharged; the first discharge stands.", "status"));
        if (on > store.today())
            return stop(refuse(Refusal::DischargeInFuture,
                "The discharge date is in the future. Discharge on the day it happens (today or earlier).",
                "discharged_on"));
        if (p.referralOn && on < *p.referralOn)
            return stop(refuse(Refusal::DischargeBeforeReferral,
                "The discharge date is before the participant was referred. Check the date.", "discharged_on"));
        p.status = ParticipantStatus::Discharged;
        p.dischargeReason = reason;
        p.dischargedOn = on;
        return store.update(p);
    });
}

} // namespace fieldnotes::core
