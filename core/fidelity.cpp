#include "fidelity.h"

#include "storeinternals.h"

#include <algorithm>
#include <numeric>

namespace fieldnotes::core {

const std::array<FidelityItem, fidelityItemCount>& fidelityItems()
{
    static constexpr std::array<FidelityItem, fidelityItemCount> items { {
        { 1, "Caseload", "Antall deltakere per jobbspesialist", "At most 20 job seekers per specialist" },
        { 2, "Share of the position spent on job-seeker-directed work", "Andel av stillingen til deltakerrettet arbeid",
            "At least 96 %, documentation included" },
        { 3, "Tasks the specialist does", "Oppgavene jobbspesialisten gjør",
            "Intake, job finding and on-site support all done by the same person" },
        { 4, "Contact with the NAV counsellor", "Samarbeid med NAV-veileder", "Monthly meetings and weekly contact" },
        { 5, "Team organisation", "Organisering av teamet", "Own unit, weekly case supervision, cover for each other" },
        { 6, "Exclusion criteria", "Ingen utelukkelse",
            "Everyone interested gets a specialist; a new job offered after any loss" },
        { 7, "Promoting ordinary work", "Arbeid for ordinært arbeid",
            "Three-way meetings, yearly plan revision, peer meetings, quarterly results" },
        { 8, "Leadership support", "Forankring i ledelsen",
            "Leaders know SE, quality assurance, half-yearly fidelity review" },
        { 9, "Assessment documented in a profile, updated after each job", "Kartlegging i en levende yrkesprofil",
            "A complete, living profile" },
        { 10, "Employer contact based on the job seeker's preferences", "Arbeidsgiverkontakt ut fra deltakerens ønsker",
            "90-100 % of contacts start from the job seeker's preferences rather than vacancies" },
        { 11, "Employer meetings per job seeker, documented", "Dokumenterte arbeidsgivermøter per deltaker",
            "At least 6 meetings; profile reviewed weekly with the lead" },
        { 12, "Kind of employer contact", "Type arbeidsgiverkontakt",
            "Relationship built through repeated, planned visits" },
        { 13, "Job seekers helped towards several job types", "Hjelp til ulike typer jobber", "85-100 %" },
        { 14, "New offer after a drop-out or mismatch", "Nytt tilbud etter avbrudd", "95-100 %" },
        { 15, "Offers in the ordinary labour market", "Tilbud i det ordinære arbeidslivet", "95-100 %" },
        { 16, "Support after the job starts", "Oppfølging etter jobbstart",
            "Regular on-site support, and support to the employer" },
        { 17, "Meetings after the job starts", "Møter etter jobbstart",
            "Within a week before, within 3 days after, weekly in month 1, monthly in year 1" },
        { 18, "Share of the week spent at employers", "Andel av uken hos arbeidsgivere", "At least 65 %" },
        { 19, "Outreach", "Oppsøkende arbeid",
            "No closure for missed appointments; outreach documented; home and workplace visits" },
    } };
    return items;
}

FidelityBand fidelityBand(int total)
{
    if (total >= 85)
        return FidelityBand::Exemplary;
    if (total >= 70)
        return FidelityBand::Good;
    if (total >= 44)
        return FidelityBand::Fair;
    return FidelityBand::NotSupportedEmployment;
}

std::string_view fidelityBandCode(FidelityBand band)
{
    switch (band) {
    case FidelityBand::Exemplary:
        return "exemplary";
    case FidelityBand::Good:
        return "good";
    case FidelityBand::Fair:
        return "fair";
    case FidelityBand::NotSupportedEmployment:
        return "not_se";
    }
    return "not_se";
}

Status validateFidelityScores(const std::vector<int>& scores)
{
    if (scores.size() != static_cast<std::size_t>(fidelityItemCount))
        return fail(ErrorCode::InvalidArgument,
            "A fidelity assessment scores all 19 items; this one has " + std::to_string(scores.size()) + ".");
    for (std::size_t i = 0; i < scores.size(); ++i)
        if (scores[i] < 1 || scores[i] > fidelityMaxScore)
            return fail(ErrorCode::InvalidArgument,
                "Item " + std::to_string(i + 1) + " is scored " + std::to_string(scores[i])
                    + "; every item is scored from 1 to 5.");
    return {};
}

std::vector<ItemMove> movedItems(const std::vector<int>& before, const std::vector<int>& after)
{
    std::vector<ItemMove> out;
    for (std::size_t i = 0; i < std::min(before.size(), after.size()); ++i)
        if (before[i] != after[i])
            out.push_back({ static_cast<int>(i + 1), before[i], after[i] });
    return out;
}

Result<FidelityHistory> fidelityHistory(Store& store)
{
    FN_TRY_ASSIGN(
        const auto records, StoreInternals::select<FidelityAssessment>(store, "1", {}, "assessed_on, _hlc, id"));
    FidelityHistory history;
    for (const FidelityAssessment& a : records) {
        if (!a.assessedOn || !validateFidelityScores(a.scores)) {
            ++history.unreadable;
            continue;
        }
        FidelityResult r;
        r.id = a.id;
        r.assessedOn = *a.assessedOn;
        r.scores = a.scores;
        r.total = std::accumulate(a.scores.begin(), a.scores.end(), 0);
        r.band = fidelityBand(r.total);
        if (!history.assessments.empty()) {
            const FidelityResult& previous = history.assessments.back();
            r.change = r.total - previous.total;
            r.moved = movedItems(previous.scores, r.scores);
        }
        history.assessments.push_back(std::move(r));
    }
    return history;
}

Result<Id> recordFidelityAssessment(Store& store, const Date& assessedOn, std::vector<int> scores, std::string notes)
{
    FN_TRY(validateFidelityScores(scores));
    FidelityAssessment a;
    a.assessedOn = assessedOn;
    a.scores = std::move(scores);
    a.notes = std::move(notes);
    return store.create(std::move(a));
}

} // namespace fieldnotes::core
