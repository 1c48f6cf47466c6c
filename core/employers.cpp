#include "employers.h"

#include "storeinternals.h"

#include <cctype>
#include <utility>

namespace fieldnotes::core {

namespace {

std::optional<CaseError> checkWriter(const Actor& actor)
{
    return checkCaseWriter(actor, "the employer has a specialist who owns it",
        "A mentor's device cannot register employers or change the employer directory.");
}

template<std::size_t N>
std::optional<CaseError> checkTexts(
    const std::pair<std::string_view, std::pair<std::string_view, const std::string*>> (&texts)[N])
{
    for (const auto& [column, text] : texts)
        if (auto refused = checkNoNationalId(column, text.first, *text.second))
            return refused;
    return std::nullopt;
}

CaseError employerNotFound()
{
    return caseRefusal(Refusal::EmployerNotFound,
        "There is no employer with that id in the directory on this device. Register the employer first, or check "
        "the id (fieldnotes-cli list employers).",
        "employer_id");
}

} // namespace

std::optional<std::string> normalizedOrgNumber(std::string_view text)
{
    std::string digits;
    for (char c : text) {
        if (std::isdigit(static_cast<unsigned char>(c)))
            digits += c;
        else if (c != ' ')
            return std::nullopt;
    }
    if (digits.size() != 9)
        return std::nullopt;
    // MOD11 with the weights 3 2 7 6 5 4 3 2; a remainder of 1 makes no valid number.
    static constexpr int weights[] = { 3, 2, 7, 6, 5, 4, 3, 2 };
    int sum = 0;
    for (std::size_t i = 0; i < 8; ++i)
        sum += (digits[i] - '0') * weights[i];
    const int rest = sum % 11;
    if (rest == 1)
        return std::nullopt;
    const int check = rest == 0 ? 0 : 11 - rest;
    if (digits[8] - '0' != check)
        return std::nullopt;
    return digits;
}

CaseResult<Id> registerEmployer(Store& store, const Actor& actor, const EmployerRegistration& in)
{
    if (auto refused = checkWriter(actor))
        return tl::unexpected(std::move(*refused));
    Employer e;
    e.name = trimmedText(in.name);
    e.sector = trimmedText(in.sector);
    e.address = trimmedText(in.address);
    e.needs = trimmedText(in.needs);
    e.notes = trimmedText(in.notes);
    e.followUpPreference = in.followUpPreference;
    e.ownerId = actor.staffId;
    if (e.name.empty())
        return tl::unexpected(caseRefusal(Refusal::EmployerNameMissing,
            "Write the employer's name: the name the workplace goes by is enough.", "name"));
    if (const std::string org = trimmedText(in.orgNumber); !org.empty()) {
        auto digits = normalizedOrgNumber(org);
        if (!digits)
            return tl::unexpected(caseRefusal(Refusal::OrgNumberInvalid,
                "The organisation number '" + org
                    + "' is not a valid one: it has nine digits, the last a check digit. Copy it from the "
                      "Brønnøysund register (brreg.no), or leave it empty.",
                "org_number"));
        e.orgNumber = *digits;
    }
    if (auto refused = checkTexts({
            { "name", { "name", &e.name } },
            { "sector", { "sector", &e.sector } },
            { "address", { "address", &e.address } },
            { "needs", { "needs", &e.needs } },
            { "notes", { "notes", &e.notes } },
        }))
        return tl::unexpected(std::move(*refused));

    Id id;
    auto done = inCaseTransaction(store, [&](auto stop) -> Status {
        if (!e.orgNumber.empty()) {
            FN_TRY_ASSIGN(const auto same,
                StoreInternals::select<Employer>(
                    store, "replace(org_number, ' ', '') = ?", { Value(e.orgNumber) }, "name"));
            if (!same.empty())
                return stop(caseRefusal(Refusal::OrgNumberTaken,
                    "The organisation number " + e.orgNumber + " is already registered, for '" + same.front().name
                        + "' (" + same.front().id + "). Open that employer and add a workplace there instead.",
                    "org_number"));
        }
        FN_TRY_ASSIGN(id, store.create(e));
        Workplace w;
        w.employerId = id;
        w.name = e.name;
        w.address = e.address;
        FN_TRY(store.create(w));
        if (in.draftId && !in.draftId->empty())
            FN_TRY(store.discardDraft(*in.draftId));
        return {};
    });
    if (!done)
        return tl::unexpected(std::move(done).error());
    return id;
}

CaseResult<void> setFollowUpPreference(
    Store& store, const Actor& actor, const Id& employerId, FollowUpPreference preference)
{
    if (auto refused = checkWriter(actor))
        return tl::unexpected(std::move(*refused));
    return inCaseTransaction(store, [&](auto stop) -> Status {
        FN_TRY_ASSIGN(auto employer, store.find<Employer>(employerId));
        if (!employer)
            return stop(employerNotFound());
        if (employer->followUpPreference == preference)
            return {};
        employer->followUpPreference = preference;
        return store.update(*employer);
    });
}

CaseResult<Id> addEmployerContact(Store& store, const Actor& actor, const EmployerContactEntry& in)
{
    if (auto refused = checkWriter(actor))
        return tl::unexpected(std::move(*refused));
    EmployerContact c;
    c.employerId = in.employerId;
    c.name = trimmedText(in.name);
    c.role = trimmedText(in.role);
    c.phone = trimmedText(in.phone);
    c.email = trimmedText(in.email);
    if (c.name.empty())
        return tl::unexpected(
            caseRefusal(Refusal::ContactNameMissing, "Write the contact person's name, then add them.", "name"));
    if (auto refused = checkTexts({
            { "name", { "name", &c.name } },
            { "role", { "role", &c.role } },
            { "phone", { "phone", &c.phone } },
            { "email", { "e-mail", &c.email } },
        }))
        return tl::unexpected(std::move(*refused));
    Id id;
    auto done = inCaseTransaction(store, [&](auto stop) -> Status {
        FN_TRY_ASSIGN(auto employer, store.find<Employer>(c.employerId));
        if (!employer)
            return stop(employerNotFound());
        FN_TRY_ASSIGN(id, store.create(c));
        return {};
    });
    if (!done)
        return tl::unexpected(std::move(done).error());
    return id;
}

CaseResult<Id> addWorkplace(Store& store, const Actor& actor, const WorkplaceEntry& in)
{
    if (auto refused = checkWriter(actor))
        return tl::unexpected(std::move(*refused));
    Workplace w;
    w.employerId = in.employerId;
    w.name = trimmedText(in.name);
    w.address = trimmedText(in.address);
    if (w.name.empty())
        return tl::unexpected(caseRefusal(Refusal::WorkplaceNameMissing,
            "Write the workplace's name (the shop, site or department), then add it.", "name"));
    if (auto refused = checkTexts({
            { "name", { "name", &w.name } },
            { "address", { "address", &w.address } },
        }))
        return tl::unexpected(std::move(*refused));
    Id id;
    auto done = inCaseTransaction(store, [&](auto stop) -> Status {
        FN_TRY_ASSIGN(auto employer, store.find<Employer>(w.employerId));
        if (!employer)
            return stop(employerNotFound());
        FN_TRY_ASSIGN(id, store.create(w));
        return {};
    });
    if (!done)
        return tl::unexpected(std::move(done).error());
    return id;
}

CaseResult<Id> addWorkplaceTask(Store& store, const Actor& actor, const WorkplaceTaskEntry& in)
{
    if (auto refused = checkWriter(actor))
        return tl::unexpected(std::move(*refused));
    WorkplaceTask t;
    t.employerId = in.employerId;
    t.workplaceId = in.workplaceId;
    t.title = trimmedText(in.title);
    t.description = trimmedText(in.description);
    if (t.title.empty())
        return tl::unexpected(caseRefusal(Refusal::TaskTitleMissing, "Write what the task is, then add it.", "title"));
    if (auto refused = checkTexts({
            { "title", { "task", &t.title } },
            { "description", { "description", &t.description } },
        }))
        return tl::unexpected(std::move(*refused));
    Id id;
    auto done = inCaseTransaction(store, [&](auto stop) -> Status {
        FN_TRY_ASSIGN(auto employer, store.find<Employer>(t.employerId));
        if (!employer)
            return stop(employerNotFound());
        FN_TRY_ASSIGN(auto workplace, store.find<Workplace>(t.workplaceId));
        if (!workplace || workplace->employerId != t.employerId)
            return stop(caseRefusal(Refusal::WorkplaceNotAtEmployer,
                "That workplace does not belong to the employer. Choose one of the employer's workplaces.",
                "workplace_id"));
        FN_TRY_ASSIGN(id, store.create(t));
        return {};
    });
    if (!done)
        return tl::unexpected(std::move(done).error());
    return id;
}

} // namespace fieldnotes::core
