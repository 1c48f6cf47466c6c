#include "fidelity.h"

#include "storeinternals.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>

namespace fieldnotes::core {

const std::array<FidelityItem, fidelityItemCount>& fidelityItems()
{
    static constexpr std::array<FidelityItem, fidelityItemCount> items { {
        { 1, FidelityItemKind::SingleChoice, "", "", "Caseload", "Antall deltakere per jobbspesialist",
            "At most 20 job seekers per specialist" },
        { 2, FidelityItemKind::SingleChoice, "", "", "Share of the position spent on job-seeker-directed work",
            "Andel av stillingen til deltakerrettet arbeid", "At least 96 %, documentation included" },
        { 3, FidelityItemKind::TickAll, "abcdef", "bcdef", "Tasks the specialist does",
            "Oppgavene jobbspesialisten gjør", "Intake, job finding and on-site support all done by the same person" },
        { 4, FidelityItemKind::SingleChoice, "", "", "Contact with the NAV counsellor", "Samarbeid med NAV-veileder",
            "Monthly meetings and weekly contact" },
        { 5, FidelityItemKind::SingleChoice, "", "", "Team organisation", "Organisering av teamet",
            "Own unit, weekly case supervision, cover for each other" },
        { 6, FidelityItemKind::SingleChoice, "", "", "Exclusion criteria", "Ingen utelukkelse",
            "Everyone interested gets a specialist; a new job offered after any loss" },
        { 7, FidelityItemKind::TickAll, "abcde", "abcde", "Promoting ordinary work", "Arbeid for ordinært arbeid",
            "Three-way meetings, yearly plan revision, peer meetings, quarterly results" },
        { 8, FidelityItemKind::TickAll, "abcde", "abcde", "Leadership support", "Forankring i ledelsen",
            "Leaders know SE, quality assurance, half-yearly fidelity review" },
        { 9, FidelityItemKind::SingleChoice, "", "", "Assessment documented in a profile, updated after each job",
            "Kartlegging i en levende yrkesprofil", "A complete, living profile" },
        { 10, FidelityItemKind::SingleChoice, "", "", "Employer contact based on the job seeker's preferences",
            "Arbeidsgiverkontakt ut fra deltakerens ønsker",
            "90-100 % of contacts start from the job seeker's preferences rather than vacancies" },
        { 11, FidelityItemKind::SingleChoice, "", "", "Employer meetings per job seeker, documented",
            "Dokumenterte arbeidsgivermøter per deltaker",
            "At least 6 meetings; profile reviewed weekly with the lead" },
        { 12, FidelityItemKind::SingleChoice, "", "", "Kind of employer contact", "Type arbeidsgiverkontakt",
            "Relationship built through repeated, planned visits" },
        { 13, FidelityItemKind::SingleChoice, "", "", "Job seekers helped towards several job types",
            "Hjelp til ulike typer jobber", "85-100 %" },
        { 14, FidelityItemKind::SingleChoice, "", "", "New offer after a drop-out or mismatch",
            "Nytt tilbud etter avbrudd", "95-100 %" },
        { 15, FidelityItemKind::SingleChoice, "", "", "Offers in the ordinary labour market",
            "Tilbud i det ordinære arbeidslivet", "95-100 %" },
        { 16, FidelityItemKind::SingleChoice, "", "", "Support after the job starts", "Oppfølging etter jobbstart",
            "Regular on-site support, and support to the employer" },
        { 17, FidelityItemKind::SingleChoice, "", "", "Meetings after the job starts", "Møter etter jobbstart",
            "Within a week before, within 3 days after, weekly in month 1, monthly in year 1" },
        { 18, FidelityItemKind::SingleChoice, "", "", "Share of the week spent at employers",
            "Andel av uken hos arbeidsgivere", "At least 65 %" },
        { 19, FidelityItemKind::TickAll, "abcde", "abcde", "Outreach", "Oppsøkende arbeid",
            "No closure for missed appointments; outreach documented; home and workplace visits" },
    } };
    return items;
}

FidelityBand fidelityBand(double total)
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

namespace {

const FidelityItem* itemAt(int item)
{
    if (item < 1 || item > fidelityItemCount)
        return nullptr;
    return &fidelityItems()[static_cast<std::size_t>(item - 1)];
}

std::string itemField(int item)
{
    return "item " + std::to_string(item);
}

std::optional<CaseError> checkItem(int item, const FidelityItemAnswer& a)
{
    const FidelityItem* it = itemAt(item);
    if (!it || !a.answered)
        return std::nullopt;
    const std::string name = "Item " + std::to_string(item);
    if (it->kind == FidelityItemKind::SingleChoice) {
        if (a.option < 1 || a.option > fidelityMaxScore || !a.ticks.empty())
            return caseRefusal(Refusal::FidelityOptionOutOfRange,
                name + " is single choice: pick the one option from 1 to 5 that fits best.", itemField(item));
        return std::nullopt;
    }
    if (a.option != 0)
        return caseRefusal(Refusal::FidelityOptionOutOfRange,
            name + " is tick-all: write the letters of the practices that hold (" + std::string(it->practices)
                + "), or 0 for none.",
            itemField(item));
    std::string seen;
    for (char c : a.ticks) {
        if (it->practices.find(c) == std::string_view::npos)
            return caseRefusal(Refusal::FidelityPracticeUnknown,
                name + " has no practice '" + std::string(1, c) + "': tick among " + std::string(it->practices) + ".",
                itemField(item));
        if (seen.find(c) != std::string::npos)
            return caseRefusal(Refusal::FidelityPracticeUnknown,
                name + ": practice '" + std::string(1, c) + "' is ticked twice. Tick each practice once.",
                itemField(item));
        seen += c;
    }
    return std::nullopt;
}

} // namespace

int fidelityItemScore(int item, const FidelityItemAnswer& answer)
{
    const FidelityItem* it = itemAt(item);
    if (!it || !answer.answered)
        return 0;
    if (it->kind == FidelityItemKind::SingleChoice)
        return answer.option;
    return static_cast<int>(std::count_if(answer.ticks.begin(), answer.ticks.end(),
        [&](char c) { return it->scored.find(c) != std::string_view::npos; }));
}

std::optional<int> fidelityTotal(const FidelityAnswers& answers)
{
    if (answers.size() != static_cast<std::size_t>(fidelityItemCount))
        return std::nullopt;
    int total = 0;
    for (int i = 0; i < fidelityItemCount; ++i) {
        const auto& a = answers[static_cast<std::size_t>(i)];
        if (!a.answered)
            return std::nullopt;
        total += fidelityItemScore(i + 1, a);
    }
    return total;
}

int fidelityAnsweredCount(const FidelityAnswers& answers)
{
    return static_cast<int>(
        std::count_if(answers.begin(), answers.end(), [](const FidelityItemAnswer& a) { return a.answered; }));
}

std::optional<CaseError> checkFidelityAnswers(const FidelityAnswers& answers)
{
    if (answers.size() != static_cast<std::size_t>(fidelityItemCount))
        return caseRefusal(Refusal::FidelityItemCount,
            "The fidelity form has 19 items; these answers have " + std::to_string(answers.size())
                + ". Give one answer per item, in order (leave an item open with -).");
    for (int i = 0; i < fidelityItemCount; ++i)
        if (auto refused = checkItem(i + 1, answers[static_cast<std::size_t>(i)]))
            return refused;
    return std::nullopt;
}

CaseResult<FidelityItemAnswer> parseFidelityItemAnswer(int item, std::string_view text)
{
    const FidelityItem* it = itemAt(item);
    if (!it)
        return tl::unexpected(caseRefusal(Refusal::FidelityItemCount,
            "The fidelity form's items are numbered 1 to 19; there is no item " + std::to_string(item) + "."));
    const std::string t = trimmedText(text);
    FidelityItemAnswer a;
    if (t.empty() || t == "-")
        return a;
    a.answered = true;
    if (it->kind == FidelityItemKind::SingleChoice) {
        if (t.size() != 1 || !std::isdigit(static_cast<unsigned char>(t[0])))
            return tl::unexpected(caseRefusal(Refusal::FidelityOptionOutOfRange,
                "Item " + std::to_string(item) + " is single choice: write the option 1 to 5 that fits best.",
                itemField(item)));
        a.option = t[0] - '0';
    } else if (t == "0" || t == "none") {
        // nothing ticked: scores 0
    } else {
        for (char c : t) {
            if (c == ',' || c == ' ')
                continue;
            if (std::isdigit(static_cast<unsigned char>(c)))
                return tl::unexpected(caseRefusal(Refusal::FidelityOptionOutOfRange,
                    "Item " + std::to_string(item) + " is tick-all: write the letters of the practices that hold ("
                        + std::string(it->practices) + "), or 0 for none.",
                    itemField(item)));
            a.ticks += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    if (auto refused = checkItem(item, a))
        return tl::unexpected(std::move(*refused));
    std::sort(a.ticks.begin(), a.ticks.end());
    return a;
}

std::string encodeFidelityAnswers(const FidelityAnswers& answers)
{
    std::string out;
    for (std::size_t i = 0; i < answers.size(); ++i) {
        if (i > 0)
            out += '|';
        const auto& a = answers[i];
        if (!a.answered)
            continue;
        const FidelityItem* it = itemAt(static_cast<int>(i + 1));
        if (it && it->kind == FidelityItemKind::TickAll)
            out += a.ticks.empty() ? std::string("0") : a.ticks;
        else
            out += std::to_string(a.option);
    }
    return out;
}

std::optional<FidelityAnswers> decodeFidelityAnswers(std::string_view text)
{
    FidelityAnswers out;
    std::size_t from = 0;
    for (;;) {
        const std::size_t bar = text.find('|', from);
        const std::string_view part = text.substr(from, bar == std::string_view::npos ? text.npos : bar - from);
        const int item = static_cast<int>(out.size()) + 1;
        if (item > fidelityItemCount)
            return std::nullopt;
        auto a = parseFidelityItemAnswer(item, part);
        if (!a)
            return std::nullopt;
        out.push_back(std::move(*a));
        if (bar == std::string_view::npos)
            break;
        from = bar + 1;
    }
    if (out.size() != static_cast<std::size_t>(fidelityItemCount))
        return std::nullopt;
    return out;
}

Date fidelityRoundOf(const Date& day)
{
    return Date { day.year(), day.month(), std::chrono::day { 1 } };
}

namespace {

std::optional<CaseError> checkWriter(const Actor& actor)
{
    return checkCaseWriter(actor, "the answers have a respondent",
        "A mentor's device does not answer the fidelity form: the specialists and the lead answer it.");
}

} // namespace

CaseResult<Id> recordFidelityAnswers(Store& store, const Actor& actor, const Date& round,
    const FidelityAnswers& answers, const std::optional<Id>& draftId)
{
    if (auto refused = checkWriter(actor))
        return tl::unexpected(std::move(*refused));
    if (auto refused = checkFidelityAnswers(answers))
        return tl::unexpected(std::move(*refused));
    const Date month = fidelityRoundOf(round);
    Id id;
    auto written = inCaseTransaction(store, [&](auto) -> Status {
        FN_TRY_ASSIGN(auto earlier,
            StoreInternals::select<FidelityResponse>(
                store, "respondent_id = ? AND round_on = ?", { actor.staffId, formatDate(month) }, "id"));
        FidelityResponse r;
        if (!earlier.empty())
            r = earlier.front();
        r.respondentId = actor.staffId;
        r.roundOn = month;
        r.answeredOn = store.today();
        r.answers = encodeFidelityAnswers(answers);
        if (draftId && !draftId->empty())
            FN_TRY(store.discardDraft(*draftId));
        if (!earlier.empty()) {
            id = r.id;
            return store.update(r);
        }
        FN_TRY_ASSIGN(id, store.create(std::move(r)));
        return {};
    });
    if (!written)
        return tl::unexpected(std::move(written).error());
    return id;
}

CaseResult<std::optional<FidelityAnswers>> ownFidelityAnswers(Store& store, const Actor& actor, const Date& round)
{
    auto rows = StoreInternals::select<FidelityResponse>(
        store, "respondent_id = ? AND round_on = ?", { actor.staffId, formatDate(fidelityRoundOf(round)) }, "id");
    if (!rows)
        return tl::unexpected(CaseError { Refusal::StoreFailed, {}, std::move(rows).error() });
    if (rows->empty())
        return std::optional<FidelityAnswers> {};
    return decodeFidelityAnswers(rows->front().answers);
}

namespace {

// Means are compared at two decimals, as they are shown.
bool sameMean(double a, double b)
{
    return std::lround(a * 100) == std::lround(b * 100);
}

} // namespace

Result<FidelityHistoryView> fidelityRounds(Store& store)
{
    FidelityHistoryView view;
    std::vector<FidelityRound> rounds;
    FN_TRY_ASSIGN(
        const auto records, StoreInternals::select<FidelityAssessment>(store, "1", {}, "assessed_on, _hlc, id"));
    for (const FidelityAssessment& a : records) {
        const bool valid = a.assessedOn && a.scores.size() == static_cast<std::size_t>(fidelityItemCount)
            && std::all_of(a.scores.begin(), a.scores.end(), [](int s) { return s >= 0 && s <= fidelityMaxScore; });
        if (!valid) {
            ++view.unreadable;
            continue;
        }
        FidelityRound r;
        r.round = fidelityRoundOf(*a.assessedOn);
        r.teamRecord = true;
        r.itemMeans.assign(a.scores.begin(), a.scores.end());
        double total = 0;
        for (int s : a.scores)
            total += s;
        r.total = total;
        rounds.push_back(std::move(r));
    }

    FN_TRY_ASSIGN(
        const auto responses, StoreInternals::select<FidelityResponse>(store, "1", {}, "round_on, respondent_id, id"));
    std::map<Date, FidelityRound> byRound;
    std::map<Date, std::vector<std::vector<int>>> complete;
    for (const FidelityResponse& r : responses) {
        auto answers = decodeFidelityAnswers(r.answers);
        if (!r.roundOn || !answers) {
            ++view.unreadable;
            continue;
        }
        const Date month = fidelityRoundOf(*r.roundOn);
        FidelityRound& round = byRound[month];
        round.round = month;
        if (!fidelityTotal(*answers)) {
            ++round.incomplete;
            continue;
        }
        std::vector<int> scores;
        for (int i = 0; i < fidelityItemCount; ++i)
            scores.push_back(fidelityItemScore(i + 1, (*answers)[static_cast<std::size_t>(i)]));
        complete[month].push_back(std::move(scores));
    }
    for (auto& [month, round] : byRound) {
        const auto& all = complete[month];
        round.answered = static_cast<int>(all.size());
        if (!all.empty()) {
            round.itemMeans.assign(fidelityItemCount, 0.0);
            double total = 0;
            for (const auto& scores : all)
                for (int i = 0; i < fidelityItemCount; ++i) {
                    round.itemMeans[static_cast<std::size_t>(i)] += scores[static_cast<std::size_t>(i)];
                    total += scores[static_cast<std::size_t>(i)];
                }
            for (double& m : round.itemMeans)
                m /= static_cast<double>(all.size());
            round.total = total / static_cast<double>(all.size());
        }
        rounds.push_back(std::move(round));
    }
    std::stable_sort(rounds.begin(), rounds.end(), [](const FidelityRound& a, const FidelityRound& b) {
        return a.round != b.round ? a.round < b.round : a.teamRecord && !b.teamRecord;
    });

    const FidelityRound* previous = nullptr;
    for (FidelityRound& r : rounds) {
        if (!r.total)
            continue;
        r.band = fidelityBand(*r.total);
        if (previous) {
            r.change = *r.total - *previous->total;
            for (int i = 0; i < fidelityItemCount; ++i) {
                const double from = previous->itemMeans[static_cast<std::size_t>(i)];
                const double to = r.itemMeans[static_cast<std::size_t>(i)];
                if (!sameMean(from, to))
                    r.moved.push_back({ i + 1, from, to });
            }
        }
        previous = &r;
    }
    view.rounds = std::move(rounds);
    return view;
}

} // namespace fieldnotes::core
