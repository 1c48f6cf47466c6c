// Opening a participant's page from the tap: a new ParticipantController is given the participant
// and the time runs until its data (details, plan, jobs, consents, timeline, their attention items)
// is back on the UI thread. With the demo's 20 participants on the tablet, and with 2,000 (the demo
// plus 1,980 invented people with a job, a few contacts and an agreed action each). The reference in
// the same run is what the page computed before it asked for one person's attention items: the
// whole caseload's attention list, on the store thread. Budget (issue 10): p95 50 ms at 20.
//
//   bench_app_participant [--quick]
#include "appfixture.h"
#include "attention.h"
#include "benchstats.h"
#include "participantcontroller.h"
#include "storeinternals.h"

#include <QGuiApplication>
#include <sodium.h>

#include <cstdio>

using namespace fieldnotes;

namespace {

// Opens each participant's page in turn (first `warmUp` opens left out), milliseconds from the tap.
std::vector<double> openPages(const std::vector<core::Id>& people, int opens, int warmUp)
{
    std::vector<double> ms;
    for (int i = 0; i < opens + warmUp; ++i) {
        // As the page is pushed: the controller is made, then given the participant the tap named.
        QElapsedTimer tap;
        tap.start();
        app::ParticipantController page;
        test::complete(page);
        page.setParticipantId(QString::fromStdString(people[static_cast<std::size_t>(i) % people.size()]));
        if (!test::waitFor([&] { return page.ready() && !page.loading(); })) {
            std::fprintf(stderr, "the page did not load\n");
            return {};
        }
        if (i >= warmUp)
            ms.push_back(double(tap.nsecsElapsed()) / 1e6);
        if (!page.errorText().isEmpty()) {
            std::fprintf(stderr, "the page says: %s\n", qPrintable(page.errorText()));
            return {};
        }
    }
    return ms;
}

// The whole caseload's attention list, as the page used to compute it for one person.
std::vector<double> wholeList(test::AppFixture& fixture, int runs)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        auto took = fixture.onStore<double>([](core::Store& store) -> core::Result<double> {
            QElapsedTimer t;
            t.start();
            FN_TRY_ASSIGN(const auto items, core::attention(store, store.today()));
            (void)items;
            return double(t.nsecsElapsed()) / 1e6;
        });
        if (!took)
            return {};
        ms.push_back(*took);
    }
    return ms;
}

core::Result<std::vector<core::Id>> participantIds(test::AppFixture& fixture)
{
    return fixture.onStore<std::vector<core::Id>>([](core::Store& store) -> core::Result<std::vector<core::Id>> {
        FN_TRY_ASSIGN(
            const auto people, core::StoreInternals::select<core::Participant>(store, "1", {}, "display_name, id"));
        std::vector<core::Id> ids;
        for (const auto& p : people)
            ids.push_back(p.id);
        return ids;
    });
}

// 1,980 more people on the tablet, each with a job at a demo employer, a few contacts and an open
// agreed action, written in one transaction.
core::Status addPeople(test::AppFixture& fixture, int count)
{
    auto added = fixture.onStore<int>([count, &fixture](core::Store& store) -> core::Result<int> {
        FN_TRY_ASSIGN(const auto employers, core::StoreInternals::select<core::Employer>(store, "1", {}, "id"));
        const core::Id specialist = fixture.demo().staff.specialist;
        const core::Date today = store.today();
        FN_TRY(store.transaction([&]() -> core::Status {
            for (int i = 0; i < count; ++i) {
                core::Participant p;
                p.displayName = "Testperson " + std::to_string(i + 1);
                p.status = core::ParticipantStatus::InWork;
                p.steps = { 5 };
                p.referralOn = core::addDays(today, -200 - i % 150);
                p.measureEndOn = core::addDays(*p.referralOn, 365);
                p.specialistId = specialist;
                FN_TRY_ASSIGN(const core::Id pid, store.create(p));
                const core::Employer& at = employers[static_cast<std::size_t>(i) % employers.size()];
                core::Placement pl;
                pl.participantId = pid;
                pl.employerId = at.id;
                pl.kind = core::PlacementKind::PaidJob;
                pl.contract = core::ContractType::Temporary;
                pl.title = "Lagermedarbeider";
                pl.startOn = core::addDays(today, -100 - i % 60);
                pl.trialEndOn = core::addDays(*pl.startOn, 180);
                FN_TRY(store.create(pl).map([](const core::Id&) {}));
                for (int v = 0; v < 4; ++v) {
                    core::Visit visit;
                    visit.participantId = pid;
                    visit.employerId = at.id;
                    visit.authorId = specialist;
                    visit.contactType = core::ContactType::WorkplaceFollowUp;
                    visit.occurredOn = core::addDays(today, -7 * (v + 1) - i % 5);
                    visit.note = "Oppfølging på arbeidsplassen.";
                    if (v == 0)
                        visit.nextVisitOn = core::addDays(today, 7 - i % 14);
                    FN_TRY_ASSIGN(const core::Id vid, store.append(visit));
                    if (v == 0)
                        FN_TRY(store
                                   .create(core::AgreedAction { {}, pid, at.id, vid, "Avklare arbeidstid med leder",
                                       core::ActionOwner::Specialist, core::addDays(today, i % 10 - 3), {} })
                                   .map([](const core::Id&) {}));
                }
            }
            return {};
        }));
        return count;
    });
    if (!added)
        return tl::unexpected(added.error());
    return {};
}

void report(const char* what, const std::vector<double>& page, const std::vector<double>& reference)
{
    std::printf("%s:\n", what);
    bench::printRow("  page from the tap (ParticipantController)", page);
    bench::printRow("  reference: the whole caseload's attention list", reference);
}

} // namespace

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    if (sodium_init() < 0)
        return 1;
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int opens = quick ? 100 : 400;
    const int warmUp = 5;

    test::AppFixture fixture;
    if (!fixture.unlock())
        return 1;
    auto few = participantIds(fixture);
    if (!few || few->empty())
        return 1;
    const auto pageAt20 = openPages(*few, opens, warmUp);
    const auto listAt20 = wholeList(fixture, quick ? 20 : 60);
    if (pageAt20.empty() || listAt20.empty()) {
        std::fprintf(stderr, "no figures with 20 participants\n");
        return 1;
    }

    if (auto added = addPeople(fixture, 1980); !added) {
        std::fprintf(stderr, "cannot add people: %s\n", added.error().message.c_str());
        return 1;
    }
    auto many = participantIds(fixture);
    if (!many)
        return 1;
    const auto pageAt2000 = openPages(*many, opens, warmUp);
    const auto listAt2000 = wholeList(fixture, quick ? 10 : 30);
    if (pageAt2000.empty() || listAt2000.empty()) {
        std::fprintf(stderr, "no figures with 2,000 participants\n");
        return 1;
    }

    std::printf("Opening a participant's page (%d opens each, after %d warm-up opens):\n", opens, warmUp);
    report("20 participants on the tablet", pageAt20, listAt20);
    report("2,000 participants on the tablet", pageAt2000, listAt2000);
    const double p95 = bench::percentile(pageAt20, 95);
    const double p95At2000 = bench::percentile(pageAt2000, 95);
    std::printf("  budget: p95 50 ms at 20 participants: %.2f ms, %s\n", p95, p95 <= 50 ? "met" : "NOT met");
    std::printf(
        "  budget: p95 100 ms at 2,000 participants: %.2f ms, %s\n", p95At2000, p95At2000 <= 100 ? "met" : "NOT met");
    std::printf("  2,000 against 20 participants, p95: %.2fx\n", p95At2000 / p95);
    return 0;
}
