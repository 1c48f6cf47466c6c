#include "demo.h"

#include "fidelity.h"
#include "schedule.h"
#include "storeinternals.h"

#include <algorithm>
#include <array>
#include <random>
#include <string_view>

namespace fieldnotes::core {

namespace {

// Portable draws: std::uniform_int_distribution differs between standard libraries.
class Draw {
public:
    explicit Draw(std::uint64_t seed)
        : m_rng(seed)
    {
    }
    int below(int n) { return n <= 1 ? 0 : static_cast<int>(m_rng() % static_cast<std::uint64_t>(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template<class C> const auto& pick(const C& c)
    {
        return c[static_cast<std::size_t>(below(static_cast<int>(std::size(c))))];
    }

private:
    std::mt19937_64 m_rng;
};

constexpr std::array firstNames { "Amina", "Jonas", "Sofie", "Yonas", "Marius", "Leila", "Henrik", "Ida", "Tomasz",
    "Fatima", "Eirik", "Nadia", "Olav", "Samira", "Kristian", "Hanna", "Hamid", "Maja", "Aisha", "Petter", "Liv",
    "Dawit", "Elin", "Rustam" };
constexpr std::array initials { "A.", "B.", "D.", "E.", "F.", "G.", "H.", "J.", "K.", "L.", "M.", "N.", "O.", "R.",
    "S.", "T.", "V.", "Ø." };
constexpr std::array languages { "norsk", "somali", "arabisk", "tigrinja", "polsk", "dari", "ukrainsk", "norsk",
    "norsk", "norsk" };
// The employers and their trades: each workplace offers tasks of its own trade, so a job found
// there is one of them.
struct Trade {
    const char* name;
    const char* sector;
    std::array<const char*, 3> tasks;
};
constexpr std::array trades {
    Trade { "Fjordkanten Kafé", "servering", { "lage kaffe og servere", "oppvask og rydding", "klargjøre salater" } },
    Trade { "Nordlys Bakeri", "bakeri", { "bake brød", "pakke bakevarer", "betjene disken" } },
    Trade { "Holm Byggmester AS", "bygg", { "rydde byggeplassen", "bære materialer", "enkel montering" } },
    Trade { "Grønn Park Vedlikehold", "grøntanlegg", { "stell av uteområder", "klippe plen", "måke snø" } },
    Trade { "Solsiden Omsorgssenter", "helse og omsorg",
        { "servere måltider", "gå tur med beboere", "rydde fellesarealer" } },
    Trade { "Havnelageret AS", "lager og logistikk", { "varemottak", "plukke ordre", "kjøre truck" } },
    Trade { "Trygg Renhold AS", "renhold", { "vaske ned lokaler", "tømme søppel", "vaske vinduer" } },
    Trade { "Smia Sykkelverksted", "verksted", { "reparere sykler", "skifte dekk", "rydde verkstedet" } },
    Trade { "Lilletorget Blomster", "handel", { "binde buketter", "stelle planter", "kassearbeid" } },
    Trade { "Tindeutsikten Hotell", "hotell", { "re senger", "vaske hotellrom", "hjelpe til på kjøkkenet" } },
    Trade { "Kvarteret Barnehage", "barnehage",
        { "være med på uteleik", "hjelpe til ved måltidene", "rydde lekerommene" } },
    Trade { "Vestby Gartneri", "landbruk", { "stelle planter", "pakke grønnsaker", "vanne i drivhuset" } },
    Trade { "Elvebakken Kantine", "kantine", { "klargjøre salater", "oppvask og rydding", "kassearbeid" } },
    Trade { "Berg Mekaniske Verksted", "industri", { "enkel montering", "sortere deler", "rydde verkstedet" } },
    Trade { "Arkivtjenester Sør", "kontor", { "skanne dokumenter", "sortere post", "registrere i arkivet" } },
    Trade { "Kystmottaket Fisk", "industri", { "pakke fisk", "sortere fisk", "vaske produksjonslokalet" } },
    Trade { "Bussverkstedet Nord", "verksted", { "vaske busser", "skifte dekk", "hente deler på lageret" } },
    Trade { "Rypetoppen Kiosk", "handel", { "kassearbeid", "fylle på varer", "lage kaffe og servere" } },
    Trade { "Lunden Bruktbutikk", "handel", { "sortere klær", "prise varer", "kassearbeid" } },
    Trade { "Skogly Dyreklinikk", "dyrehelse", { "stelle dyr", "vaske bur", "ta imot kunder" } },
    Trade { "Fargerike Maling Sentrum", "handel", { "blande maling", "fylle på varer", "varemottak" } },
    Trade { "Bryggen Vaskeri", "renhold", { "brette tøy", "sortere tøy", "kjøre vaskemaskinene" } },
    Trade { "Østbyen Frisør", "service", { "vaske hår", "rydde salongen", "ta imot kunder" } },
    Trade { "Sentrum Parkering", "service", { "kontrollere parkering", "måke snø", "rydde parkeringshuset" } },
    Trade { "Linjebygg Elektro", "bygg", { "trekke kabler", "bære materialer", "rydde byggeplassen" } },
    Trade { "Møllehuset Bakeri", "bakeri", { "bake brød", "pakke bakevarer", "vaske bakeriet" } },
    Trade { "Granly Gårdsbutikk", "landbruk", { "stelle dyr", "pakke grønnsaker", "kassearbeid" } },
    Trade { "Sjøkanten Restaurant", "servering", { "oppvask og rydding", "hjelpe til på kjøkkenet", "dekke bord" } },
    Trade { "Kontorpartner Drift", "kontor", { "sortere post", "skanne dokumenter", "fylle på kontorrekvisita" } },
    Trade { "Bokhjørnet", "handel", { "fylle på bøker", "kassearbeid", "pakke bestillinger" } },
};
// What a person can already do, before any job: their profile's skills.
constexpr std::array tasks { "oppvask og rydding", "klargjøre salater", "varemottak", "plukke ordre",
    "vaske ned lokaler", "skifte dekk", "stell av uteområder", "kassearbeid", "sortere post", "enkel montering",
    "fylle på varer", "lage kaffe og servere", "kjøre truck", "skanne dokumenter", "hjelpe til på kjøkkenet" };
constexpr std::array interests { "matlaging", "å jobbe med hendene", "dyr", "sykler og mekanikk", "orden og system",
    "å være ute", "å møte folk", "data og skanning", "blomster og planter", "barn" };
constexpr std::array visitNotes {
    "Møtte {name} på arbeidsplassen. {name} har lært {task} siden sist og jobber mer selvstendig. Avtalte å se på "
    "arbeidstiden neste gang.",
    "Kort telefonsamtale. {name} er sliten etter en lang uke, men vil fortsette. Vi snakket om pauser og hvem "
    "{name} kan spørre om hjelp.",
    "Trepartsmøte med leder og {name}. Leder er fornøyd med oppmøte. Vi ble enige om å prøve {task} to dager i uka.",
    "Observasjon i arbeid: {name} trenger tydelige beskjeder i starten av skiftet. Fadder gir god støtte.",
    "Besøk hos ny arbeidsgiver. Stor interesse for å ta inn noen til {task}. Spurte hva som skal til for en fast "
    "stilling.",
    "{name} møtte ikke til avtalt tid. Sendte SMS og ringte, avtalte nytt møte på kafé torsdag.",
    "Gikk gjennom yrkesprofilen sammen. {name} vil helst jobbe med {interest} og ønsker 60 prosent stilling.",
    "Jobbsmak-dag: {name} prøvde {task}. Gikk bedre enn forventet, særlig samarbeidet med kollegene.",
    "Oppfølging etter oppstart. Arbeidsgiver ønsker faste møter hver fjortende dag den første måneden.",
    "Hjemmebesøk etter avtale. {name} har hatt en tung periode, men vil tilbake i jobb. Vi la en enkel plan for uka.",
    "SMS-kontakt om vaktlisten for neste uke. {name} bekreftet oppmøte.",
    "Møte med NAV-veileder og {name} om forlengelse av tiltaket. Begrunnelse: god progresjon i praksis.",
};
constexpr std::array observationsPerson { "Virker tryggere enn før.", "Litt urolig i starten, roet seg etter hvert.",
    "Tar initiativ til å spørre.", "Trenger påminnelse om pauser.", "Godt humør, prater med kollegene." };
constexpr std::array observationsTask { "Gjør oppgaven riktig, men sakte.", "Mestrer rutinene uten hjelp.",
    "Trenger en sjekkliste for rekkefølgen.", "Jobber nøyaktig og ryddig.", "Vil gjerne lære flere oppgaver." };
constexpr std::array observationsEnvironment { "Travelt rundt lunsj.", "Rolig miljø, god tone.",
    "Mye støy fra maskinene.", "Kollegene inkluderer i pausene.", "Lite plass, mange samtidig." };
constexpr std::array actionTexts { "Sende vaktliste til {name}", "Avklare arbeidstid med leder",
    "Bestille tolk til neste møte", "Sjekke reisevei og busskort", "Oppdatere yrkesprofilen", "Søke lønnstilskudd",
    "Avtale jobbsmak", "Ringe fadder om opplæringsplan" };
constexpr std::array supportSituations { "Opplæring i {task}.", "Gikk gjennom vaktlisten sammen.",
    "Hjalp med en vanskelig kunde.", "Lunsjpause med kollegene.", "Forklarte nye rutiner for renhold.",
    "Øvde på fagord i arbeidet." };
constexpr std::array handledWell { "Kom presis og hilste på alle.", "Spurte når noe var uklart.",
    "Fullførte oppgaven på egen hånd.", "Tok imot tilbakemelding på en fin måte." };
constexpr std::array needsWork { "Glemmer å melde fra ved fravær.", "Tar for lange pauser.",
    "Trenger hjelp til å prioritere.", "Sier lite i møter." };
constexpr std::array reflectionSituations { "Arbeidsgiver var skeptisk til deltid.",
    "Deltaker ville avslutte etter to uker.", "Første møte med en ny bedrift i bygg.",
    "Tolk uteble fra trepartsmøtet." };
// The theme of each situation above, in the same order.
constexpr std::array reflectionThemes { "Skeptisk arbeidsgiver", "Motivasjon", "Ny bransje", "Tolk" };

std::string fill(std::string_view text, const std::string& name, const std::string& task, const std::string& interest)
{
    std::string out(text);
    auto replaceAll = [&](std::string_view key, const std::string& with) {
        for (std::size_t pos = out.find(key); pos != std::string::npos; pos = out.find(key, pos + with.size()))
            out.replace(pos, key.size(), with);
    };
    replaceAll("{name}", name);
    replaceAll("{task}", task);
    replaceAll("{interest}", interest);
    return out;
}

// A moment of the work that falls in the demo's week, so that its first screen looks like a real
// Monday rather than an archive.
enum class Moment { None, IntakeThisWeek, StartsNextWeek, TrialEnding, SubsidyReview };

struct Pathway {
    ParticipantStatus status;
    Programme programme;
    Moment moment = Moment::None;
};

constexpr std::array pathways {
    Pathway { ParticipantStatus::InWork, Programme::Ips },
    Pathway { ParticipantStatus::JobSearch, Programme::UtvidetOppfolging },
    Pathway { ParticipantStatus::InWork, Programme::UtvidetOppfolging, Moment::TrialEnding },
    Pathway { ParticipantStatus::Profiling, Programme::IntroductionProgramme },
    Pathway { ParticipantStatus::JobTasting, Programme::Jobbsjansen },
    Pathway { ParticipantStatus::InWork, Programme::IntroductionProgramme, Moment::SubsidyReview },
    Pathway { ParticipantStatus::Engagement, Programme::Ips },
    Pathway { ParticipantStatus::JobSearch, Programme::Ips },
    Pathway { ParticipantStatus::InWork, Programme::Jobbsjansen },
    Pathway { ParticipantStatus::Paused, Programme::UtvidetOppfolging },
    Pathway { ParticipantStatus::InWork, Programme::UtvidetOppfolging },
    Pathway { ParticipantStatus::Referred, Programme::UtvidetOppfolging, Moment::IntakeThisWeek },
    Pathway { ParticipantStatus::JobTasting, Programme::IntroductionProgramme, Moment::StartsNextWeek },
    Pathway { ParticipantStatus::InWork, Programme::Ips },
    Pathway { ParticipantStatus::Profiling, Programme::UtvidetOppfolging },
    Pathway { ParticipantStatus::JobSearch, Programme::Jobbsjansen },
    Pathway { ParticipantStatus::Discharged, Programme::Ips },
    Pathway { ParticipantStatus::InWork, Programme::UtvidetOppfolging },
    Pathway { ParticipantStatus::JobSearch, Programme::IntroductionProgramme },
    Pathway { ParticipantStatus::Engagement, Programme::UtvidetOppfolging },
};

std::set<int> stepsFor(ParticipantStatus s)
{
    switch (s) {
    case ParticipantStatus::Referred:
    case ParticipantStatus::Engagement:
        return { 1 };
    case ParticipantStatus::Profiling:
        return { 2 };
    case ParticipantStatus::JobSearch:
        return { 2, 3, 4 };
    case ParticipantStatus::JobTasting:
        return { 3, 4 };
    case ParticipantStatus::InWork:
        return { 5 };
    case ParticipantStatus::Paused:
    case ParticipantStatus::Discharged:
        return {};
    }
    return {};
}

class Generator {
public:
    Generator(Store& store, const DemoOptions& options)
        : m_store(store)
        , m_options(options)
        , m_draw(options.seed)
        , m_ids(options.seed ^ 0x5eedf1e1d0u)
        , m_anchor(options.anchor.ok() ? options.anchor : store.today())
    {
    }

    Status run()
    {
        FN_TRY(staff());
        FN_TRY(employers());
        for (int i = 0; i < m_options.participants; ++i)
            FN_TRY(participant(i));
        FN_TRY(employerOnlyVisits());
        FN_TRY(reflections());
        FN_TRY(fidelity());
        FN_TRY(followUp());
        FN_TRY(fidelityAnswers());
        FN_TRY(caseReviews());
        return {};
    }

    DemoSummary summary;

private:
    template<class T> Status make(T record)
    {
        record.id = m_ids.next();
        ++summary.records;
        if constexpr (RecordTraits<T>::journal)
            return m_store.append(std::move(record)).map([](const Id&) {});
        else
            return m_store.create(std::move(record)).map([](const Id&) {});
    }

    template<class T> Result<Id> makeId(T record)
    {
        record.id = m_ids.next();
        ++summary.records;
        if constexpr (RecordTraits<T>::journal)
            return m_store.append(std::move(record));
        else
            return m_store.create(std::move(record));
    }

    Date daysAgo(int n) const { return addDays(m_anchor, -n); }

    Status staff()
    {
        FN_TRY_ASSIGN(summary.staff.specialist, makeId(Staff { {}, "Ingrid Lunde", StaffRole::Specialist }));
        FN_TRY_ASSIGN(summary.staff.colleague, makeId(Staff { {}, "Tarek Haddad", StaffRole::Specialist }));
        FN_TRY_ASSIGN(summary.staff.lead, makeId(Staff { {}, "Marit Økland", StaffRole::Lead }));
        FN_TRY_ASSIGN(summary.staff.mentorUser, makeId(Staff { {}, "Per Aasen", StaffRole::Mentor }));
        return {};
    }

    Status employers()
    {
        for (std::size_t i = 0; i < trades.size(); ++i) {
            const Trade& trade = trades[i];
            Employer e;
            e.name = trade.name;
            e.orgNumber = std::to_string(910000000 + m_draw.between(1000, 999999));
            e.sector = trade.sector;
            e.address = "Storgata " + std::to_string(m_draw.between(1, 120));
            e.needs = "Trenger ekstra hender til " + std::string(m_draw.pick(trade.tasks)) + ".";
            e.culture = m_draw.pick(observationsEnvironment);
            e.inclusionExperience = m_draw.chance(50) ? "Har hatt deltakere fra NAV før." : "Ingen erfaring ennå.";
            e.accommodationOptions = m_draw.chance(60) ? "Kan tilpasse arbeidstid og gi fast fadder." : "";
            e.followUpPreference = m_draw.chance(70) ? FollowUpPreference::OnSite : FollowUpPreference::MeetingsOnly;
            e.ownerId = m_draw.chance(80) ? summary.staff.specialist : summary.staff.colleague;
            FN_TRY_ASSIGN(Id id, makeId(e));
            m_employers.push_back(id);
            FN_TRY(make(EmployerContact {
                {}, id, "Daglig leder", "Leder", "4" + std::to_string(m_draw.between(1000000, 9999999)), "" }));
            Workplace w { {}, id, std::string(trade.name) + " (avdeling " + std::to_string(m_draw.between(1, 3)) + ")",
                e.address, "Felles lunsj kl. 11.30", "Ring leder før kl. 8", "SMS til leder",
                m_draw.chance(50) ? "Dag og kveld" : "Dagtid", "" };
            FN_TRY_ASSIGN(Id wp, makeId(w));
            m_workplaces.push_back(wp);
            for (const char* task : trade.tasks)
                FN_TRY(make(WorkplaceTask { {}, id, wp, task, "" }));
            ++summary.employers;
        }
        return {};
    }

    Status participant(int index)
    {
        const Pathway& plan = pathways[static_cast<std::size_t>(index) % pathways.size()];
        const std::string name = std::string(firstNames[static_cast<std::size_t>(index) % firstNames.size()]) + " "
            + m_draw.pick(initials);
        int daysIn = plan.status == ParticipantStatus::Referred ? m_draw.between(3, 20) : m_draw.between(90, 720);
        if (plan.moment == Moment::IntakeThisWeek)
            daysIn = 1 + daysIn % 5;
        if (plan.moment == Moment::TrialEnding)
            daysIn = std::max(daysIn, 230); // in the job for most of a six-month trial
        const Date referral = daysAgo(daysIn);
        std::string task = m_draw.pick(tasks); // what they can do; a job brings its workplace's tasks
        const std::string interest = m_draw.pick(interests);

        Participant p;
        p.id = m_ids.next();
        p.displayName = name;
        p.phone = "9" + std::to_string(m_draw.between(1000000, 9999999));
        p.programme = plan.programme;
        p.referralOn = referral;
        p.referralReason = "Ønsker arbeid; trenger tett oppfølging i oppstarten.";
        p.measureEndOn = addDays(referral, 365);
        p.status = plan.status;
        p.steps = stepsFor(plan.status);
        p.preferredLanguage = m_draw.pick(languages);
        p.interpreterNeeded = plan.programme == Programme::IntroductionProgramme && m_draw.chance(60);
        p.shiftConstraint = m_draw.chance(30) ? "Kan ikke jobbe kveld (barn)" : "";
        p.transportConstraint = m_draw.chance(25) ? "Har ikke førerkort" : "";
        p.specialistId = summary.staff.specialist;
        // Followed since the intake; now and then a long case came over from a colleague halfway.
        p.followedSince = daysIn > 300 && index % 7 == 3 ? addDays(referral, daysIn / 2) : referral;
        if (plan.status == ParticipantStatus::Discharged) {
            p.dischargeReason = DischargeReason::Work;
            p.dischargedOn = daysAgo(m_draw.between(10, 60));
        }
        const Id pid = p.id;
        ++summary.records;
        FN_TRY(m_store.create(p));
        ++summary.participants;

        FN_TRY(make(Consent { {}, pid, ConsentKind::Participation, {}, {}, {}, "", "Delta i oppfølgingen", referral, {},
            "Frivillig deltakelse i Supported Employment.", "Du er med fordi du vil." }));
        Profile profile;
        profile.id = pid;
        profile.participantId = pid;
        profile.interests = interest;
        profile.skills = "Punktlig, flink med " + task;
        profile.experience = m_draw.chance(50) ? "Butikk og lager, 2 år" : "Lite arbeidserfaring";
        profile.strengths = "Blid og pliktoppfyllende";
        profile.supportNeeds = "Tydelige beskjeder og en fast person å spørre";
        profile.mustHave = "Dagtid";
        profile.mustAvoid = "Mye kundekontakt i starten";
        profile.dreamJob = "Jobbe med " + interest;
        profile.wantedHoursPct = m_draw.pick(std::array { 40, 50, 60, 80, 100 });
        profile.canToday = task;
        profile.needsToLearn = "Å melde fra ved fravær";
        ++summary.records;
        FN_TRY(m_store.create(profile));
        FN_TRY(make(Plan { pid, pid, "Komme i ordinært arbeid innen et år", "Ukentlig første måned, deretter månedlig",
            "Fadder overtar gradvis etter tre måneder", addDays(referral, 30), {} }));
        for (int g = 0; g < m_draw.between(2, 5); ++g)
            FN_TRY(make(Goal { {}, pid, {}, "Delmål " + std::to_string(g + 1) + ": " + std::string(m_draw.pick(tasks)),
                g == 0 ? GoalStatus::Achieved : GoalStatus::Open, addDays(referral, 60 * (g + 1)) }));
        if (plan.programme == Programme::IntroductionProgramme)
            for (int l = 0; l < 3; ++l)
                FN_TRY(make(LanguageLevel { {}, pid, addDays(referral, l * 120),
                    std::array { CefrLevel::A1, CefrLevel::A2, CefrLevel::B1 }[static_cast<std::size_t>(l)], "" }));
        // Extended before it ran out, to a day still ahead: no measure in the demo has lapsed unnoticed.
        if (daysIn > 365)
            FN_TRY(make(MeasureExtension { {}, pid, addDays(referral, 350),
                std::max(addDays(referral, 545), addDays(m_anchor, 45 + daysIn % 120)),
                "God progresjon, trenger mer tid i arbeid." }));

        // A placement for those who reached the job-finding steps.
        std::optional<Placement> placement;
        const std::size_t employerIndex = static_cast<std::size_t>(m_draw.below(static_cast<int>(m_employers.size())));
        const Trade& trade = trades[employerIndex];
        if (plan.status == ParticipantStatus::InWork || plan.status == ParticipantStatus::JobTasting
            || plan.status == ParticipantStatus::Discharged) {
            Placement pl;
            pl.id = m_ids.next();
            pl.participantId = pid;
            pl.employerId = m_employers[employerIndex];
            pl.workplaceId = m_workplaces[employerIndex];
            pl.kind = plan.status == ParticipantStatus::JobTasting ? PlacementKind::JobTasting : PlacementKind::PaidJob;
            if (pl.kind == PlacementKind::PaidJob)
                pl.contract = m_draw.chance(30) ? ContractType::Permanent : ContractType::Temporary;
            const auto first = static_cast<std::size_t>(m_draw.below(static_cast<int>(trade.tasks.size())));
            task = trade.tasks[first];
            pl.title = task;
            pl.startOn = daysAgo(std::max(7, daysIn / 2));
            if (plan.moment == Moment::StartsNextWeek)
                pl.startOn = addDays(m_anchor, 7);
            if (plan.moment == Moment::TrialEnding)
                pl.startOn = daysAgo(171);
            pl.trialEndOn = addDays(*pl.startOn, 180);
            if (pl.contract == ContractType::Temporary)
                pl.contractEndOn = addDays(*pl.startOn, 365);
            pl.carvedTasks = task + ", " + trade.tasks[(first + 1) % trade.tasks.size()];
            pl.accommodations = "Fast fadder, korte dager første uke";
            ++summary.records;
            FN_TRY(m_store.create(pl));
            placement = pl;
            m_jobs.push_back({ pl, p, plan.status == ParticipantStatus::InWork });
            FN_TRY(make(PositionChange { {}, pid, pl.id, pl.startOn, 40 }));
            if (daysIn > 200 && addDays(*pl.startOn, 90) < m_anchor)
                FN_TRY(make(PositionChange { {}, pid, pl.id, addDays(*pl.startOn, 90), 60 }));
            if (pl.kind == PlacementKind::PaidJob) {
                // Reviewed after six months, then every quarter; the review on record is the next
                // one, unless the team is running a week late.
                const Date to = addDays(*pl.startOn, 365);
                Date review = addDays(*pl.startOn, 180);
                while (review < addDays(m_anchor, -7) && review < to)
                    review = addMonths(review, 3);
                if (plan.moment == Moment::SubsidyReview)
                    review = addDays(m_anchor, 3);
                FN_TRY(make(SupportMeasure { {}, pid, pl.id, SupportMeasureKind::WageSubsidy, 40, {}, pl.startOn, to,
                    std::min(review, to), {} }));
            }
            FN_TRY(make(Consent { {}, pid, ConsentKind::Disclosure, DisclosureItem::SupportNeeds,
                RecipientKind::Employer, pl.employerId, trade.name, "Tilrettelegging på arbeidsplassen",
                std::min(*pl.startOn, m_anchor), {}, "Arbeidsgiver kan få vite hvilke tilpasninger som trengs.",
                "Sjefen får vite hva som hjelper deg." }));
        }

        // Contacts over the whole time in the service.
        const int weeks = std::max(1, daysIn / 7);
        const int contacts = std::max(2, weeks * m_options.contactsPerWeek + m_draw.below(weeks + 1) / 2);
        for (int v = 0; v < contacts; ++v) {
            const int ago = daysIn - (daysIn * v) / contacts;
            Visit visit;
            visit.participantId = pid;
            visit.authorId = summary.staff.specialist;
            const bool atWork = placement && daysAgo(ago) >= *placement->startOn;
            visit.contactType = atWork ? m_draw.pick(std::array { ContactType::WorkplaceFollowUp, ContactType::Phone,
                                    ContactType::Sms, ContactType::ThreeWayMeeting, ContactType::WorkplaceFollowUp })
                                       : m_draw.pick(std::array { ContactType::Phone, ContactType::Sms,
                                           ContactType::HomeVisit, ContactType::OutreachAttempt, ContactType::Email,
                                           ContactType::JobTastingDay, ContactType::EmployerFollowUp });
            if (atWork || visit.contactType == ContactType::EmployerFollowUp
                || visit.contactType == ContactType::JobTastingDay) {
                visit.employerId = m_employers[employerIndex];
                visit.workplaceId = m_workplaces[employerIndex];
            }
            visit.occurredOn = daysAgo(ago);
            visit.startTime = std::to_string(m_draw.between(8, 15)) + ":" + (m_draw.chance(50) ? "00" : "30");
            if (visit.startTime->size() == 4)
                visit.startTime = "0" + *visit.startTime;
            const bool remote = visit.contactType == ContactType::Phone || visit.contactType == ContactType::Sms
                || visit.contactType == ContactType::Email;
            visit.durationMin = remote ? m_draw.between(5, 20) : m_draw.between(30, 90);
            visit.place = remote ? "" : (atWork ? "På arbeidsplassen" : "Kafé i sentrum");
            visit.attendees = { Attendee::Participant };
            if (visit.employerId)
                visit.attendees.insert(Attendee::Employer);
            if (p.interpreterNeeded && !remote)
                visit.attendees.insert(Attendee::Interpreter);
            visit.purpose = atWork ? "Oppfølging i arbeid" : "Jobbsøking og kartlegging";
            visit.steps = p.steps.empty() ? std::set<int> { 3 } : p.steps;
            if (!remote) {
                visit.obsPerson = m_draw.pick(observationsPerson);
                visit.obsTask = m_draw.pick(observationsTask);
                visit.obsEnvironment = m_draw.pick(observationsEnvironment);
                visit.fieldTime = true;
            }
            visit.note = fill(m_draw.pick(visitNotes), name, task, interest);
            if (v + 1 == contacts && plan.status != ParticipantStatus::Discharged)
                visit.nextVisitOn = std::max(addDays(m_anchor, m_draw.between(-5, 14)), addDays(visit.occurredOn, 1));
            FN_TRY_ASSIGN(Id vid, makeId(visit));
            ++summary.visits;
            const int actions = (visit.contactType == ContactType::Sms || visit.contactType == ContactType::Email)
                ? 0
                : m_draw.below(4);
            for (int a = 0; a < actions; ++a) {
                const Date due = addDays(visit.occurredOn, m_draw.between(3, 21));
                AgreedAction act { {}, pid, visit.employerId, vid, fill(m_draw.pick(actionTexts), name, task, interest),
                    m_draw.pick(
                        std::array { ActionOwner::Specialist, ActionOwner::Participant, ActionOwner::Employer }),
                    due, {} };
                // Done on time mostly; what is still open fell due in the last few days.
                const bool onTime = m_draw.chance(85);
                if (due < addDays(m_anchor, -3) || (due < m_anchor && onTime))
                    act.doneOn = due;
                FN_TRY(make(act));
            }
        }

        // Natural support from a mentor for everyone in paid work.
        if (placement && placement->kind == PlacementKind::PaidJob && plan.status == ParticipantStatus::InWork) {
            Mentor mentor { {}, *placement->employerId, {}, "Fadder hos " + std::string(trade.name),
                "4" + std::to_string(m_draw.between(1000000, 9999999)), "", "Mentorkurs (en dag)" };
            if (!m_mentorUserTaken) {
                mentor.staffId = summary.staff.mentorUser;
                mentor.name = "Per Aasen";
                m_mentorUserTaken = true;
            }
            FN_TRY_ASSIGN(Id mid, makeId(mentor));
            m_mentors.push_back({ mid, *placement->employerId, *placement->startOn });
            FN_TRY_ASSIGN(Id assignment,
                makeId(MentorAssignment { {}, pid, mid, placement->id, placement->startOn, {},
                    "Opplæring i arbeidsoppgavene og inkludering i kollegafellesskapet", 14,
                    addDays(*placement->startOn, 90) }));
            FN_TRY(make(LearningGoal { {}, pid, assignment, "Lære " + task + " på egen hånd", GoalStatus::Open }));
            FN_TRY(make(LearningGoal { {}, pid, assignment, "Melde fra til leder ved fravær", GoalStatus::Open }));
            FN_TRY(make(Consent { {}, pid, ConsentKind::Disclosure, DisclosureItem::LearningGoals,
                RecipientKind::Mentor, mid, mentor.name, "Fadder skal kunne støtte læringsmålene", placement->startOn,
                {}, "Fadderen kan se læringsmålene dine.", "Fadderen ser hva du vil lære." }));
            const int days = daysBetween(*placement->startOn, m_anchor);
            Date lastTalk = *placement->startOn; // a structured talk every other week, as in the model
            for (int d = 0; d < days; d += m_draw.between(1, 2)) {
                NaturalSupportEntry e;
                e.participantId = pid;
                e.mentorId = mid;
                e.authorId = mentor.staffId ? *mentor.staffId : summary.staff.mentorUser;
                e.occurredOn = addDays(*placement->startOn, d);
                e.minutes = m_draw.pick(std::array { 10, 15, 20, 30, 45, 60 });
                e.kind = m_draw.pick(std::array {
                    SupportKind::TaskTraining, SupportKind::Language, SupportKind::Social, SupportKind::Feedback });
                e.situation = fill(m_draw.pick(supportSituations), name, task, interest);
                e.handledWell = m_draw.pick(handledWell);
                e.needsWork = m_draw.chance(60) ? m_draw.pick(needsWork) : "";
                e.expectedBehaviour = e.needsWork.empty() ? "" : "Si fra til leder før kl. 8.";
                e.needsSpecialist = m_draw.chance(4);
                if (daysBetween(lastTalk, e.occurredOn) >= 14) { // after the draws: the other records stay the same
                    e.kind = SupportKind::StructuredTalk;
                    e.minutes = 60;
                    e.situation = "Fast samtale: hvordan går det, og hva skal vi øve på de neste to ukene?";
                    lastTalk = e.occurredOn;
                }
                FN_TRY(make(e));
                ++summary.naturalSupportEntries;
            }
        }
        if (m_draw.chance(40))
            FN_TRY(make(Reminder { {}, pid, summary.staff.specialist, addDays(m_anchor, m_draw.between(-3, 20)),
                "Følge opp " + name + " om " + std::string(m_draw.pick(tasks)), {} }));
        return {};
    }

    Status employerOnlyVisits()
    {
        // New employer visits and follow-ups without a participant present.
        // In the last five months the specialist goes round them all, the least recently visited first.
        std::vector<int> lastVisitAgo(m_employers.size(), 100000);
        for (int d = 700; d > 0; d -= m_draw.between(1, 4)) {
            std::size_t e = static_cast<std::size_t>(m_draw.below(static_cast<int>(m_employers.size())));
            if (d <= 150)
                e = static_cast<std::size_t>(
                    std::max_element(lastVisitAgo.begin(), lastVisitAgo.end()) - lastVisitAgo.begin());
            lastVisitAgo[e] = d;
            Visit v;
            v.employerId = m_employers[e];
            v.authorId = summary.staff.specialist;
            v.contactType = m_draw.chance(50) ? ContactType::NewEmployerVisit : ContactType::EmployerFollowUp;
            v.occurredOn = daysAgo(d);
            v.startTime = "10:00";
            v.durationMin = m_draw.between(30, 60);
            v.place = std::string(trades[e].name);
            v.attendees = { Attendee::Employer };
            v.purpose = "Bli kjent med behov og oppgaver";
            v.steps = { 4 };
            v.obsEnvironment = m_draw.pick(observationsEnvironment);
            v.note = fill(visitNotes[4], "arbeidsgiver", std::string(m_draw.pick(tasks)), "");
            v.fieldTime = true;
            FN_TRY(make(v));
            ++summary.visits;
        }
        return {};
    }

    Status reflections()
    {
        for (int d = 700; d > 0; d -= 7) {
            const std::string situation = m_draw.pick(reflectionSituations);
            const auto at = std::find(reflectionSituations.begin(), reflectionSituations.end(), situation);
            const std::string theme = reflectionThemes[static_cast<std::size_t>(at - reflectionSituations.begin())];
            FN_TRY(make(Reflection { {}, summary.staff.specialist, daysAgo(d), situation,
                "Lyttet og spurte hva som skal til.", "Vi fant en løsning sammen.", "Forberede meg bedre.",
                "Å ta med deltakeren på besøket.", m_draw.between(1, 5), {}, theme }));
        }
        return {};
    }

    Status fidelity()
    {
        for (int half = 3; half >= 0; --half) {
            std::vector<int> scores;
            for (int item = 0; item < 19; ++item)
                scores.push_back(m_draw.between(2, 5));
            // The team's scores as recorded before the form was answered person by person.
            FN_TRY(make(FidelityAssessment { {}, daysAgo((half + 3) * 182 + 5), scores, "Halvårlig egenvurdering" }));
        }
        return {};
    }

    // The fidelity form, answered by the two specialists and the lead in three rounds half a year
    // apart (the latest this month), after every other record so none of theirs changes. Drawn
    // from a generator of its own for the same reason; the team gets better at items 18 and 19.
    Status fidelityAnswers()
    {
        Draw draw(m_options.seed ^ 0xf1de1u);
        const Id people[] = { summary.staff.specialist, summary.staff.colleague, summary.staff.lead };
        for (int round = 2; round >= 0; --round) {
            const Date month = fidelityRoundOf(daysAgo(round * 182));
            for (const Id& person : people) {
                FidelityAnswers answers;
                for (const FidelityItem& item : fidelityItems()) {
                    FidelityItemAnswer a;
                    a.answered = true;
                    const int lift = (item.number == 18 || item.number == 19) ? 2 - round : 0;
                    if (item.kind == FidelityItemKind::SingleChoice) {
                        a.option = std::min(5, draw.between(2, 4) + (lift > 0 ? 1 : 0));
                    } else {
                        const int count
                            = std::min<int>(static_cast<int>(item.practices.size()), draw.between(0, 3) + lift);
                        a.ticks = std::string(
                            item.practices.substr(item.practices.size() - static_cast<std::size_t>(count)));
                        if (item.number == 3 && draw.chance(50))
                            a.ticks = "a" + a.ticks.substr(a.ticks.empty() ? 0 : 1);
                    }
                    answers.push_back(std::move(a));
                }
                FN_TRY(make(FidelityResponse {
                    {}, person, month, std::min(addDays(month, 3), m_anchor), encodeFidelityAnswers(answers) }));
            }
        }
        return {};
    }

    // Follow-up after a job starts, written last so every record before keeps its id: contracted
    // hours, mentor training, the proposed follow-up meetings, and tapering plans, most agreed.
    Status followUp()
    {
        FN_TRY(make(WorkingHours { {}, summary.staff.specialist, std::nullopt, 2250 }));
        FN_TRY(make(WorkingHours { {}, summary.staff.colleague, std::nullopt, 1800 }));
        for (const auto& m : m_mentors)
            FN_TRY(make(MentorTraining { {}, m.id, m.employerId, addDays(m.from, -10), "Mentorkurs hos NAV", 6 }));
        for (const auto& job : m_jobs) {
            const Placement& pl = job.placement;
            if (!hasFollowUpSchedule(pl))
                continue;
            const OptDate endsOn = followUpEndsOn(pl, job.participant);
            for (const FollowUpSlot& slot : followUpSlots(*pl.startOn)) {
                const auto on = proposedDate(slot, addDays(*pl.startOn, -14));
                if (on && !(endsOn && *endsOn < slot.windowTo))
                    FN_TRY(make(FollowUpMeeting { {}, pl.participantId, pl.id, slot.index, on, "" }));
            }
            if (!job.inWork || daysBetween(*pl.startOn, m_anchor) < 31)
                continue;
            const Date from = addMonths(*pl.startOn, 1);
            FN_TRY(make(TaperingStep { {}, pl.participantId, pl.id, from, 14, "Besøk hver fjortende dag",
                "Daglig opplæring og en fast samtale annenhver uke", "Tar med i lunsj og pauser" }));
            FN_TRY(make(TaperingStep { {}, pl.participantId, pl.id, addMonths(*pl.startOn, 4), 30,
                "Månedlig besøk og telefon ved behov", "Samtale annenhver uke", "Svarer på spørsmål i hverdagen" }));
            if (m_draw.chance(70) || daysBetween(*pl.startOn, m_anchor) > 90) { // agreed by the third month
                FN_TRY_ASSIGN(
                    auto plans, StoreInternals::select<Plan>(m_store, "participant_id = ?", { pl.participantId }));
                for (Plan& plan : plans) {
                    plan.agreedParticipantOn = from;
                    plan.agreedEmployerOn = addDays(from, 2);
                    FN_TRY(m_store.update(plan));
                }
            }
        }
        return {};
    }

    // The weekly case review's queue, written after everything else so every record before keeps its
    // id: one of the specialist's people put up two days ago and not yet discussed, and one of the
    // colleague's discussed last week with the lead's advice.
    Status caseReviews()
    {
        auto firstFollowedBy = [&](const Id& staff) -> Result<std::optional<Id>> {
            FN_TRY_ASSIGN(auto found,
                StoreInternals::select<Participant>(
                    m_store, "specialist_id = ? AND status <> 'discharged'", { Value(staff) }, "id LIMIT 1"));
            return found.empty() ? std::optional<Id> {} : std::optional<Id>(found.front().id);
        };
        FN_TRY_ASSIGN(const auto own, firstFollowedBy(summary.staff.specialist));
        if (own)
            FN_TRY(make(CaseReview { {}, *own, {}, summary.staff.specialist, daysAgo(2),
                "Hun vil slutte i jobben etter tre uker og sier arbeidsgiveren ikke forstår henne. Hvordan tar jeg "
                "samtalen med begge?",
                "", {}, {}, {} }));
        FN_TRY_ASSIGN(const auto colleagues, firstFollowedBy(summary.staff.colleague));
        if (colleagues)
            FN_TRY(make(CaseReview { {}, *colleagues, {}, summary.staff.colleague, daysAgo(9),
                "Vi har ikke fått kontakt på tre uker. Skal jeg avslutte?",
                "Ikke avslutt for uteblitte avtaler: prøv hjemmebesøk og en SMS om et uforpliktende møte.",
                summary.staff.lead, daysAgo(5), {} }));
        return {};
    }

    struct Job {
        Placement placement;
        Participant participant;
        bool inWork = false;
    };
    struct MentorAt {
        Id id;
        Id employerId;
        Date from;
    };

    Store& m_store;
    DemoOptions m_options;
    Draw m_draw;
    SeededIds m_ids;
    Date m_anchor;
    std::vector<Id> m_employers;
    std::vector<Id> m_workplaces;
    bool m_mentorUserTaken = false;
    std::vector<Job> m_jobs;
    std::vector<MentorAt> m_mentors;
};

} // namespace

Result<DemoSummary> loadDemo(Store& store, const DemoOptions& options)
{
    Generator generator(store, options);
    FN_TRY(store.transaction([&]() -> Status {
        FN_TRY(generator.run());
        if (store.staffId().empty())
            FN_TRY(store.setStaffId(generator.summary.staff.specialist));
        return {};
    }));
    return generator.summary;
}

} // namespace fieldnotes::core
