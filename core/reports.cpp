#include "reports.h"

#include "consent.h"
#include "mentoring.h"
#include "schedule.h"
#include "storeinternals.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

namespace fieldnotes::core {

namespace {

// ---- Words and formats ----------------------------------------------------------------------------

std::string say(Language l, std::string_view nb, std::string_view en)
{
    return std::string(l == Language::Norwegian ? nb : en);
}

std::string shownDate(const Date& d, Language l)
{
    if (l == Language::English)
        return formatDate(d);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02u.%02u.%04d", static_cast<unsigned>(d.day()), static_cast<unsigned>(d.month()),
        static_cast<int>(d.year()));
    return buf;
}

std::string shownDate(const OptDate& d, Language l)
{
    return d ? shownDate(*d, l) : "–";
}

std::string shownNumber(double value, int decimals, Language l)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
    std::string s = buf;
    if (l == Language::Norwegian)
        std::replace(s.begin(), s.end(), '.', ',');
    return s;
}

std::string shownShare(const std::optional<double>& share, Language l)
{
    if (!share)
        return "–";
    return shownNumber(*share * 100.0, 1, l) + (l == Language::Norwegian ? " %" : "%");
}

std::string days(const OptDate& from, const OptDate& to)
{
    return from && to ? std::to_string(daysBetween(*from, *to)) : "–";
}

std::string rawText(const Value& v)
{
    if (const auto* s = std::get_if<std::string>(&v))
        return *s;
    if (const auto* i = std::get_if<std::int64_t>(&v))
        return std::to_string(*i);
    if (const auto* f = std::get_if<double>(&v)) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%g", *f);
        return buf;
    }
    return {};
}

// A stored value as a recipient reads it; empty if there is nothing to show.
std::string shownValue(std::string_view table, std::string_view column, const Value& v, Language l)
{
    if (isNull(v))
        return {};
    if (column == "interpreter_needed") {
        bool b = false;
        return Codec<bool>::decode(v, b) ? std::string(yesNo(b, l)) : std::string {};
    }
    if (table == "learning_goals" && column == "status") {
        GoalStatus g {};
        return Codec<GoalStatus>::decode(v, g) ? std::string(label(g, l)) : std::string {};
    }
    if (table == "follow_up_meetings" && column == "slot") {
        int slot = 0;
        return Codec<int>::decode(v, slot) ? slotLabel(slot, l) : std::string {};
    }
    if (column.size() > 3 && column.substr(column.size() - 3) == "_on") {
        Date d {};
        return Codec<Date>::decode(v, d) ? shownDate(d, l) : std::string {};
    }
    return rawText(v);
}

std::string staffName(Store& store, const OptId& id)
{
    if (!id)
        return {};
    auto staff = store.find<Staff>(*id);
    return staff && *staff ? (*staff)->name : std::string {};
}

std::string employerName(Store& store, const OptId& id)
{
    if (!id)
        return {};
    auto employer = store.find<Employer>(*id);
    return employer && *employer ? (*employer)->name : std::string {};
}

std::string orDash(const std::string& text)
{
    return text.empty() ? "–" : text;
}

// ---- Pathway and outcome ---------------------------------------------------------------------------

struct Pathway {
    OptDate firstContact; // the first logged contact that reached the participant
    OptDate firstTrial; // job tasting or work trial
    OptDate firstPaidJob;
    OptDate measureEnds; // with extensions
    int extensions = 0;
};

struct Outcome {
    std::optional<Placement> job; // the latest paid job started on or before the day
    std::optional<int> positionPct;
    std::vector<SupportMeasure> measures;
};

Result<Pathway> pathwayOf(Store& store, const Participant& p, const std::vector<Placement>& placements)
{
    Pathway w;
    FN_TRY_ASSIGN(const auto contacts,
        StoreInternals::select<Visit>(store,
            "participant_id = ? AND contact_type <> 'outreach_attempt' AND " + std::string(uncorrectedVisit), { p.id },
            "occurred_on, id"));
    if (!contacts.empty())
        w.firstContact = contacts.front().occurredOn;
    for (const Placement& pl : placements) {
        if (!pl.startOn)
            continue;
        OptDate& first = pl.kind == PlacementKind::PaidJob ? w.firstPaidJob : w.firstTrial;
        if (!first || *pl.startOn < *first)
            first = pl.startOn;
    }
    w.measureEnds = p.measureEndOn;
    FN_TRY_ASSIGN(
        const auto extensions, StoreInternals::select<MeasureExtension>(store, "participant_id = ?", { p.id }));
    for (const auto& x : extensions) {
        ++w.extensions;
        if (x.newEndOn && (!w.measureEnds || *x.newEndOn > *w.measureEnds))
            w.measureEnds = x.newEndOn;
    }
    return w;
}

Result<Outcome> outcomeOf(Store& store, const std::vector<Placement>& placements, const Date& asOf)
{
    Outcome o;
    for (const Placement& pl : placements)
        if (pl.kind == PlacementKind::PaidJob && pl.startOn && *pl.startOn <= asOf
            && (!o.job || *pl.startOn >= *o.job->startOn))
            o.job = pl;
    if (!o.job)
        return o;
    FN_TRY_ASSIGN(const auto changes,
        StoreInternals::select<PositionChange>(
            store, "placement_id = ? AND from_on <= ?", { o.job->id, formatDate(asOf) }, "from_on, id"));
    if (!changes.empty())
        o.positionPct = changes.back().percent;
    FN_TRY_ASSIGN(
        o.measures, StoreInternals::select<SupportMeasure>(store, "placement_id = ?", { o.job->id }, "from_on, id"));
    return o;
}

// The follow-up cadence of the latest job with a schedule, as of the day.
Result<std::optional<CadenceCount>> cadenceOf(
    Store& store, const Participant& p, const std::vector<Placement>& placements, const Date& asOf)
{
    const Placement* latest = nullptr;
    for (const Placement& pl : placements)
        if (hasFollowUpSchedule(pl) && *pl.startOn <= asOf && (!latest || *pl.startOn >= *latest->startOn))
            latest = &pl;
    if (!latest)
        return std::optional<CadenceCount> {};
    FN_TRY_ASSIGN(const auto contacts, followUpContacts(store, p.id));
    const auto track = trackFollowUp(*latest->startOn, followUpEndsOn(*latest, p), contacts, asOf);
    return std::optional(countCadence(track, addDays(*latest->startOn, -7), asOf));
}

std::string_view taperingWords(TaperingAgreement a, Language l)
{
    const bool nb = l == Language::Norwegian;
    switch (a) {
    case TaperingAgreement::NoPlan:
        return nb ? "Ingen plan ennå" : "No plan yet";
    case TaperingAgreement::AwaitingBoth:
        return nb ? "Venter på deltaker og arbeidsgiver" : "Awaiting participant and employer";
    case TaperingAgreement::AwaitingParticipant:
        return nb ? "Venter på deltaker" : "Awaiting the participant";
    case TaperingAgreement::AwaitingEmployer:
        return nb ? "Venter på arbeidsgiver" : "Awaiting the employer";
    case TaperingAgreement::Agreed:
        return nb ? "Avtalt med begge" : "Agreed by both";
    }
    return {};
}

} // namespace

// ---- What a recipient may see ----------------------------------------------------------------------

Result<std::vector<SharedValue>> recipientView(Store& store, const Id& participantId, RecipientKind kind,
    const Id& recipientId, const Date& day, Language language)
{
    std::vector<SharedValue> out;
    FN_TRY_ASSIGN(const auto items, sharedItems(store, participantId, kind, recipientId, day));
    if (items.empty())
        return out;

    // Rows about a job go only to that job's employer (a mentor's: the employer of the mentor record).
    std::optional<std::set<Id>> jobsThere;
    if (kind == RecipientKind::Employer || kind == RecipientKind::Mentor) {
        Id employer = recipientId;
        if (kind == RecipientKind::Mentor) {
            FN_TRY_ASSIGN(const auto mentor, store.find<Mentor>(recipientId));
            employer = mentor ? mentor->employerId : Id {};
        }
        jobsThere.emplace();
        FN_TRY_ASSIGN(const auto jobs,
            StoreInternals::select<Placement>(
                store, "participant_id = ? AND employer_id = ?", { participantId, employer }));
        for (const auto& j : jobs)
            jobsThere->insert(j.id);
    }

    for (const TableInfo& t : catalogue()) {
        const bool own = t.name == RecordTraits<Participant>::table;
        if (t.recordClass == RecordClass::Conflict || (!own && !t.column("participant_id")))
            continue;
        std::vector<const ColumnInfo*> columns;
        for (const ColumnInfo& c : t.columns)
            if (c.item && items.count(*c.item))
                columns.push_back(&c);
        if (columns.empty())
            continue;
        const bool isPlacements = t.name == RecordTraits<Placement>::table;
        const bool byJob = isPlacements || t.column("placement_id");
        std::string sql = "SELECT id";
        for (const ColumnInfo* c : columns)
            sql += ", " + std::string(c->name);
        sql += isPlacements ? ", id" : (byJob ? ", placement_id" : ", NULL");
        sql += " FROM " + std::string(t.name) + " WHERE " + (own ? "id" : "participant_id") + " = ?";
        if (t.recordClass == RecordClass::Mutable)
            sql += " AND _deleted = 0";
        sql += " ORDER BY _hlc, id";
        FN_TRY_ASSIGN(Statement * st, StoreInternals::db(store).prepare(sql));
        st->bind(1, participantId);
        const int jobColumn = static_cast<int>(columns.size()) + 1;
        for (;;) {
            FN_TRY_ASSIGN(const bool row, st->step());
            if (!row)
                break;
            if (jobsThere && byJob) {
                const bool untied = st->isNull(jobColumn);
                if ((isPlacements || !untied) && !jobsThere->count(st->text(jobColumn)))
                    continue;
            }
            const Id rowId = st->text(0);
            for (std::size_t i = 0; i < columns.size(); ++i) {
                std::string shown = shownValue(t.name, columns[i]->name, st->column(static_cast<int>(i) + 1), language);
                if (shown.empty())
                    continue;
                out.push_back({ *columns[i]->item, std::string(t.name), rowId, std::string(columns[i]->name),
                    std::string(columnLabel(t.name, columns[i]->name, language)), std::move(shown) });
            }
        }
        st->reset();
    }
    return out;
}

// ---- The employer's brief ---------------------------------------------------------------------------

Result<Document> employerBrief(
    Store& store, const Id& participantId, const Id& employerId, const Date& asOf, const ReportOptions& o)
{
    const Language l = o.language;
    FN_TRY_ASSIGN(const Participant p, store.get<Participant>(participantId));
    FN_TRY_ASSIGN(const Employer e, store.get<Employer>(employerId));
    FN_TRY_ASSIGN(const auto items, sharedItems(store, participantId, RecipientKind::Employer, employerId, asOf));
    if (items.empty())
        return fail(ErrorCode::Unauthorized,
            "The participant has not agreed to share anything with this employer, so there is nothing to give them. "
            "Talk with the participant first.");
    FN_TRY_ASSIGN(const auto values, recipientView(store, participantId, RecipientKind::Employer, employerId, asOf, l));
    FN_TRY_ASSIGN(const auto consents,
        StoreInternals::select<Consent>(store,
            "participant_id = ? AND kind = 'disclosure' AND recipient_kind = 'employer' AND "
            "recipient_id = ?",
            { participantId, employerId }, "granted_on, id"));

    Document d;
    d.kind = "employer_brief";
    d.language = languageCode(l);
    d.title = say(l, "Informasjon til arbeidsgiver", "Information for the employer");
    d.subtitle = p.displayName + " · " + e.name;
    d.notice = say(l,
        "Deltakeren har sagt ja til at dette deles med dere, til formålet som står ved hvert punkt. Del det ikke "
        "videre, og bruk det bare til dette formålet.",
        "The participant has agreed to share this with you, for the purpose given with each part. Do not pass it on, "
        "and use it for that purpose only.");
    d.createdOn = asOf;

    if (const std::string specialist = staffName(store, p.specialistId); !specialist.empty())
        d.sections.push_back({ say(l, "Kontaktperson", "Your contact"),
            { FieldList { { { say(l, "Jobbspesialist", "Job specialist"), specialist } } } } });

    for (DisclosureItem item : allOf<DisclosureItem>()) {
        if (!items.count(item))
            continue;
        Section s { std::string(itemLabel(item, l)), {} };
        std::set<std::string> purposes;
        for (const Consent& c : consents)
            if (c.item == item && isActiveOn(c, asOf) && !c.purpose.empty())
                purposes.insert(c.purpose);
        for (const auto& purpose : purposes)
            s.blocks.push_back(Paragraph { say(l, "Formål: ", "Purpose: ") + purpose });

        // Rows of the item by table, in the order recipientView gives them.
        std::vector<std::pair<std::string, std::vector<const SharedValue*>>> rows;
        for (const SharedValue& v : values) {
            if (v.item != item)
                continue;
            if (rows.empty() || rows.back().first != v.table + "/" + v.rowId)
                rows.emplace_back(v.table + "/" + v.rowId, std::vector<const SharedValue*> {});
            rows.back().second.push_back(&v);
        }
        auto cell = [](const std::vector<const SharedValue*>& row, std::string_view column) {
            for (const SharedValue* v : row)
                if (v->column == column)
                    return v->value;
            return std::string("–");
        };
        Table meetings { { say(l, "Møte", "Meeting"), say(l, "Dato", "Date") }, {} };
        Table tapering { { say(l, "Fra", "From"),
                             say(l, "Jobbspesialisten kommer hver (dager)", "Specialist every (days)"),
                             say(l, "Jobbspesialisten", "The specialist"), say(l, "Fadderen", "The mentor"),
                             say(l, "Kollegene", "The colleagues") },
            {} };
        FieldList fields;
        for (const auto& [key, row] : rows) {
            const std::string& table = row.front()->table;
            if (table == RecordTraits<FollowUpMeeting>::table) {
                meetings.rows.push_back({ cell(row, "slot"), cell(row, "proposed_on") });
            } else if (table == RecordTraits<TaperingStep>::table) {
                tapering.rows.push_back({ cell(row, "from_on"), cell(row, "specialist_interval_days"),
                    cell(row, "specialist_role"), cell(row, "mentor_role"), cell(row, "colleagues_role") });
            } else {
                for (const SharedValue* v : row)
                    fields.fields.emplace_back(v->label, v->value);
            }
        }
        if (!fields.fields.empty())
            s.blocks.push_back(std::move(fields));
        if (!tapering.rows.empty()) {
            s.blocks.push_back(Paragraph { say(l, "Nedtrappingsplan:", "Tapering plan:") });
            s.blocks.push_back(std::move(tapering));
        }
        if (!meetings.rows.empty()) {
            s.blocks.push_back(Paragraph { say(l, "Planlagte oppfølgingsmøter:", "Planned follow-up meetings:") });
            s.blocks.push_back(std::move(meetings));
        }
        if (s.blocks.size() == purposes.size())
            s.blocks.push_back(
                Paragraph { say(l, "Ingenting er skrevet ned her ennå.", "Nothing is written down here yet.") });
        d.sections.push_back(std::move(s));
    }
    return d;
}

// ---- The individual report --------------------------------------------------------------------------

Result<Document> individualReport(Store& store, const Id& participantId, const Date& asOf, const ReportOptions& o)
{
    const Language l = o.language;
    FN_TRY_ASSIGN(const Participant p, store.get<Participant>(participantId));
    FN_TRY_ASSIGN(const auto placements,
        StoreInternals::select<Placement>(store, "participant_id = ?", { p.id }, "start_on, id"));
    FN_TRY_ASSIGN(const Pathway w, pathwayOf(store, p, placements));
    FN_TRY_ASSIGN(const Outcome outcome, outcomeOf(store, placements, asOf));
    FN_TRY_ASSIGN(const auto cadence, cadenceOf(store, p, placements, asOf));
    FN_TRY_ASSIGN(const TaperingAgreement tapering, taperingAgreement(store, p.id));
    FN_TRY_ASSIGN(const auto mentors, mentorSupport(store, p.id, asOf));
    FN_TRY_ASSIGN(const auto levels,
        StoreInternals::select<LanguageLevel>(store, "participant_id = ?", { p.id }, "assessed_on, id"));

    Document d;
    d.kind = "individual_report";
    d.language = languageCode(l);
    d.title = say(l, "Individuell rapport", "Individual report");
    d.subtitle = p.displayName;
    d.notice = say(l,
        "Fortrolig. Inneholder personopplysninger og kan inneholde helseopplysninger. Bare for teamet og NAV-kontoret "
        "som følger opp deltakeren.",
        "Confidential. Holds personal data and may hold health information. For the team and the NAV office following "
        "the participant only.");
    d.createdOn = asOf;

    FieldList background { {
        { say(l, "Program", "Programme"), std::string(label(p.programme, l)) },
        { say(l, "Henvist", "Referred on"), shownDate(p.referralOn, l) },
        { say(l, "Henvisningsgrunn", "Referral reason"), orDash(p.referralReason) },
        { say(l, "Foretrukket språk", "Preferred language"), orDash(p.preferredLanguage) },
        { say(l, "Trenger tolk", "Needs an interpreter"), std::string(yesNo(p.interpreterNeeded, l)) },
    } };
    if (!levels.empty())
        background.fields.emplace_back(say(l, "Norsknivå", "Norwegian level"),
            std::string(codeOf(levels.back().level)) + " (" + shownDate(levels.back().assessedOn, l) + ")");
    if (const std::string specialist = staffName(store, p.specialistId); !specialist.empty())
        background.fields.emplace_back(say(l, "Jobbspesialist", "Job specialist"), specialist);
    d.sections.push_back({ say(l, "Bakgrunn", "Background"), { std::move(background) } });

    const OptDate end = p.dischargedOn ? p.dischargedOn : OptDate(asOf);
    Table pathway { { say(l, "Milepæl", "Milestone"), say(l, "Dato", "Date"),
                        say(l, "Dager etter henvisning", "Days after referral") },
        {
            { say(l, "Henvist", "Referred"), shownDate(p.referralOn, l), p.referralOn ? "0" : "–" },
            { say(l, "Første kontakt", "First contact"), shownDate(w.firstContact, l),
                days(p.referralOn, w.firstContact) },
            { say(l, "Første jobbsmak eller arbeidstrening", "First job tasting or work trial"),
                shownDate(w.firstTrial, l), days(p.referralOn, w.firstTrial) },
            { say(l, "Første lønnede jobb", "First paid job"), shownDate(w.firstPaidJob, l),
                days(p.referralOn, w.firstPaidJob) },
            { p.dischargedOn ? say(l, "Avsluttet", "Discharged") : say(l, "Per i dag", "As of today"),
                shownDate(end, l), days(p.referralOn, end) },
        } };
    d.sections.push_back({ say(l, "Forløp", "Pathway"),
        { std::move(pathway),
            FieldList { {
                { say(l, "Tiltaket varer til", "Measure ends"), shownDate(w.measureEnds, l) },
                { say(l, "Forlengelser", "Extensions"), std::to_string(w.extensions) },
            } } } });

    std::string steps;
    for (int s : p.steps)
        steps += (steps.empty() ? "" : ", ") + std::to_string(s);
    FieldList status { {
        { say(l, "Status", "Status"), std::string(label(p.status, l)) },
        { say(l, "Steg det arbeides med", "Steps worked on"), orDash(steps) },
    } };
    if (p.dischargedOn || p.dischargeReason) {
        status.fields.emplace_back(say(l, "Avsluttet", "Discharged on"), shownDate(p.dischargedOn, l));
        status.fields.emplace_back(say(l, "Årsak", "Reason"),
            p.dischargeReason ? std::string(label(*p.dischargeReason, l)) : say(l, "Ikke oppgitt", "Not given"));
    }
    d.sections.push_back({ say(l, "Status", "Status"), { std::move(status) } });

    Section result { say(l, "Resultat", "Outcome"), {} };
    if (outcome.job) {
        const Placement& job = *outcome.job;
        result.blocks.push_back(FieldList { {
            { say(l, "Arbeidsgiver", "Employer"), orDash(employerName(store, job.employerId)) },
            { say(l, "Stilling", "Job"), orDash(job.title) },
            { say(l, "Ansettelse", "Contract"), job.contract ? std::string(label(*job.contract, l)) : "–" },
            { say(l, "Stillingsprosent", "Position %"),
                outcome.positionPct ? std::to_string(*outcome.positionPct) + " %" : "–" },
            { say(l, "Startet", "Started"), shownDate(job.startOn, l) },
            { say(l, "Prøvetid til", "Trial period ends"), shownDate(job.trialEndOn, l) },
            { say(l, "Kontrakt til", "Contract ends"), shownDate(job.contractEndOn, l) },
            { say(l, "Sluttet", "Ended"), shownDate(job.endedOn, l) },
        } });
        if (!outcome.measures.empty()) {
            Table measures { { say(l, "Virkemiddel", "Support measure"), "%",
                                 say(l, "Timer per måned", "Hours a month"), say(l, "Fra", "From"), say(l, "Til", "To"),
                                 say(l, "Vurderes", "Review") },
                {} };
            for (const auto& m : outcome.measures)
                measures.rows.push_back({ std::string(label(m.kind, l)), m.percent ? std::to_string(*m.percent) : "–",
                    m.hoursPerMonth ? std::to_string(*m.hoursPerMonth) : "–", shownDate(m.fromOn, l),
                    shownDate(m.toOn, l), shownDate(m.reviewOn, l) });
            result.blocks.push_back(std::move(measures));
        }
    } else {
        result.blocks.push_back(Paragraph { say(l, "Ingen lønnet jobb registrert.", "No paid job recorded.") });
    }
    if (!placements.empty()) {
        Table all { { say(l, "Type", "Kind"), say(l, "Arbeidsgiver", "Employer"), say(l, "Fra", "From"),
                        say(l, "Til", "To"), say(l, "Ansettelse", "Contract") },
            {} };
        for (const auto& pl : placements)
            all.rows.push_back(
                { std::string(label(pl.kind, l)), orDash(employerName(store, pl.employerId)), shownDate(pl.startOn, l),
                    shownDate(pl.endedOn, l), pl.contract ? std::string(label(*pl.contract, l)) : "–" });
        result.blocks.push_back(Paragraph { say(l, "Alle utplasseringer:", "All placements:") });
        result.blocks.push_back(std::move(all));
    }
    d.sections.push_back(std::move(result));

    Section follow { say(l, "Oppfølging etter jobbstart", "Follow-up after the job started"), {} };
    FieldList followFields;
    if (cadence)
        followFields.fields.emplace_back(say(l, "Oppfølgingsmøter holdt", "Follow-up meetings kept"),
            std::to_string(cadence->kept) + say(l, " av ", " of ") + std::to_string(cadence->due));
    followFields.fields.emplace_back(
        say(l, "Nedtrappingsplan", "Tapering plan"), std::string(taperingWords(tapering, l)));
    follow.blocks.push_back(std::move(followFields));
    if (!mentors.empty()) {
        Table table { { say(l, "Fadder", "Mentor"), say(l, "Fra", "From"), say(l, "Overtok", "Handover"),
                          say(l, "Registreringer", "Entries"), say(l, "Minutter", "Minutes"),
                          say(l, "Samtaler", "Talks"), say(l, "Neste samtale", "Next talk") },
            {} };
        for (const auto& m : mentors)
            table.rows.push_back({ orDash(m.mentorName), shownDate(m.assignment.fromOn, l),
                shownDate(m.assignment.handoverOn, l), std::to_string(m.entries), std::to_string(m.minutes),
                std::to_string(m.talks.talksHeld), shownDate(m.talks.nextDueOn, l) });
        follow.blocks.push_back(std::move(table));
    }
    d.sections.push_back(std::move(follow));
    return d;
}

Result<CsvTable> individualReportTable(Store& store, const std::vector<Id>& participantIds, const Date& asOf)
{
    CsvTable t;
    t.header = { "participant_id", "display_name", "programme", "referral_on", "referral_reason", "status", "steps",
        "days_to_first_contact", "days_to_first_trial", "days_to_first_paid_job", "days_in_service", "discharged_on",
        "discharge_reason", "job_contract", "job_position_pct", "job_start_on", "job_ended_on", "follow_up_due",
        "follow_up_kept" };
    auto opt = [](const OptDate& d) { return csvText(d ? formatDate(*d) : ""); };
    auto span = [](const OptDate& from, const OptDate& to) {
        return from && to ? csvNumber(std::int64_t { daysBetween(*from, *to) }) : csvText("");
    };
    for (const Id& id : participantIds) {
        FN_TRY_ASSIGN(const Participant p, store.get<Participant>(id));
        FN_TRY_ASSIGN(const auto placements,
            StoreInternals::select<Placement>(store, "participant_id = ?", { p.id }, "start_on, id"));
        FN_TRY_ASSIGN(const Pathway w, pathwayOf(store, p, placements));
        FN_TRY_ASSIGN(const Outcome outcome, outcomeOf(store, placements, asOf));
        FN_TRY_ASSIGN(const auto cadence, cadenceOf(store, p, placements, asOf));
        std::string steps;
        for (int s : p.steps)
            steps += (steps.empty() ? "" : ",") + std::to_string(s);
        const OptDate end = p.dischargedOn ? p.dischargedOn : OptDate(asOf);
        t.rows.push_back({ csvText(p.id), csvText(p.displayName), csvText(std::string(codeOf(p.programme))),
            opt(p.referralOn), csvText(p.referralReason), csvText(std::string(codeOf(p.status))), csvText(steps),
            span(p.referralOn, w.firstContact), span(p.referralOn, w.firstTrial), span(p.referralOn, w.firstPaidJob),
            span(p.referralOn, end), opt(p.dischargedOn),
            csvText(p.dischargeReason ? std::string(codeOf(*p.dischargeReason)) : ""),
            csvText(outcome.job && outcome.job->contract ? std::string(codeOf(*outcome.job->contract)) : ""),
            outcome.positionPct ? csvNumber(std::int64_t { *outcome.positionPct }) : csvText(""),
            opt(outcome.job ? outcome.job->startOn : std::nullopt),
            opt(outcome.job ? outcome.job->endedOn : std::nullopt),
            cadence ? csvNumber(std::int64_t { cadence->due }) : csvText(""),
            cadence ? csvNumber(std::int64_t { cadence->kept }) : csvText("") });
    }
    return t;
}

// ---- What is shared about me ----------------------------------------------------------------------

Result<Document> sharedAboutMe(Store& store, const Id& participantId, const Date& asOf, const ReportOptions& o)
{
    const Language l = o.language;
    const bool plain = o.plainLanguage && l == Language::Norwegian;
    FN_TRY_ASSIGN(const Participant p, store.get<Participant>(participantId));
    FN_TRY_ASSIGN(const auto consents,
        StoreInternals::select<Consent>(store, "participant_id = ?", { participantId }, "granted_on, _hlc, id"));
    FN_TRY_ASSIGN(const auto handedOver,
        StoreInternals::select<Disclosure>(store, "participant_id = ?", { participantId }, "occurred_on, id"));

    Document d;
    d.kind = "shared_about_me";
    d.language = languageCode(l);
    d.title = say(l, "Dette deles om deg", "What is shared about you");
    d.subtitle = p.displayName;
    d.notice = plain ? "Du bestemmer. Du kan si nei når du vil. Si fra til jobbspesialisten din."
                     : say(l,
                         "Du kan når som helst trekke tilbake et samtykke. Si fra til jobbspesialisten din, så gjelder "
                         "det fra neste synkronisering.",
                         "You can withdraw any consent at any time. Tell your job specialist, and it applies from the "
                         "next sync.");
    d.createdOn = asOf;

    // Who follows the participant: their job specialist and the mentors assigned today.
    FN_TRY_ASSIGN(const auto mentors, mentorSupport(store, participantId, asOf));
    const std::string specialist = staffName(store, p.specialistId);
    Section following { plain ? "Disse hjelper deg" : say(l, "Hvem som følger deg opp", "Who follows you"), {} };
    FieldList people;
    if (!specialist.empty())
        people.fields.emplace_back(say(l, "Jobbspesialist", "Job specialist"), specialist);
    for (const MentorSupport& m : mentors) {
        if (!m.active)
            continue;
        std::string where;
        FN_TRY_ASSIGN(const auto mentor, store.find<Mentor>(m.assignment.mentorId));
        if (mentor)
            where = employerName(store, mentor->employerId);
        std::string text = orDash(m.mentorName);
        if (!where.empty())
            text += " (" + where + ")";
        if (m.assignment.fromOn)
            text += say(l, ", fra ", ", since ") + shownDate(*m.assignment.fromOn, l);
        people.fields.emplace_back(std::string(label(RecipientKind::Mentor, l)), text);
    }
    if (people.fields.empty())
        following.blocks.push_back(Paragraph { say(l, "Ingen er registrert ennå.", "Nobody is recorded yet.") });
    else
        following.blocks.push_back(std::move(people));
    d.sections.push_back(std::move(following));

    // One section per recipient, in the order they were first given consent.
    struct Recipient {
        RecipientKind kind;
        OptId id;
        std::string name;
        std::vector<const Consent*> consents;
    };
    std::vector<Recipient> recipients;
    for (const Consent& c : consents) {
        if (c.kind != ConsentKind::Disclosure || !c.recipientKind)
            continue;
        auto it = std::find_if(recipients.begin(), recipients.end(), [&](const Recipient& r) {
            return r.kind == *c.recipientKind && r.id == c.recipientId && (r.id || r.name == c.recipientName);
        });
        if (it == recipients.end()) {
            recipients.push_back({ *c.recipientKind, c.recipientId, c.recipientName, {} });
            it = std::prev(recipients.end());
        }
        it->consents.push_back(&c);
    }
    if (recipients.empty())
        d.sections.push_back({ say(l, "Deling", "Sharing"),
            { Paragraph { plain
                    ? "Ingenting om deg deles med arbeidsgivere eller faddere."
                    : say(l, "Ingenting om deg deles med arbeidsgivere, faddere eller NAV-veileder.",
                        "Nothing about you is shared with employers, mentors or the NAV counsellor.") } } });

    for (const Recipient& r : recipients) {
        Section s { std::string(label(r.kind, l)) + ": " + orDash(r.name), {} };
        Table table { { plain ? "Hva" : say(l, "Hva", "What"), plain ? "Hvorfor" : say(l, "Formål", "Purpose"),
                          say(l, "Fra", "From"), say(l, "Til", "Until"), say(l, "Nå", "Now") },
            {} };
        std::vector<std::string> summaries;
        for (const Consent* c : r.consents) {
            std::string now;
            if (isActiveOn(*c, asOf))
                now = say(l, "Deles", "Shared");
            else if (c->revokedOn && *c->revokedOn <= asOf)
                now = plain ? "Ikke lenger" : say(l, "Trukket tilbake", "Withdrawn");
            else
                now = say(l, "Ikke ennå", "Not yet");
            table.rows.push_back({ c->item ? std::string(itemLabel(*c->item, l, plain)) : "–", orDash(c->purpose),
                shownDate(c->grantedOn, l), shownDate(c->revokedOn, l), now });
            const std::string& summary = plain && !c->summarySimple.empty() ? c->summarySimple : c->summary;
            if (!summary.empty() && std::find(summaries.begin(), summaries.end(), summary) == summaries.end())
                summaries.push_back(summary);
        }
        s.blocks.push_back(std::move(table));
        for (auto& summary : summaries)
            s.blocks.push_back(Paragraph { std::move(summary) });
        if (r.id) {
            FN_TRY_ASSIGN(const auto view, recipientView(store, participantId, r.kind, *r.id, asOf, l));
            if (!view.empty()) {
                s.blocks.push_back(Paragraph {
                    plain ? "Dette kan de se nå:" : say(l, "Dette kan de se nå:", "What they can see now:") });
                FieldList fields;
                for (const auto& v : view)
                    fields.fields.emplace_back(v.label, v.value);
                s.blocks.push_back(std::move(fields));
            }
        }
        d.sections.push_back(std::move(s));
    }

    Section given { plain ? "Dette har vi gitt videre" : say(l, "Dette er gitt videre", "What has been handed over"),
        {} };
    if (handedOver.empty()) {
        given.blocks.push_back(Paragraph { say(l, "Ingenting ennå.", "Nothing yet.") });
    } else {
        Table table { { say(l, "Dato", "Date"), say(l, "Til", "To"), say(l, "Hva", "What"), say(l, "Hvordan", "How") },
            {} };
        for (const Disclosure& x : handedOver) {
            std::string what;
            for (DisclosureItem item : x.items)
                what += (what.empty() ? "" : "; ") + std::string(itemLabel(item, l, plain));
            table.rows.push_back(
                { shownDate(x.occurredOn, l), std::string(label(x.recipientKind, l)) + ": " + orDash(x.recipientName),
                    orDash(what), std::string(label(x.channel, l)) });
        }
        given.blocks.push_back(std::move(table));
    }
    d.sections.push_back(std::move(given));

    Section taking { plain ? "Du er med fordi du vil" : say(l, "Deltakelse", "Taking part"), {} };
    FieldList part;
    for (const Consent& c : consents)
        if (c.kind == ConsentKind::Participation)
            part.fields.emplace_back(say(l, "Samtykke til å delta", "Consent to take part"),
                shownDate(c.grantedOn, l) + (c.revokedOn ? " – " + shownDate(c.revokedOn, l) : ""));
    if (part.fields.empty())
        taking.blocks.push_back(Paragraph { say(l, "Ikke registrert.", "Not recorded.") });
    else
        taking.blocks.push_back(std::move(part));
    d.sections.push_back(std::move(taking));

    // How to say no: the rule the consent records follow (a revocation is final from its day, wins
    // every sync conflict, and reaches every tablet on its next sync), in words.
    const std::string whom = specialist.empty()
        ? say(l, "jobbspesialisten din", "your job specialist")
        : say(l, "jobbspesialisten din, ", "your job specialist, ") + specialist;
    Section revoke {
        plain ? "Slik sier du nei" : say(l, "Slik trekker du tilbake et samtykke", "How to withdraw consent"), {}
    };
    if (plain) {
        revoke.blocks.push_back(Paragraph { "Du kan si nei til deling når du vil. Du trenger ikke si hvorfor." });
        revoke.blocks.push_back(Paragraph { "Si fra til " + whom
            + ". Da stopper delingen samme dag. Fadderen eller arbeidsgiveren ser det ikke lenger etter neste "
              "synkronisering." });
        revoke.blocks.push_back(
            Paragraph { "Det som alt er gitt videre, kan vi ikke ta tilbake. Men vi gir ikke videre noe mer." });
        revoke.blocks.push_back(Paragraph { "Du kan også få en kopi av alt vi har lagret om deg." });
    } else {
        revoke.blocks.push_back(
            Paragraph { say(l, "Du kan trekke tilbake et samtykke når som helst, uten å begrunne det.",
                "You can withdraw any consent at any time, without giving a reason.") });
        revoke.blocks.push_back(Paragraph { say(l, "Si fra til ", "Tell ") + whom
            + say(l,
                ". Samtykket gjelder ikke lenger fra den dagen, og mottakeren mister tilgangen ved neste "
                "synkronisering.",
                ". The consent no longer applies from that day, and the recipient loses access at the next sync.") });
        revoke.blocks.push_back(Paragraph {
            say(l, "Det som allerede er gitt videre, kan ikke hentes tilbake, men ingenting nytt blir delt.",
                "What has already been handed over cannot be taken back, but nothing more is shared.") });
        revoke.blocks.push_back(
            Paragraph { say(l, "Du har rett til innsyn: du kan få en kopi av alt som er lagret om deg.",
                "You have a right of access: you can have a copy of everything held about you.") });
    }
    d.sections.push_back(std::move(revoke));
    return d;
}

Result<CsvTable> sharedAboutMeTable(Store& store, const Id& participantId, const Date& asOf)
{
    FN_TRY_ASSIGN(const auto consents,
        StoreInternals::select<Consent>(
            store, "participant_id = ? AND kind = 'disclosure'", { participantId }, "granted_on, _hlc, id"));
    CsvTable t;
    t.header = { "recipient_kind", "recipient_id", "recipient_name", "item", "purpose", "granted_on", "revoked_on",
        "active_on_" + formatDate(asOf) };
    for (const Consent& c : consents)
        t.rows.push_back({ csvText(c.recipientKind ? std::string(codeOf(*c.recipientKind)) : ""),
            csvText(c.recipientId.value_or("")), csvText(c.recipientName),
            csvText(c.item ? std::string(codeOf(*c.item)) : ""), csvText(c.purpose),
            csvText(c.grantedOn ? formatDate(*c.grantedOn) : ""), csvText(c.revokedOn ? formatDate(*c.revokedOn) : ""),
            csvText(isActiveOn(c, asOf) ? "yes" : "no") });
    return t;
}

// ---- Right of access -------------------------------------------------------------------------------

Result<std::vector<std::pair<std::string, CsvTable>>> participantTables(Store& store, const Id& participantId)
{
    std::vector<std::pair<std::string, CsvTable>> out;
    const std::string scope = "p:" + participantId;
    for (const TableInfo& t : catalogue()) {
        const bool removable = t.recordClass != RecordClass::Journal;
        CsvTable table;
        table.header.push_back("id");
        std::string sql = "SELECT id";
        for (const ColumnInfo& c : t.columns) {
            table.header.emplace_back(c.name);
            sql += ", " + std::string(c.name);
        }
        if (removable) {
            table.header.emplace_back("removed");
            sql += ", _deleted";
        }
        sql += " FROM " + std::string(t.name) + " WHERE _scope = ? ORDER BY _hlc, id";
        FN_TRY_ASSIGN(Statement * st, StoreInternals::db(store).prepare(sql));
        st->bind(1, scope);
        for (;;) {
            FN_TRY_ASSIGN(const bool row, st->step());
            if (!row)
                break;
            std::vector<CsvCell> cells;
            for (int i = 0; i <= static_cast<int>(t.columns.size()); ++i)
                cells.push_back(csvText(rawText(st->column(i))));
            if (removable)
                cells.push_back(csvText(st->integer(static_cast<int>(t.columns.size()) + 1) ? "yes" : "no"));
            table.rows.push_back(std::move(cells));
        }
        st->reset();
        if (!table.rows.empty())
            out.emplace_back(std::string(t.name), std::move(table));
    }
    FN_TRY_ASSIGN(const auto drafts, store.drafts());
    CsvTable draftTable;
    draftTable.header = { "id", "kind", "updated_ms", "payload" };
    for (const Draft& dr : drafts)
        if (dr.participantId == participantId)
            draftTable.rows.push_back(
                { csvText(dr.id), csvText(dr.kind), csvNumber(dr.updatedMs), csvText(dr.payload) });
    if (!draftTable.rows.empty())
        out.emplace_back("drafts", std::move(draftTable));
    return out;
}

// ---- Figures ---------------------------------------------------------------------------------------

namespace {

struct FigureLine {
    std::string_view key;
    std::string_view nb;
    std::string_view en;
    std::string_view definitionNb;
    std::string_view definitionEn;
};

constexpr FigureLine figureLines[] = {
    { "caseload", "Deltakere i oppfølging", "Caseload",
        "Deltakere med jobbspesialisten, henvist og ikke avsluttet ved periodens slutt (team: snitt per "
        "jobbspesialist).",
        "Participants with the specialist, referred and not discharged at the period's end (team: average per "
        "specialist)." },
    { "out_of_office_share", "Andel av arbeidstiden ute", "Share of working time out of the office",
        "Minutter i registrerte kontakter merket som felttid, delt på avtalt arbeidstid (mandag til fredag). Reisetid "
        "er ikke med.",
        "Minutes of logged contacts marked as field time, over contracted working time (Monday to Friday). Travel is "
        "not included." },
    { "at_employers_share", "Andel av arbeidstiden hos arbeidsgivere", "Share of working time at employers",
        "Som over, for kontakter hos arbeidsgiver eller på arbeidsplassen (troskapsskalaens punkt 18).",
        "As above, for contacts at an employer or a workplace (fidelity item 18)." },
    { "new_employer_contacts_per_week", "Nye arbeidsgiverkontakter per uke", "New employer contacts per week",
        "Registrerte besøk hos nye arbeidsgivere, delt på antall uker i perioden (team: per jobbspesialist).",
        "Logged visits to new employers, over the weeks in the period (team: per specialist)." },
    { "follow_up_kept_share", "Oppfølgingsmøter holdt", "Follow-up meetings kept",
        "Av møtene troskapsskalaen ber om etter jobbstart, de som hadde frist i perioden og ble holdt.",
        "Of the meetings the fidelity scale asks for after a job starts, those due in the period that were kept." },
    { "people_in_work", "Deltakere i arbeid", "People in work",
        "Deltakere i oppfølging med lønnet jobb ved periodens slutt.",
        "Participants on the caseload in a paid job at the period's end." },
};

std::string figureValue(const Figures& f, std::string_view key, Language l)
{
    if (key == "caseload")
        return shownNumber(f.caseload, f.team ? 1 : 0, l);
    if (key == "out_of_office_share")
        return shownShare(f.outOfOfficeShare, l);
    if (key == "at_employers_share")
        return shownShare(f.atEmployersShare, l);
    if (key == "new_employer_contacts_per_week")
        return shownNumber(f.newEmployerContactsPerWeek, 1, l);
    if (key == "follow_up_kept_share")
        return shownShare(f.followUpKeptShare, l) + " (" + std::to_string(f.followUp.kept) + "/"
            + std::to_string(f.followUp.due) + ")";
    if (key == "people_in_work")
        return std::to_string(f.peopleInWork);
    return {};
}

} // namespace

Document figuresReport(const Figures& f, const Date& createdOn, const ReportOptions& o)
{
    const Language l = o.language;
    Document d;
    d.kind = f.team ? "team_figures" : "own_figures";
    d.language = languageCode(l);
    d.title = f.team ? say(l, "Teamets nøkkeltall", "Team figures") : say(l, "Mine nøkkeltall", "My figures");
    d.subtitle = shownDate(f.period.from, l) + " – " + shownDate(f.period.to, l);
    if (f.team)
        d.subtitle += say(l, ", ", ", ") + std::to_string(f.specialists)
            + say(l, " jobbspesialister", f.specialists == 1 ? " specialist" : " specialists");
    d.notice = f.team ? say(l,
                   "Tall for teamet som helhet. De viser ikke enkeltpersoner og skal ikke brukes til å "
                   "sammenligne jobbspesialister.",
                   "Figures for the team as a whole. They show no individual and are not for comparing "
                   "specialists.")
                      : say(l, "Dine egne tall, regnet ut av det du har registrert.",
                          "Your own figures, worked out from what you have logged.");
    d.createdOn = createdOn;

    Table main {
        { say(l, "Nøkkeltall", "Figure"), say(l, "Verdi", "Value"), say(l, "Slik telles det", "How it is counted") }, {}
    };
    for (const FigureLine& line : figureLines)
        main.rows.push_back({ std::string(l == Language::Norwegian ? line.nb : line.en), figureValue(f, line.key, l),
            std::string(l == Language::Norwegian ? line.definitionNb : line.definitionEn) });
    Section figures { say(l, "Nøkkeltall", "Figures"), { std::move(main) } };
    if (f.fieldContactsWithoutDuration > 0)
        figures.blocks.push_back(Paragraph { say(l, "Feltkontakter uten varighet (ikke med i andelene): ",
                                                 "Field contacts without a duration (not in the shares): ")
            + std::to_string(f.fieldContactsWithoutDuration) });
    d.sections.push_back(std::move(figures));

    Table started { { say(l, "Type", "Kind"), say(l, "Antall", "Count") }, {} };
    for (const auto& [kind, n] : f.placementsStarted)
        started.rows.push_back({ std::string(label(kind, l)), std::to_string(n) });
    d.sections.push_back({ say(l, "Utplasseringer som startet", "Placements started"), { std::move(started) } });

    Table discharges { { say(l, "Årsak", "Reason"), say(l, "Antall", "Count") }, {} };
    for (const auto& [reason, n] : f.discharges)
        discharges.rows.push_back({ std::string(label(reason, l)), std::to_string(n) });
    discharges.rows.push_back({ say(l, "Ikke oppgitt", "Not given"), std::to_string(f.dischargesWithoutReason) });
    d.sections.push_back({ say(l, "Avslutninger etter årsak", "Discharges by reason"), { std::move(discharges) } });

    const auto evidence = fidelityEvidence(f);
    if (!evidence.empty()) {
        Table table { { say(l, "Punkt", "Item"), say(l, "Målt", "Measured"), say(l, "For 5 trengs", "A 5 needs"),
                          say(l, "Oppfylt", "Met") },
            {} };
        for (const auto& e : evidence) {
            const bool share = e.item != 1;
            table.rows.push_back(
                { std::to_string(e.item), share ? shownShare(e.measured, l) : shownNumber(e.measured, 1, l),
                    share ? shownShare(e.criterion, l) : say(l, "høyst 20", "at most 20"),
                    std::string(yesNo(e.meetsFive, l)) });
        }
        d.sections.push_back({ say(l, "Troskapsskalaen: det tallene viser", "Fidelity scale: what the figures show"),
            { Paragraph { say(l, "Til støtte for teamets egen vurdering, ikke en poengsum.",
                  "To set beside the team's own assessment, not a score.") },
                std::move(table) } });
    }
    return d;
}

CsvTable figuresTable(const Figures& f)
{
    CsvTable t;
    t.header = { "metric", "value", "definition" };
    auto add = [&](std::string metric, CsvCell value, std::string_view definition = {}) {
        t.rows.push_back({ csvText(std::move(metric)), std::move(value), csvText(std::string(definition)) });
    };
    auto share = [](const std::optional<double>& s) { return s ? csvNumber(*s, 4) : csvText(""); };
    add("period_from", csvText(formatDate(f.period.from)));
    add("period_to", csvText(formatDate(f.period.to)));
    add("scope", csvText(f.team ? "team" : "own"));
    add("specialists", csvNumber(std::int64_t { f.specialists }));
    add("caseload", csvNumber(f.caseload, 2), figureLines[0].definitionEn);
    add("caseload_total", csvNumber(std::int64_t { f.caseloadTotal }));
    add("contracted_minutes", csvNumber(f.contractedMinutes, 0));
    add("field_minutes", csvNumber(std::int64_t { f.fieldMinutes }));
    add("employer_field_minutes", csvNumber(std::int64_t { f.employerFieldMinutes }));
    add("field_contacts_without_duration", csvNumber(std::int64_t { f.fieldContactsWithoutDuration }));
    add("out_of_office_share", share(f.outOfOfficeShare), figureLines[1].definitionEn);
    add("at_employers_share", share(f.atEmployersShare), figureLines[2].definitionEn);
    add("new_employer_contacts", csvNumber(std::int64_t { f.newEmployerContacts }));
    add("new_employer_contacts_per_week", csvNumber(f.newEmployerContactsPerWeek, 2), figureLines[3].definitionEn);
    add("follow_up_due", csvNumber(std::int64_t { f.followUp.due }));
    add("follow_up_kept", csvNumber(std::int64_t { f.followUp.kept }));
    add("follow_up_kept_share", share(f.followUpKeptShare), figureLines[4].definitionEn);
    add("people_in_work", csvNumber(std::int64_t { f.peopleInWork }), figureLines[5].definitionEn);
    for (const auto& [kind, n] : f.placementsStarted)
        add("placements_started_" + std::string(codeOf(kind)), csvNumber(std::int64_t { n }));
    for (const auto& [reason, n] : f.discharges)
        add("discharges_" + std::string(codeOf(reason)), csvNumber(std::int64_t { n }));
    add("discharges_without_reason", csvNumber(std::int64_t { f.dischargesWithoutReason }));
    return t;
}

} // namespace fieldnotes::core
