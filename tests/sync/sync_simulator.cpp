// The seeded random simulator: an office and four tablets (two of one specialist, one of a
// colleague, one of a workplace mentor) edit every kind of record, the office reassigns people and
// changes consents, and tablets sync over links that drop at any message, deliver a message twice,
// or replay an old push late. Once everyone has synced without faults, it asserts:
//   - every tablet holds exactly the office's state as its user may see it (so two tablets of one
//     user are identical, and the mentor's tablet equals the office's consent-limited projection);
//   - every change a tablet made and the office acknowledged is present, or superseded by a later
//     edit made by someone who had seen it, or kept in a conflict record, or (refused) kept in the
//     tablet's list of refused changes.
//
//   sync_simulator [--seeds N] [--first S] [--steps K] [--seed S --verbose]
//
// A failing seed prints the command that replays it alone.
#include "consentcase.h"
#include "dump.h"
#include "handover.h"
#include "mentors.h"
#include "oracle.h"
#include "replica.h"
#include "storeinternals.h"
#include "syncharness.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <sodium.h>

#include <chrono>
#include <cstdio>
#include <map>
#include <random>
#include <set>

using namespace fieldnotes;
using namespace fieldnotes::core;
using namespace fieldnotes::sync;

namespace {

bool g_verbose = false;
// Office writes between two messages of a running pull (--no-writes-during-pull leaves them out, to
// tell whether a failing seed needs them).
bool g_writesDuringPull = true;

void note(const std::string& line)
{
    if (g_verbose)
        std::fprintf(stderr, "  %s\n", line.c_str());
}

class Draw {
public:
    explicit Draw(std::uint64_t seed)
        : m_rng(seed)
    {
    }
    int below(int n) { return n <= 1 ? 0 : static_cast<int>(m_rng() % static_cast<std::uint64_t>(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template<class C> const auto& pick(const C& c)
    {
        return c[static_cast<std::size_t>(below(static_cast<int>(c.size())))];
    }
    std::uint64_t next() { return m_rng(); }

private:
    std::mt19937_64 m_rng;
};

enum class Kind { Text, Int, Bool, Date, ParticipantStatus, GoalStatus, FollowUp };

struct Editable {
    std::string_view table;
    std::string_view column;
    Kind kind;
};

// Fields tablets edit: at least one of every kind of value, in every mutable table a specialist holds.
constexpr Editable editables[] = {
    { "participants", "phone", Kind::Text },
    { "participants", "email", Kind::Text },
    { "participants", "preferred_language", Kind::Text },
    { "participants", "status", Kind::ParticipantStatus },
    { "participants", "interpreter_needed", Kind::Bool },
    { "participants", "measure_end_on", Kind::Date },
    { "profiles", "interests", Kind::Text },
    { "profiles", "support_needs", Kind::Text },
    { "profiles", "can_today", Kind::Text },
    { "profiles", "wanted_hours_pct", Kind::Int },
    { "plans", "summary", Kind::Text },
    { "plans", "tapering", Kind::Text },
    { "goals", "text", Kind::Text },
    { "goals", "status", Kind::GoalStatus },
    { "employers", "needs", Kind::Text },
    { "employers", "follow_up_preference", Kind::FollowUp },
    { "placements", "accommodations", Kind::Text },
    { "placements", "trial_end_on", Kind::Date },
    { "agreed_actions", "text", Kind::Text },
    { "agreed_actions", "done_on", Kind::Date },
    { "consents", "purpose", Kind::Text },
    { "learning_goals", "text", Kind::Text },
    { "mentor_assignments", "mandate", Kind::Text },
    { "mentor_assignments", "talk_interval_days", Kind::Int },
};

Value valueFor(Kind kind, Draw& draw)
{
    static const std::array words { "kafé", "lager", "buss", "kasse", "varemottak", "vaskeri", "verksted", "hage" };
    switch (kind) {
    case Kind::Text:
        return std::string(draw.pick(words)) + " " + std::to_string(draw.below(100));
    case Kind::Int:
        return std::int64_t { 10 + draw.below(80) };
    case Kind::Bool:
        return std::int64_t { draw.below(2) };
    case Kind::Date:
        return formatDate(addDays(*parseDate("2026-03-01"), draw.below(60)));
    case Kind::ParticipantStatus:
        return std::string(codeOf(draw.pick(allOf<ParticipantStatus>())));
    case Kind::GoalStatus:
        return std::string(codeOf(draw.pick(allOf<GoalStatus>())));
    case Kind::FollowUp:
        return std::string(codeOf(draw.pick(allOf<FollowUpPreference>())));
    }
    return {};
}

std::vector<std::string> ids(Store& store, const std::string& sql, const std::vector<Value>& params = {})
{
    std::vector<std::string> out;
    auto st = core::StoreInternals::db(store).prepare(sql);
    if (!st)
        return out;
    for (std::size_t i = 0; i < params.size(); ++i)
        (*st)->bind(static_cast<int>(i + 1), params[i]);
    while (auto row = (*st)->step()) {
        if (!*row)
            break;
        out.push_back((*st)->text(0));
    }
    (*st)->reset();
    return out;
}

struct Tablet {
    std::string name;
    Id staff;
    int number = 0;
    bool mentor = false;
    bool lead = false;
    std::filesystem::path dir;
    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<SeededIds> ids;
    std::unique_ptr<Store> store;
    CertificateIdentity certificate;
    std::vector<wire::ClientMessage> pushes; // batches sent, for late replays
    // What the oracle let this tablet's user see at its last completed sync and at every sync begun
    // since: the tablet may hold any of it until its next completed sync, and nothing beyond.
    std::vector<test::oracle::Sight> allowed;
    std::map<Id, Id> drafts; // drafts open on this tablet: id -> the participant they are about
    int draftsMade = 0;
    bool owesErasure = false; // an erasure happened at the office since this tablet's last completed sync
    bool revoked = false; // withdrawn at the office, not yet wiped
    std::int64_t lostFrom = 0; // its changes from this sequence on never reached the office before it was withdrawn
    int installs = 0;
    bool restamps = false; // its clock was set right after running ahead: its next push is stamped again
};

// A person the office erased, by what would name them on a replica.
struct Erased {
    Id id;
    std::string name, phone;
};

// A change a tablet made, as it left the outbox.
struct Made {
    std::string device;
    Change change;
};

// The starting point of every seed, built once: an office with a small team and caseload, and four
// paired tablets that have synced it. Each seed starts from a copy of its files.
struct Template {
    QTemporaryDir dir;
    std::filesystem::path root() const { return dir.path().toStdString(); }
    Id specialistA, specialistB, mentorUser, lead, officeId;
    std::vector<std::tuple<std::string, Id, int, StaffRole>> tablets; // name, staff, number, role
};

StoreOptions optionsFor(ManualClock& clock, IdSource& ids, const std::string& device)
{
    StoreOptions o;
    o.clock = &clock;
    o.ids = &ids;
    o.kdf = KdfCost::minimum();
    o.deviceId = device;
    return o;
}

#define SIM_CHECK(expr)                                                                                                \
    do {                                                                                                               \
        if (const auto& fnSimResult_ = (expr); !fnSimResult_) {                                                        \
            std::fprintf(                                                                                              \
                stderr, "setup failed at %s:%d: %s\n", __FILE__, __LINE__, fnSimResult_.error().message.c_str());      \
            std::exit(2);                                                                                              \
        }                                                                                                              \
    } while (false)

std::unique_ptr<Template> buildTemplate()
{
    auto t = std::make_unique<Template>();
    ManualClock clock(test::fixedStart());
    SeededIds ids(7);
    const auto officeDir = t->root() / "office";
    SIM_CHECK(Store::create(officeDir, test::passphrase, optionsFor(clock, ids, test::deviceUuid(1))));
    auto officeStore = Store::open(officeDir, test::passphrase, optionsFor(clock, ids, test::deviceUuid(1)));
    SIM_CHECK(officeStore);
    SIM_CHECK(OfficeAdmin::setUp(**officeStore, "127.0.0.1:7443"));
    Office office(**officeStore);
    Store& s = **officeStore;
    t->officeId = s.deviceId();
    SIM_CHECK(office.write([&]() -> Status {
        FN_TRY_ASSIGN(t->specialistA, s.create(Staff { {}, "Ingrid Lunde", StaffRole::Specialist }));
        FN_TRY_ASSIGN(t->specialistB, s.create(Staff { {}, "Tarek Haddad", StaffRole::Specialist }));
        FN_TRY_ASSIGN(t->mentorUser, s.create(Staff { {}, "Per Aasen", StaffRole::Mentor }));
        FN_TRY_ASSIGN(t->lead, s.create(Staff { {}, "Hanne Berg", StaffRole::Lead }));
        FN_TRY_ASSIGN(const Id e1,
            s.create(Employer { {}, "Nordlys Bakeri", "", "bakeri", "", "Ekstra hender", "", "", "",
                FollowUpPreference::OnSite, t->specialistA, RiskFlag::None, "", "" }));
        FN_TRY_ASSIGN(const Id e2,
            s.create(Employer { {}, "Havnelageret AS", "", "lager", "", "Plukk", "", "", "",
                FollowUpPreference::MeetingsOnly, t->specialistB, RiskFlag::None, "", "" }));
        FN_TRY_ASSIGN(
            const Id mentor, s.create(Mentor { {}, e1, t->mentorUser, "Per Aasen", "40000001", "", "Mentorkurs" }));
        int n = 0;
        for (const Id& owner :
            { t->specialistA, t->specialistA, t->specialistA, t->specialistB, t->specialistB, t->lead }) {
            Participant p;
            p.displayName = "Deltaker " + std::to_string(++n);
            p.phone = "9000000" + std::to_string(n);
            p.specialistId = owner;
            p.status = ParticipantStatus::JobSearch;
            FN_TRY_ASSIGN(const Id pid, s.create(p));
            Profile profile;
            profile.id = pid;
            profile.participantId = pid;
            profile.interests = "matlaging";
            profile.supportNeeds = "faste rutiner";
            profile.canToday = "oppvask";
            FN_TRY(s.create(profile).map([](const Id&) {}));
            FN_TRY(s.create(Plan { pid, pid, "Arbeid innen et år", "Ukentlig", "Fadder overtar", {}, {} })
                       .map([](const Id&) {}));
            FN_TRY(s.create(Goal { {}, pid, {}, "Delmål", GoalStatus::Open, {} }).map([](const Id&) {}));
            FN_TRY(s.create(Consent { {}, pid, ConsentKind::Participation, {}, {}, {}, "", "Delta",
                                parseDate("2026-01-05"), {}, "", "" })
                       .map([](const Id&) {}));
            if (n == 1) {
                // A placement at the bakery, with the mentor assigned and learning goals shared.
                Placement pl;
                pl.participantId = pid;
                pl.employerId = e1;
                pl.kind = PlacementKind::WorkTrial;
                pl.title = "Bakeriassistent";
                pl.accommodations = "Korte dager";
                pl.carvedTasks = "Oppvask";
                FN_TRY_ASSIGN(const Id placement, s.create(pl));
                FN_TRY_ASSIGN(const Id assignment,
                    s.create(MentorAssignment {
                        {}, pid, mentor, placement, parseDate("2026-02-01"), {}, "Opplæring", 14, {} }));
                FN_TRY(
                    s.create(LearningGoal { {}, pid, assignment, "Melde fravær", GoalStatus::Open }).map([](const Id&) {
                    }));
                for (DisclosureItem item : { DisclosureItem::LearningGoals, DisclosureItem::ContactDetails })
                    FN_TRY(s.create(Consent { {}, pid, ConsentKind::Disclosure, item, RecipientKind::Mentor, mentor,
                                        "Per Aasen", "Fadderstøtte", parseDate("2026-02-01"), {}, "", "" })
                               .map([](const Id&) {}));
            }
            FN_TRY(s.create(AgreedAction { {}, pid, n == 1 ? OptId(e1) : OptId(), {}, "Ringe leder",
                                ActionOwner::Specialist, parseDate("2026-03-10"), {} })
                       .map([](const Id&) {}));
        }
        (void)e2;
        return {};
    }));
    t->tablets = { { "A1", t->specialistA, 1, StaffRole::Specialist },
        { "A2", t->specialistA, 2, StaffRole::Specialist }, { "B", t->specialistB, 3, StaffRole::Specialist },
        { "M", t->mentorUser, 4, StaffRole::Mentor }, { "L", t->lead, 5, StaffRole::Lead } };
    for (const auto& [name, staff, number, role] : t->tablets) {
        ManualClock tabletClock(test::fixedStart());
        SeededIds tabletIds(100 + static_cast<std::uint64_t>(number));
        const auto dir = t->root() / name;
        SIM_CHECK(
            Store::create(dir, test::passphrase, optionsFor(tabletClock, tabletIds, test::deviceUuid(100 + number))));
        auto store
            = Store::open(dir, test::passphrase, optionsFor(tabletClock, tabletIds, test::deviceUuid(100 + number)));
        SIM_CHECK(store);
        auto enrolment = OfficeAdmin(office).enroll(staff, role, std::chrono::hours(1));
        SIM_CHECK(enrolment);
        SIM_CHECK(test::pairInMemory(office, **store, enrolment->bundle));
        auto link = test::syncInMemory(office, **store, test::certificateOf(**store));
        SIM_CHECK(link.status);
        SIM_CHECK(core::StoreInternals::db(*(*store)).exec("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    SIM_CHECK(core::StoreInternals::db(s).exec("PRAGMA wal_checkpoint(TRUNCATE)"));
    return t;
}

class World {
public:
    World(const Template& t, const std::filesystem::path& root, std::uint64_t seed, int steps)
        : m_template(t)
        , m_draw(seed)
        , m_seed(seed)
        , m_steps(steps)
        , m_officeClock(test::fixedStart())
        , m_officeIds(seed * 1000003ULL + 1)
    {
        std::filesystem::copy(t.root(), root, std::filesystem::copy_options::recursive);
        auto office = Store::open(
            root / "office", test::passphrase, optionsFor(m_officeClock, m_officeIds, test::deviceUuid(1)));
        SIM_CHECK(office);
        m_officeStore = std::move(*office);
        m_office = std::make_unique<Office>(*m_officeStore);
        for (const auto& [name, staff, number, role] : t.tablets) {
            auto tablet = std::make_unique<Tablet>();
            tablet->name = name;
            tablet->staff = staff;
            tablet->number = number;
            tablet->mentor = role == StaffRole::Mentor;
            tablet->lead = role == StaffRole::Lead;
            tablet->dir = root / name;
            tablet->clock = std::make_unique<ManualClock>(test::fixedStart());
            tablet->ids = std::make_unique<SeededIds>(seed * 7919ULL + static_cast<std::uint64_t>(number));
            auto store = Store::open(tablet->dir, test::passphrase,
                optionsFor(*tablet->clock, *tablet->ids, test::deviceUuid(100 + number)));
            SIM_CHECK(store);
            tablet->store = std::move(*store);
            tablet->certificate = test::certificateOf(*tablet->store);
            tablet->allowed = { sightNow(*tablet) };
            m_tablets.push_back(std::move(tablet));
        }
    }

    std::optional<std::string> run()
    {
        for (int step = 0; step < m_steps; ++step) {
            if (auto failure = act(step))
                return failure;
        }
        return settleAndCheck();
    }

private:
    Tablet& anyTablet()
    {
        return *m_tablets[static_cast<std::size_t>(m_draw.below(static_cast<int>(m_tablets.size())))];
    }
    Tablet& specialistTablet() { return *m_tablets[static_cast<std::size_t>(m_draw.below(3))]; }
    Tablet& mentorTablet() { return *m_tablets[3]; }
    Tablet& leadTablet() { return *m_tablets[4]; }
    // Who writes: mostly a specialist, now and then the team lead (whose writes about a colleague's
    // participant the office refuses, and keeps among the lead tablet's refused changes).
    Tablet& writerTablet() { return m_draw.chance(12) ? leadTablet() : specialistTablet(); }

    // The oracle's answer for this tablet's user, from the office's facts as they are now.
    test::oracle::Sight sightNow(const Tablet& t)
    {
        const auto facts = test::oracle::factsOf(*m_officeStore, formatDate(localDate(m_officeClock.now())));
        using test::oracle::Role;
        return test::oracle::sightOf(facts, t.staff, t.mentor ? Role::Mentor : t.lead ? Role::Lead : Role::Specialist);
    }

    // No draft is lost: only an erasure of its person, or the wipe of a withdrawn tablet, removes it.
    std::optional<std::string> checkDrafts(Tablet& t)
    {
        for (const auto& [draft, participant] : t.drafts) {
            if (erased(participant))
                continue;
            auto held = t.store->draft(draft);
            if (!held || !*held)
                return "tablet " + t.name + " lost its draft " + draft + " about " + participant;
        }
        return std::nullopt;
    }

    void record(Tablet& t)
    {
        Replica replica(*t.store);
        auto pending = replica.pending(100000);
        if (!pending)
            return;
        for (const Change& c : *pending)
            m_made[{ t.store->deviceId(), c.seq }] = c;
        if (!pending->empty() && m_draw.chance(50)) {
            // As the tablet sends it: changes of one generation of its store.
            wire::ClientMessage batch;
            batch.mutable_push()->set_generation(pending->front().generation);
            for (const Change& c : *pending) {
                if (batch.push().changes_size() >= 50 || c.generation != pending->front().generation)
                    break;
                toWire(c, *batch.mutable_push()->add_changes());
            }
            t.pushes.push_back(std::move(batch));
        }
    }

    // Changes saved while a tablet's clock ran ahead are stamped again before they are sent: note
    // them as they leave, so the bookkeeping holds the versions the office sees.
    std::function<void(const wire::ClientMessage&)> recordAsSent(Tablet& t)
    {
        return [this, &t](const wire::ClientMessage& message) {
            if (!message.has_push())
                return;
            auto pending = Replica(*t.store).pending(100000);
            if (pending)
                for (const Change& c : *pending)
                    m_made[{ t.store->deviceId(), c.seq }] = c;
        };
    }

    std::optional<std::string> syncTablet(Tablet& t, test::LinkFaults faults)
    {
        record(t);
        noteRefusedBeforeWipe(t);
        // What the user may see changes between two syncs only by the office's writes; during this one
        // only if the office writes while it runs.
        std::optional<test::oracle::Sight> sightBefore;
        if (faults.duringPull) {
            sightBefore = sightNow(t);
            t.allowed.push_back(*sightBefore);
        }
        if (t.restamps)
            faults.beforeOffice = recordAsSent(t);
        const auto result = test::syncInMemory(*m_office, *t.store, t.certificate, faults);
        if (result.completed) {
            t.restamps = false;
            t.allowed = { sightNow(t) };
            if (sightBefore)
                t.allowed.push_back(*sightBefore);
            if (t.owesErasure) {
                t.owesErasure = false;
                if (auto found = traceOfErased(*t.store))
                    return "after its first sync since an erasure, tablet " + t.name + " " + *found;
            }
        } else
            t.allowed.push_back(sightNow(t));
        // A tablet changes only when it syncs or its user writes (their own work, which the oracle
        // leaves to the office): checked after every sync, it is checked at every step.
        if (auto beyond = test::oracle::checkNothingBeyond(*t.store, t.allowed))
            return "after a sync, tablet " + t.name + " " + *beyond;
        if (auto lost = checkDrafts(t))
            return "after a sync, " + *lost;
        note("sync " + t.name + (faults.dropAfter >= 0 ? " drop@" + std::to_string(faults.dropAfter) : "")
            + (faults.duplicateServerMessage >= 0 ? " dup-msg" : "") + (faults.duplicatePush >= 0 ? " dup-push" : "")
            + ": "
            + (result.completed      ? "done"
                    : result.dropped ? "dropped"
                                     : "failed")
            + " sent " + std::to_string(result.report.sent) + " received " + std::to_string(result.report.received));
        if (result.report.wiped) {
            if (!t.revoked)
                return "tablet " + t.name + " was wiped, but it was never withdrawn";
            if (auto left = leftAfterWipe(t))
                return "the withdrawn tablet " + t.name + " was wiped but " + *left;
            return reinstall(t);
        }
        if (t.revoked && !result.dropped && !result.status && result.status.error().code == ErrorCode::Revoked)
            return std::nullopt; // told it was withdrawn before the wipe arrived: the next sync wipes it
        if (!result.dropped && !result.status && result.status.error().code == ErrorCode::ClockWrong) {
            // Nothing was sent; the person sets the tablet's clock right, as the message asks.
            note(t.name + " is told its clock is wrong, and its user sets it right");
            t.clock->set(m_officeClock.now());
            t.restamps = true;
            return std::nullopt;
        }
        if (!result.dropped && !result.status)
            return "sync of " + t.name + " failed: " + result.status.error().message;
        return std::nullopt;
    }

    // A push sent earlier on a connection that lingered, arriving after newer ones.
    void replayLatePush(Tablet& t)
    {
        if (t.pushes.empty())
            return;
        const auto& batch = t.pushes[static_cast<std::size_t>(m_draw.below(static_cast<int>(t.pushes.size())))];
        OfficeSession session(*m_office, t.certificate);
        wire::ClientMessage hello;
        hello.mutable_hello()->set_protocol(protocolVersion);
        hello.mutable_hello()->set_device_id(t.store->deviceId());
        if (!session.handle(hello).messages.at(0).has_welcome())
            return;
        (void)session.handle(batch);
        note("late replay of a push from " + t.name);
    }

    Date today(Tablet& t) { return localDate(t.clock->now()); }

    void edit(Tablet& t)
    {
        Store& s = *t.store;
        const Editable& e = editables[static_cast<std::size_t>(m_draw.below(static_cast<int>(std::size(editables))))];
        const auto rows = ids(s, "SELECT id FROM " + std::string(e.table) + " WHERE _deleted = 0 ORDER BY id");
        if (rows.empty())
            return;
        const Id row = m_draw.pick(rows);
        const TableInfo* table = findTable(e.table);
        const auto st = s.setFields(*table, row, { { std::string(e.column), valueFor(e.kind, m_draw) } });
        note(
            t.name + " edits " + std::string(e.table) + "." + std::string(e.column) + (st ? "" : " (refused locally)"));
    }

    void create(Tablet& t)
    {
        Store& s = *t.store;
        const auto participants = ids(s, "SELECT id FROM participants WHERE _deleted = 0 ORDER BY id");
        switch (m_draw.below(5)) {
        case 0: {
            Participant p;
            p.displayName = "Ny deltaker " + std::to_string(m_draw.below(1000));
            p.specialistId = t.staff;
            (void)s.create(p);
            note(t.name + " adds a participant");
            return;
        }
        case 1:
            if (!participants.empty())
                (void)s.create(Goal { {}, m_draw.pick(participants), {}, "Nytt delmål", GoalStatus::Open, {} });
            note(t.name + " adds a goal");
            return;
        case 2:
            if (!participants.empty())
                (void)s.create(AgreedAction { {}, m_draw.pick(participants), {}, {}, "Avklare arbeidstid",
                    ActionOwner::Participant, today(t), {} });
            note(t.name + " adds an agreed action");
            return;
        case 3: {
            Employer e;
            e.name = "Ny arbeidsgiver " + std::to_string(m_draw.below(1000));
            e.ownerId = t.staff;
            (void)s.create(e);
            note(t.name + " adds an employer");
            return;
        }
        default: {
            // The same profile created on two tablets is one record: its fields merge or conflict.
            if (participants.empty())
                return;
            const Id pid = m_draw.pick(participants);
            Profile profile;
            profile.id = pid;
            profile.participantId = pid;
            profile.dreamJob = "kokk " + std::to_string(m_draw.below(10));
            (void)s.create(profile);
            note(t.name + " writes a profile");
            return;
        }
        }
    }

    void append(Tablet& t)
    {
        Store& s = *t.store;
        if (t.mentor) {
            auto assigned = ids(s, "SELECT participant_id FROM mentor_assignments WHERE _deleted = 0 ORDER BY id");
            const auto mentors = ids(s, "SELECT mentor_id FROM mentor_assignments WHERE _deleted = 0 ORDER BY id");
            NaturalSupportEntry e;
            e.authorId = t.staff;
            e.occurredOn = today(t);
            e.minutes = 15;
            e.situation = "Opplæring i oppvask";
            e.handledWell = "Spurte når noe var uklart";
            if (assigned.empty() || m_draw.chance(15)) {
                e.participantId = test::deviceUuid(9000 + m_draw.below(100)); // not assigned: refused
            } else {
                const auto i = static_cast<std::size_t>(m_draw.below(static_cast<int>(assigned.size())));
                e.participantId = assigned[i];
                e.mentorId = mentors[i];
            }
            (void)s.append(e);
            note(t.name + " logs natural support");
            return;
        }
        const auto participants = ids(s, "SELECT id FROM participants WHERE _deleted = 0 ORDER BY id");
        if (m_draw.chance(20)) {
            (void)s.append(Reflection { {}, t.staff, today(t), "Arbeidsgiver var skeptisk", "Lyttet", "Løsning",
                "Forberede meg", "Ta med deltakeren", 4, {}, "Arbeidsgiver" });
            note(t.name + " writes a reflection");
            return;
        }
        if (participants.empty())
            return;
        Visit v;
        v.participantId = m_draw.pick(participants);
        v.authorId = t.staff;
        v.contactType = ContactType::WorkplaceFollowUp;
        v.occurredOn = today(t);
        v.note = "Besøk " + std::to_string(m_draw.below(1000));
        v.audience = m_draw.chance(20) ? Audience::Author : Audience::Team;
        (void)s.append(v);
        note(t.name + " writes a visit");
    }

    void removeOrResolve(Tablet& t)
    {
        Store& s = *t.store;
        if (m_draw.chance(50)) {
            const auto open = ids(s, "SELECT id FROM conflicts WHERE resolution IS NULL AND _deleted = 0 ORDER BY id");
            if (!open.empty()) {
                const char* choice = m_draw.chance(50) ? "kept" : "other";
                const auto st = Replica(s).resolveConflict(m_draw.pick(open), choice);
                note(t.name + " resolves a conflict: " + choice + (st ? "" : " (refused locally)"));
                return;
            }
        }
        const std::string table = m_draw.chance(50) ? "goals" : "agreed_actions";
        const auto rows = ids(s, "SELECT id FROM " + table + " WHERE _deleted = 0 ORDER BY id");
        if (!rows.empty()) {
            (void)s.remove(table, m_draw.pick(rows));
            note(t.name + " removes a " + table + " row");
        }
    }

    // The team lead hands a participant over on their tablet, as the hand-over dialog does: to a
    // specialist, or to themselves.
    void leadHandsOver()
    {
        Tablet& t = leadTablet();
        Store& s = *t.store;
        const auto rows = ids(s, "SELECT id FROM participants WHERE _deleted = 0 ORDER BY id");
        if (rows.empty())
            return;
        const Id participant = m_draw.pick(rows);
        const std::vector<Id> staff { m_template.specialistA, m_template.specialistB, m_template.lead };
        const Id to = staff[static_cast<std::size_t>(m_draw.below(3))];
        const auto done = handOverParticipant(s, actorOf(s), participant, to, today(t));
        note(t.name + " hands a participant over" + (done ? "" : " (refused locally)"));
    }

    bool erased(const Id& participant) const
    {
        return std::any_of(m_erased.begin(), m_erased.end(), [&](const Erased& e) { return e.id == participant; });
    }

    // A visit note (or, on the mentor's tablet, a natural-support entry) half typed about someone the
    // tablet holds, naming them, left open while everything else goes on.
    void openDraft(Tablet& t)
    {
        Store& s = *t.store;
        const auto rows = ids(s, "SELECT id FROM participants WHERE _deleted = 0 ORDER BY id");
        if (rows.empty())
            return;
        const Id participant = m_draw.pick(rows);
        const auto name = ids(s, "SELECT display_name FROM participants WHERE id = ?", { participant });
        Draft d;
        d.id = "draft-" + t.name + "-" + std::to_string(++t.draftsMade);
        d.kind = t.mentor ? "natural_support" : "visit";
        d.participantId = participant;
        d.updatedMs = std::chrono::duration_cast<std::chrono::milliseconds>(t.clock->now().time_since_epoch()).count();
        d.payload = "{\"note\":\"Samtale med " + (name.empty() ? std::string() : name.front()) + "\"}";
        if (s.saveDraft(d)) {
            t.drafts[d.id] = participant;
            note(t.name + " leaves a draft open about " + participant);
        }
    }

    // The office erases a person (at most once a seed): every replica must lose every trace of them.
    std::optional<std::string> erase()
    {
        if (!m_erased.empty())
            return std::nullopt;
        Store& s = *m_officeStore;
        const auto rows = ids(s,
            "SELECT id FROM participants WHERE _deleted = 0 AND display_name LIKE 'Deltaker %' "
            "ORDER BY id");
        if (rows.empty())
            return std::nullopt;
        const Id participant = m_draw.pick(rows);
        auto p = s.get<Participant>(participant);
        if (!p)
            return std::nullopt;
        const auto st = OfficeAdmin(*m_office).erase(participant);
        if (!st)
            return "the office could not erase " + participant + ": " + st.error().message;
        // The phone number names them only while it is still one (the simulator types words into it too).
        const bool number = !p->phone.empty() && p->phone.find_first_not_of("0123456789") == std::string::npos;
        m_erased.push_back({ participant, p->displayName, number ? p->phone : std::string() });
        note("office erases " + participant + " (" + p->displayName + ")");
        for (auto& t : m_tablets)
            t->owesErasure = true;
        if (auto found = traceOfErased(s))
            return "after the erasure, the office " + *found;
        return std::nullopt;
    }

    // Any text on the replica, in any table (rows, drafts, outbox, refused changes, conflicts, search
    // index), that names an erased person: their name or phone number. (Ids are no one's name; the
    // office's feed keeps the erased id so that every tablet learns of the erasure.)
    std::optional<std::string> traceOfErased(Store& store)
    {
        if (m_erased.empty())
            return std::nullopt;
        auto& db = core::StoreInternals::db(store);
        const auto tables = ids(store, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
        for (const std::string& table : tables) {
            auto st = db.prepare("SELECT * FROM \"" + table + "\"");
            if (!st)
                continue;
            while (auto more = (*st)->step()) {
                if (!*more)
                    break;
                for (int i = 0; i < (*st)->columnCount(); ++i) {
                    if ((*st)->isNull(i))
                        continue;
                    const std::string text = (*st)->text(i);
                    for (const Erased& e : m_erased)
                        for (const std::string& trace : { e.name, e.phone })
                            if (!trace.empty() && text.find(trace) != std::string::npos) {
                                (*st)->reset();
                                return "still holds '" + trace + "' of the erased " + e.id + " in " + table + "."
                                    + (*st)->columnName(i);
                            }
                }
            }
            (*st)->reset();
        }
        return std::nullopt;
    }

    // The administrator withdraws a specialist's tablet (at most once a seed). Its next sync wipes
    // it; its user then pairs a fresh install.
    void revokeDevice()
    {
        if (m_revoked)
            return;
        Tablet& t = specialistTablet();
        Replica replica(*t.store);
        auto pending = replica.pending(100000);
        std::int64_t next = 1;
        for (const auto& [key, c] : m_made)
            if (key.first == t.store->deviceId())
                next = std::max(next, key.second + 1);
        t.lostFrom = pending && !pending->empty() ? pending->front().seq : next;
        const auto st = OfficeAdmin(*m_office).revoke(t.store->deviceId());
        note("office withdraws " + t.name + (st ? "" : " (refused: " + st.error().message + ")"));
        if (st) {
            t.revoked = true;
            m_revoked = true;
        }
    }

    // After the wipe: nothing of the case store, no drafts, no outbox, no refused changes.
    std::optional<std::string> leftAfterWipe(Tablet& t)
    {
        std::vector<std::string> tables;
        for (const TableInfo& table : catalogue())
            tables.emplace_back(table.name);
        for (const char* table : { "drafts", "outbox", "rejected_changes", "search_index", "credentials" })
            tables.emplace_back(table);
        for (const std::string& table : tables) {
            const auto count = ids(*t.store, "SELECT count(*) FROM " + table);
            if (!count.empty() && count.front() != "0")
                return "still holds " + count.front() + " rows of " + table;
        }
        return std::nullopt;
    }

    // What the office refused stays visible on a withdrawn tablet until its wipe.
    void noteRefusedBeforeWipe(Tablet& t)
    {
        if (t.revoked)
            for (const auto& seq : ids(*t.store, "SELECT seq FROM rejected_changes"))
                m_refusedBeforeWipe.insert({ t.store->deviceId(), std::stoll(seq) });
    }

    // A fresh install of the app on the withdrawn tablet, paired again for the same user.
    std::optional<std::string> reinstall(Tablet& t)
    {
        for (auto it = m_made.begin(); it != m_made.end();)
            it = it->first.first == t.store->deviceId() && it->first.second >= t.lostFrom ? m_made.erase(it) : ++it;
        const int number = 10 * (++t.installs) + t.number;
        t.dir = t.dir.parent_path() / (t.name + "-" + std::to_string(number));
        t.store.reset();
        t.clock = std::make_unique<ManualClock>(m_officeClock.now());
        t.ids = std::make_unique<SeededIds>(m_seed * 7919ULL + static_cast<std::uint64_t>(number));
        const auto options = optionsFor(*t.clock, *t.ids, test::deviceUuid(100 + number));
        if (auto created = Store::create(t.dir, test::passphrase, options); !created)
            return "cannot install " + t.name + " again: " + created.error().message;
        auto store = Store::open(t.dir, test::passphrase, options);
        if (!store)
            return "cannot open " + t.name + " again: " + store.error().message;
        t.store = std::move(*store);
        auto enrolment = OfficeAdmin(*m_office).enroll(t.staff, StaffRole::Specialist, std::chrono::hours(1));
        if (!enrolment)
            return "cannot enroll " + t.name + " again: " + enrolment.error().message;
        if (auto paired = test::pairInMemory(*m_office, *t.store, enrolment->bundle); !paired)
            return "cannot pair " + t.name + " again: " + paired.error().message;
        t.certificate = test::certificateOf(*t.store);
        t.revoked = false;
        t.drafts.clear();
        t.pushes.clear();
        t.allowed = { sightNow(t) };
        note(t.name + " is installed afresh and paired again");
        return std::nullopt;
    }

    // Consents given and withdrawn on a specialist's tablet, through the consent form's use cases.
    void revokeOrGrant(Tablet& t)
    {
        Store& s = *t.store;
        const Actor actor { t.staff, StaffRole::Specialist };
        const auto consents = ids(s, "SELECT id FROM consents WHERE revoked_on IS NULL AND _deleted = 0 ORDER BY id");
        if (!consents.empty() && m_draw.chance(60)) {
            const auto st = revokeConsent(s, actor, m_draw.pick(consents), today(t));
            note(t.name + " revokes a consent" + (st ? "" : " (refused: " + st.error().error.message + ")"));
            return;
        }
        const auto mentors = ids(s, "SELECT id FROM mentors WHERE _deleted = 0 ORDER BY id");
        const auto assignments = ids(s, "SELECT participant_id FROM mentor_assignments WHERE _deleted = 0 ORDER BY id");
        if (mentors.empty() || assignments.empty())
            return;
        ConsentGrant grant;
        grant.participantId = m_draw.pick(assignments);
        grant.item = m_draw.pick(allOf<DisclosureItem>());
        grant.recipientKind = RecipientKind::Mentor;
        grant.recipientId = m_draw.pick(mentors);
        grant.purpose = "Fadderstøtte";
        grant.grantedOn = today(t);
        const auto st = grantConsent(s, actor, grant);
        note(t.name + " records a new consent for the mentor"
            + (st ? "" : " (refused: " + st.error().error.message + ")"));
    }

    // The office's own edits, with their versions and bases recorded like a tablet's.
    void officeAction()
    {
        Store& s = *m_officeStore;
        auto recordOwn = [&]() -> Status {
            Replica replica(s);
            FN_TRY_ASSIGN(auto pending, replica.pending(100000));
            for (const Change& c : pending)
                m_made[{ s.deviceId(), c.seq }] = c;
            return {};
        };
        const int what = m_draw.below(5);
        if (what == 0) {
            // The administrator hands a participant to the other specialist (fieldnotes-office assign),
            // which the office records as a hand-over.
            const auto participants = ids(s, "SELECT id FROM participants WHERE _deleted = 0 ORDER BY id");
            if (participants.empty())
                return;
            auto p = s.get<Participant>(m_draw.pick(participants));
            if (!p)
                return;
            const Id to = p->specialistId == m_template.specialistA ? m_template.specialistB : m_template.specialistA;
            const TableInfo& table = *findTable("participants");
            const auto before = readRowState(s, table, p->id);
            const auto st = OfficeAdmin(*m_office).assignSpecialist(p->id, to);
            note("office hands a participant over" + (st ? "" : " (refused: " + st.error().message + ")"));
            // The command publishes its edits itself: note each field it changed, on the version it
            // saw (a field not edited since the row was made has the row's own version).
            const auto after = readRowState(s, table, p->id);
            if (before && *before && after && *after)
                for (const auto& [column, version] : (*after)->fieldVersions) {
                    Version base = (*before)->created;
                    for (const auto& [seen, seenVersion] : (*before)->fieldVersions)
                        if (seen == column)
                            base = seenVersion;
                    if (base == version)
                        continue;
                    Change c;
                    c.op = ChangeOp::Set;
                    c.table = "participants";
                    c.rowId = p->id;
                    c.column = column;
                    c.version = version;
                    c.base = base;
                    for (const auto& [field, value] : (*after)->fields)
                        if (field == column)
                            c.value = value;
                    m_made[{ s.deviceId(), --m_officeCommands }] = c;
                }
            return;
        }
        auto st = m_office->write([&]() -> Status {
            auto caseStatus = [](const auto& r) -> Status {
                if (!r)
                    return tl::unexpected(r.error().error);
                return {};
            };
            if (what == 0) {
                return {};
            } else if (what == 1) {
                const auto consents = ids(s,
                    "SELECT id FROM consents WHERE recipient_kind = 'mentor' AND revoked_on IS NULL AND _deleted = 0 "
                    "ORDER BY id");
                if (consents.empty())
                    return {};
                FN_TRY(s.setFields(*findTable("consents"), m_draw.pick(consents),
                    { { "revoked_on", formatDate(localDate(m_officeClock.now())) } }));
                note("office revokes a consent to the mentor");
            } else if (what == 3) {
                // The specialist who follows the person records a disclosure to the mentor at the office.
                const auto assigned = ids(s,
                    "SELECT a.participant_id FROM mentor_assignments a JOIN participants p "
                    "ON p.id = a.participant_id WHERE a._deleted = 0 AND p._deleted = 0 "
                    "ORDER BY a.id");
                const auto mentors = ids(s, "SELECT id FROM mentors WHERE _deleted = 0 ORDER BY id");
                if (assigned.empty() || mentors.empty())
                    return {};
                ConsentGrant grant;
                grant.participantId = m_draw.pick(assigned);
                grant.item = m_draw.pick(allOf<DisclosureItem>());
                grant.recipientKind = RecipientKind::Mentor;
                grant.recipientId = m_draw.pick(mentors);
                grant.purpose = "Fadderstøtte";
                grant.grantedOn = localDate(m_officeClock.now());
                FN_TRY_ASSIGN(Participant p, s.get<Participant>(grant.participantId));
                FN_TRY(
                    caseStatus(grantConsent(s, Actor { p.specialistId.value_or(Id()), StaffRole::Specialist }, grant)));
                note("office grants a consent to the mentor");
            } else if (what == 4) {
                // A mentor assignment ends today, as the specialist ends it.
                const auto running = ids(s,
                    "SELECT a.id FROM mentor_assignments a JOIN participants p ON p.id = "
                    "a.participant_id WHERE a._deleted = 0 AND p._deleted = 0 AND a.to_on IS "
                    "NULL ORDER BY a.id");
                if (running.empty())
                    return {};
                FN_TRY_ASSIGN(MentorAssignment a, s.get<MentorAssignment>(m_draw.pick(running)));
                FN_TRY_ASSIGN(Participant p, s.get<Participant>(a.participantId));
                FN_TRY(caseStatus(endAssignment(s, Actor { p.specialistId.value_or(Id()), StaffRole::Specialist }, a.id,
                    localDate(m_officeClock.now()))));
                note("office ends a mentor assignment");
            } else {
                const auto assignments = ids(s, "SELECT id FROM mentor_assignments WHERE _deleted = 0 ORDER BY id");
                if (assignments.empty())
                    return {};
                FN_TRY_ASSIGN(MentorAssignment a, s.get<MentorAssignment>(m_draw.pick(assignments)));
                a.toOn = a.toOn ? std::nullopt : std::optional(addDays(localDate(m_officeClock.now()), -1));
                FN_TRY(s.update(a));
                note(std::string("office ") + (a.toOn ? "ends" : "resumes") + " a mentor assignment");
            }
            return recordOwn();
        });
        if (!st)
            note("office action refused: " + st.error().message);
    }

    std::optional<std::string> act(int step)
    {
        const auto ms = std::chrono::milliseconds(m_draw.below(3000));
        m_officeClock.advance(ms);
        for (auto& t : m_tablets)
            t->clock->advance(std::chrono::milliseconds(m_draw.below(3000)));
        (void)step;
        const int roll = m_draw.below(100);
        if (roll < 24) {
            edit(writerTablet());
        } else if (roll < 32) {
            create(writerTablet());
        } else if (roll < 42) {
            append(m_draw.chance(30) ? mentorTablet() : writerTablet());
        } else if (roll < 48) {
            removeOrResolve(writerTablet());
        } else if (roll < 51) {
            revokeOrGrant(specialistTablet());
        } else if (roll < 55) {
            if (m_draw.chance(25))
                leadHandsOver();
            else
                officeAction();
        } else if (roll < 56) {
            replayLatePush(anyTablet());
        } else if (roll < 60) {
            if (m_draw.chance(30))
                return erase();
            if (m_draw.chance(10)) {
                revokeDevice();
                return std::nullopt;
            }
            openDraft(anyTablet());
        } else if (roll < 61) {
            // One tablet's clock runs ahead of the office's by up to two hours.
            Tablet& t = anyTablet();
            t.clock->advance(std::chrono::minutes(1 + m_draw.below(120)));
            note(t.name + "'s clock jumps ahead");
        } else {
            test::LinkFaults faults;
            if (m_draw.chance(35))
                faults.dropAfter = m_draw.below(14);
            if (m_draw.chance(10))
                faults.duplicateServerMessage = 1 + m_draw.below(8);
            if (m_draw.chance(10))
                faults.duplicatePush = 1;
            if (m_draw.chance(15) && g_writesDuringPull) {
                // The office writes between two messages of this pull.
                auto once = std::make_shared<bool>(false);
                faults.duringPull = [this, once] {
                    if (*once)
                        return;
                    *once = true;
                    note("office writes during a running pull:");
                    officeAction();
                };
            }
            return syncTablet(anyTablet(), faults);
        }
        return std::nullopt;
    }

    std::optional<std::string> settleAndCheck()
    {
        // Everyone syncs, without faults, until a whole round moves nothing.
        for (int round = 0;; ++round) {
            if (round == 6)
                return std::string("the tablets did not settle after 6 rounds of syncs");
            bool moved = false;
            for (auto& t : m_tablets) {
                record(*t);
                noteRefusedBeforeWipe(*t);
                test::LinkFaults asSent;
                asSent.beforeOffice = recordAsSent(*t);
                const auto result = test::syncInMemory(*m_office, *t->store, t->certificate, asSent);
                if (result.report.wiped) {
                    if (auto left = leftAfterWipe(*t))
                        return "the withdrawn tablet " + t->name + " was wiped but " + *left;
                    if (auto failed = reinstall(*t))
                        return failed;
                    moved = true;
                    continue;
                }
                if (!result.status && result.status.error().code == ErrorCode::ClockWrong) {
                    t->clock->set(m_officeClock.now());
                    moved = true;
                    continue;
                }
                if (!result.status)
                    return "final sync of " + t->name + " failed: " + result.status.error().message;
                moved = moved || result.report.sent > 0 || result.report.received > 0 || result.report.evicted > 0;
            }
            if (!moved)
                break;
        }
        for (auto& t : m_tablets) {
            auto expected = test::officeViewFor(*m_office, t->staff);
            auto actual = test::tabletDump(*t->store);
            if (!expected || !actual)
                return "cannot dump " + t->name;
            if (*expected != *actual) {
                if (g_verbose) {
                    auto cursor = Replica(*t->store).cursor();
                    std::fprintf(
                        stderr, "%s cursor %lld held:", t->name.c_str(), static_cast<long long>(cursor ? *cursor : -1));
                    auto held = Replica(*t->store).heldScopes();
                    if (!held)
                        std::fprintf(stderr, " (error %s)", held.error().message.c_str());
                    else
                        for (const auto& [scope, fp] : *held)
                            std::fprintf(stderr, " %s=%s", scope.c_str(), fp.c_str());
                    std::fprintf(stderr, "\n");
                }
                return "tablet " + t->name + " differs from the office's view for its user"
                    + firstDifference(*expected, *actual);
            }
            auto pending = Replica(*t->store).pendingCount();
            if (!pending || *pending != 0)
                return "tablet " + t->name + " still has changes waiting";
        }
        // The same tablets against the separate model of who may see what.
        for (auto& t : m_tablets)
            if (auto wrong = test::oracle::checkExactly(*t->store, *m_officeStore, sightNow(*t)))
                return "tablet " + t->name + " disagrees with the oracle: it " + *wrong;
        return checkAcknowledgedWrites();
    }

    static std::string firstDifference(const std::string& a, const std::string& b)
    {
        std::size_t i = 0;
        while (i < a.size() && i < b.size() && a[i] == b[i])
            ++i;
        const std::size_t from = i > 200 ? i - 200 : 0;
        return "\n--- office view near the difference:\n" + a.substr(from, 400) + "\n--- tablet:\n"
            + b.substr(from, 400);
    }

    std::string ledgerScope(const Change& c)
    {
        auto scope = m_office->ledger().scopeOf(c);
        return scope ? *scope : "(" + scope.error().message + ")";
    }

    // Every change made and acknowledged is accounted for at the office.
    std::optional<std::string> checkAcknowledgedWrites()
    {
        Store& office = *m_officeStore;
        // Each Set and Resolve by its version. One version can stand for several fields: an office
        // command that changes two fields of a row in one edit gives both the same version.
        std::multimap<Version, const Change*> byVersion;
        std::multimap<Version, std::pair<Version, const Change*>> setOver; // each Set by the version it edited
        for (const auto& [key, c] : m_made) {
            if (c.op == ChangeOp::Set || c.op == ChangeOp::Resolve)
                byVersion.emplace(Version { c.version.hlc, key.first }, &c);
            if (c.op == ChangeOp::Set)
                setOver.emplace(c.base, std::pair { Version { c.version.hlc, key.first }, &c });
        }
        std::set<std::pair<std::string, std::int64_t>> refused = m_refusedBeforeWipe;
        for (auto& t : m_tablets)
            for (const auto& seq : ids(*t->store, "SELECT seq FROM rejected_changes"))
                refused.insert({ t->store->deviceId(), std::stoll(seq) });
        auto conflictMentions
            = [&](const std::string& table, const Id& row, const std::string& column, const Version& v) {
                  auto st = core::StoreInternals::db(office).prepare(
                      "SELECT count(*) FROM conflicts WHERE tbl = ? AND row_id = ? AND "
                      "(col = ? OR ? = '') AND ((kept_hlc = ? AND kept_dev = ?) OR "
                      "(other_hlc = ? AND other_dev = ?))");
                  (*st)->bind(1, table).bind(2, row).bind(3, column).bind(4, column);
                  (*st)->bind(5, static_cast<std::int64_t>(v.hlc)).bind(6, v.device);
                  (*st)->bind(7, static_cast<std::int64_t>(v.hlc)).bind(8, v.device);
                  (void)(*st)->step();
                  const bool found = (*st)->integer(0) > 0;
                  (*st)->reset();
                  return found;
              };
        auto restoredFromAConflict = [&](const std::string& table, const Id& row) {
            auto st = core::StoreInternals::db(office).prepare(
                "SELECT count(*) FROM conflicts WHERE tbl = ? AND row_id = ? AND "
                "kind = 'delete-edit' AND resolution = 'other'");
            (*st)->bind(1, table).bind(2, row);
            (void)(*st)->step();
            const bool found = (*st)->integer(0) > 0;
            (*st)->reset();
            return found;
        };
        int checked = 0;
        for (const auto& [key, c] : m_made) {
            const auto& [device, seq] = key;
            if (device == office.deviceId())
                continue; // the office's own edits only serve as bases
            if (refused.count({ device, seq }))
                continue; // kept, visibly, in that tablet's list of refused changes
            if (std::any_of(m_erased.begin(), m_erased.end(), [&](const Erased& e) {
                    auto named = [&](const FieldValues& fields) {
                        for (const auto& [column, value] : fields)
                            if (column == "participant_id" && value == Value(e.id))
                                return true;
                        return false;
                    };
                    return c.rowId == e.id || c.scope == "p:" + e.id || named(c.fields);
                }))
                continue; // about a person since erased: gone everywhere, as it must be
            const Version v { c.version.hlc, device };
            const TableInfo* table = findTable(c.op == ChangeOp::Resolve ? "conflicts" : c.table);
            auto row = readRowState(office, *table, c.rowId);
            if (!row)
                return std::string("cannot read the office's row");
            const std::string what = std::string(opName(c.op)) + " " + std::string(table->name) + " " + c.rowId
                + (c.column.empty() ? "" : "." + c.column) + " from " + device + " #" + std::to_string(seq);
            if (!*row) {
                std::string where;
                for (auto& t : m_tablets)
                    if (!ids(*t->store, "SELECT id FROM " + std::string(table->name) + " WHERE id = ?", { c.rowId })
                             .empty())
                        where += " " + t->name;
                return what + ": acknowledged, but not at the office (held by:" + where + "; scope at the device " +
                    [&] {
                        auto sc = ledgerScope(c);
                        return sc;
                    }()
                    + ")";
            }
            ++checked;
            auto fieldOf = [&](const std::string& column) -> std::pair<Value, Version> {
                Value value;
                for (const auto& [n, fv] : (*row)->fields)
                    if (n == column)
                        value = fv;
                Version version = (*row)->created;
                for (const auto& [n, fv] : (*row)->fieldVersions)
                    if (n == column)
                        version = fv;
                return { value, version };
            };
            // Present, or reachable through the bases of a version still shown (the field's, or one
            // kept in a conflict): superseded by someone who had seen it. Or superseded by a later edit
            // of the field made over it (its author had seen it) that is itself accounted for: that
            // edit may be present only by its value, when someone else wrote the same value.
            std::function<bool(const std::string&, const Value&, const Version&, const Change&, int)> accountedAs;
            accountedAs = [&](const std::string& column, const Value& value, const Version& mine, const Change& edit,
                              int depth) {
                const auto [now, version] = fieldOf(column);
                if (now == value)
                    return true;
                std::vector<Version> shown { version };
                auto st = core::StoreInternals::db(office).prepare(
                    "SELECT kept_hlc, kept_dev, other_hlc, other_dev FROM conflicts "
                    "WHERE tbl = ? AND row_id = ? AND col = ?");
                (*st)->bind(1, std::string(table->name)).bind(2, edit.rowId).bind(3, column);
                while (auto more = (*st)->step()) {
                    if (!*more)
                        break;
                    shown.push_back({ static_cast<std::uint64_t>((*st)->integer(0)), (*st)->text(1) });
                    shown.push_back({ static_cast<std::uint64_t>((*st)->integer(2)), (*st)->text(3) });
                }
                (*st)->reset();
                for (Version walk : shown) {
                    for (int guard = 0; guard < 10000; ++guard) {
                        if (walk == mine)
                            return true;
                        // Someone else set the same value: when this edit reached the office, it held
                        // that value already and kept it, with nothing to choose between and no conflict
                        // to record; an edit over it has seen this value.
                        const Change* made = nullptr; // the edit of this field with that version
                        const auto [first, last] = byVersion.equal_range(walk);
                        for (auto it = first; it != last; ++it) {
                            const Change& e = *it->second;
                            const bool thisField = e.op == ChangeOp::Set && e.table == edit.table
                                && e.rowId == edit.rowId && e.column == column;
                            if (thisField || (!made && e.op == ChangeOp::Resolve))
                                made = &e;
                        }
                        if (!made)
                            break;
                        if (edit.op == ChangeOp::Set && made->op == ChangeOp::Set && made->value == value)
                            return true;
                        walk = made->base;
                    }
                }
                if ((edit.op != ChangeOp::Set && edit.op != ChangeOp::Create) || depth > 1000)
                    return false;
                const auto [first, last] = setOver.equal_range(mine);
                for (auto it = first; it != last; ++it) {
                    const Change& later = *it->second.second;
                    if (later.table == edit.table && later.rowId == edit.rowId && later.column == column
                        && accountedAs(column, later.value, it->second.first, later, depth + 1))
                        return true;
                }
                return false;
            };
            auto accounted
                = [&](const std::string& column, const Value& value) { return accountedAs(column, value, v, c, 0); };
            switch (c.op) {
            case ChangeOp::Set:
                if (!accounted(c.column, c.value)) {
                    std::string seen;
                    for (const auto& line : ids(office,
                             "SELECT kind || ' ' || coalesce(resolution, 'open') || ' kept ' || kept_hlc || '/' || "
                             "kept_dev || ' other ' || other_hlc || '/' || other_dev FROM conflicts WHERE tbl = ? AND "
                             "row_id = ? AND col = ?",
                             { std::string(table->name), c.rowId, c.column }))
                        seen += "\n  conflict " + line;
                    for (const auto& [other, e] : m_made)
                        if (e.op == ChangeOp::Set && e.table == c.table && e.rowId == c.rowId && e.column == c.column)
                            seen += "\n  edit by " + other.first + " #" + std::to_string(other.second) + ": "
                                + std::to_string(e.version.hlc) + " over " + std::to_string(e.base.hlc) + "/"
                                + e.base.device + (e.value == c.value ? " (this value)" : " (another value)");
                    const auto [now, version] = fieldOf(c.column);
                    return what + " (version " + std::to_string(c.version.hlc) + ", base " + std::to_string(c.base.hlc)
                        + "/" + c.base.device + "; the office holds " + std::to_string(version.hlc) + "/"
                        + version.device
                        + "): its value is neither at the office, nor superseded knowingly, nor in a conflict" + seen;
                }
                break;
            case ChangeOp::Create:
                for (const auto& [column, value] : c.fields)
                    if (!accounted(column, value))
                        return what + ": field " + column + " is lost";
                break;
            case ChangeOp::Delete:
                // A delete that reached a row someone else had deleted already is taken as done; if
                // a person then restores the row from that conflict, the restoration stands for both.
                if (!(*row)->deleted && !conflictMentions(std::string(table->name), c.rowId, "", v)
                    && !restoredFromAConflict(std::string(table->name), c.rowId))
                    return what + ": the record is not removed and no conflict says why";
                break;
            case ChangeOp::Append:
                break; // present: that is all a journal entry needs
            case ChangeOp::Resolve: {
                const auto [resolution, ignored] = fieldOf("resolution");
                if (isNull(resolution))
                    return what + ": the conflict is still open at the office";
                break;
            }
            }
        }
        note("checked " + std::to_string(checked) + " acknowledged changes");
        return std::nullopt;
    }

    const Template& m_template;
    Draw m_draw;
    std::uint64_t m_seed;
    int m_steps;
    ManualClock m_officeClock;
    SeededIds m_officeIds;
    std::unique_ptr<Store> m_officeStore;
    std::unique_ptr<Office> m_office;
    std::vector<std::unique_ptr<Tablet>> m_tablets;
    std::map<std::pair<std::string, std::int64_t>, Change> m_made;
    std::vector<Erased> m_erased;
    bool m_revoked = false;
    std::int64_t m_officeCommands = 0; // keys (below zero) of edits the office's commands published
    std::set<std::pair<std::string, std::int64_t>> m_refusedBeforeWipe;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (sodium_init() < 0)
        return 2;
    std::uint64_t first = 1, count = 200;
    int steps = 60;
    std::optional<std::uint64_t> only;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&]() -> std::string { return i + 1 < argc ? argv[++i] : std::string(); };
        if (arg == "--seeds")
            count = std::stoull(value());
        else if (arg == "--first")
            first = std::stoull(value());
        else if (arg == "--steps")
            steps = std::stoi(value());
        else if (arg == "--seed")
            only = std::stoull(value());
        else if (arg == "--verbose")
            g_verbose = true;
        else if (arg == "--no-writes-during-pull")
            g_writesDuringPull = false;
        else {
            std::fprintf(stderr,
                "usage: %s [--seeds N] [--first S] [--steps K] [--seed S] [--verbose] [--no-writes-during-pull]\n",
                argv[0]);
            return 2;
        }
    }
    if (only) {
        first = *only;
        count = 1;
    }
    const auto started = std::chrono::steady_clock::now();
    auto base = buildTemplate();
    QTemporaryDir runs;
    std::uint64_t passed = 0;
    for (std::uint64_t seed = first; seed < first + count; ++seed) {
        const auto root = std::filesystem::path(runs.path().toStdString()) / ("seed-" + std::to_string(seed));
        std::optional<std::string> failure;
        {
            if (g_verbose)
                std::fprintf(stderr, "seed %llu\n", static_cast<unsigned long long>(seed));
            World world(*base, root, seed, steps);
            failure = world.run();
        }
        std::filesystem::remove_all(root);
        if (failure) {
            std::fprintf(stderr, "sync_simulator: seed %llu FAILED: %s\n", static_cast<unsigned long long>(seed),
                failure->c_str());
            std::fprintf(stderr, "replay it with: %s --seed %llu --steps %d --verbose%s\n", argv[0],
                static_cast<unsigned long long>(seed), steps, g_writesDuringPull ? "" : " --no-writes-during-pull");
            std::printf("%llu passed, 1 failed\n", static_cast<unsigned long long>(passed));
            return 1;
        }
        ++passed;
    }
    const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::printf("sync_simulator: %llu seeds x %d steps, 5 tablets and the office, every tablet equal to the office's "
                "view for its user, every acknowledged change accounted for (%.1f s)\n",
        static_cast<unsigned long long>(passed), steps, seconds);
    std::printf("%llu passed, 0 failed\n", static_cast<unsigned long long>(passed));
    return 0;
}
